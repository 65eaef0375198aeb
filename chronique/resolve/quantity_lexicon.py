"""The toll vocabulary of one language, and a sentence cut into items it can be matched against.

A sentence becomes a list of `Item`s: numbers (found by `NumberGrammar`), words and punctuation,
each with its offsets in the sentence and a flattened key. Word lists from
`lang/<code>/quantities.yaml` become `Phrases`, sequences of keys matched item by item, where the
placeholder "<N>" matches any number ("en <N> jours").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable

from chronique import lang as langdata
from chronique.errors import LanguageDataError
from chronique.resolve.quantity_numbers import NumberGrammar, NumberMatch, flatten, string_list

KINDS = ("dead", "injured", "arrested", "missing")
NUM = None  # the placeholder "<N>" inside a phrase

# An elided article or pronoun ("l'", "d'", "qu'"), a word (hyphenated words stay whole),
# a token of letters and digits ("15h", "23-year-old"), or one sign.
_TOKEN = re.compile(r"[^\W\d_]{1,3}'(?=[^\W\d_])|[^\W\d_]+(?:-[^\W\d_]+)*|\w+(?:-\w+)*|[^\w\s]")
_PLACEHOLDER = "<N>"


@dataclass
class Item:
    key: str
    start: int
    end: int
    num: NumberMatch | None = None
    valid: bool = False         # a number that may be a head count (set by quantity_scan.py)
    capital: bool = False       # written with a capital: a name or, in French, a demonym noun

    @property
    def is_punct(self) -> bool:
        return self.num is None and not self.key[:1].isalnum()


def _keys(phrase: str) -> tuple[str | None, ...]:
    keys: list[str | None] = []
    for k, part in enumerate(phrase.split(_PLACEHOLDER)):
        if k:
            keys.append(NUM)
        flat = flatten(part).strip()
        # A phrase ending in an elision ("la mort d'") is cut as it is in a sentence, where a
        # word follows the apostrophe.
        elided = flat.endswith("'")
        tokens = [m.group() for m in _TOKEN.finditer(flat + "x" if elided else flat)]
        keys.extend(tokens[:-1] if elided else tokens)
    return tuple(keys)


class Phrases:
    """A set of phrases, matched item by item on flattened keys."""

    def __init__(self, phrases: Iterable[str]):
        self._by_first: dict[str | None, list[tuple]] = {}
        self._by_last: dict[str | None, list[tuple]] = {}
        for p in phrases:
            seq = _keys(str(p))
            if seq:
                self._by_first.setdefault(seq[0], []).append(seq)
                self._by_last.setdefault(seq[-1], []).append(seq)
        for table in (self._by_first, self._by_last):
            for seqs in table.values():
                seqs.sort(key=len, reverse=True)

    @staticmethod
    def _same(item: Item, key: str | None) -> bool:
        return item.num is not None if key is NUM else item.key == key

    def _candidates(self, table: dict, item: Item) -> list[tuple]:
        found = table.get(item.key, [])
        if item.num is not None and NUM in table:
            found = sorted(found + table[NUM], key=len, reverse=True)
        return found

    def at(self, items: list[Item], i: int) -> int:
        """Length of the longest phrase starting at item `i` (0: none)."""
        if not 0 <= i < len(items):
            return 0
        for seq in self._candidates(self._by_first, items[i]):
            if i + len(seq) <= len(items) and all(
                    self._same(items[i + k], key) for k, key in enumerate(seq)):
                return len(seq)
        return 0

    def ending(self, items: list[Item], j: int) -> int:
        """Length of the longest phrase ending at item `j` (0: none)."""
        if not 0 <= j < len(items):
            return 0
        for seq in self._candidates(self._by_last, items[j]):
            s = j - len(seq) + 1
            if s >= 0 and all(self._same(items[s + k], key) for k, key in enumerate(seq)):
                return len(seq)
        return 0

    def anywhere(self, items: list[Item]) -> list[int]:
        """Item indices where a phrase starts."""
        return [i for i in range(len(items)) if self.at(items, i)]


class Lexicon:
    """Everything find_tolls needs to know about one language."""

    def __init__(self, code: str, data: dict[str, Any]):
        self.code = code
        self._data = data
        self.numbers = NumberGrammar(code, data["numbers"], data["approximations"])
        self.floor = self._phrases("modifiers.floor")
        self.about = self._phrases("modifiers.about")
        paired = self._get("ranges.paired") or {}
        if not isinstance(paired, dict):
            raise LanguageDataError(f"lang/{code}/quantities.yaml: ranges.paired should map an "
                                    "opener to its connectors")
        self.range_paired = {flatten(k): {flatten(c) for c in string_list(code, "ranges", v)}
                             for k, v in paired.items()}
        self.range_bare = {flatten(c) for c in self._list("ranges.bare")}
        self.change_from = self._phrases("ranges.change_from")
        self.after = {k: self._phrases(f"tolls.{k}.after") for k in KINDS}
        self.before = {k: self._phrases(f"tolls.{k}.before") for k in KINDS}
        self.totals = {k: self._phrases(f"tolls.{k}.totals") for k in KINDS}
        self.victims = self._phrases("victims")
        self.death_context = Phrases(
            [*self._list("death_context"), *self._list("tolls.dead.after"),
             *self._list("tolls.dead.before"), *self._list("tolls.dead.totals")])
        self.civilian = self._phrases("civilian.civilian")
        self.combatant = self._phrases("civilian.combatant")
        self.persons = Phrases([*self._list("persons"), *self._list("civilian.civilian"),
                                *self._list("civilian.combatant")])
        self.links_after = self._phrases("links_after")
        self.links_before = self._phrases("links_before")
        self.ends = self._phrases("ends")
        self.stops = self._phrases("stops")
        self.subset = self._phrases("subset")
        self.counted_among = self._optional_phrases("counted_among")
        self.units = self._phrases("units")
        self.not_before = self._phrases("not_before")
        self.partitive = self._phrases("partitive")
        self.cumulative = self._phrases("cumulative.cues")
        self.since = self._phrases("cumulative.since")
        self.since_followers = self._phrases("cumulative.since_followers")
        self.past_clause = self._optional_phrases("cumulative.past_clause")
        self.months = self._phrases("calendar.months")
        self.weekdays = self._phrases("calendar.weekdays")
        self.list_links = {flatten(w) for w in self._list("calendar.list_links")}
        self.updated = self._phrases("updated")
        self.superseded = self._optional_phrases("superseded")
        self.alternative = self._optional_phrases("alternative")
        self.gate = _gate([*self.after.values(), *self.before.values(), *self.totals.values()])

    def _get(self, path: str) -> Any:
        node: Any = self._data
        for part in path.split("."):
            if node is None:
                return None
            if not isinstance(node, dict):
                raise LanguageDataError(
                    f"lang/{self.code}/quantities.yaml: {path} should be inside a mapping")
            node = node.get(part)
        return node

    def _get_optional(self, path: str) -> Any:
        try:
            return self._get(path)
        except LanguageDataError:
            return None

    def _list(self, path: str) -> list[str]:
        return string_list(self.code, path, self._get(path))

    def _phrases(self, path: str) -> Phrases:
        return Phrases(self._list(path))

    def _optional_phrases(self, path: str) -> Phrases:
        """The phrases at `path`, none when a language leaves the entry out."""
        return self._phrases(path) if self._get_optional(path) else Phrases([])

    def items(self, text: str, flat: str | None = None) -> list[Item]:
        """Cut `text` into numbers, words and signs, with offsets into `text` (`flat`: the
        text already flattened)."""
        flat = flatten(text) if flat is None else flat
        out: list[Item] = []
        pos = 0
        for nm in self.numbers.find(flat):
            out.extend(_words(flat, pos, nm.start))
            out.append(Item(flat[nm.start:nm.end], nm.start, nm.end, nm))
            pos = nm.end
        out.extend(_words(flat, pos, len(flat)))
        return _mark_capitals(text, out)

    def toll_after(self, items: list[Item], j: int) -> tuple[str | None, int]:
        """The kind of toll word starting at `j` and its length in items."""
        best: tuple[str | None, int] = (None, 0)
        for kind in KINDS:
            n = self.after[kind].at(items, j)
            if n > best[1]:
                best = (kind, n)
        return best

    def trigger_before(self, items: list[Item], j: int) -> tuple[str | None, int, bool]:
        """The toll word ending at `j` that governs a following count: kind, length, and
        whether it is a toll noun ("bilan", "death toll") rather than a verb."""
        best: tuple[str | None, int, bool] = (None, 0, False)
        for kind in KINDS:
            for table, noun in ((self.before[kind], False), (self.totals[kind], True)):
                n = table.ending(items, j)
                if n > best[1]:
                    best = (kind, n, noun)
        return best


def _gate(tables: list[Phrases]) -> re.Pattern | None:
    """A pattern that every sentence holding a toll word matches: each toll phrase's longest
    word. Most sentences have none, and cutting them into items is the costly part."""
    words = set()
    for table in tables:
        for seqs in table._by_first.values():
            for seq in seqs:
                keys = [k for k in seq if k is not None and k.replace("-", "").isalnum()]
                if not keys:
                    return None   # a phrase of numbers and signs alone: no word to look for
                words.add(max(keys, key=len))
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def _words(flat: str, start: int, end: int) -> list[Item]:
    # Not finditer(flat, start, end): the elision lookahead must see the number that follows
    # ("la mort d'une personne").
    out = []
    for m in _TOKEN.finditer(flat, start):
        if m.start() >= end:
            break
        out.append(Item(m.group(), m.start(), min(m.end(), end)))
    return out


def _mark_capitals(text: str, items: list[Item]) -> list[Item]:
    for it in items:
        it.capital = text[it.start].isupper()
    return items


@lru_cache(maxsize=None)
def lexicon(code: str) -> Lexicon:
    """The toll vocabulary of language `code`, built once per process."""
    return Lexicon(code, langdata.load(code)["quantities"])
