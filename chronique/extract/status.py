"""Whether an event happened, is planned, is negated or is uncertain — and its tense.

Read from the verb that carries the event (the trigger itself, or the verb above a noun
trigger) and the verbs that control it: a future tense or a planning verb ("doivent se
retrouver", "is due to meet") makes it planned; a conditional or a modal ("pourrait",
"may have") uncertain; a negation on the verb ("n'a pas", "did not") negated; a hedge in the
sentence ("reportedly", "selon des informations non confirmées") uncertain.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from chronique.extract import syntax as sx
from chronique.extract.lexicon import Lexicon
from chronique.extract.triggers import Trigger, negated
from chronique.textnorm import fold

# Only control links carry modality and planning down: "doivent se retrouver", "is due to
# meet". A complement clause of a verb of speech does not ("a annoncé que ... ont été tués").
_CONTROL = {"xcomp", "conj"}


# Positions where a noun trigger is an argument of its verb, so the verb's tense and modality
# are the event's ("les pourparlers commenceront", "a annoncé de nouvelles sanctions").
_CORE_ROLES = {"nsubj", "nsubj:pass", "nsubjpass", "obj", "dobj", "obl:arg", "iobj", "attr",
               "nmod", "dep", "appos", "pobj"}


def _core_path(noun: Token, verb: Token | None) -> bool:
    """Whether a noun reaches its verb as (part of) a core argument: "les pourparlers
    commenceront", "le bilan des frappes s'élève" — not through an adjunct."""
    if verb is None:
        return False
    cur = noun
    while cur.head != verb and cur.head != cur:
        cur = cur.head
    return cur.head == verb and sx.base(cur) in _CORE_ROLES


def _forms(tok: Token) -> set[str]:
    forms = {fold(tok.lemma_), fold(tok.text)}
    for c in tok.children:
        if c.dep_ == "prt":   # "called off", "broke off": the phrasal verb is the word
            forms.add(f"{fold(tok.lemma_)} {fold(c.text)}")
    return forms


# Acts whose power a law or an order may grant: what it grants is not done yet.
_POWERS = {"COERCE", "ASSAULT", "SANCTION", "MOBILIZE"}


def _empowered(trig: Trigger, lex: Lexicon) -> bool:
    """"measures that allow the authorities to impose curfews", "regulations that allow its
    personnel to detain foreigners", "autorise la police à perquisitionner": a power granted,
    not used. (Aid or access allowed is given: "allowed aid trucks into Gaza".)"""
    if trig.type not in _POWERS:
        return False
    for anc, _ in sx.ancestors_path(trig.token, limit=4):
        if _forms(anc) & lex.enabling_verbs:
            return "Pres" in anc.morph.get("Tense") and "Fin" in anc.morph.get("VerbForm")
        if _forms(anc) & lex.reporting_verbs:
            return False
    return False


def _controllers(verb: Token) -> list[Token]:
    """Verbs above `verb` through control and complement links ("doivent" above "retrouver")."""
    out = []
    cur = verb
    for _ in range(3):
        if cur.head == cur or sx.base(cur) not in _CONTROL:
            break
        if sx.base(cur) == "conj":
            cur = cur.head
            continue
        out.append(cur.head)
        cur = cur.head
    # "is due to meet", "sont attendus": the marker may be an adjective or participle head.
    return out


def clause_tense(verb: Token, lex: Lexicon) -> str | None:
    return sx.tense(verb, lex.future_auxiliaries)


def counterfactual(trig: Trigger, lex: Lexicon) -> bool:
    """"a statement that would have called for an investigation": what did not happen."""
    if trig.nominal or not lex.counterfactual:
        return False
    before = tuple(fold(a.text) for a in sorted(
        (c for c in trig.token.children if sx.base(c).startswith("aux")), key=lambda t: t.i))
    return any(before[i:i + len(p)] == p for p in lex.counterfactual for i in range(len(before)))


def habitual(trig: Trigger, lex: Lexicon) -> bool:
    """"the Houthis, who frequently fire missiles at Saudi Arabia": a habit, not an event."""
    verb = trig.support or trig.token
    if any(sx.base(c) == "advmod" and fold(c.text) in lex.habitual for c in verb.children):
        return True
    # "La guerre au Yémen oppose depuis 2014 les Houthis ...": a war that a present verb
    # describes stands as long as that verb's phrase says.
    verbs = [verb] + ([trig.governor] if trig.nominal and trig.support is None
                      and trig.governor is not None and sx.is_verb(trig.governor)
                      and sx.base(trig.token) in sx.SUBJ else [])
    return any(_standing(v, lex) for v in verbs)


def _standing(verb: Token, lex: Lexicon) -> bool:
    """"le Cémoc, qui réunit depuis 2010 l'Algérie, le Mali...", "has hosted Hamas's political
    office since 2012": a present or a perfect running since a year describes how things
    stand. (The tagger may read "réunit" as a past simple, which "depuis 2010" would not
    take: any tense but the future counts.)"""
    morph = str(verb.morph)
    auxes = [c for c in verb.children if sx.base(c).startswith("aux")]
    if any(fold(a.lemma_) not in lex.perfect_auxiliaries for a in auxes) or "Tense=Fut" in morph \
            or not ("VerbForm=Fin" in morph or any("VerbForm=Fin" in str(a.morph) for a in auxes)):
        return False
    # ("has hosted its office since 2012 and has mediated between them": both verbs)
    heads = [verb, verb.head] if sx.base(verb) == "conj" and sx.is_verb(verb.head) else [verb]
    for c in (c for v in heads for c in v.children):
        if fold(c.left_edge.text) not in lex.standing:
            continue   # (the phrase must open with "since", "depuis": cheap to ask first)
        words = list(c.subtree)
        if any(t.like_num and len(t.text) == 4 and t.text.isdigit() for t in words[1:4]):
            return True
    return False


def _headline_infinitive(verb: Token) -> bool:
    """"G7 Leaders to Hold Emergency Call", "U.S. to Suspend War Games": a headline's
    infinitive with a subject and no verb above it announces what is to come."""
    if verb.head == verb:
        return sx.to_infinitive(verb) and bool(sx.children(verb, sx.SUBJ))
    # (the parser may make the subject the root and hang the infinitive on it)
    return sx.headline_subject(verb) is not None


def _to_come(verb: Token, lex: Lexicon) -> bool:
    """Whether a verb, or one that controls it, is in the future or planned ("will attend",
    "is due to see", "doit participer")."""
    for v in [verb] + _controllers(verb):
        if clause_tense(v, lex) == "future" or (v != verb and _forms(v) & lex.planned_markers):
            return True
    return False


def _under_reporting(tok: Token, lex: Lexicon) -> bool:
    """"said a curfew would be lifted": in a clause a verb of speech reports."""
    for anc, label in sx.ancestors_path(tok, limit=4):
        if label in ("ccomp", "parataxis") and fold(anc.lemma_) in lex.reporting_verbs:
            return True
    return False


def status_of(trig: Trigger, sent: SpacySpan, lex: Lexicon) -> tuple[str, str | None]:
    """(status, tense) of a trigger; tense None when no verb tells it."""
    under_reporting = _under_reporting(trig.token, lex)
    verb = trig.support or (trig.governor if trig.nominal else trig.token)
    if trig.nominal and trig.support is None and not _core_path(trig.token, verb):
        # A noun in an adjunct ("une heure après l'attaque", "vers le lieu des négociations")
        # takes no tense or modality from the verb, except a meeting one is to be at: "is
        # due to see Trump at a NATO summit on Thursday" is a summit to come.
        if trig.type == "CONSULT" and verb is not None and _to_come(verb, lex):
            return "planned", "future"
        verb = None
    tense = clause_tense(verb, lex) if verb is not None else None
    if trig.nominal and verb is not None and _forms(verb) & lex.halt_verbs:
        return "occurred", tense   # "les bombardements n'ont pas cessé": they go on
    if not trig.nominal and sx.base(trig.token) in sx.OBJ | {"xcomp"} \
            and _forms(trig.token.head) & lex.halt_verbs and negated(trig.token.head, lex):
        return "occurred", tense   # "did not stop shelling Kharkiv": the shelling went on
    if verb is not None and tense is None:
        tense = next((t for v in _controllers(verb) if (t := clause_tense(v, lex))), None)
    if trig.rule.promised:
        # "said it would retaliate": the future act is only threatened; the threat is made
        if negated(trig.token, lex):
            return "negated", "past"
        return ("uncertain" if _hedged(sent, lex, trig.token) else "occurred"), "past"
    if trig.nominal and negated(trig.token, lex):
        return "negated", tense
    if verb is not None and negated(verb, lex):
        return "negated", tense
    if trig.nominal:
        for c in trig.token.children:
            if sx.base(c) in ("amod", "compound") and _forms(c) & lex.planned_markers:
                return "planned", "future"
        if verb is not None and _forms(verb) & lex.planned_markers \
                and not _forms(verb) & lex.infinitive_markers:
            return "planned", "future"   # "le texte prévoit le retrait", "plans talks"
        if verb is not None and _forms(verb) & lex.cancel_verbs:
            return "negated", tense      # "les pourparlers ont été suspendus"
    status = "occurred"
    chain = [verb] + _controllers(verb) if verb is not None else []
    if any(sx.base(c) == "mark" and fold(c.text) in lex.conditional_marks
           for v in chain for c in v.children):
        return "hypothetical", tense   # "si les attaques se poursuivent", "if talks fail"
    if _empowered(trig, lex):
        return "hypothetical", tense   # "allow the authorities to detain without a warrant"
    for v in chain:
        forms = _forms(v)
        auxes = [a for a in v.children if sx.base(a).startswith("aux")]
        aux_forms = set().union(*(_forms(a) for a in auxes)) if auxes else set()
        if negated(v, lex) and v != verb:
            return "negated", tense
        # (the trigger's own verb hedges nothing: "opened fire", where "open" is "open to";
        # nor the verb its noun is the subject of: "the summit opened")
        own = v == trig.token or (trig.nominal and trig.token.head == v
                                  and sx.base(trig.token) in sx.SUBJ | sx.PASS_SUBJ)
        # ("is prepared to": a participle with its auxiliary; not "opened", tagged a participle)
        adjective = v.pos_ != "VERB" or ("VerbForm=Part" in str(v.morph) and bool(auxes))
        if ((forms if not own else set()) | aux_forms) & lex.modal_verbs or (
                not own and adjective and forms & lex.modal_adjectives):
            if aux_forms & lex.reported_future and under_reporting:
                status = "planned"
            else:
                return "uncertain", tense
        if forms & lex.planned_markers and v != verb:
            status = "planned"
        if sx.is_conditional(v):
            if forms & lex.planned_markers:
                status = "planned"
            else:
                return "uncertain", tense
        if clause_tense(v, lex) == "future" or _headline_infinitive(v):
            status = "planned"
    if status == "planned":
        tense = "future"
    if _hedged(sent, lex, trig.token):
        return "uncertain", tense
    return status, tense


def _hedged(sent: SpacySpan, lex: Lexicon, trig: Token) -> bool:
    cache = sent.doc.user_data.setdefault("hedges", {})
    if sent.start not in cache:
        cache[sent.start] = _hedges(sent, lex)
    # "detained ... in an investigation into alleged rebellion", "des membres présumés du
    # groupe ont attaqué": an adjective hedges the noun it qualifies, not the event, unless
    # that noun names an event ("the alleged attack killed five").
    return any(h is None or not (sx.base(h) in ("amod", "acl") and h.pos_ in ("ADJ", "VERB")
                                  and h.head != trig and fold(h.head.lemma_) not in lex.nouns)
               for h in cache[sent.start])


def _hedges(sent: SpacySpan, lex: Lexicon) -> list[Token | None]:
    """Every one-word hedge of the sentence ("reportedly", "alleged"), and None for each
    hedge of several words ("selon des informations non confirmées"), which counts whatever
    its parse."""
    return [sent[i] if len(lex.hedges[k]) == 1 else None
            for k, i in sx.phrases_in(sx.folded_words(sent), lex.hedges)]
