"""Reading spaCy dependency trees the same way in every language.

The French model labels in Universal Dependencies (nsubj:pass, obl:agent, case), the English
one in ClearNLP style (nsubjpass, agent, prep/pobj). These helpers answer the questions the
engine asks — who is the subject, what is the object, which preposition introduces this noun —
for both schemes, so the engine reads one grammar. Labels are annotation-scheme facts, not
words of a language.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from chronique.textnorm import fold

SUBJ = {"nsubj", "csubj", "expl:subj"}
PASS_SUBJ = {"nsubj:pass", "nsubjpass", "csubjpass", "csubj:pass"}
OBJ = {"obj", "dobj", "iobj", "dative"}
AGENT = {"obl:agent", "agent"}
PASS_AUX = {"aux:pass", "auxpass"}
CLAUSAL = {"ccomp", "xcomp", "advcl", "parataxis", "csubj", "acl", "acl:relcl", "relcl", "conj"}
RELATIVE = {"acl:relcl", "relcl"}
NOMINAL_POS = {"NOUN", "PROPN", "PRON", "NUM", "X"}
# Links that stay inside a noun phrase or a prepositional phrase on the way up to the clause.
NOMINAL_LINKS = {"nmod", "obl", "obl:arg", "obl:mod", "obl:agent", "obj", "dobj", "iobj", "nsubj",
                 "nsubj:pass", "nsubjpass", "pobj", "prep", "compound", "appos", "conj", "flat",
                 "flat:name", "flat:foreign", "amod", "nummod", "poss", "nmod:poss", "attr",
                 "dative", "agent", "dep", "npadvmod", "oprd", "pcomp", "expl:comp", "obl:tmod",
                 "fixed", "case", "det", "nmod:tmod", "appos"}


def folded_words(sent: SpacySpan) -> list[str]:
    """The sentence's words folded (lower case, no accents); computed once per sentence."""
    cache = sent.doc.user_data.setdefault("folded_words", {})
    key = (sent.start, sent.end)
    if key not in cache:
        cache[key] = [fold(t.text) for t in sent]
    return cache[key]


def entities(sent: SpacySpan) -> list[SpacySpan]:
    """The named entities inside the sentence. `Span.ents` rebuilds every entity of the whole
    document on each call; the document's list is built once and cut by sentence."""
    doc = sent.doc
    ents = doc.user_data.get("entities")
    if ents is None:
        ents = doc.user_data["entities"] = list(doc.ents)
        doc.user_data["entity_starts"] = [e.start for e in ents]
    starts = doc.user_data["entity_starts"]
    lo = bisect_left(starts, sent.start)
    hi = bisect_left(starts, sent.end)
    return [e for e in ents[lo:hi] if e.end <= sent.end]


@lru_cache(maxsize=32)
def _by_first_word(phrases: tuple[tuple[str, ...], ...]) -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for k, phrase in enumerate(phrases):
        if phrase:
            index.setdefault(phrase[0], []).append(k)
    return index


def phrases_in(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> list[tuple[int, int]]:
    """(phrase number, word position) of every occurrence of `phrases` in `words`, in the
    phrases' order, then the words'. Looked up by first word: one pass over the sentence
    whatever the number of phrases."""
    index = _by_first_word(phrases)
    found = []
    for i, word in enumerate(words):
        for k in index.get(word, ()):
            phrase = phrases[k]
            if tuple(words[i:i + len(phrase)]) == phrase:
                found.append((k, i))
    return sorted(found)


_LABELS: dict[int, str] = {}


def base(tok: Token) -> str:
    """The token's dependency label in lower case; asked for hundreds of thousands of times,
    so read once per label id rather than through the string store each time."""
    label = _LABELS.get(tok.dep)
    if label is None:
        label = _LABELS[tok.dep] = tok.dep_.lower()
    return label


def is_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") or (tok.pos_ != "NOUN" and "VerbForm=Part" in str(tok.morph)
                                           and tok.dep_.lower() in ("root", "conj", "advcl", "xcomp",
                                                                    "ccomp", "acl"))


def present_participle(tok: Token) -> bool:
    """"reprochant", "faisant", "killing": a present participle or gerund, never a tense."""
    morph = str(tok.morph)
    return tok.tag_ == "VBG" or "VerbForm=Ger" in morph or (
        "VerbForm=Part" in morph and "Tense=Pres" in morph)


def tensed(tok: Token) -> bool:
    """A verb with a tense of its own: finite ("detained"), or a participle with a finite
    auxiliary ("a interpellé")."""
    return "VerbForm=Fin" in str(tok.morph) or any(
        base(c).startswith("aux") and "VerbForm=Fin" in str(c.morph) for c in tok.children)


def is_clause_head(tok: Token) -> bool:
    """A verb, or a nominal predicate with a copula ("sera au menu")."""
    return is_verb(tok) or any(base(c) == "cop" for c in tok.children)


@lru_cache(maxsize=8)
def _unaccusative(lang: str) -> frozenset[str]:
    from chronique.errors import LanguageDataError
    from chronique.extract.lexicon import lexicon   # (the lexicon does not import this module)

    try:
        return lexicon(lang).unaccusative
    except LanguageDataError:   # a language with no data: no such verbs
        return frozenset()


def is_passive(verb: Token) -> bool:
    if fold(verb.lemma_) in _unaccusative(verb.doc.lang_) \
            and not any(base(c) in AGENT for c in verb.children):
        return False   # "les forces sont entrées dans Kherson": être is the tense's
    if any("Reflex=Yes" in str(c.morph) for c in verb.children):
        return False   # "les forces se sont retirées": a pronominal verb, its subject acts
    if "Voice=Pass" in str(verb.morph):
        # (not with an active subject and no passive auxiliary: 'Guterres a « condamné »',
        # which the tagger marks passive once the quotes are blanked)
        return not (any(base(c) in SUBJ for c in verb.children)
                    and not any(base(c) in PASS_AUX for c in verb.children))
    if "VerbForm=Part" in str(verb.morph) and "Tense=Pres" not in str(verb.morph) \
            and any(base(c) in AGENT for c in verb.children) \
            and not any(c.dep_ == "aux:tense" for c in verb.children):
        # "des marins capturés dimanche par la Russie": a reduced passive; not with a
        # perfect's auxiliary ("a condamné la prise du pouvoir par l'armée": the "par" phrase
        # is the noun's, hung on the verb)
        return True
    if any(base(c) in PASS_AUX for c in verb.children):
        return True
    if base(verb) == "conj" and "VerbForm=Part" in str(verb.morph) \
            and "Tense=Pres" not in str(verb.morph) and verb.head.i < verb.i \
            and not any(base(c).startswith("aux") or base(c) in OBJ for c in verb.children) \
            and any(base(c) in SUBJ for c in verb.children) \
            and any(base(c) in PASS_AUX for c in verb.head.children):
        return True   # "two were killed and several soldiers wounded": the auxiliary is shared
    if base(verb) == "conj" and "VerbForm=Part" in str(verb.morph) \
            and "Tense=Pres" not in str(verb.morph) and verb.head.pos_ == "AUX" \
            and not any(base(c).startswith("aux") or base(c) in OBJ | SUBJ for c in verb.children):
        # "Americans were among the dead or wounded": the parser joins the participle to
        # the copula; the copula's subject is who was wounded
        return True
    # A passive subject with a perfect's auxiliary and no passive one ("a « fermement
    # condamné »", where the tagger took the adverb for an auxiliary) is an active verb's
    # subject misread.
    return any(base(c) in PASS_SUBJ for c in verb.children) and not any(
        c.dep_ == "aux:tense" for c in verb.children)


def is_reflexive(verb: Token) -> bool:
    return any("Reflex=Yes" in str(c.morph) or base(c).startswith("expl") for c in verb.children)


def children(tok: Token, labels: set[str]) -> list[Token]:
    return [c for c in tok.children if base(c) in labels]


def fronted_subjects(verb: Token) -> list[Token]:
    """"des centaines de manifestants, certains brandissant des drapeaux, ont incendié ...":
    the parser hangs the subject on the participle clause before the verb."""
    return [s for c in verb.children if base(c) == "advcl" and c.i < verb.i
            and (c.tag_ == "VBG" or c.morph.get("VerbForm") in (["Part"], ["Ger"]))
            for s in children(c, SUBJ) if s.pos_ != "PRON" and s.i < c.i][:1]


def to_infinitive(verb: Token) -> bool:
    """An infinitive with its "to" ("to Hold", "to Suspend")."""
    return "VerbForm=Inf" in str(verb.morph) \
        and any(base(c) == "aux" and c.pos_ == "PART" for c in verb.children)


def headline_subject(verb: Token) -> Token | None:
    """"G7 Leaders to Hold Emergency Call": a headline's infinitive the parser hangs on its
    subject, made the root."""
    head = verb.head
    if base(verb) in ("acl", "relcl") and head.head == head and head.pos_ in ("NOUN", "PROPN") \
            and verb.i > head.i and to_infinitive(verb):
        return head
    return None


def inverted_clitic(tok: Token) -> bool:
    """The subject clitic after a French verb ("-il" in "a-t-il exhorté"), not the euphonic
    "-t" before it."""
    return tok.text.startswith("-") and len(tok.text) > 2


def subject_under_fronted_participle(verb: Token) -> list[Token]:
    """"Réuni jeudi à Addis-Abeba, le Conseil de l'UA a condamné ...": the parser makes the
    fronted participle the root, the subject its object and the tensed verb its adjunct."""
    head = verb.head
    if base(verb) != "advcl" or head.i > verb.i or head.morph.get("VerbForm") != ["Part"] \
            or not tensed(verb) or children(verb, SUBJ | PASS_SUBJ):
        return []
    return [o for o in children(head, OBJ) if o.i < verb.i and o.pos_ in ("NOUN", "PROPN")][:1]


def is_list_item(tok: Token) -> bool:
    """An apposition that is really the next item of an enumeration: ", le secrétaire d'État
    américain Antony Blinken, la ministre britannique Liz Truss" (it has its own article)."""
    if base(tok) != "appos" or tok.i < tok.head.i:
        return False
    first = tok.doc[min(t.i for t in tok.subtree)]
    before = tok.doc[first.i - 1] if first.i > 0 else None
    return first.pos_ == "DET" and before is not None and before.text == ","


def conjuncts(tok: Token) -> list[Token]:
    """The token and every nominal conjunct chained to it ("Kiev et Kharkiv"), enumerations
    parsed as appositions included."""
    out = [tok]
    for c in tok.children:
        if (base(c) == "conj" and c.pos_ in NOMINAL_POS | {"ADJ"}) or is_list_item(c):
            out.extend(conjuncts(c))
    return out


def preposition(tok: Token) -> str | None:
    """The folded preposition that introduces a nominal: 'sur' for 'sur Kiev', 'on' for 'on Kyiv'."""
    cases = [c for c in tok.children if base(c) == "case" and c.i < tok.i]
    if cases:
        first = cases[0]
        words = [first.text] + [f.text for f in first.children if base(f) == "fixed"]
        words += [c.text for c in cases[1:]]
        return fold(" ".join(words))
    if base(tok) in ("pobj", "pcomp") and tok.head.pos_ in ("ADP", "SCONJ"):
        prep = tok.head
        words = [prep.text]
        if base(prep) == "prep" and prep.head.pos_ == "ADP" and prep.head.i == prep.i - 1:
            words.insert(0, prep.head.text)   # "according to", "because of"
        return fold(" ".join(words))
    return None


def pp_dependents(head: Token) -> Iterator[tuple[str, Token]]:
    """(preposition, noun) for every prepositional dependent of `head`, in both schemes."""
    for c in head.children:
        if base(c) in ("prep", "agent") and c.pos_ in ("ADP", "SCONJ"):
            for p in c.children:
                if base(p) in ("pobj", "pcomp"):
                    yield fold(c.text), p
                elif base(p) == "prep" and p.i == c.i + 1:
                    # "out of Iraq": two words, one preposition
                    for q in p.children:
                        if base(q) == "pobj":
                            yield fold(f"{c.text} {p.text}"), q
        elif c.pos_ in NOMINAL_POS | {"ADJ"}:
            prep = preposition(c)
            if prep and base(c) not in ("pobj",):
                yield prep, c


def governor(tok: Token, max_hops: int = 3) -> Token | None:
    """The verb (or copular predicate) a nominal depends on, within a few noun and
    prepositional links: "frappes" -> "procédé", "le bilan des frappes s'élève" -> "élève".
    Deeper nouns ("la fin de l'invasion de ...") belong to their own phrase, not the verb."""
    cur = tok
    for _ in range(max_hops):
        if cur.head == cur:
            return None
        parent = cur.head
        if is_clause_head(parent):
            return parent
        if base(cur) not in NOMINAL_LINKS:
            return None
        cur = parent
    return None


def attached_to(tok: Token) -> Token:
    """The word a noun phrase hangs on, past its preposition: the English preposition heads
    its object ("at a meeting": "meeting" -> "at" -> the verb), the French one hangs below it."""
    return tok.head.head if base(tok) == "pobj" else tok.head


def verb_chain(verb: Token) -> list[Token]:
    """The verb and its auxiliaries ("a été touchée", "will meet")."""
    return [verb] + [c for c in verb.children if base(c).startswith("aux") or base(c) == "cop"]


def tense(verb: Token, future_aux: frozenset[str]) -> str | None:
    """'future', 'past' or 'present' from the morphology of a verb chain."""
    chain = verb_chain(verb)
    for t in chain:
        m = str(t.morph)
        if "Tense=Fut" in m or fold(t.text) in future_aux or fold(t.lemma_) in future_aux:
            return "future"
    auxes = [t for t in chain if t != verb]
    if "Tense=Past" in str(verb.morph) or "Tense=Imp" in str(verb.morph) or verb.tag_ in ("VBD", "VBN"):
        return "past"
    if any("Tense=Past" in str(t.morph) or "Tense=Imp" in str(t.morph) for t in auxes):
        return "past"
    if "Tense=Pres" in str(verb.morph) or verb.tag_ in ("VBZ", "VBP", "VBG"):
        return "present"
    return None


def is_conditional(verb: Token) -> bool:
    return any("Mood=Cnd" in str(t.morph) for t in verb_chain(verb))


def _modifier_word(tok: Token) -> bool:
    """An adjective or a state's name used as one ("U.S.", "British")."""
    return tok.pos_ == "ADJ" or tok.ent_type_ in ("NORP", "GPE")


def chunk(head: Token, stop: set[int] | None = None) -> tuple[int, int]:
    """Token range [start, end) of the noun phrase headed by `head`: its subtree without
    relative clauses, clausal modifiers, coordinated conjuncts or other triggers."""
    stop = stop or set()
    keep: list[Token] = []

    def walk(t: Token) -> None:
        keep.append(t)
        for c in t.children:
            lab = base(c)
            if lab in RELATIVE or lab in ("cc", "parataxis", "punct", "advcl", "ccomp", "xcomp",
                                         "conj", "mark", "dep"):
                # ("American, British and French forces": adjectives joined before the noun)
                # ("the AU's Peace and Security Council": one name with "and" inside)
                listed = lab in ("conj", "cc", "punct") and t is not head and t.i < head.i \
                    and c.i < head.i and (lab != "punct" or c.text == ",") and (
                        (_modifier_word(t) and (lab != "conj" or _modifier_word(c)))
                        or all(head.doc[k].ent_iob_ == "I"
                               for k in range(min(c.i, t.i) + 1, head.i + 1)))
                if not (lab == "punct" and c.text in ("-", "'", "’")) and not listed:
                    continue
            if lab == "acl" and c.pos_ in ("VERB", "AUX"):
                continue
            if is_list_item(c):
                continue
            if c.i in stop:
                continue
            walk(c)

    walk(head)
    idx = sorted(t.i for t in keep)
    # Keep the contiguous run around the head: a non-projective arc must not glue two phrases.
    start = end = head.i
    have = set(idx)
    while start - 1 in have:
        start -= 1
    while end + 1 in have:
        end += 1
    doc = head.doc
    if head.ent_iob_ in ("B", "I") and head.ent_type_ in ("PER", "PERSON"):
        # "Emmanuel Macron recevra": a person's name the parser split ("Macron" read as an
        # adverb) is kept whole
        s, e = head.i, head.i + 1
        while doc[s].ent_iob_ == "I":
            s -= 1
        while e < len(doc) and doc[e].ent_iob_ == "I":
            e += 1
        if not stop.intersection(range(s, e)):
            start, end = min(start, s), max(end, e - 1)
    while start < end and (doc[start].is_punct or doc[start].pos_ in ("ADP", "CCONJ")):
        start += 1
    while end > start and (doc[end].is_punct or doc[end].pos_ in ("ADP", "CCONJ")):
        end -= 1
    return start, end + 1


def ancestors_path(tok: Token, limit: int = 15) -> list[tuple[Token, str]]:
    """[(ancestor, label of the arc followed to reach it)] from `tok` up to the root."""
    out = []
    cur = tok
    for _ in range(limit):
        if cur.head == cur:
            break
        out.append((cur.head, base(cur)))
        cur = cur.head
    return out


def _bounds(tok: Token) -> tuple[int, int]:
    # Token.sent walks the document to find the sentence each time it is asked: the engine
    # asks often, so the boundaries are found once per document and looked up.
    doc = tok.doc
    starts = doc.user_data.get("sentence_starts")
    if starts is None or starts[-1] != len(doc):
        starts = [s.start for s in doc.sents] + [len(doc)]
        doc.user_data["sentence_starts"] = starts
    k = bisect_right(starts, tok.i) - 1
    return starts[k], starts[k + 1]


def sent_start(tok: Token) -> int:
    """Index of the first token of `tok`'s sentence."""
    return _bounds(tok)[0]


def sent_end(tok: Token) -> int:
    """Index just past the last token of `tok`'s sentence."""
    return _bounds(tok)[1]


def sentence_of(tok: Token) -> SpacySpan:
    start, end = _bounds(tok)
    return tok.doc[start:end]
