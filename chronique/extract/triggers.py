"""Finding event triggers in a parsed sentence: verbs, nouns and multi-word phrases.

A trigger is kept only when its reading's conditions hold (voice, preposition, object,
governing verb). A trigger that sits inside the content of another one — the demand's object
("exiger la fin de l'invasion"), the topic of a meeting ("se réuniront sur l'invasion"), the
denied act ("denied attacking the station") — is not an event of its own; it is recorded as
`nested_in` so the engine can still use it (a nested kill word lends its toll to the strike).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from chronique.extract import syntax as sx
from chronique.extract.actorish import actor_like
from chronique.extract.lexicon import Lexicon, TriggerRule
from chronique.records import PLOVER_MODES
from chronique.textnorm import fold


@dataclass
class Trigger:
    token: Token                 # syntactic head of the trigger
    start: int                   # token range [start, end) in the Doc
    end: int
    rule: TriggerRule
    nominal: bool
    mode: str | None = None
    governor: Token | None = None   # for nouns: the verb above them
    support: Token | None = None    # a light verb carrying the noun ("procéder à des frappes")
    nested_in: "Trigger | None" = None
    pledged_by: "Trigger | None" = None   # the commitment this act was promised in
    called: bool = False            # pledged_by is a call for it: "appelé à une grève générale"
    asked_by: "Trigger | None" = None  # the request it is the content of, still an event itself

    @property
    def type(self) -> str:
        return self.rule.type

    @property
    def clause(self) -> Token:
        """The token whose clause the event lives in: the verb, or the verb above a noun."""
        if not self.nominal:
            return self.token
        return self.governor or self.token


# Arcs through which a trigger is the content of the trigger above it.
_CONTENT = {"obj", "dobj", "iobj", "obl", "obl:arg", "obl:mod", "nmod", "pobj", "prep", "xcomp",
            "ccomp", "acl", "pcomp", "dative", "oprd", "attr", "amod", "compound", "appos",
            "nmod:poss", "poss", "case", "mark", "fixed", "flat", "det", "nummod"}
_SAME_TYPE_ONLY = {"advcl", "nsubj", "nsubj:pass", "nsubjpass"}
# Acts done, not said: a clause in the past tense with a subject of its own is no content of
# theirs ("ordered the army to ..., following a day in which gunmen stormed a studio").
_DEEDS = {"ASSAULT", "MOBILIZE", "COERCE", "PROTEST", "AID", "RETREAT", "COOPERATE", "SANCTION"}


_NAMED = {"PER", "PERSON", "ORG", "GPE", "LOC", "NORP"}


def _forms(tok: Token) -> tuple[str, ...]:
    """The folded lemma and word, and the parts of a compound ("consul-général").
    Asked for many times per token: computed once per document."""
    cache = tok.doc.user_data.get("forms")
    if cache is None:
        cache = tok.doc.user_data["forms"] = {}
    forms = cache.get(tok.i)
    if forms is None:
        lemma, text = fold(tok.lemma_), fold(tok.text)
        forms = (lemma, text, *lemma.split(), *text.split()) if " " in lemma or " " in text \
            else (lemma, text)
        cache[tok.i] = forms
    return forms


def _has_prep(tok: Token, preps: frozenset[str], through: frozenset[str] = frozenset()) -> bool:
    # The parser may hang "à livrer" on another verb ("qui a appelé les alliés à livrer"):
    # the word itself, right after the verb's object, counts too.
    objs = [c for c in tok.children if sx.base(c) in sx.OBJ]
    if objs:
        after = max(t.i for t in objs[-1].subtree) + 1
        if after < sx.sent_end(tok) and fold(tok.doc[after].text) in preps \
                and not _of_time(tok.doc[after]):
            return True
    for c in tok.children:
        if sx.base(c) in ("case", "mark", "prep", "prt", "fixed", "compound:prt") \
                and fold(c.text) in preps and not _of_time(c):
            return True
        if sx.base(c) in ("obl:mod", "npadvmod") and c.i > tok.i and any(
                sx.base(g) in ("case", "mark") and fold(g.text) in preps
                for t in c.children if t.i > c.i for g in t.children):
            return True   # "a appelé mercredi à la compréhension": hung on the day
        # One level down: a French complement carries its preposition ("appelé à cesser":
        # "à" hangs on "cesser"), and so may an object ("discuss the events with X",
        # "ordered troops to Kuwait"); an English preposition under a predicate is the
        # predicate's, not the verb's ("called his decision painful for me").
        labels = ("case", "mark", "fixed", "prep") if sx.base(c) in sx.OBJ else \
            ("case", "mark", "fixed")
        for t in c.children:
            if sx.base(t) in labels and fold(t.text) in preps and not _of_time(t):
                return True
            # "appelé ses alliés à renforcer les sanctions": the infinitive hung on the object
            if sx.base(c) in sx.OBJ and sx.base(t) in ("acl", "xcomp") and any(
                    sx.base(g) == "mark" and fold(g.text) in preps for g in t.children):
                return True
            # "spoke by telephone with X": the partner hangs on the means the rule names.
            if sx.base(t) == "pobj" and set(_forms(t)) & through and any(
                    sx.base(g) == "prep" and fold(g.text) in preps for g in t.children):
                return True
    return False


def _of_time(prep: Token) -> bool:
    """A preposition that introduces a date ("called a meeting for Friday"), not the
    complement a rule asks for ("called for talks")."""
    ours = prep.doc.user_data.get("time_tokens", ())
    return any(sx.base(g) == "pobj" and (g.i in ours or (
        g.ent_type_ in ("DATE", "TIME") and not _lone_name(g))) for g in prep.children)


def _lone_name(tok: Token) -> bool:
    """A one-word name the NER calls a date and our time rules do not: "spoke to May"."""
    doc = tok.doc
    return tok.pos_ == "PROPN" and tok.ent_iob_ == "B" and (
        tok.i + 1 == len(doc) or doc[tok.i + 1].ent_iob_ != "I")


def _is_particle(verb: Token, c: Token) -> bool:
    # The small English model often reads the particle as an adverb or a preposition ("turn
    # back", "pulled out of"): right after the verb, or after its object, it is one.
    if sx.base(c) in ("prt", "compound:prt"):
        return True
    return sx.base(c) in ("advmod", "prep") and verb.i < c.i <= verb.i + 3


def _object_lemmas(tok: Token) -> set[str]:
    objs = [c for c in tok.children if sx.base(c) in sx.OBJ or
            (sx.is_passive(tok) and sx.base(c) in sx.PASS_SUBJ)]
    if not objs and sx.base(tok) == "conj" and sx.is_verb(tok.head):
        # "a « détecté et abattu » un drone", "stormed and looted the building": an object
        # after both verbs hangs on the first and is the second's too.
        objs = [c for c in tok.head.children if sx.base(c) in sx.OBJ and c.i > tok.i]
    if not objs and sx.is_verb(tok) and not sx.is_passive(tok):
        # A headline the parser misreads ("la junte expulse l'ambassadeur de France": the
        # noun hung on "junte"), a noun tagged as a verb ("suspendu le permis"): the noun
        # right after the verb, past its article, is its object.
        doc, j = tok.doc, tok.i + 1
        while j < min(tok.i + 4, sx.sent_end(tok)) and doc[j].pos_ in ("DET", "ADJ", "NUM"):
            j += 1
        # (a word with an article of its own is a noun, whatever its tag: "le permis")
        if j < sx.sent_end(tok) and (doc[j].pos_ == "NOUN" or any(
                c.pos_ == "DET" for c in doc[j].children)) \
                and (doc[j].head != tok or doc[j].pos_ != "NOUN"):
            objs = [doc[j]]
    out: set[str] = set()
    for o in objs:
        for t in sx.conjuncts(o):
            out.update(_forms(t))
            # "des tonnes d'aide", "100 millions d'euros d'aide": look one noun further.
            for g in t.children:
                if sx.base(g) in ("nmod", "prep", "pobj", "compound", "amod"):
                    out.update(_forms(g))
                    for gg in g.children:
                        if sx.base(gg) == "pobj":
                            out.update(_forms(gg))
    return out


def _holds(rule: TriggerRule, tok: Token, nominal: bool, governor: Token | None) -> bool:
    if rule.voice == "passive" and not sx.is_passive(tok):
        return False
    if rule.voice == "active" and sx.is_passive(tok):
        return False
    if rule.reflexive and not sx.is_reflexive(tok):
        return False
    if rule.preps and not _has_prep(tok, rule.preps, rule.complements):
        return False
    if rule.objects and not (_object_lemmas(tok) & rule.objects):
        return False
    if rule.particle and not any(fold(c.text) in rule.particle and _is_particle(tok, c)
                                 for c in tok.children):
        return False
    if rule.infinitive and not any("VerbForm=Inf" in str(c.morph) for c in tok.children):
        return False
    if rule.not_with and any(set(_forms(c)) & rule.not_with for c in _with_marks(tok)):
        return False
    if rule.not_with and nominal and any(set(_forms(n)) & rule.not_with
                                         for _, n in sx.pp_dependents(tok)):
        return False   # ("a request for comment": what a noun is of, too)
    if rule.governors:
        if governor is None:
            return False
        if not (set(_forms(governor)) & rule.governors):
            return False
    if rule.actor_object:
        if not nominal and sx.base(tok) == "acl" and sx.present_participle(tok) \
                and tok.head.pos_ == "NOUN":
            return False   # "une « agression israélienne » visant le Liban": what the noun is
        objs = [c for c in tok.children if sx.base(c) in sx.OBJ]
        preds = [c for c in tok.children if sx.base(c) in ("oprd", "attr", "acomp")]
        if objs and preds:
            return False   # "called Putin a genius": named so, not acted on
        after = max((t.i for o in objs for t in o.subtree), default=tok.i) + 1
        if objs and after < len(tok.doc) and tok.doc[after].is_quote:
            return False   # 'has called Saudi Arabia "a great ally"', the name parsed apart
        if rule.preps:   # "spoke with Aliyev": the actor is the preposition's object
            objs += [g for c in tok.children if fold(c.text) in rule.preps
                     for g in c.children if sx.base(g) in ("pobj", "obl")]
            objs += [c for c in tok.children if sx.base(c) in ("obl", "obl:arg")
                     and any(fold(g.text) in rule.preps for g in c.children)]
        if not objs or not any(c.pos_ in ("PROPN", "PRON") or c.ent_type_ in _NAMED
                               for o in objs for c in [o] + list(o.children)):
            return False
    if rule.subjects:
        # ("cinq roquettes se sont abattues": a pronominal verb the parser reads as passive)
        subj = [c for c in tok.children if sx.base(c) in sx.SUBJ | sx.PASS_SUBJ]
        heads = [t for s in subj for t in sx.conjuncts(s)]
        # ("hundreds of protesters", "several thousand people": the number counts too)
        words = {f for t in heads for f in _forms(t)} | \
            {f for t in heads for c in t.children if sx.base(c) in ("nmod", "prep", "pobj",
                                                                    "nummod")
             for g in [c] + list(c.children) for f in _forms(g)}
        if not words & rule.subjects:
            return False
    if rule.complements:
        near = [g for c in tok.children for g in [c] + list(c.children)]
        if sx.base(tok) in sx.RELATIVE:
            near.append(tok.head)   # ("a claim Iran's deputy minister dismissed")
        if not any(set(_forms(t)) & rule.complements for t in near):
            return False
    return True


def _with_marks(tok: Token) -> list[Token]:
    """The token's dependents, and the word that opens a clause it governs: "asked whether
    Armenia would leave" is a question, told by its "whether"."""
    kids = list(tok.children)
    # (the coordinators of a row hang on its first verb: "neither confirmed nor denied")
    row = [c for c in tok.head.children if sx.base(c) in ("cc", "preconj")] \
        if sx.base(tok) == "conj" else []
    return kids + row + [g for c in kids if sx.base(c) in ("ccomp", "advcl") for g in c.children
                         if sx.base(g) == "mark"]


def _promised(verb: Token, lex: Lexicon) -> bool:
    """Whether a verb tells what its subject will do: a future, a conditional, "would" or
    "will", a near future ("va riposter", "is going to retaliate"). The auxiliary of
    "would identify, track and punish" sits on the first verb of the row."""
    cur = verb
    for _ in range(4):
        auxes = {f for a in sx.verb_chain(cur) if a != cur for f in (fold(a.text), fold(a.lemma_))}
        if sx.tense(cur, lex.future_auxiliaries) == "future" or sx.is_conditional(cur) \
                or auxes & lex.reported_future or _conditional_form(cur, lex):
            return True
        if sx.base(cur) == "xcomp" and fold(cur.head.lemma_) in lex.near_future:
            return True
        if sx.base(cur) != "conj" or not sx.is_verb(cur.head):
            return False
        cur = cur.head
    return False


def _conditional_form(verb: Token, lex: Lexicon) -> bool:
    """"riposterait" read as an imperfect: the infinitive's stem with a conditional ending."""
    lemma, text = fold(verb.lemma_), fold(verb.text)
    return any(lemma.endswith(inf) and text in {lemma[:-len(inf)] + e for e in ends}
               for inf, ends in lex.conditional_endings.items())


def _mode(trig: Trigger, lex: Lexicon) -> str | None:
    allowed = PLOVER_MODES.get(trig.type, ())
    mode = trig.rule.mode if trig.rule.mode in allowed else None
    near = list(trig.token.children) + list(trig.token.doc[trig.start:trig.end])
    for c in near:
        for t in [c] + [g for g in c.children if sx.base(g) in ("pobj", "nmod", "compound")]:
            for form in _forms(t):
                m = lex.modes.get(form)
                if m in allowed:
                    return m
    return mode


def _match_phrases(sent: SpacySpan, lex: Lexicon, blocked: set[int]) -> list[tuple[int, int, TriggerRule]]:
    found: list[tuple[int, int, TriggerRule]] = []
    toks = [t for t in sent]
    i = 0
    while i < len(toks):
        tok = toks[i]
        hit = None
        for key in set(_forms(tok)):
            for words, rule in lex.phrases.get(key, ()):
                span = _phrase_span(toks, i, words)
                if span:
                    hit = (span[0].i, span[-1].i + 1, rule)
                    break
            if hit:
                break
        if hit and not any(j in blocked for j in range(hit[0], hit[1])):
            found.append(hit)
            i += hit[1] - hit[0]
        else:
            i += 1
    return found


def _phrase_span(toks: list[Token], i: int, words: tuple[str, ...]) -> list[Token]:
    """The tokens from i on that spell `words`, over the hyphens a tokenizer splits off
    ("sit - in"); [] when they do not."""
    span: list[Token] = []
    j = i
    for w in words:
        while span and j < len(toks) and toks[j].text == "-":
            j += 1
        if j >= len(toks) or w not in _forms(toks[j]):
            return []
        span.append(toks[j])
        j += 1
    return span


# How a noun hangs from the light verb that carries it: as its object ("mener des
# pourparlers", "held talks"), its prepositional argument ("procéder à des frappes"), or the
# subject of its passive ("des sanctions ont été imposées").
_CARRIED = {"obj", "dobj", "obl:arg", "iobj", "nsubj:pass", "nsubjpass", "dative"}


def _support(noun: Token, gov: Token | None, lex: Lexicon,
             rule: TriggerRule | None = None) -> Token | None:
    """The light verb that carries a noun event: one of the language's support verbs, or a
    verb the noun's own reading asks for ("proclamer l'état d'urgence", "reach a deal")."""
    if gov is None:
        return None
    wanted = lex.support_verbs | (rule.governors if rule is not None else frozenset())
    if not set(_forms(gov)) & wanted:
        return None
    if noun.head == gov and sx.base(noun) in _CARRIED:
        return gov
    if noun.head == gov and noun.dep_ == "obl:mod" and gov.i < noun.i \
            and not any(sx.base(c) == "case" for c in noun.children):
        return gov   # "a mené lundi un raid": an object after a time, read as an adjunct
    head = noun.head
    if head != noun and set(_forms(head)) & lex.quantifier_nouns and head.head == gov \
            and sx.base(head) in _CARRIED:
        return gov   # "a lancé une vague de frappes"
    if sx.base(noun) == "pobj" and noun.head.head == gov and sx.base(noun.head) == "prep" \
            and fold(noun.head.text) not in lex.offset_markers \
            and not any(sx.base(c) in ("poss", "nmod:poss") for c in noun.children):
        return gov   # "took part in talks", "participated in the summit" (not "after the attack",
        # nor "held talks at Russia's request": whose request it was, the possessor says)
    return None


_NOUN_SLOTS = sx.SUBJ | sx.PASS_SUBJ | sx.OBJ | {"pobj", "obl", "obl:arg"}


def find_triggers(sent: SpacySpan, lex: Lexicon, blocked: set[int]) -> list[Trigger]:
    """Every trigger in `sent`, nested ones flagged; `blocked` token indices never trigger
    (they belong to time expressions such as "depuis le début de l'offensive")."""
    found: list[Trigger] = []
    taken: set[int] = set(blocked)
    for start, end, rule in _match_phrases(sent, lex, blocked):
        head = sent.doc[start:end].root
        nominal = not sx.is_verb(head)
        gov = sx.governor(head) if nominal else None
        if not _holds(rule, head, nominal, gov):
            continue
        found.append(Trigger(head, start, end, rule, nominal, governor=gov,
                             support=_support(head, gov, lex, rule) if nominal else None))
        taken.update(range(start, end))
    for tok in sent:
        if tok.i in taken or tok.is_punct or tok.is_space:
            continue
        if _demanded(tok, lex) is not None:
            found.append(Trigger(tok, tok.i, tok.i + 1, _DEMAND, False))
            continue
        if sx.is_verb(tok) and tok.pos_ != "AUX":
            if sx.base(tok) == "amod" and set(_forms(tok)) & lex.aiming_verbs:
                continue   # "des mesures ciblées", "targeted sanctions": a kind, no strike
            if _after_article(tok):
                continue   # "carried 30 of the most seriously injured": people, no act
            table, nominal = lex.verbs, False
        elif tok.pos_ in ("NOUN", "PROPN") and tok.ent_type_ not in ("PER", "PERSON") \
                and sx.base(tok) != "compound":
            # A noun that modifies another ("riot police", "aid workers") names no event.
            table, nominal = lex.nouns, True
        elif tok.pos_ in ("ADP", "ADJ", "ADV", "X") and sx.base(tok) in _NOUN_SLOTS:
            # A noun the tagger missed ("de nouvelles frappes" tagged as a preposition): in a
            # noun's slot it is read as one.
            table, nominal = lex.nouns, True
        else:
            continue
        rules = table.get(fold(tok.lemma_)) or table.get(fold(tok.text))
        if not rules and not nominal and sx.base(tok) in _NOUN_SLOTS:
            # a noun tagged as a verb in a noun's slot ("held joint sailing drills")
            rules, nominal = lex.nouns.get(fold(tok.text)), True
        if not rules:
            continue
        gov = sx.governor(tok) if nominal else None
        for rule in rules:
            if rule.promised and (nominal or not _promised(tok, lex)):
                continue
            if _holds(rule, tok, nominal, gov):
                found.append(Trigger(tok, tok.i, tok.i + 1, rule, nominal, governor=gov,
                                     support=_support(tok, gov, lex, rule) if nominal else None))
                break
    # "one of the deadliest strikes on the city": a comparison with past events, not one.
    found = [t for t in found if not (t.nominal and _one_of(t.token) and any(
        "Degree=Sup" in str(c.morph) for c in t.token.children if sx.base(c) == "amod"))]
    # "la présidente du groupe Rassemblement national": a protest noun written with a capital
    # inside a sentence names a party or a movement, not a rally.
    found = [t for t in found if not (t.type == "PROTEST" and t.nominal
                                      and t.token.text[:1].isupper() and t.token.i > sent.start
                                      and not sent.doc[t.token.i - 1].is_punct)]
    found = [_retype(t, lex) for t in found]
    found = [t for t in found if t is not None and not _backed(t) and not _audience(t, lex)]
    found = [t for t in found if not _in_protest_at(t, found, lex)]

    for trig in list(found):
        verb = _halting(trig, lex)
        if verb is not None and not any(t.token == verb for t in found):
            # "would stop bombing the Houthis": the stopping is the event; what is stopped is
            # its content
            halt = Trigger(verb, verb.i, verb.i + 1, _HALT, False)
            found.append(halt)
            trig.nested_in = halt
    for trig in found:
        trig.mode = _mode(trig, lex)
    for demand in [t for t in found if t.rule.demand]:
        # what the other party must do is what is asked of it, no event of its own
        for t in found:
            if t.token == demand.token.head and not t.rule.demand:
                t.nested_in = demand
    _mark_nesting(found, lex)
    found = _pledges(found, lex, blocked)
    # "thousands gathered outside parliament, demanding his resignation", "des milliers de
    # manifestants ont défilé, réclamant le départ du président": what a protest demands is
    # the protest's content, not a request (nor a resignation) of its own.
    protests = {t.token.i for t in found if t.type == "PROTEST" and not t.nominal}
    demands = {id(t) for t in found if t.type == "REQUEST" and _participle_adjunct(t)
               and t.token.head.i in protests}
    found = [t for t in found if id(t) not in demands and id(_top_of(t)) not in demands]
    # An infinitive adjunct is what an act is for, not an act ("un plan d'aide pour soutenir
    # l'économie", "will meet to discuss military aid"): it goes, and what it holds with it.
    found = [t for t in found if not _in_purpose(_top_of(t), lex)
             and not _rehearsed(_top_of(t), lex)]
    found.sort(key=lambda t: t.start)
    return found


# Acts a commitment can promise, each an event of its own: "s'est engagée à débloquer 253
# millions d'euros d'aide" is aid pledged, not an agreement.
_PLEDGEABLE = {"AID", "MOBILIZE", "SANCTION", "RETREAT", "CONCEDE", "COOPERATE"}


# Acts of another party that an acceptance makes the event: a resignation, a surrender.
_ACCEPTABLE = {"RETREAT", "CONCEDE"}


_DEMAND = TriggerRule(type="REQUEST", demand=True)


def _demanded(tok: Token, lex: Lexicon) -> Token | None:
    """The clause a modal of obligation makes a demand of, when the modal is said of a party
    other than the speaker: "Russia must withdraw its troops, Blinken said", "said Moscow
    should apologise". Not "we must", nor what should have been done."""
    if not lex.demand_modals or tok.pos_ != "AUX" \
            or not {fold(tok.lemma_), fold(tok.text)} & lex.demand_modals:
        return None
    clause = tok.head
    if not sx.is_verb(clause) or sx.base(clause) != "ccomp" \
            or not set(_forms(clause.head)) & lex.reporting_verbs:
        return None
    if any(sx.base(c).startswith("aux") and c.i > tok.i for c in clause.children):
        return None   # ("should have acted": what was not done)
    subjects = sx.children(clause, sx.SUBJ)
    if not subjects or any(s.pos_ == "PRON" or not actor_like(s, lex.code) for s in subjects):
        return None   # (whom "they" are is not known here; "we must" is a resolve; "arms
        # sales must continue" asks nothing of anyone)
    if any("Definite=Ind" in str(c.morph) for s in subjects for c in s.children):
        return None   # "a professional military should protect": what any should do
    return clause


_HALT = TriggerRule(type="CONCEDE", halts=True, promised=True)


def _halting(trig: Trigger, lex: Lexicon) -> Token | None:
    """The verb by which the party named as its subject stops the attacks `trig` names ("the
    United States would stop bombing", "ont cessé de bombarder"); not "agreed to stop", whose
    agreement is the event, nor "did not stop", which says they went on."""
    if trig.type != "ASSAULT" or sx.base(trig.token) not in sx.OBJ | {"xcomp"}:
        return None
    verb = trig.token.head
    if not sx.is_verb(verb) or not set(_forms(verb)) & lex.halting_verbs \
            or not sx.children(verb, sx.SUBJ):
        return None
    if negated(verb, lex):
        return None
    if sx.base(verb) == "advcl" or "Sub" in verb.morph.get("Mood"):
        return None   # "faire pression sur la Russie pour qu'elle cesse son agression": an aim
    return verb


def negated(tok: Token, lex: Lexicon) -> bool:
    """Whether a negation bears on `tok`: "did not stop", "n'ont pas cessé", "no talks were
    held", "nothing to mediate"."""
    if "VerbForm=Inf" in str(tok.morph) and sx.base(tok) in ("acl", "xcomp", "relcl") \
            and fold(tok.head.text) in lex.negative_pronouns:
        return True   # "there is nothing to mediate", "rien à négocier"
    # "n'a refusé aucune aide", "no talks were held": the negation sits on a noun
    for o in tok.children:
        if sx.base(o) in sx.OBJ | sx.PASS_SUBJ | sx.SUBJ:
            if any(sx.base(d) == "det" and fold(d.text) in lex.negation
                   and fold(d.text) not in lex.weak_negation for d in o.children):
                return True
    for c in tok.children:
        f = fold(c.text)
        if f in lex.negation and f not in lex.weak_negation and sx.base(c) in (
                "advmod", "neg", "det", "advmod:neg", "cc", "nmod", "obj", "nsubj", "preconj"):
            return True
        if sx.base(c) == "neg":
            return True
    return False


def _verb_above(trig: Trigger, type_: str, words: frozenset[str]) -> Trigger | None:
    """The top-level verb trigger of `type_`, one of `words`, that `trig` is the content of."""
    parent = trig.nested_in
    if parent is not None and parent.nested_in is None and parent.type == type_ \
            and not parent.nominal and set(_forms(parent.token)) & words:
        return parent
    return None


def _pledges(found: list[Trigger], lex: Lexicon, times: set[int]) -> list[Trigger]:
    dropped = set()
    for trig in found:
        caller = _verb_above(trig, "REQUEST", lex.calling_verbs)
        if caller is not None and trig.nominal and trig.type == "PROTEST" \
                and caller.token in (trig.token.head, trig.token.head.head):
            # "la KCTU a appelé à une grève générale", "called for a national strike": the
            # protest is the event, planned by those who call for it.
            trig.nested_in = None
            trig.pledged_by = caller
            trig.called = True
            dropped.add(id(caller))
            continue
        asker = trig.nested_in
        if asker is not None and asker.nested_in is None and asker.type == "REQUEST" \
                and not asker.nominal and trig.nominal and trig.type == "CONSULT" \
                and asker.token in (trig.token.head, trig.token.head.head):
            # "Russia requested an emergency meeting of the Security Council": the request
            # is made, and the meeting asked for is an event of its own, still to be held.
            trig.nested_in = None
            trig.called = True
            trig.asked_by = asker
            continue
        acceptor = _verb_above(trig, "AGREE", lex.acceptance_verbs)
        if acceptor is not None and trig.nominal and trig.type in _ACCEPTABLE \
                and trig.token in sx.children(acceptor.token, sx.OBJ):
            # "accepted the resignation of the government": the act accepted is the event,
            # done by whom the noun names.
            trig.nested_in = None
            dropped.add(id(acceptor))
            continue
        pledger = _verb_above(trig, "AGREE", lex.commitment_verbs)
        if pledger is not None and trig.type in _PLEDGEABLE \
                and not [o for o in sx.children(pledger.token, sx.OBJ)   # ("commits the
                         if not sx.is_verb(o) and o.i not in times]:      # sides to")
            trig.nested_in = None
            trig.pledged_by = pledger
            dropped.add(id(pledger))
    if not dropped:
        return found
    for trig in found:
        if trig.nested_in is not None and id(trig.nested_in) in dropped:
            trig.nested_in = None
    return [t for t in found if id(t) not in dropped]


def _subject_words(trig: Trigger) -> set[str]:
    if trig.nominal:
        return set()
    verb = trig.token
    subj = sx.children(verb, sx.SUBJ) or sx.fronted_subjects(verb)
    # "des manifestants, certains brandissant des drapeaux, ont incendié": read as two joined
    # verbs, the subject hangs on the first; "broke into the embassy, tearing down posters and
    # ransacking offices": the participles' subject is the clause's.
    up = verb
    for _ in range(3):
        nxt = up.head
        if sx.base(up) == "conj" and not sx.is_verb(nxt):
            nxt = nxt.head   # "tearing down posters and ransacking": joined to the object
        if subj or sx.base(up) not in ("conj", "advcl") or not sx.is_verb(nxt) or nxt == up:
            break
        up = nxt
        subj = [c for c in sx.children(up, sx.SUBJ) if c.pos_ != "PRON"]
    if not subj and up is not verb and sx.base(up) == "acl" and up.head.pos_ in ("NOUN", "PROPN"):
        subj = [up.head]   # ("the quake swept through base camp, killing 17": hung on its noun)
    heads = [t for s in subj for t in sx.conjuncts(s)]
    # "des centaines de manifestants", "hundreds of protesters": the people behind the number
    heads += [g for t in heads for c in t.children if sx.base(c) in ("nmod", "prep")
              for g in ([c] if sx.base(c) == "nmod" else
                        [p for p in c.children if sx.base(p) == "pobj"])]
    return {f for t in heads for f in _forms(t)}


def _warns_of_danger(trig: Trigger, lex: Lexicon) -> bool:
    """"warned that violence would push the city into an abyss", "a mis en garde contre un
    embrasement": a warning of a danger, not of what the warner will do."""
    verb = trig.token
    if trig.nominal or not set(_forms(verb)) & lex.warning_verbs:
        return False
    clauses = sx.children(verb, {"ccomp"})
    if clauses:
        clause = clauses[0]
        if any(set(_forms(t)) & lex.threat_words for t in clause.subtree):
            return False
        subj = sx.children(clause, sx.SUBJ | sx.PASS_SUBJ)
        return bool(subj) and subj[0].pos_ not in ("PRON", "PROPN")
    if any(o.pos_ == "PROPN" or o.ent_type_ in _NAMED for o in sx.children(verb, sx.OBJ)):
        return False   # "warned Hezbollah against any attack": a warning to an adversary
    about = [n for p, n in sx.pp_dependents(verb) if p in lex.warning_preps]
    return bool(about) and not any(set(_forms(t)) & lex.threat_words
                                   for n in about for t in n.subtree)


def misparsed_disaster(verb: Token, lex: Lexicon) -> bool:
    """"after the country's worst earthquake in 80 years killed 2,430 people": the parser
    takes the disaster for the object of "after" and leaves the verb with no subject. A verb
    with none, with a disaster among the nouns right before it (no verb or punctuation
    between), is that disaster's."""
    if any(sx.base(c) in sx.SUBJ | sx.PASS_SUBJ for c in verb.children) \
            or sx.base(verb) in ("acl", "amod", "xcomp", "conj") or sx.base(verb) in sx.RELATIVE:
        return False   # (a participle qualifying a noun, "des entrepôts pillés"; a verb sharing
        # the subject of the one before, "set fire to homes and shot at villagers")
    for t in reversed(verb.doc[max(sx.sent_start(verb), verb.i - 10):verb.i]):
        if sx.is_verb(t) or t.is_punct:
            return False
        if t.pos_ == "NOUN" and set(_forms(t)) & lex.accident_nouns:
            return True
    return False


def _retype(trig: Trigger, lex: Lexicon) -> Trigger | None:
    """An attack by protesters is a riot ("protesters storm her residence"); a killing by a
    disaster ("the collapse of a canopy killed 15") is no event of ours; a warning of a danger
    is no threat."""
    if trig.type == "THREATEN" and _warns_of_danger(trig, lex):
        return None
    if trig.type != "ASSAULT":
        return trig
    words = _subject_words(trig)
    if words & lex.accident_nouns or (not trig.nominal and misparsed_disaster(trig.token, lex)):
        return None
    if not trig.nominal and sx.is_passive(trig.token) and any(
            set(_forms(n)) & lex.accident_nouns for _, n in sx.pp_dependents(trig.token)):
        return None   # "56 people were killed in a crush at the funeral"
    if words & lex.protester_nouns or (not trig.nominal and any(
            set(_forms(n)) & lex.protest_adjuncts for _, n in sx.pp_dependents(trig.token))):
        # by protesters, or "stormed army buildings in protest at his arrest"
        trig.rule = TriggerRule(type="PROTEST", mode="riot")
    return trig


def _in_protest_at(trig: Trigger, found: list[Trigger], lex: Lexicon) -> bool:
    """"suspended the deal in protest at the launch": the manner of another act, no protest
    of its own (a bare noun after a preposition, on a verb that is itself an event)."""
    tok = trig.token
    if not trig.nominal or trig.type != "PROTEST" or not set(_forms(tok)) & lex.protest_adjuncts:
        return False
    if sx.preposition(tok) not in lex.protest_manner_preps \
            or any(sx.base(c) == "det" for c in tok.children):
        return False
    return trig.governor is not None and any(o is not trig and o.token == trig.governor
                                             for o in found)


def _top_of(trig: Trigger) -> Trigger:
    while trig.nested_in is not None:
        trig = trig.nested_in
    return trig


def _is_purpose(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and "VerbForm=Inf" in str(tok.morph) \
        and sx.base(tok) in ("advcl", "acl")


def _rehearsed(trig: Trigger, lex: Lexicon) -> bool:
    """"drills that rehearsed encircling the island and striking key targets", "des frappes
    simulées": an act rehearsed or simulated is none."""
    tok = trig.token
    if any(sx.base(c) in ("amod", "acl") and fold(c.lemma_) in lex.rehearsal
           for c in tok.children):
        return True
    up = tok
    for _ in range(3):
        if sx.base(up) not in ("xcomp", "dobj", "obj", "pcomp", "pobj", "conj", "acl", "advcl") \
                or up.head == up:
            return False
        up = up.head
        if fold(up.lemma_) in lex.rehearsal:
            return True
    return False


def _in_purpose(trig: Trigger, lex: Lexicon) -> bool:
    """Within an infinitive adjunct, the trigger itself or a verb above it. Not one that
    joins another's act ("s'est joint à lui pour exhorter la Russie à cesser"): that is done."""
    if _is_purpose(trig.token):
        return fold(trig.token.head.lemma_) not in lex.joining_verbs
    if lifted_conjunct(trig.token):
        return False   # "pour dégager la route et a interpellé 20 personnes"
    for anc, _ in sx.ancestors_path(trig.token, limit=4):
        if _is_purpose(anc):
            return fold(anc.head.lemma_) not in lex.joining_verbs
        if sx.is_verb(anc) and sx.base(anc) not in ("xcomp",):
            return False
        if anc.pos_ == "NOUN" and anc.left_edge.i > 0 \
                and anc.doc[anc.left_edge.i - 1].text == ",":
            return False   # "pour regagner la France, premier mouvement d'un retrait": set off
    return False


def _own_past_clause(verb: Token) -> bool:
    """A finite past-tense clause with a subject of its own."""
    # "stormed" (finite past) or "a pris" (a past participle with a finite auxiliary)
    past = "Tense=Past" in str(verb.morph) and sx.tensed(verb)
    return past and bool(sx.children(verb, sx.SUBJ))


def reporters_conjunct(tok: Token, lex: Lexicon) -> bool:
    """"Stoltenberg said the attacks were unacceptable and urged Belgrade to ...": the parser
    joins "urged" to the reported clause; a call or a warning with no subject of its own
    there is the reporter's, made beside what he said."""
    return sx.base(tok) == "conj" and sx.base(tok.head) == "ccomp" \
        and not sx.children(tok, sx.SUBJ | sx.PASS_SUBJ) \
        and bool(set(_forms(tok)) & (lex.calling_verbs | lex.warning_verbs)) \
        and bool(set(_forms(tok.head.head)) & lex.reporting_verbs)


def lifted_conjunct(tok: Token) -> bool:
    """"used water cannon to clear the highway and detained 20 people": a tensed verb is no
    conjunct of the infinitive the parser joins it to; it stands beside the verb above."""
    # ("accused the RSF of trying to repeat the killings and called on the Council": nor of
    # the gerund)
    head = tok.head
    if sx.base(tok) != "conj":
        return False
    if sx.tensed(tok):
        return "VerbForm=Inf" in str(head.morph) \
            or (head.tag_ == "VBG" and sx.base(head) == "pcomp" and not sx.tensed(head))
    # ("a condamné une répression ayant entraîné des pertes et appelé les parties à ...": a
    # bare participle joined to one with its own participial auxiliary shares the finite one)
    return "VerbForm=Part" in str(tok.morph) and "Tense=Past" in str(tok.morph) \
        and not any(sx.base(c).startswith("aux") for c in tok.children) \
        and sx.base(head) in ("acl", "advcl") and any(
            sx.base(c).startswith("aux") and "VerbForm=Part" in str(c.morph)
            for c in head.children)


def _one_of(noun: Token) -> bool:
    """The noun hangs on a number or pronoun ("one of the deadliest strikes", "l'une des
    pires attaques"): a comparison with past events. "Its largest-ever exercises" is one."""
    head = noun.head
    if sx.base(noun) == "pobj" and head.head != head:
        head = head.head            # English: one -> of -> strikes
    return head != noun and head.pos_ in ("NUM", "PRON")


def _after_article(tok: Token) -> bool:
    """A participle right after an article, perhaps with adverbs between ("the most seriously
    injured", "the wounded"): a noun the tagger read as a verb."""
    j = tok.i - 1
    while j >= tok.sent.start and tok.doc[j].pos_ == "ADV":
        j -= 1
    return j >= tok.sent.start and tok.doc[j].pos_ == "DET" \
        and "PronType=Art" in str(tok.doc[j].morph)


def _audience(trig: Trigger, lex: Lexicon) -> bool:
    """"Netanyahu told a security cabinet meeting", "speaking at a meeting with officials",
    "a déclaré lors d'une réunion du gouvernement": a meeting that is only the audience or the
    setting of words said is no meeting event of its own (its partners, if any, say so)."""
    tok = trig.token
    if trig.type != "CONSULT" or not trig.nominal or _mode(trig, lex) is not None:
        return False   # (a call or a visit is one, whatever is said during it)
    # ("lors d'une réunion": the parser hangs the noun on "lors")
    verb = tok.head.head if tok.head.pos_ == "ADV" else sx.attached_to(tok)
    if verb is tok or not sx.is_verb(verb) \
            or fold(verb.lemma_) not in lex.reporting_verbs | lex.audience_verbs:
        return False
    # (the object said to, or a phrase of place or time: not "said the talks would resume",
    # nor "speaking after an emergency meeting", which was held before)
    marks = [tok.head] + [c for c in tok.children if sx.base(c) in ("prep", "case")]
    if any(fold(c.text) in lex.offset_markers for c in marks):
        return False
    return sx.base(tok) in sx.OBJ or (sx.base(tok) == "pobj" and tok.head.i < tok.i
                                       and verb.i < tok.i) or (
        sx.base(tok).startswith("obl") and any(sx.base(c) == "case" for c in tok.children))


def _backed(trig: Trigger) -> bool:
    """"les rebelles soutenus par l'Iran", "troops supported by Russia": a past participle
    that qualifies a noun tells who stands behind it, an alliance, not an act of support."""
    tok = trig.token
    return trig.type == "SUPPORT" and not trig.nominal and sx.base(tok) == "acl" \
        and "VerbForm=Part" in str(tok.morph) and "Tense=Past" in str(tok.morph) \
        and not sx.tensed(tok) and tok.head.pos_ in ("NOUN", "PROPN") \
        and not tok.doc[tok.i - 1].is_punct   # ("la résolution, soutenue par la France,": said)


def _participle_adjunct(trig: Trigger) -> bool:
    """"..., faisant 5 morts", "..., killing 50 people": a present participle adjunct."""
    tok = trig.token
    return not trig.nominal and sx.base(tok) in ("advcl", "acl") and sx.present_participle(tok)


def _mark_nesting(triggers: list[Trigger], lex: Lexicon) -> None:
    by_token = {t.token.i: t for t in triggers}
    below: dict[int, Trigger] = {}   # the first trigger above each one, whatever the link
    for trig in triggers:
        if trig.rule.demand or (not trig.nominal and reporters_conjunct(trig.token, lex)):
            continue
        if sx.base(trig.token) == "acl" and sx.tensed(trig.token):
            # a finite verb is no reduced relative: "a move X condemned on Saturday"; nor is
            # a participle with a finite auxiliary ("le Conseil ... a condamné" hung on its
            # subject)
            continue
        prev = trig.token
        lifted = False
        for anc, label in sx.ancestors_path(trig.token):
            if label in sx.RELATIVE or label == "parataxis":
                break
            if fold(anc.lemma_) in lex.frame_nouns and anc.i not in by_token:
                break   # "convenus ..., au terme d'un sommet", "on the sidelines of the
                # summit": the meeting is the setting of what is decided, an event of its own
            if label == "conj" and (lifted_conjunct(prev) or (
                    sx.is_verb(prev) and anc.pos_ in ("NOUN", "PROPN")
                    and (sx.tensed(prev) or "Tense=Past" in str(prev.morph)))):
                # ("a dénoncé une violation ... et exigé que Moscou libère les marins": a verb
                # the parser joins to a noun stands beside the verb above)
                lifted = True
            if label == "advcl" and sx.children(prev, sx.SUBJ | sx.PASS_SUBJ) and any(
                    sx.base(c) == "mark" and c.pos_ == "SCONJ" for c in prev.children):
                break   # "asked Cuba to hand them over, after authorities blamed the group":
                # an adverbial clause with a subject of its own tells its own event
            child, prev = prev, anc
            if set(_forms(anc)) & lex.reporting_verbs and anc.i not in by_token:
                break
            parent = by_token.get(anc.i)
            if parent is None or parent is trig:
                continue   # through a conjunct or a noun: the content of what is above it
            if label == "conj" or lifted:
                # "attacked Kyiv and shelled Kharkiv": two events side by side, each the
                # content of whatever its first conjunct is the content of ("denied that
                # soldiers had been killed or wounded"). A verb joined to a noun is a misparse
                # ("a dénoncé des manœuvres et appelé ..."), not a conjunct of that noun.
                if sx.is_verb(trig.token) == sx.is_verb(parent.token):
                    below[id(trig)] = parent
                break
            below[id(trig)] = parent
            if label in ("nsubj",) and trig.token.i > anc.i and not any(
                    sx.base(c) in sx.OBJ for c in anc.children):
                label = "obj"   # a "subject" after its verb: its object misread
            if _participle_adjunct(trig) and parent.type != trig.type \
                    and not set(_forms(trig.token)) & lex.aiming_verbs:
                break      # "..., accusant Kiev de préparer une attaque": an act of its own
                # (not "sanctions targeting 20 officials": whom the sanctions aim at)
            if label == "advcl" and not _participle_adjunct(trig) and not trig.nominal:
                break      # "fired rockets after an Israeli strike killed a commander"
            if label == "ccomp" and parent.type in _DEEDS and _own_past_clause(child):
                break
            if label in _CONTENT or (label in _SAME_TYPE_ONLY and parent.type == trig.type):
                trig.nested_in = parent
            break
    # Whatever hangs below the content of a demand or a condemnation is content too: "appelle
    # la Russie à retirer ses forces ..., à permettre l'accès à l'aide humanitaire".
    changed = True
    while changed:
        changed = False
        for trig in triggers:
            parent = below.get(id(trig))
            if trig.nested_in is None and parent is not None and parent.nested_in is not None:
                trig.nested_in = parent
                changed = True
