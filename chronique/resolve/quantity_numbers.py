"""Numbers in running text: digits, number words and vague quantities, from language data.

The grammar is assembled at load time from `lang/<code>/quantities.yaml` (`numbers`,
`approximations`); nothing here names a word. Matching runs on `flatten(text)`, a lower-case,
accent-free copy of the text of the *same length*, so every offset found is an offset in the
original sentence.

Digits accept both conventions of the two languages: "2.000", "2 000" (also with U+00A0 or
U+202F), "2,000", "1,5 million", "1.5 million". A separator followed by exactly three digits
groups thousands; anything else is a decimal point, which only a scale word can turn into a
whole count ("1,5 million"), so "2,5" alone is not a head count (value None).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from dataclasses import dataclass
from typing import Any

from chronique.errors import LanguageDataError

_APOSTROPHES = "'’ʼ`´‘"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
# Thousands may be grouped by a space, a no-break space, a narrow no-break space or a thin space.
_GROUP = "[ \u00a0\u202f\u2009.,]"
_LETTER = r"[^\W\d_]"


def flatten(text: str) -> str:
    """Lower case, accents dropped, apostrophes and dashes unified; same length as `text`."""
    return "".join(map(_flatten_char, text))


@lru_cache(maxsize=None)
def _flatten_char(c: str) -> str:
    if c in _APOSTROPHES:
        return "'"
    if c in _DASHES:
        return "-"
    base = "".join(x for x in unicodedata.normalize("NFD", c)
                   if not unicodedata.combining(x)).lower()
    return base if len(base) == 1 else c


@dataclass
class NumberMatch:
    """A number found in a text. `value` is None when it is not a whole count ("2,5")."""

    start: int
    end: int
    value: int | None
    form: str                   # 'digits' | 'words' | 'vague'
    approximate: bool = False
    singular: bool = False      # a lone "un"/"one"/"a": a count only before a person or toll word
    year_like: bool = False     # four bare digits that could be a year ("2014")
    min: int | None = None      # a tight range "20-30"
    max: int | None = None


@dataclass
class _Word:
    role: str                   # 'unit' | 'mult' | 'scale' | 'article'
    value: int


def _alternation(phrases: list[str]) -> str:
    """A regex alternation of flattened phrases, longest first; inner spaces and hyphens are
    interchangeable ("quatre-vingt" = "quatre vingt")."""
    parts = []
    for p in sorted({flatten(p) for p in phrases}, key=len, reverse=True):
        words = re.split(r"[\s-]+", p.strip())
        parts.append(r"[\s-]+".join(re.escape(w) for w in words if w))
    return "|".join(parts) if parts else r"(?!x)x"


def string_list(code: str, where: str, value: Any) -> list[str]:
    """A list of phrases from lang/<code>/quantities.yaml, checked: YAML reads a bare `no` or
    `on` as a boolean, which would otherwise silently match nothing."""
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        bad = [v for v in value if not isinstance(v, str)] if isinstance(value, list) else value
        raise LanguageDataError(f"lang/{code}/quantities.yaml: {where} should be a list of "
                                f"strings (quote words YAML reads otherwise): {bad!r}")
    return value


def _value_table(code: str, where: str, table: Any) -> dict[str, int]:
    if table is None:
        return {}
    if not isinstance(table, dict) or not all(
            isinstance(v, int) and not isinstance(v, bool) for v in table.values()):
        raise LanguageDataError(
            f"lang/{code}/quantities.yaml: {where} should map words to whole numbers")
    return table


class NumberGrammar:
    """Finds and values the numbers of one language."""

    def __init__(self, code: str, numbers: dict[str, Any], approximations: dict[str, Any]):
        self.code = code
        self.words: dict[str, _Word] = {}
        for section, role in (("units", "unit"), ("multipliers", "mult"), ("scales", "scale")):
            table = _value_table(code, f"numbers.{section}", numbers.get(section))
            for word, value in table.items():
                self.words[self._key(word)] = _Word(role, value)
        for word in string_list(code, "numbers.articles", numbers.get("articles")):
            self.words.setdefault(self._key(word), _Word("article", 1))
        self.connectors = {flatten(w) for w in
                           string_list(code, "numbers.connectors", numbers.get("connectors"))}
        self.singular = {flatten(w) for w in
                         string_list(code, "numbers.singular", numbers.get("singular"))}
        self.vague = {self._key(k): v for k, v in
                      _value_table(code, "approximations", approximations).items()}
        scales = [w for w, x in self.words.items() if x.role == "scale"]

        word_alt = _alternation(list(self.words))
        self._word_piece = re.compile(rf"(?<!{_LETTER})(?:{word_alt})(?!{_LETTER})")
        glue = r"(?:[\s-]+(?:(?:%s)[\s-]+)?)" % _alternation(sorted(self.connectors))
        self._words_re = re.compile(
            rf"(?<![^\W_])(?:{word_alt})(?:{glue}(?:{word_alt}))*(?![^\W_])")
        self._vague_re = re.compile(
            rf"(?<![^\W_])(?:{_alternation(list(self.vague))})(?![^\W_])")
        digits = rf"(?:\d{{1,3}}(?:{_GROUP}\d{{3}})+(?!\d)|\d+(?:[.,]\d+)?)"
        self._digits_re = re.compile(
            rf"(?<![\w.,/:£$€¥])(?<!{_LETTER}-)"
            rf"(?P<num>{digits})(?:-(?P<hi>{digits}))?"
            rf"(?:\s+(?P<scale>{_alternation(scales)}))?"
            rf"(?![\w/:]|[.,]\d|-{_LETTER})")

    @staticmethod
    def _key(phrase: str) -> str:
        return " ".join(re.split(r"[\s-]+", flatten(phrase).strip()))

    # -- finding ---------------------------------------------------------------------------

    def find(self, flat: str) -> list[NumberMatch]:
        """Every number in an already flattened text, left to right, not overlapping."""
        found: list[tuple[int, int, int, NumberMatch]] = []
        for m in self._vague_re.finditer(flat):
            nm = NumberMatch(m.start(), m.end(), self.vague[self._key(m.group())], "vague",
                             approximate=True)
            found.append((m.start(), -(m.end() - m.start()), 0, nm))
        for m in self._digits_re.finditer(flat):
            nm = self._digits(m)
            found.append((m.start(), -(m.end() - m.start()), 1, nm))
        for m in self._words_re.finditer(flat):
            for nm in self._split_words(flat, m.start(), m.end()):
                found.append((nm.start, -(nm.end - nm.start), 2, nm))
        found.sort(key=lambda t: t[:3])
        out: list[NumberMatch] = []
        for _, _, _, nm in found:
            if not out or nm.start >= out[-1].end:
                out.append(nm)
        return out

    def _digits(self, m: re.Match) -> NumberMatch:
        scale = self.words[self._key(m.group("scale"))].value if m.group("scale") else 1
        value = _digits_value(m.group("num"), scale)
        nm = NumberMatch(m.start(), m.end(), value, "digits")
        raw = m.group("num")
        nm.year_like = scale == 1 and raw.isdigit() and len(raw) == 4 and 1800 <= int(raw) <= 2100
        if m.group("hi"):
            hi = _digits_value(m.group("hi"), scale)
            if value is None or hi is None or hi <= value:
                # "2022-2023", "24-7": not a range of people
                nm.value = None
            else:
                nm.min, nm.max = value, hi
        return nm

    def _split_words(self, flat: str, start: int, end: int) -> list[NumberMatch]:
        """Value a run of number words; a run that is two numbers ("two and three") splits."""
        pieces = [(p.start(), p.end(), self.words[self._key(p.group())])
                  for p in self._word_piece.finditer(flat, start, end)]
        out = []
        k = 0
        while k < len(pieces):
            value, used = _compose(pieces[k:], flat, self.connectors)
            s, e = pieces[k][0], pieces[k + used - 1][1]
            text = flat[s:e]
            nm = NumberMatch(s, e, value, "words")
            nm.singular = used == 1 and text in self.singular
            if nm.singular:
                nm.value = 1
            if nm.value is not None:
                out.append(nm)
            k += used
        return out

    # -- valuing a whole text --------------------------------------------------------------

    def value_of(self, text: str) -> NumberMatch | None:
        """The one number that makes up all of `text` (spaces aside), else None."""
        flat = flatten(text).strip()
        found = self.find(flat)
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(flat):
            return found[0]
        return None


def _digits_value(raw: str, scale: int) -> int | None:
    grouped = re.fullmatch(rf"\d{{1,3}}(?:{_GROUP}\d{{3}})+", raw)
    if grouped:
        return int(re.sub(r"\D", "", raw)) * scale
    if raw.isdigit():
        return int(raw) * scale
    whole = float(raw.replace(",", "."))
    if scale == 1:
        return None
    return round(whole * scale)


def _compose(pieces: list[tuple[int, int, _Word]], flat: str,
             connectors: set[str]) -> tuple[int | None, int]:
    """Add up number words ("deux mille cinq cents" = 2500) for as long as they make one
    number; returns the value and how many pieces it used (at least one)."""
    total = current = 0
    last = 0                    # the last additive value, or the last multiplier of the group
    prev: _Word | None = None
    used = 0
    for k, (s, _e, w) in enumerate(pieces):
        if k:
            glue = re.sub(r"^[\s-]+|[\s-]+$", "", flat[pieces[k - 1][1]:s])
            if glue and (glue not in connectors or not _joinable(prev, last, w)):
                break
        if w.role == "article":
            nxt = pieces[k + 1][2] if k + 1 < len(pieces) else None
            if k or nxt is None or nxt.role not in ("mult", "scale"):
                break
            current, last = 1, 0
        elif w.role == "unit":
            if last and w.value >= last:
                break
            current += w.value
            last = w.value
        elif w.role == "mult":
            if prev is not None and prev.role == "mult" or current >= w.value:
                break
            current = max(current, 1) * w.value
            last = w.value
        else:
            if prev is not None and prev.role == "scale" and prev.value <= w.value:
                break
            total += max(current, 1) * w.value
            current, last = 0, w.value
        prev, used = w, k + 1
    if used == 0:
        return None, 1
    return total + current, used


def _joinable(prev: _Word | None, last: int, w: _Word) -> bool:
    """A connector joins after a multiplier or scale ("hundred and five"), or a ten and a unit
    ("vingt et un"); not two units ("two and three" are two numbers)."""
    if prev is None:
        return False
    if prev.role in ("mult", "scale"):
        return True
    return prev.role == "unit" and last >= 20 and last % 10 == 0 and w.value < 20
