"""Who did what to whom, and where: the argument spans tied to one trigger through the parse.

Verbs: the subject is the source (the agent in the passive, whose subject becomes the target),
the object the target, prepositional phrases are cast by the language's `roles` table (agent,
target, partner, topic, target_place) or are places when a place name follows a locative
preposition. Nouns: demonym adjectives and "de"/"of"/possessive complements, "par"/"by"
agents, "contre"/"against" targets, and the subject and object of a light verb that carries
them ("L'armée a procédé à de nouvelles frappes aériennes sur Kiev et Kharkiv").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from chronique.extract import syntax as sx
from chronique.extract.actorish import actor_like
from chronique.extract.lexicon import Lexicon
from chronique.extract.triggers import Trigger, lifted_conjunct, reporters_conjunct
from chronique.resolve.actors import resolve_actor
from chronique.resolve.place_words import place_words
from chronique.resolve.quantities import parse_number
from chronique.textnorm import fold

Range = tuple[int, int]   # token range [start, end)

_PRONOUN_SUBJECTS = {"Prs", "Dem"}
# Types whose direct object is usually what is said or wanted, not who it is aimed at.
# Acts addressed to someone: a country after their target preposition is that state ("aid
# to Ukraine" is given to Ukraine, wherever it is pledged).
_ADDRESSED = {"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "SANCTION", "AID"}
# Events between parties: where the partner is met is where the event is.
_MEETINGS = {"CONSULT", "AGREE", "COOPERATE"}
CONTENT_OBJECT_TYPES = {"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "AGREE",
                        "CONCEDE", "AID", "SANCTION"}


def _armed(tok: Token, lang: str) -> bool:
    """An armed force or group: the army, rebels, a militia, a named armed group."""
    words = [tok] + [c for c in tok.children if sx.base(c) in ("amod", "compound", "flat:name")]
    actor = resolve_actor(" ".join(t.text for t in sorted(words, key=lambda t: t.i)), lang)
    return actor is not None and actor.sector in ("MIL", "REB")


@dataclass
class Arguments:
    sources: list[Range] = field(default_factory=list)
    targets: list[Range] = field(default_factory=list)
    places: list[Range] = field(default_factory=list)       # each is a separate event when >1
    partners: list[Range] = field(default_factory=list)     # symmetric types: both sides


@dataclass
class SentenceContext:
    """What argument finding needs to know about the sentence and the report so far."""

    lex: Lexicon
    place_spans: list[Range]                 # known place names in the sentence
    triggers: list[Trigger]
    antecedent: Range | None = None          # the last actor named as a subject before here
    recent_persons: list[Range] = field(default_factory=list)   # people named so far
    # Arguments already found, by trigger: they are asked for several times per sentence.
    found: dict[int, "Arguments"] = field(default_factory=dict)
    times: set[int] = field(default_factory=set)   # tokens of time expressions: no argument
    # "the city" -> the range where that city was last named, maybe in an earlier sentence
    place_refs: dict[int, Range] = field(default_factory=dict)
    countries: set[Range] = field(default_factory=set)   # place spans that name a whole country

    def place_at(self, tok: Token) -> Range | None:
        for r in self.place_spans:
            if r[0] <= tok.i < r[1]:
                return r
        return self.place_refs.get(tok.i)


# Named entities that can be a party: states, places standing for them, groups, people.
_ACTOR_ENTITIES = {"GPE", "LOC", "NORP", "ORG", "PER", "PERSON"}


def _actor_range(tok: Token, ctx: SentenceContext) -> Range | None:
    """The phrase an argument token stands for, resolving pronouns to their antecedent."""
    # A name the tagger took for a pronoun ("Poutine", lemma "poutine") has no PronType and is
    # no stop word; "Il" may lack the PronType too, but is one.
    if tok.pos_ == "PRON" and tok.text.startswith("-") and not sx.inverted_clitic(tok):
        return None   # ("a-t-il exhorté": the euphonic "-t" before the clitic "-il")
    inverted = tok.pos_ == "PRON" and sx.inverted_clitic(tok)
    real_pronoun = tok.pos_ == "PRON" and ("PronType" in str(tok.morph) or tok.is_stop
                                           or tok.tag_ in ("PRP", "WP", "WDT") or inverted)
    if real_pronoun or (tok.pos_ == "DET" and sx.base(tok).startswith("nsubj")):
        if "PronType=Rel" in str(tok.morph) or tok.tag_ in ("WP", "WDT"):
            return _relative_antecedent(tok)
        if "Person=1" in str(tok.morph):
            return (tok.i, tok.i + 1)   # "nous", "we": the voice of the report, not a referent
        if any(f"PronType={p}" in str(tok.morph) for p in _PRONOUN_SUBJECTS) \
                or tok.tag_ == "PRP" or tok.is_stop or inverted:
            return _person_object(tok, ctx) or _speaker_of_clause(tok, ctx) \
                or _subject_above(tok) or ctx.antecedent
        return None
    if tok.pos_ not in sx.NOMINAL_POS | {"ADJ", "DET"}:
        return None
    if tok.pos_ == "NUM" and not any(c.pos_ in ("NOUN", "PROPN") for c in tok.children):
        return None
    # Not other triggers, nor a time the parser hangs on the noun ("son homologue russe mardi")
    stop = {t.token.i for t in ctx.triggers} | (ctx.times - {tok.i})
    start, end = sx.chunk(tok, stop)
    if end - start > 16:   # a runaway chunk is a parse failure: keep the head's close phrase
        start, end = max(start, tok.i - 4), min(end, tok.i + 5)
    ent = next((e for e in sx.entities(tok.sent) if e.start <= tok.i < e.end), None) \
        if tok.ent_type_ else None
    if ent is not None and ent.label_ not in ("PER", "PERSON") and start <= ent.start \
            and ent.end > end and not any(i in stop for i in range(end, ent.end)):
        # A name with a conjunction inside ("le Conseil de paix et de sécurité de l'UA"): the
        # whole name, which the chunk cuts at "et"
        end = ent.end
    return (start, end)


def _persons_before(tok: Token, ctx: SentenceContext) -> list[Range]:
    """The people named so far, each once, the latest last: in earlier sentences and in this
    one before `tok` (not a possessor: "St Michael's Monastery" names a place)."""
    people = list(ctx.recent_persons)
    for ent in sx.entities(tok.sent):
        if ent.label_ in ("PER", "PERSON") and ent.end <= tok.i and sx.base(ent.root) != "poss":
            people = with_person(people, ent)
    return people


def with_person(people: list[Range], ent: SpacySpan) -> list[Range]:
    """`people` with the person `ent` names moved to the end, each person once."""
    text = ent.text.lower()
    return [r for r in people if ent.doc[r[0]:r[1]].text.lower() != text] + [(ent.start, ent.end)]


def _person_object(pron: Token, ctx: SentenceContext) -> Range | None:
    """"Putin hosted him", "Blinken spoke with Aliyev and urged him to stop": a singular
    third-person object pronoun stands for the last person named who is not the subject."""
    morph = str(pron.morph)
    if "Person=3" not in morph or "Number=Sing" not in morph or "Reflex=Yes" in morph \
            or "Gender=Neut" in morph or "PronType=Dem" in morph \
            or sx.base(pron) not in sx.OBJ | {"pobj", "iobj", "obl", "obl:arg"}:
        return None
    verb = pron.head if sx.is_verb(pron.head) else pron.head.head
    subjects = {t.i for s in sx.children(verb, sx.SUBJ) for t in s.subtree}
    for r in reversed(_persons_before(pron, ctx)):
        if not any(i in subjects for i in range(*r)):
            return r
    return None


def _the_two(tok: Token, ctx: SentenceContext) -> list[Range]:
    """"les deux chefs d'État", "the two leaders": the last two people the report named."""
    if tok.pos_ != "NOUN":
        return []
    if not any(sx.base(c) == "nummod" and parse_number(c.text, ctx.lex.code) == 2
               for c in tok.children):
        return []
    # Those named earlier in this very sentence count too: "Biden walked with Zelenskiy
    # before the two leaders held talks".
    people = _persons_before(tok, ctx)
    return people[-2:] if len(people) >= 2 else []


def _speaker_of_clause(pron: Token, ctx: SentenceContext) -> Range | None:
    """"Russia's defence ministry said it had hit hangars": a pronoun subject of a reported
    clause is, most often, the one who reports it."""
    for anc, label in sx.ancestors_path(pron, limit=4):
        if label == "ccomp" and fold(anc.lemma_) in ctx.lex.reporting_verbs:
            verb = anc
            if not sx.children(anc, sx.SUBJ) and sx.base(anc) == "advcl" and sx.is_verb(anc.head):
                verb = anc.head   # "X blamed Y, saying that they ...": X says it
            subj = [s for s in sx.children(verb, sx.SUBJ) if s.pos_ in ("PROPN", "NOUN")]
            if subj and "Number=Plur" in str(pron.morph) and "Number=Sing" in str(subj[0].morph) \
                    and not sx.children(subj[0], {"conj"}):
                # "the minister blamed Machar's bodyguards, saying that they had opened fire":
                # a plural pronoun is not the one speaker but whom the speaker names
                named = [o for o in sx.children(verb, sx.OBJ) if "Number=Plur" in str(o.morph)
                         and o.i < pron.i and actor_like(o, ctx.lex.code)]
                if named:
                    return sx.chunk(named[0])
            return sx.chunk(subj[0]) if subj and verb is anc else None
    return None


def _subject_above(pron: Token) -> Range | None:
    """"Blinken est arrivé à Tel-Aviv, où il doit rencontrer Netanyahou", "Putin said that
    after he met Xi ...": a third-person subject pronoun in a clause hung on another is, most
    often, the subject named before it in that clause, when they agree."""
    if not sx.base(pron).startswith("nsubj"):
        return None
    morph = pron.morph
    path = sx.ancestors_path(pron, limit=5)
    # (only out of a clause opened by a relative adverb: "à Tel-Aviv, où il doit ...", "in
    # Paris, where he met"; other clauses name their subject's referent more often before)
    through = [i for i in range(1, len(path)) if path[i][1] in sx.RELATIVE | {"advcl"}
               and any(sx.base(c) not in sx.SUBJ and ("PronType=Rel" in str(c.morph)
                                                      or c.tag_ == "WRB") and c.i < pron.i
                       for c in path[i - 1][0].children)]
    for anc, label in path[through[0]:] if through else []:
        subj = [c for c in sx.children(anc, sx.SUBJ) if c.i < pron.i and c.pos_ in ("PROPN", "NOUN")]
        if not subj:
            continue
        noun = subj[0]
        if any(noun.morph.get(f) and morph.get(f) and noun.morph.get(f) != morph.get(f)
               for f in ("Number", "Gender")):
            return None
        return sx.chunk(noun)
    return None


def _relative_antecedent(pron: Token) -> Range | None:
    """"la Russie, qui continuait": the noun the relative clause hangs on, else the noun
    before the relative pronoun."""
    doc = pron.doc
    i = pron.i - 1
    while i >= sx.sent_start(pron) and (doc[i].is_punct or doc[i].is_space):
        i -= 1
    if i >= sx.sent_start(pron) and doc[i].pos_ in ("PROPN", "NOUN"):
        head = doc[i]
        clause = pron.head
        if sx.base(clause) in sx.RELATIVE and _named_in_apposition(head, clause.head):
            # "le porte-parole de la présidence, Gervais Abayeho, qui a démenti": the
            # clause hangs on the spokesman, whose name stands just before "qui"
            head = clause.head
        start, end = sx.chunk(head)
        return (start, min(end, pron.i))
    return None


def _named_in_apposition(name: Token, noun: Token) -> bool:
    cur = name
    for _ in range(3):
        if cur == noun:
            return cur != name
        link = sx.base(cur)
        if cur.head == cur or link not in ("appos", "flat:name", "flat", "compound", "conj") \
                or (link == "conj" and name.ent_type_ not in ("PER", "PERSON")):
            return False   # (a person's name read as a conjunct of the title is apposed)
        cur = cur.head
    return False


def finite(tok: Token, lex: Lexicon) -> bool:
    """A verb form that cannot be a participle, whatever the tagger says: "expulse" (from
    "expulser") in a headline is a present tense, the participle would be "expulsé"."""
    if "VerbForm=Fin" in str(tok.morph):
        return True
    if sx.present_participle(tok):
        return False
    lemma, text = fold(tok.lemma_), tok.text.lower()
    return any(lemma.endswith(inf) and not text.endswith(tuple(forms))
               for inf, forms in lex.participle_endings.items())


# What an active verb takes after it: an object, a clause, a phrase.
_COMPLEMENTS = sx.OBJ | {"xcomp", "ccomp", "prep", "obl", "dative", "obl:arg"}


def _subjects(verb: Token, ctx: SentenceContext, depth: int = 0) -> list[Token]:
    """The subject of a verb, or of the verb it shares it with: "a déclaré ... exiger",
    "attacked and shelled", "..., faisant 5 morts". When a conjunct is hung on a verb of the
    other voice ("dix drones avaient été lancés ..., et a averti"), the parser has attached it
    too low: its subject is further up."""
    if depth == 0 and _closes_quote(verb):
        # '"Les Russes ont visé les secours", a dénoncé le président': the speaker follows
        # ('"Réveillez-vous !", a-t-il exhorté': the inverted clitic before it)
        post = [c for c in verb.children if sx.base(c) in sx.SUBJ | sx.OBJ and (
            c.i > verb.i or sx.inverted_clitic(c))]
        return post[:1]
    subj = [c for c in sx.children(verb, sx.SUBJ) if not _inverted(c, verb)]
    if not subj and not sx.is_passive(verb):
        subj = sx.children(verb, sx.PASS_SUBJ)   # a pronominal verb read as a passive
    if not subj:
        # "M. Mugabe n'a pas démissionné": the parser may hang the subject on the auxiliary
        subj = [c for a in verb.children if sx.base(a).startswith("aux")
                for c in sx.children(a, sx.SUBJ)]
    if not subj:
        subj = sx.fronted_subjects(verb) or sx.subject_under_fronted_participle(verb)
    if subj or depth > 3:
        return subj
    label = sx.base(verb)
    head = verb.head
    if head == verb:
        return []
    if label in ("acl", "advcl") and head.pos_ in ("NOUN", "PROPN") and verb.i > 0 \
            and verb.doc[verb.i - 1].text == "," and sx.present_participle(verb):
        # "a annoncé le déploiement de troupes avec la Russie, accusant Kiev ...": set off
        # by a comma, the participle is the main clause's, whatever noun the parser hangs
        # it on
        for anc, _ in sx.ancestors_path(verb, limit=6):
            if sx.is_verb(anc):
                return _subjects(anc, ctx, depth + 1)
        return []
    if (titled := sx.headline_subject(verb)) is not None:
        return [titled]   # "G7 Leaders to Hold Emergency Call": a headline's subject and verb
    if label == "acl" and head.pos_ in ("NOUN", "PROPN") and verb.i > head.i \
            and (verb.tag_ == "VBG" or "VerbForm=Ger" in str(verb.morph)
                 or finite(verb, ctx.lex) or sx.tensed(verb)):
        # "planes carrying food and medicine": the planes carry; "la junte expulse
        # l'ambassadeur", a headline's verb misread as a participle: the junta expels
        return [head]
    if label == "pcomp" and head.pos_ == "ADP" and sx.is_verb(head.head) \
            and fold(head.text) not in ctx.lex.role_preps("ASSAULT", "genitive"):
        # "joined him in urging", "stormed the base before overrunning it": the gerund's
        # subject is the verb's own (not after "of": "accused the RSF of trying"; not one
        # fetched further up, through what may be a misparse)
        return [c for c in sx.children(head.head, sx.SUBJ) if not _inverted(c, head.head)]
    if label == "conj" and reporters_conjunct(verb, ctx.lex):
        return _subjects(head.head, ctx, depth + 1)   # "said ... and urged X to": the reporter
    if label == "conj" and lifted_conjunct(verb):
        # "accused the RSF of trying to ... and called on the Council": the finite verb above
        for anc, _ in sx.ancestors_path(verb, limit=6):
            if sx.is_verb(anc) and sx.tensed(anc):
                return _subjects(anc, ctx, depth + 1)
    if label == "conj" and not sx.is_verb(head):
        # "a dénoncé ce qui apparaît comme un coup d'Etat et exigé le retour ...": a verb
        # joined to a noun is a misparse; its partner is the verb above in the same form.
        form = (verb.morph.get("VerbForm"), verb.morph.get("Tense"))
        for anc, _ in sx.ancestors_path(verb, limit=6):
            if sx.is_verb(anc) and (anc.morph.get("VerbForm"), anc.morph.get("Tense")) == form:
                return _subjects(anc, ctx, depth + 1)
    if label == "xcomp" and head.pos_ in ("NOUN", "PROPN") and sx.is_verb(head.head) \
            and head.head != head:
        # "s'est engagée dimanche à débloquer": the infinitive hung on the time noun
        return _subjects(head.head, ctx, depth + 1)
    if label == "xcomp" and head.pos_ == "ADJ" and head.head != head:
        # "is due to meet", "est prêt à signer": the subject is the copula's
        return sx.children(head, sx.SUBJ) or sx.children(head.head, sx.SUBJ)
    if label in ("xcomp", "conj", "advcl", "acl", "ccomp", "dep") and sx.is_verb(head):
        if label == "ccomp" and depth == 0:
            return []   # a reported clause has its own subject, never the speaker
        if sx.is_passive(head) != sx.is_passive(verb) and label == "conj":
            patient = sx.children(head, sx.PASS_SUBJ)
            if sx.is_passive(head) and sx.tensed(verb) and patient \
                    and all(actor_like(p, ctx.lex.code) for p in patient) \
                    and any(sx.base(c) in _COMPLEMENTS for c in verb.children):
                # "Guterres was gravely concerned by the strikes and urged all sides to ...":
                # one person, told in two voices (not "had been detained ... and deported",
                # a passive whose auxiliary the parser did not share)
                return patient
            return _subjects(head, ctx, depth + 1) if sx.children(head, sx.SUBJ) == [] \
                else _subjects(head.head, ctx, depth + 2) if head.head != head else []
        if sx.is_passive(head) and label not in ("xcomp",):
            return sx.children(head, sx.AGENT)
        return _subjects(head, ctx, depth + 1)
    if label == "acl" and head.head == head and head.pos_ in ("NOUN", "PROPN") \
            and not any(sx.base(c) in sx.AGENT for c in verb.children):
        # "Spain's prime minister, Pedro Sanchez, offered on Monday to ...": a sentence with a
        # noun for its root and the verb hung on it as a participle; the noun is the subject.
        return [head]
    if head.pos_ in ("NOUN", "PROPN") and sx.is_verb(head.head) and head.head != head:
        return [s for s in sx.children(head.head, sx.SUBJ) if s != head]   # "a de son côté démenti"
    return []


_CLOSING_QUOTES = {'"', "»", "”", "“", "'", "’"}


def _closes_quote(verb: Token) -> bool:
    """A verb that introduces a quote just closed: '"...", a dénoncé X', '"...," he said'."""
    first = min([verb] + [c for c in verb.children if sx.base(c).startswith("aux")],
                key=lambda t: t.i)
    k = first.i - 1
    if k > sx.sent_start(verb) and verb.doc[k].text == ",":
        k -= 1
    return k >= sx.sent_start(verb) and verb.doc[k].text in _CLOSING_QUOTES \
        and any(c.i > verb.i and sx.base(c) in sx.SUBJ | sx.OBJ for c in verb.children)


def _inverted(subj: Token, verb: Token) -> bool:
    """A "subject" after a verb that has no object is its object misread ("..., exigé le
    retrait des troupes"), unless the verb closes a quote or a clause it reports
    ('"...", a dénoncé le président', "..., warned the ministry"): that is true inversion."""
    if subj.i < verb.i or subj.pos_ == "PRON" or sx.children(verb, sx.OBJ) \
            or sx.base(verb) in sx.RELATIVE:
        return False
    first = min([verb] + [c for c in verb.children if sx.base(c).startswith("aux")],
                key=lambda t: t.i)
    before = verb.doc[first.i - 1] if first.i > sx.sent_start(verb) else None
    reporting = sx.base(verb) in ("root", "parataxis") and before is not None \
        and before.is_punct and before.text not in ("(",)
    return not reporting


def _counted(tok: Token, trig: Trigger, ctx: SentenceContext) -> Token:
    """"expelled dozens of Russian diplomats", "expulsent des dizaines de diplomates russes":
    what a counting noun counts."""
    if fold(tok.lemma_) in ctx.lex.quantifier_nouns or fold(tok.text) in ctx.lex.quantifier_nouns:
        for prep, noun in sx.pp_dependents(tok):
            if prep in ctx.lex.role_preps(trig.type, "genitive"):
                return noun
    return tok


def _expand(tok: Token, ctx: SentenceContext) -> list[Range]:
    pair = _the_two(tok, ctx)
    if pair:
        return pair
    out = []
    for t in sx.conjuncts(tok):
        if t is not tok and t.pos_ == "NOUN" and resolve_actor(t.text, ctx.lex.code) is None \
                and any(sx.base(c) in ("amod", "acl") and sx.present_participle(c)
                        for c in t.children if c.i < t.i):
            continue   # "thousands rallied, some waving Russian flags": what they carried
            # (not "Alexei Smirnov, the acting governor": a person)
        r = _actor_range(t, ctx)
        if r:
            out.append(r)
    return out


def _is_place(tok: Token, ctx: SentenceContext) -> bool:
    return ctx.place_at(tok) is not None


def _place_ranges(tok: Token, ctx: SentenceContext) -> list[Range]:
    out = []
    for t in sx.conjuncts(tok):
        r = ctx.place_at(t)
        if r and r not in out:
            out.append(r)
    return out


def _pp_roles(head: Token, trig: Trigger, args: Arguments, ctx: SentenceContext,
              skip: set[int], depth: int = 0) -> None:
    lex, typ = ctx.lex, trig.type
    pairs = list(sx.pp_dependents(head))
    has_object = not trig.nominal and any(sx.base(c) in sx.OBJ for c in head.children) \
        and not {fold(head.lemma_), fold(head.text)} & lex.projectile_verbs
    # "s'était entretenu lundi soir au téléphone avec X": the parser hangs what follows a
    # time on the time; it is the verb's. Not an agent: "se réuniront vendredi sur l'invasion
    # de l'Ukraine par la Russie" hangs the invasion's agent there too.
    agent = lex.role_preps(typ, "agent")
    for c in head.children:
        if c.i in ctx.times and c.i not in skip:
            pairs = pairs + [(p, n) for p, n in sx.pp_dependents(c)
                             if n.i not in ctx.times and p not in agent]
    for prep, noun in pairs:
        if noun.i in skip or noun.i in ctx.times:
            continue   # ("imposed sanctions on Russia on Monday": Monday is when)
        if typ != "REQUEST" and any(t.token.i == noun.i and t.type == "REQUEST"
                                    for t in ctx.triggers):
            continue   # "will meet at Russia's request": the request is an act of its own
        if prep in lex.role_preps(typ, "topic") and prep in lex.place_prepositions:
            # "on the sidelines of the Munich Security Conference": not a topic
            found = [r for p2, g in sx.pp_dependents(noun) if p2 in lex.role_preps(typ, "genitive")
                     for r in _gathering_place(g, ctx)]
            if found:
                args.places.extend(found)
                continue
        if prep in lex.role_preps(typ, "topic") or prep in lex.role_preps(typ, "origin"):
            continue   # what it is about, where it came from: not where it happened
        if fold(noun.lemma_) in lex.border_nouns:
            continue
        if typ == "PROTEST" and prep in lex.place_prepositions:
            # "protested outside Pakistan's High Commission", "devant l'ambassade de France":
            # a protest at a state's mission is aimed at that state
            args.targets.extend(_mission_owners(noun, ctx))
        if prep in lex.role_preps(typ, "agent") and (
                trig.start <= noun.i < trig.end or fold(noun.lemma_) in trig.rule.complements):
            if depth == 0:   # "spoke by telephone with X", "s'est entretenu par téléphone
                # avec X": the means (or the trigger's own word), and who is on the line
                _pp_roles(noun, trig, args, ctx, skip, depth + 1)
            continue
        if prep in lex.role_preps(typ, "agent"):
            act = next((t for t in ctx.triggers if t.token.i == noun.i and t.nominal
                        and t is not trig), None)
            if act is not None:
                # "frappé par une attaque contre l'hôtel de Bamako", "tués par des frappes
                # russes": an act as agent; who did it is the act's own source, if it has one
                args.sources.extend(find_arguments(act, ctx).sources)
            else:
                args.sources.extend(_expand(noun, ctx))
        elif prep in lex.role_preps(typ, "target_place") and _is_place(noun, ctx):
            args.places.extend(_place_ranges(noun, ctx))
        elif prep in lex.role_preps(typ, "mutual"):
            both = _expand(noun, ctx)   # "entre la Russie et l'Ukraine": on both sides
            args.sources.extend(both)
            args.targets.extend(both)
        elif prep in lex.role_preps(typ, "partner") and not (
                prep in lex.place_prepositions and _is_place(noun, ctx)):
            args.partners.extend(_expand(noun, ctx))
        elif prep in lex.place_prepositions and (held := _gathering_place(noun, ctx)):
            args.places.extend(held)   # "met at the Doha Forum"
        elif prep in lex.role_preps(typ, "target") and prep in lex.place_prepositions \
                and fold(noun.lemma_) in lex.facility_nouns and _places_of(noun, ctx):
            # "arrested him at Manila's main airport": where, not whom
            args.places.extend(_places_of(noun, ctx))
        elif prep in lex.role_preps(typ, "target") and prep in lex.place_prepositions \
                and has_object and not _is_place(noun, ctx) and not actor_like(noun, lex.code):
            # "killed six people at a bus stop at Jerusalem's Ramot junction": with its
            # object named, the act's "at" says where, not whom
            args.places.extend(_places_of(noun, ctx))
        elif _fronted(noun, head) and _is_place(noun, ctx):
            # "À Washington, le département d'Etat a averti ...": a place set before the
            # clause says where, not to whom
            args.places.extend(_place_ranges(noun, ctx))
        elif prep in lex.role_preps(typ, "target") and (not _is_place(noun, ctx)
                                                        or typ in _ADDRESSED):
            args.targets.extend(_expand(noun, ctx))   # ("called on Russia": a state, no place)
        elif prep in lex.place_prepositions and _is_place(noun, ctx) \
                and prep not in lex.role_preps(typ, "genitive"):
            args.places.extend(_place_ranges(noun, ctx))
        elif prep in lex.place_prepositions and prep not in lex.role_preps(typ, "genitive") \
                and _places_of(noun, ctx):
            args.places.extend(_places_of(noun, ctx))   # "at the port of Hodeidah"
        elif depth == 0 and not _is_place(noun, ctx) and not actor_like(noun, lex.code) \
                and noun.i not in {t.token.i for t in ctx.triggers}:
            # "s'est entretenu au téléphone avec X": the parser hangs the partner on the
            # adjunct noun; look one step into adjuncts that are neither actors nor places.
            _pp_roles(noun, trig, args, ctx, skip, depth + 1)


def _fronted(noun: Token, verb: Token) -> bool:
    """Whether a prepositional phrase of `verb` opens its clause, set off by a comma, before
    its subject."""
    end = noun.right_edge.i + 1
    return noun.i < verb.i and end < len(noun.doc) and noun.doc[end].text == "," \
        and all(s.i > noun.i for s in verb.children if sx.base(s) in sx.SUBJ | sx.PASS_SUBJ)


def _mission_owners(noun: Token, ctx: SentenceContext) -> list[Range]:
    """The state whose embassy or consulate `noun` is: "Pakistan's High Commission", "the
    French embassy", "l'ambassade de France"."""
    if fold(noun.lemma_) not in ctx.lex.mission_nouns:
        return []
    out: list[Range] = []
    for c in noun.children:
        if sx.base(c) in ("poss", "nmod:poss", "amod", "compound") and c.pos_ != "PRON" \
                and (c.ent_type_ in _ACTOR_ENTITIES or c.pos_ in ("PROPN", "ADJ")):
            out.extend(_expand(c, ctx))
    for prep, c in sx.pp_dependents(noun):
        if prep in ctx.lex.role_preps("PROTEST", "genitive") and c.ent_type_ in _ACTOR_ENTITIES:
            out.extend(_expand(c, ctx))
    return out


def _gathering_place(noun: Token, ctx: SentenceContext) -> list[Range]:
    """"the Munich Security Conference", "the Doha Forum": the city whose name opens a
    gathering's name is where it is held."""
    if _is_place(noun, ctx) or fold(noun.lemma_) not in ctx.lex.gathering_nouns:
        return []
    for c in noun.subtree:
        if c.i < noun.i and sx.base(c) == "compound" and _is_place(c, ctx):
            return _place_ranges(c, ctx)
    return []


def _places_of(noun: Token, ctx: SentenceContext, depth: int = 0) -> list[Range]:
    """The place a non-place noun is of: "le port d'Odessa", "the Houthi stronghold of Saada",
    "a military base next to Sanaa airport", "a bus stop at Jerusalem's Ramot junction". Not
    the state whose mission it is ("l'ambassade de France", which stands abroad)."""
    out: list[Range] = []
    if fold(noun.lemma_) in ctx.lex.mission_nouns:
        return out
    genitive = ctx.lex.role_preps("ASSAULT", "genitive")
    for prep, sub in sx.pp_dependents(noun):
        if _is_place(sub, ctx) and (prep in genitive or prep in ctx.lex.place_prepositions):
            out.extend(_place_ranges(sub, ctx))
        elif prep in genitive:
            out.extend(_gathering_place(sub, ctx))
        elif prep in ctx.lex.place_prepositions and depth == 0:
            out.extend(_places_of(sub, ctx, depth + 1))
    for c in noun.children:
        # ("at Manila's main airport": the possessor too, a state's embassy excepted above)
        if sx.base(c) in ("compound", "nmod", "flat", "poss", "nmod:poss") \
                and sx.preposition(c) is None and _is_place(c, ctx):
            out.extend(_place_ranges(c, ctx))
    return out


def _places_inside(target: Token, trig: Trigger, args: Arguments, ctx: SentenceContext,
                   depth: int = 0) -> None:
    """"pilonner plusieurs villes en Ukraine", "le centre commercial de Krementchouk a été
    touché", "l'usine de traitement d'Abqaiq", "hit the Kramatorsk station": the place of what
    was hit is where it happened."""
    if trig.type not in ("ASSAULT", "COERCE", "PROTEST") or depth > 1:
        return
    genitive = ctx.lex.role_preps(trig.type, "genitive")
    if fold(target.lemma_) in ctx.lex.mission_nouns:
        # "l'ambassade de France à Niamey": France is whose it is, Niamey where it stands
        for prep, noun in sx.pp_dependents(target):
            if prep in ctx.lex.place_prepositions and prep not in genitive and _is_place(noun, ctx):
                args.places.extend(_place_ranges(noun, ctx))
        return
    for prep, noun in sx.pp_dependents(target):
        if prep in ctx.lex.place_prepositions or prep in genitive:
            if _is_place(noun, ctx):
                args.places.extend(_place_ranges(noun, ctx))
            elif prep in genitive:
                _places_inside(noun, trig, args, ctx, depth + 1)
    for c in target.children:
        if sx.base(c) in ("compound", "nmod", "flat", "poss", "nmod:poss") \
                and sx.preposition(c) is None and _is_place(c, ctx):
            args.places.extend(_place_ranges(c, ctx))
        elif sx.base(c) == "acl" and c.pos_ == "VERB" and depth == 0 \
                and not any(t.token == c for t in ctx.triggers):
            # "attacked students putting up posters in the northern city of Novi Sad": where
            # the victims were, doing what they did
            for prep, noun in sx.pp_dependents(c):
                if prep in ctx.lex.place_prepositions and prep not in genitive:
                    args.places.extend(_place_ranges(noun, ctx) if _is_place(noun, ctx)
                                       else _places_of(noun, ctx))


def _where_met(noun: Token, trig: Trigger, ctx: SentenceContext, depth: int = 0) -> list[Range]:
    """"discuss the events with the ministers in Brussels", "signed an agreement with
    President Ruto in Nairobi", "s'est entretenu avec son homologue à Ankara": the parser hangs
    the place on the partner or on the object; for a meeting it is where the meeting was."""
    lex = ctx.lex
    for prep, sub in sx.pp_dependents(noun):
        if sub.i in ctx.times:
            continue
        if prep in lex.place_prepositions and prep not in lex.role_preps(trig.type, "genitive") \
                and prep not in lex.role_preps(trig.type, "origin") and _is_place(sub, ctx):
            return _place_ranges(sub, ctx)
        if depth < 2 and prep in lex.role_preps(trig.type, "partner"):
            found = _where_met(sub, trig, ctx, depth + 1)
            if found:
                return found
    return []


def _meeting_place(head: Token, objects: list[Token], trig: Trigger, args: Arguments,
                   ctx: SentenceContext) -> None:
    partners = [n for p, n in sx.pp_dependents(head) if p in ctx.lex.role_preps(trig.type, "partner")]
    for noun in objects + partners:
        args.places = _where_met(noun, trig, ctx)
        if args.places:
            return


def _setting_place(verb: Token, ctx: SentenceContext) -> list[Range]:
    """"Speaking at the General Assembly in New York, Biden accused ...", "S'exprimant à
    Kiev, le président a demandé ...": the participle sets the scene of the act."""
    lex = ctx.lex
    subjects = sx.children(verb, sx.SUBJ)
    scenes = [c for c in verb.children if sx.base(c) == "advcl"] + \
        [c for s in subjects for c in s.children if sx.base(c) in ("acl", "advcl")]
    for c in scenes:
        if fold(c.lemma_) not in lex.setting_verbs or "VerbForm=Inf" in str(c.morph):
            continue
        for prep, noun in sx.pp_dependents(c):
            if prep not in lex.place_prepositions or noun.i in ctx.times:
                continue
            found = _place_ranges(noun, ctx) if _is_place(noun, ctx) else _places_of(noun, ctx)
            if found:
                return found
    return []


def _passive_subjects(verb: Token) -> list[Token]:
    """The subject of a passive verb, or of the verb it is joined to: "the office, opened in
    2018 after the summit, was destroyed" (the parser takes the participle set off by commas
    for the main verb and joins the passive to it)."""
    subj = sx.children(verb, sx.PASS_SUBJ)
    if not subj and sx.base(verb) == "conj" and sx.is_passive(verb) and not any(
            sx.base(c) in sx.PASS_AUX for c in verb.children):
        # "two were killed and several soldiers wounded": the parser takes the subject of a
        # passive that shares its auxiliary for an active one
        subj = sx.children(verb, sx.SUBJ)
    head = verb.head
    if not subj and sx.base(verb) == "conj" and head.pos_ == "AUX" and sx.is_passive(verb):
        return sx.children(head, sx.SUBJ)   # "Americans were among the dead or wounded"
    if subj or sx.base(verb) != "conj" or head == verb or not sx.is_verb(head):
        return subj
    reduced = "VerbForm=Part" in str(head.morph) and not any(
        sx.base(c).startswith("aux") for c in head.children) \
        and head.i > 0 and head.doc[head.i - 1].text == ","
    if sx.is_passive(head) or reduced:
        return sx.children(head, sx.PASS_SUBJ) or sx.children(head, sx.SUBJ)
    return []


def _victim_set(verb: Token, ctx: SentenceContext) -> list[Token]:
    """"Two Britons were among those killed", "figurent parmi les personnes tuées": the
    subject of the verb the set hangs on is among the victims."""
    if sx.base(verb) != "acl":
        return []
    group = verb.head
    if sx.preposition(group) not in ctx.lex.victim_set_preps:
        return []
    holder = group.head.head if group.head.pos_ == "ADP" else group.head
    return sx.children(holder, sx.SUBJ) if holder.i < verb.i else []


def _verbal(verb: Token, trig: Trigger, args: Arguments, ctx: SentenceContext,
            skip: set[int]) -> None:
    victims = _victim_set(verb, ctx)
    for s in victims:
        args.targets.extend(_expand(s, ctx))
    passive = sx.is_passive(verb)
    for s in _subjects(verb, ctx) if not passive else []:
        if s not in victims:
            args.sources.extend(_expand(s, ctx))
    if passive:
        for s in _passive_subjects(verb):
            if trig.type == "MOBILIZE" and not _is_place(s, ctx):
                args.sources.extend(_expand(s, ctx))   # "des soldats ont été déployés"
                continue
            if _is_place(s, ctx):
                args.places.extend(_place_ranges(s, ctx))
            else:
                args.targets.extend(_expand(s, ctx))
                _places_inside(s, trig, args, ctx)
        for a in sx.children(verb, sx.AGENT):
            for p in a.children:
                if sx.base(p) == "pobj":
                    a = p
            args.sources.extend(_expand(a, ctx))
    objects = [] if _closes_quote(verb) else \
        sx.children(verb, sx.OBJ) + [c for c in sx.children(verb, sx.SUBJ) if _inverted(c, verb)]
    for o in objects:
        if o.i in skip:
            continue
        if _is_place(o, ctx) and trig.type in ("ASSAULT", "CONSULT", "COERCE"):
            args.places.extend(_place_ranges(o, ctx))
            for item in sx.conjuncts(o):
                if item != o and not _is_place(item, ctx):
                    # "bombed the port of Hodeidah and a cement factory at Bajil"
                    _places_inside(item, trig, args, ctx)
            continue
        for item in sx.conjuncts(o):
            if trig.type in ("ASSAULT", "MOBILIZE") and (
                    fold(item.lemma_) in ctx.lex.modes or fold(item.text) in ctx.lex.modes):
                continue   # "fired five ballistic missiles at ...": the weapon, not the target
            if trig.type in CONTENT_OBJECT_TYPES:
                item = _counted(item, trig, ctx)
            if trig.type in CONTENT_OBJECT_TYPES and not actor_like(item, ctx.lex.code):
                # "exiger la reconnaissance de la Crimée": content, not a target; but whose
                # it is may be ("revoked Brazil's permission", "froze Russia's assets").
                if trig.type in ("SANCTION", "REJECT"):
                    for c in item.children:
                        if sx.base(c) in ("poss", "nmod:poss") and c.pos_ != "PRON" \
                                and actor_like(c, ctx.lex.code):
                            args.targets.extend(_expand(c, ctx))
                    for prep, c in sx.pp_dependents(item):
                        # ("suspendre la participation du Gabon", "the assets of oligarchs")
                        # (not "a clause of the Comprehensive Military Agreement": part of
                        # what is suspended)
                        if prep in ctx.lex.role_preps(trig.type, "genitive") \
                                and c.ent_type_ in _ACTOR_ENTITIES \
                                and fold(c.lemma_) not in trig.rule.objects:
                            args.targets.extend(_expand(c, ctx))
                continue
            if trig.type in CONTENT_OBJECT_TYPES and item.pos_ == "PRON" \
                    and "Neut" in item.morph.get("Gender"):
                continue   # "Faki also condemned it": the attack told before, not an actor
            r = _actor_range(item, ctx)
            if r:
                args.targets.append(r)
        for item in sx.conjuncts(o):
            _places_inside(item, trig, args, ctx)
    _pp_roles(verb, trig, args, ctx, skip)
    if trig.type in _MEETINGS and not args.places:
        _meeting_place(verb, [o for o in objects if o.i not in skip], trig, args, ctx)
    if not args.places:
        args.places = _setting_place(verb, ctx)
    # "a déclaré à son homologue français ... exiger": the addressee of the verb of speech
    # that carries a speech act is its target.
    head = verb.head
    if sx.base(verb) == "xcomp" and trig.type in CONTENT_OBJECT_TYPES and head != verb:
        if fold(head.lemma_) in ctx.lex.reporting_verbs:
            for prep, noun in sx.pp_dependents(head):
                if prep in ctx.lex.role_preps(trig.type, "addressee"):
                    args.targets.extend(_expand(noun, ctx))


def _nominal(noun: Token, trig: Trigger, args: Arguments, ctx: SentenceContext) -> None:
    lex = ctx.lex
    for c in noun.children:
        lab = sx.base(c)
        if lab in ("nmod:poss", "poss") and c.pos_ == "PRON":
            continue   # "his appeal", "sa demande": whose it is, the verb's subject says
        if c.i in ctx.times:
            continue   # "Sunday's attack": when, not who
        if lab in ("amod", "compound", "nmod:poss", "poss"):
            if fold(c.lemma_) in lex.modes or fold(c.text) in lex.modes:
                continue
            if lab in ("amod",) and c.pos_ not in ("ADJ", "PROPN", "NOUN"):
                continue
            if _is_place(c, ctx) and lab == "compound" and trig.type == "ASSAULT":
                args.places.extend(_place_ranges(c, ctx))
                continue
            if lab == "amod" and not actor_like(c, lex.code):
                continue   # "la détention provisoire": a kind, not a side
            r = (c.i, c.i + 1) if lab == "amod" else _actor_range(c, ctx)
            if r:
                args.sources.append(r)
    # French demonyms after the noun ("pourparlers russo-ukrainiens") may be parsed loosely:
    # take the run of adjectives and hyphens that follows the noun.
    doc = noun.doc
    j = noun.i + 1
    while j < sx.sent_end(noun) and (doc[j].pos_ == "ADJ" or doc[j].text in ("-", "–")) \
            and fold(doc[j].lemma_) not in lex.modes and fold(doc[j].text) not in lex.modes:
        j += 1
    if j - noun.i > 2:   # several words: a compound demonym the parser split up
        args.sources = [r for r in args.sources if not (noun.i < r[0] < j)] + [(noun.i + 1, j)]
    for c in noun.children:
        if sx.base(c) == "acl" and "VerbForm=Part" in str(c.morph) \
                and fold(c.lemma_) not in lex.topic_participles \
                and not any(t.token == c and t.type != trig.type for t in ctx.triggers):
            # "l'attaque perpétrée par la Russie contre l'Ukraine" (not "une réunion consacrée
            # au Tigré": what it is about; nor "un assassinat imputé à Israël par la République
            # islamique": who blames, an act of its own)
            _pp_roles(c, trig, args, ctx, {noun.i})
    head = noun.head
    if head != noun and head.pos_ == "NOUN" and sx.preposition(noun) in \
            lex.role_preps(trig.type, "genitive"):
        # "l'instauration par Kiev de la loi martiale": the agent of the noun that
        # brings the event about
        for prep, obj in sx.pp_dependents(head):
            if prep in lex.role_preps(trig.type, "agent") and obj.i != noun.i:
                args.sources.extend(_expand(obj, ctx))
    if trig.type == "CONSULT":
        # An invitee list hung on the meeting noun with no preposition.
        for c in noun.children:
            if sx.base(c) == "nmod" and c.i > noun.i and sx.preposition(c) is None \
                    and actor_like(c, lex.code):
                args.targets.extend(_expand(c, ctx))
    for prep, obj in sx.pp_dependents(noun):
        if prep in lex.role_preps(trig.type, "topic"):
            continue
        if prep in lex.role_preps(trig.type, "agent"):
            args.sources.extend(_expand(obj, ctx))
        elif prep in lex.role_preps(trig.type, "target_place") and _is_place(obj, ctx):
            args.places.extend(_place_ranges(obj, ctx))
        elif prep in lex.role_preps(trig.type, "mutual"):
            both = _expand(obj, ctx)
            args.sources.extend(both)
            args.targets.extend(both)
        elif prep in lex.role_preps(trig.type, "partner"):
            args.partners.extend(_expand(obj, ctx))
        elif prep in lex.place_prepositions and obj.i in ctx.place_refs:
            args.places.append(ctx.place_refs[obj.i])   # "talks at the Kremlin"
        elif prep in lex.role_preps(trig.type, "target"):
            args.targets.extend(_expand(obj, ctx))
        elif prep in lex.place_prepositions and prep not in lex.role_preps(trig.type, "genitive") \
                and (_is_place(obj, ctx) or _places_of(obj, ctx)):
            args.places.extend(_place_ranges(obj, ctx) if _is_place(obj, ctx)
                               else _places_of(obj, ctx))
        elif prep in lex.role_preps(trig.type, "genitive"):
            if fold(obj.lemma_) in lex.modes or fold(obj.text) in lex.modes:
                # "une frappe de missile russe": the weapon's country is the attacker's
                args.sources.extend(_expand(obj, ctx))
            elif (trig.type in ("ASSAULT", "COERCE") or (trig.type, trig.mode) in _PATIENT_OF) \
                    and not _armed(obj, lex.code):
                # "l'invasion de l'Ukraine", "the killing of dozens of Palestinians": the
                # complement of an attack is its victim, unless it is an armed force
                # ("les frappes de l'armée russe").
                if _is_place(obj, ctx):
                    # "l'attaque jihadiste de Grand-Bassam", "the shelling of Kharkiv": the
                    # town attacked is where the attack was, and its country the victim
                    # ("the invasion of Ukraine" names the victim, not a site)
                    attacked = _place_ranges(obj, ctx)
                    args.targets.extend(attacked)
                    args.places.extend(r for r in attacked if r not in ctx.countries)
                else:
                    args.targets.extend(_expand(obj, ctx))
            elif obj.pos_ == "PROPN" or (obj.pos_ == "NOUN" and actor_like(obj, lex.code)):
                # ("la rupture de leurs liens": what is broken, not who breaks it)
                args.sources.extend(_expand(obj, ctx))
    if trig.type in _MEETINGS and not args.places:
        _meeting_place(noun, [], trig, args, ctx)
    if trig.type == "REQUEST" and not args.targets:
        # "the Council will hold consultations at Russia's request": asked of the body that
        # meets, for the meeting
        above = sx.attached_to(noun)
        meeting = next((t for t in ctx.triggers if t is not trig and t.type in _MEETINGS
                        and (t.token == above or t.support == above)), None)
        if meeting is not None:
            args.targets.extend(find_arguments(meeting, ctx).sources)
    if trig.type == "CONSULT" and trig.mode == "phone" and not args.sources:
        _call_ends(noun, args, ctx)
    if trig.type in _MEETINGS and sx.preposition(noun) in lex.role_preps(trig.type, "purpose"):
        _expected_for(noun, args, ctx)
    gov = trig.governor
    if not args.sources and gov is not None and (
            fold(gov.lemma_) in trig.rule.governors or fold(gov.lemma_) in lex.announcing_verbs) \
            and (sx.base(noun) in sx.OBJ or sx.preposition(noun) is None
                 or noun.head.i in ctx.times):   # ("a annoncé jeudi des sanctions")
        # "ont annoncé la rupture de leurs liens", "a annoncé des sanctions": who announces
        # the measure takes it
        for s in _subjects(gov, ctx):
            args.sources.extend(_expand(s, ctx))


def _expected_for(noun: Token, args: Arguments, ctx: SentenceContext) -> None:
    """"Abadi is due in Riyadh at the weekend for the first meeting of a council", "est
    attendu à Moscou la semaine prochaine pour des entretiens": who is expected for a meeting
    holds it. Only with a verb that does nothing itself (a copula, a passive): "called for
    talks" asks for them, "bring them together for talks" convenes them."""
    verb = sx.attached_to(noun)
    if verb.i in ctx.times:
        verb = verb.head   # (hung on the time before it: "la semaine prochaine pour des ...")
    if not (verb.pos_ == "AUX" or sx.is_passive(verb)) \
            or any(t.token.i == verb.i for t in ctx.triggers):
        return
    for s in _subjects(verb, ctx):
        args.sources.extend(_expand(s, ctx))


def _call_ends(noun: Token, args: Arguments, ctx: SentenceContext) -> None:
    """"Erdogan told Putin in a telephone call", "a affirmé à Poutine lors d'un entretien
    téléphonique": the call hangs on a verb of saying, whose speaker and addressee are its two
    ends."""
    lex = ctx.lex
    # (the first verb above: the parser may hang "lors d'un entretien" on the addressee)
    verb = next((a for a, _ in sx.ancestors_path(noun, limit=3) if sx.is_verb(a)), None)
    if verb is None or fold(verb.lemma_) not in lex.reporting_verbs:
        return
    for s in _subjects(verb, ctx):
        args.sources.extend(_expand(s, ctx))
    if args.targets or args.partners:
        return
    for c in verb.children:
        if sx.base(c) in sx.OBJ and actor_like(c, lex.code):
            args.targets.extend(_expand(c, ctx))
    for prep, obj in sx.pp_dependents(verb):
        if prep in lex.role_preps("CONSULT", "addressee") and actor_like(obj, lex.code):
            args.targets.extend(_expand(obj, ctx))


# Nominal events whose "de"/"of" complement is who undergoes them: "l'expulsion des
# diplomates vénézuéliens", "the release of five Americans".
_PATIENT_OF = {("SANCTION", "expel"), ("RETREAT", "release")}


def find_arguments(trig: Trigger, ctx: SentenceContext) -> Arguments:
    """Source, target, partner and place spans of one trigger."""
    if id(trig) in ctx.found:
        return ctx.found[id(trig)]
    args = _find_arguments(trig, ctx)
    ctx.found[id(trig)] = args
    return args


def _find_arguments(trig: Trigger, ctx: SentenceContext) -> Arguments:
    args = Arguments()
    skip = {trig.token.i}
    if trig.nominal:
        _nominal(trig.token, trig, args, ctx)
        carrier = trig.support or (trig.governor if trig.governor is not None and
                                   fold(trig.governor.lemma_) in ctx.lex.aspect_verbs else None)
        if carrier is not None:
            if trig.support is not None:
                before = len(args.sources)
                _verbal(carrier, trig, args, ctx, skip)
                if fold(carrier.lemma_) in ctx.lex.undergoing_verbs:
                    # "un convoi a essuyé des tirs", "suffered heavy shelling": the subject
                    # is at the receiving end.
                    args.targets.extend(args.sources[before:])
                    del args.sources[before:]
            else:
                _pp_roles(carrier, trig, args, ctx, skip)
        gov = trig.governor
        if gov is not None and fold(gov.lemma_) in ctx.lex.opposing_verbs \
                and sx.base(trig.token) in sx.SUBJ:
            # "des combats ont opposé l'armée aux paramilitaires": both sides are each
            # other's adversary.
            objs = [c for c in gov.children if sx.base(c) in sx.OBJ]
            near = [g for c in list(gov.children) + objs for g in [c, *c.children]]
            sides = [c for c in near if (c in objs or sx.preposition(c) in ctx.lex.opposing_preps)
                     and actor_like(c, ctx.lex.code)]
            # ("ont opposé manifestants et policiers à Toulouse": a town after "à" is where)
            towns = [c for c in sides if c not in objs and _is_place(c, ctx)
                     and ctx.place_at(c) in ctx.place_spans
                     and resolve_actor(c.text, ctx.lex.code) is None]   # (not "à la Russie")
            sides = [c for c in sides if c not in towns]
            for c in towns:
                args.places.extend(_place_ranges(c, ctx))
            stop = {t.token.i for t in ctx.triggers} | {c.i for c in sides}
            for c in sides:
                # "les paramilitaires ... à Khartoum": where they fought, not who they are
                for t in c.subtree:
                    if t.i in stop or not _is_place(t, ctx):
                        continue
                    prep = sx.preposition(t)
                    if prep in ctx.lex.place_prepositions \
                            and prep not in ctx.lex.role_preps(trig.type, "genitive"):
                        stop.add(t.i)
                        args.places.extend(_place_ranges(t, ctx))
            for c in sides:
                # One side's phrase ends where the other begins, even when the parser hangs
                # "aux paramilitaires" on "l'armée".
                r = sx.chunk(c, stop - {c.i})
                args.sources.append(r)
                args.targets.append(r)
    elif trig.rule.demand:
        # "Russia must withdraw its troops, Blinken said": the speaker asks it of Russia
        clause = trig.token.head
        args.sources = [r for s in _subjects(clause.head, ctx) for r in _expand(s, ctx)]
        args.targets = [r for s in sx.children(clause, sx.SUBJ) for r in _expand(s, ctx)]
    else:
        _verbal(trig.token, trig, args, ctx, skip)
        if trig.type == "REQUEST" and not args.targets:
            args.targets.extend(_addressed_body(trig.token, ctx))
        if trig.rule.halts and not args.targets:
            # "would stop bombing the Houthis": whom the stopped attacks were on
            for t in ctx.triggers:
                if t.nested_in is trig:
                    args.targets.extend(find_arguments(t, ctx).targets)
    if trig.rule.recipient:
        # "a reçu le président", "accepté l'aide de l'Espagne": the subject is at the
        # receiving end; the visitor or the giver is the source.
        givers = [r for o in sx.children(trig.token, sx.OBJ) for prep, n in sx.pp_dependents(o)
                  if prep in ctx.lex.role_preps(trig.type, "genitive") or
                  prep in ctx.lex.role_preps(trig.type, "origin") for r in _expand(n, ctx)]
        args.sources, args.targets = (givers or args.targets), args.sources
    if trig.pledged_by is not None and (trig.called or not args.sources):
        # "La communauté internationale s'est engagée à débloquer ...": who pledges gives;
        # "la KCTU a appelé à une grève générale": who calls strikes (not "générale").
        callers = [r for subj in sx.children(trig.pledged_by.token, sx.SUBJ | sx.PASS_SUBJ)
                   for r in _expand(subj, ctx)]
        if callers or not trig.called:
            args.sources = callers
    if trig.type == "PROTEST" and not args.targets:
        args.targets.extend(_slogan_targets(trig, ctx))
    if not args.places:
        args.places = relative_place(trig, ctx)
    if not args.places and trig.type not in _SPOKEN:
        _places_in_sides(trig, args, ctx)
    trig_range = range(trig.start, trig.end)
    for name in ("sources", "targets", "partners", "places"):
        seen: list[Range] = []
        for r in sorted(getattr(args, name)):
            if r in seen or (r[0] in trig_range and r[1] - 1 in trig_range):
                continue
            if all(i in ctx.times for i in range(*r)):
                continue   # "la réunion de lundi": a day, no party
            if name != "places" and seen and _adjacent(seen[-1], r, trig.token.doc):
                seen[-1] = (seen[-1][0], r[1])   # "Le président russe" + "Vladimir Poutine"
            else:
                seen.append(r)
        setattr(args, name, seen)
    return args


def _addressed_body(verb: Token, ctx: SentenceContext) -> list[Range]:
    """"asked for help through the European Union's civil protection mechanism", "requested
    an emergency session of the Security Council": a request for a thing an organisation
    gives or holds is addressed to that organisation."""
    phrases = sx.children(verb, sx.OBJ) + [n for _, n in sx.pp_dependents(verb)]
    for phrase in phrases:
        for tok in phrase.subtree:
            if tok.pos_ not in ("PROPN", "NOUN") or tok.i in ctx.times \
                    or sx.base(tok) in ("compound", "flat", "flat:name") \
                    or any(t.token == tok for t in ctx.triggers):
                continue   # (a name's head stands for all of it: "the Security Council";
                # the meeting asked for is no party: "une réunion ... de l'ONU")
            r = sx.chunk(tok)
            actor = resolve_actor(tok.doc[r[0]:r[1]].text, ctx.lex.code)
            if actor is not None and actor.sector == "IGO":
                return [r]
    return []


def _slogan_targets(trig: Trigger, ctx: SentenceContext) -> list[Range]:
    """"ont manifesté à Téhéran aux cris de « Mort à Israël »", "chanting 'Death to
    America'": the state a slogan of the protest wishes death or downfall is whom it is
    against."""
    sent = trig.token.sent
    words = sx.folded_words(sent)
    out: list[Range] = []
    for n, i in sx.phrases_in(words, ctx.lex.slogan_openers):
        k = sent.start + i + len(ctx.lex.slogan_openers[n])
        while k < sent.end and sent.doc[k].pos_ in ("DET", "PUNCT", "SPACE"):
            k += 1
        if k < sent.end and actor_like(sent.doc[k], ctx.lex.code):
            out.extend(_expand(sent.doc[k], ctx))
    return out


_SIDE_ROLES = ("genitive", "origin", "target", "partner", "agent", "mutual", "topic")
# Acts of speech: "condemned the attack in Kabul" says where the attack was, not the words.
_SPOKEN = {"ACCUSE", "REQUEST", "SUPPORT", "REJECT", "THREATEN", "SANCTION"}


def _places_in_sides(trig: Trigger, args: Arguments, ctx: SentenceContext) -> None:
    """"Protesters clashed with police in Nairobi": the parser hangs the place on the last
    noun; a place phrase that ends a side's words, introduced by a preposition of place that
    plays no role for the event, is where the event was, not part of who."""
    doc = trig.token.doc
    lex = ctx.lex
    taken = {p for role in _SIDE_ROLES for p in lex.role_preps(trig.type, role)}
    for name in ("sources", "targets", "partners"):
        kept = []
        for r in getattr(args, name):
            cut = None
            head = _chunk_head(doc, r)
            for t in doc[r[0] + 1:r[1]]:
                prep = sx.preposition(t)
                place = next((p for p in ctx.place_spans if p[0] <= t.i < p[1]), None)
                # (a town, hung on the side's own noun: not "the forces in Ukraine", where a
                # country says whose; not "opponents of the Kremlin")
                owner = sx.attached_to(t)
                if place is None or place[1] != r[1] or place in ctx.countries or prep is None \
                        or prep not in lex.place_prepositions or prep in taken \
                        or t.pos_ != "PROPN" or head is None or owner.pos_ != "NOUN" \
                        or not r[0] <= owner.i < r[1] \
                        or fold(doc[place[0]:place[1]].text) in place_words(lex.code).landmarks:
                    continue
                # (the English preposition heads its object; the French one hangs below it)
                start = min(t.left_edge.i, t.head.i) if sx.base(t) == "pobj" else t.left_edge.i
                if start > r[0]:
                    cut = (start, place)
                    break
            if cut is None:
                kept.append(r)
                continue
            kept.append((r[0], cut[0]))
            if cut[1] not in args.places:
                args.places.append(cut[1])
        setattr(args, name, kept)


def _chunk_head(doc, r: Range) -> Token | None:
    """The token of [start, end) whose head lies outside it."""
    heads = [t for t in doc[r[0]:r[1]] if not r[0] <= t.head.i < r[1] or t.head == t]
    return heads[0] if len(heads) == 1 else None


def relative_place(trig: Trigger, ctx: SentenceContext) -> list[Range]:
    """"Bruxelles, où doit s'ouvrir un sommet": an event in a relative clause whose antecedent
    is a place happens there. The antecedent is read off the text (the place just before the
    relative word), the parser often hangs the clause elsewhere."""
    verb = trig.clause
    for _ in range(3):   # up through "doit s'ouvrir", "is due to open"
        if sx.base(verb) in sx.RELATIVE or sx.base(verb) != "xcomp":
            break
        verb = verb.head
    if sx.base(verb) not in sx.RELATIVE:
        return []
    rel = [c for c in verb.children if "PronType=Rel" in str(c.morph) or c.tag_ == "WRB"]
    if not rel:
        return []
    i = rel[0].i - 1
    if i >= sx.sent_start(verb) and verb.doc[i].is_punct:
        i -= 1
    r = ctx.place_at(verb.doc[i]) if i >= sx.sent_start(verb) else None
    return [r] if r else []


def _adjacent(a: Range, b: Range, doc) -> bool:
    return a[1] == b[0] and not doc[a[1] - 1].is_punct and not doc[b[0]].is_punct
