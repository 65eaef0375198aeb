"""Place descriptions: the templates of `places.yaml` matched against tokens.

A template is a row of elements, each a slot ({demonym}, {country}, {name}, ...) or a set of
alternative words; optional elements may be skipped. Matching tries the longest reading of each
element first and backtracks, so "{name} {admin1_noun}" reads "Donetsk region" whatever the
length of the name. What a slot holds is checked as it is read (a {country} must be a country
name, a {name} a name the gazetteer knows), so a template never swallows unrelated words.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from chronique.resolve.place_words import Element, PlaceWords, Token, place_words, span_key

MAX_NAME_TOKENS = 6
_NOUN_SLOTS = ("city_noun", "admin1_noun", "capital_noun", "country_noun")


@dataclass
class Description:
    """A description found at tokens [start, end): its kind and what its slots hold."""

    kind: str                      # city | admin1 | capital | region
    start: int
    end: int
    slots: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class _Index:
    """The phrase tables of one language, by their first folded word, for quick rejection."""

    phrases: dict[str, dict[str, dict[str, str]]]     # slot -> first word -> phrase -> value
    firsts: dict[Element, frozenset[str] | None]       # element -> words it can start with
    # Each template with the word sets of its fixed elements: one of each must occur.
    required: tuple[tuple[str, tuple[Element, ...], tuple[frozenset[str], ...]], ...]


@lru_cache(maxsize=None)
def _index(lang: str) -> _Index:
    words = place_words(lang)
    tables = dict(words.nouns)
    tables["direction"] = words.directions
    phrases: dict[str, dict[str, dict[str, str]]] = {}
    for slot, table in tables.items():
        by_first: dict[str, dict[str, str]] = {}
        for phrase, value in table.items():
            by_first.setdefault(phrase.split()[0], {})[phrase] = value
        phrases[slot] = by_first
    firsts: dict[Element, frozenset[str] | None] = {}
    for templates in words.templates.values():
        for elems in templates:
            for el in elems:
                if el.slot is None:
                    firsts[el] = el.words
                elif el.slot in phrases:
                    firsts[el] = frozenset(phrases[el.slot])
                else:
                    firsts[el] = None          # a name, country or demonym: any word
    required = tuple(
        (kind, elems, tuple(f for el in elems if not el.optional and (f := firsts[el]) is not None))
        for kind, templates in words.templates.items() for elems in templates)
    return _Index(phrases, firsts, required)


def _demonym(text: str, lang: str) -> str | None:
    try:
        from chronique.resolve.demonyms import demonym_country
    except ImportError:                       # the demonym tables are optional
        return None
    return demonym_country(text, lang)


class Matcher:
    """Matches the description templates of one language over one tokenised text."""

    def __init__(self, text: str, tokens: Sequence[Token], words: PlaceWords,
                 known_name: Callable[[str], bool], cased: bool):
        self.text, self.toks, self.words = text, tokens, words
        self.known_name, self.cased = known_name, cased
        self.index = _index(words.lang)
        present = {t.folded for t in tokens}
        # A template can only match where each of its fixed words occurs: most sentences
        # rule out every template at once.
        self.templates = [(kind, elems) for kind, elems, required in self.index.required
                          if all(not present.isdisjoint(words) for words in required)]

    def _phrases(self, i: int, slot: str) -> Iterator[tuple[int, str]]:
        table = self.index.phrases[slot].get(self.toks[i].folded)
        if not table:
            return
        for n in range(min(3, len(self.toks) - i), 0, -1):
            key = span_key(self.text, self.toks, i, i + n)
            if key is not None and key in table:
                yield i + n, table[key]

    def _proper(self, i: int, accept: Callable[[str], str | None]) -> Iterator[tuple[int, str]]:
        """A country or place name, after an optional article, longest first."""
        starts = [i]
        if self.toks[i].folded in self.words.article_tokens and i + 1 < len(self.toks):
            starts.insert(0, i + 1)
        for s in starts:
            if self.cased and not self.toks[s].capital:
                continue
            for n in range(min(MAX_NAME_TOKENS, len(self.toks) - s), 0, -1):
                key = span_key(self.text, self.toks, s, s + n)
                value = accept(key) if key is not None else None
                if value is not None:
                    yield s + n, value

    def _options(self, el: Element, i: int) -> Iterator[tuple[int, str | None]]:
        if i >= len(self.toks):
            return
        if el.slot is None:
            if self.toks[i].folded in el.words:
                yield i + 1, None
        elif el.slot in _NOUN_SLOTS or el.slot == "direction":
            yield from self._phrases(i, el.slot)
        elif el.slot == "demonym":
            for n in range(min(3, len(self.toks) - i), 0, -1):
                code = _demonym(self.text[self.toks[i].start:self.toks[i + n - 1].end],
                                self.words.lang)
                if code:
                    yield i + n, code
        elif el.slot == "country":
            yield from self._proper(i, self.words.country)
        elif el.slot == "name":
            yield from self._proper(i, lambda k: k if self.known_name(k) else None)

    def _separated(self, i: int) -> bool:
        # Parts of a description are separate words: "nord-coréen" is a demonym, not
        # "the north of Korea".
        if i == 0 or i >= len(self.toks):
            return True
        return self.text[self.toks[i - 1].end:self.toks[i].start].isspace() or \
            self.toks[i - 1].text.endswith("'") or self.toks[i].text == "'s"

    def _match(self, elems: tuple[Element, ...], k: int, i: int,
               slots: dict[str, str]) -> int | None:
        if k == len(elems):
            return i
        el = elems[k]
        if k > 0 and i < len(self.toks) and not self._separated(i):
            return None
        for end, value in self._options(el, i):
            if value is not None:
                slots[el.slot] = value
            got = self._match(elems, k + 1, end, slots)
            if got is not None:
                return got
            slots.pop(el.slot or "", None)
        if el.optional:
            return self._match(elems, k + 1, i, slots)
        return None

    def _may_start(self, elems: tuple[Element, ...], i: int) -> bool:
        tok = self.toks[i]
        for el in elems:
            first = self.index.firsts[el]
            if first is None:
                if el.slot == "demonym":
                    return True
                return tok.capital or not self.cased or tok.folded in self.words.article_tokens
            if tok.folded in first:
                return True
            if not el.optional:
                return False
        return False

    def at(self, i: int) -> Description | None:
        """The longest description that starts at token i."""
        best: Description | None = None
        for kind, elems in self.templates:
            if not self._may_start(elems, i):
                continue
            slots: dict[str, str] = {}
            end = self._match(elems, 0, i, slots)
            if end is not None and end > i and (best is None or end > best.end):
                best = Description(kind, i, end, dict(slots))
        return best
