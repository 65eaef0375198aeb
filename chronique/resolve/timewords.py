"""The time-expression grammar of one language, compiled from `lang/<code>/time.yaml`.

The data file holds two things:

- word tables, written as they appear in text (`weekdays`, `months`, `numbers`, `units`,
  `relative_days`, `directions`, `period_parts`, `conflict_words`); they are folded when loaded;
- `templates` by kind: regular expressions over folded text (see `fold_keep_offsets`) in which
  `{slot}` stands for a word table (`{weekday}`, `{month}`, `{num}`...; a trailing digit names a
  second slot of the same table, `{weekday2}`) or a built-in number pattern (`{day}`, `{year}`,
  `{monthnum}`), and `{name}` for one of the language's `macros` (prepositions, parts of day,
  clock times). A space in a template matches any run of spaces, " ?" an optional one.

The kinds are the engine's: `resolve/time.py` gives each its meaning, the data only says which
words say it. The engine itself names no word of any language.
"""

from __future__ import annotations

import re
import re._constants as re_constants   # (the parsed form of our own templates)
import re._parser as re_parser
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from chronique import lang as langdata
from chronique.errors import LanguageDataError

KINDS = (
    "since_conflict", "since", "to_date", "rest_of", "night", "date_range", "date", "month_part",
    "year_part", "month", "year", "ago", "ahead", "in_period", "within", "past_period",
    "next_period", "unit_rel", "relative", "weekday", "same_day",
)
UNITS = ("hour", "day", "week", "weekend", "month", "year")
PARTS = ("early", "mid", "late")

# Slot -> the data table that fills it; `directions` fills last/next/this from its sub-lists.
_TABLE_SLOTS = {"weekday": "weekdays", "month": "months", "relday": "relative_days",
                "num": "numbers", "unit": "units", "mpart": "period_parts"}
_DIRECTIONS = ("last", "next", "this")
_SLOT_RE = re.compile(r"\{([a-z_]+?)(\d?)\}")
_APOSTROPHES = {"’": "'", "ʼ": "'", "`": "'", "´": "'", "‘": "'"}
_DASHES = {chr(c) for c in range(0x2010, 0x2016)} | {"-"}


def fold_keep_offsets(text: str) -> str:
    """`textnorm.fold` one character at a time, so offsets in the result are offsets in `text`:
    lower case, accents removed, apostrophes unified, hyphens and dashes as spaces."""
    return "".join(map(_fold_char, text))


@lru_cache(maxsize=None)
def _fold_char(c: str) -> str:
    if c in _DASHES:
        return " "
    c = _APOSTROPHES.get(c, c)
    base = "".join(ch for ch in unicodedata.normalize("NFKD", c)
                   if not unicodedata.combining(ch)).lower()
    return base if len(base) == 1 else (c.lower() if len(c.lower()) == 1 else c)


def fold_word(word: str) -> str:
    """A table word as it appears in folded text, runs of spaces as one space."""
    return " ".join(fold_keep_offsets(str(word)).split())


def _alternation(words: Any) -> str:
    """Longest first, so 'avant hier' is tried before 'hier'."""
    ordered = sorted({fold_word(w) for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


@dataclass(frozen=True)
class Template:
    kind: str
    source: str
    regex: re.Pattern[str]
    values: dict[str, str] = field(default_factory=dict)


@dataclass
class TimeLexicon:
    """One language's compiled grammar and the folded word tables that give slots a value."""

    code: str
    templates: tuple[Template, ...]
    tables: dict[str, dict[str, Any]]
    capitalized: frozenset[str]
    conflict_kinds: dict[str, str]
    conflict_markers: dict[str, tuple[str, ...]]
    # Every template in one pattern: most sentences hold no time expression, and one search
    # tells so at a fraction of trying fifty templates one by one.
    gate: re.Pattern[str]
    # The same templates split by the characters they can begin with, and a pattern that finds
    # the word starts where any can: at each start only the few templates that can begin
    # there are tried (the one pattern tries all fifty at every word). None: some template
    # can begin anywhere, and the one pattern serves.
    starts: re.Pattern[str] | None = None
    gates: dict[str, re.Pattern[str]] = field(default_factory=dict)
    # By first character, the indices of the templates that can begin with it: where the
    # gate passes, only those are tried.
    tried: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def value(self, slot: str, text: str) -> Any:
        """The value of a slot's words: 'mardi' -> 1, 'deux' -> 2, '1er' -> 1, 'hier' -> -1."""
        key = fold_word(text)
        base = slot.rstrip("0123456789")
        if base in ("day", "year", "monthnum"):
            return int(re.match(r"\d+", key).group())
        if base == "num" and key.isdigit():
            return int(key)
        if base in _DIRECTIONS:
            return True
        if base == "conflict":
            return self.conflict_kinds.get(key)
        return self.tables[base].get(key)


def _engine_slots(data: dict[str, Any]) -> dict[str, str]:
    suffixes = _alternation(data.get("ordinal_suffixes", []))
    day = r"(?:[12]\d|3[01]|0?[1-9])" + (f"(?:{suffixes})?" if suffixes else "")
    return {"day": day, "year": r"(?:19|20)\d\d", "monthnum": r"(?:1[0-2]|0?[1-9])",
            "num": r"\d{1,3}|" + _alternation(data["numbers"])}


def _expand(pattern: str, slots: dict[str, str], macros: dict[str, str], path: str,
            capture: bool, depth: int = 0) -> str:
    if depth > 8:
        raise LanguageDataError(f"{path}: macros nest too deep (a macro names itself?)")

    def repl(m: re.Match[str]) -> str:
        name, digit = m.group(1), m.group(2)
        if name in slots:
            body = slots[name]
            return f"(?P<{name}{digit}>{body})" if capture else f"(?:{body})"
        if name in macros and not digit:
            return "(?:" + _expand(macros[name], slots, macros, path, False, depth + 1) + ")"
        raise LanguageDataError(f"{path}: unknown slot or macro '{{{m.group(0)[1:-1]}}}'")

    # " ?" is an optional space ("15 h" / "15h"); any other space is one or more.
    spaced = pattern.replace(" ?", "\x00").replace(" ", r"\s+").replace("\x00", r"\s*")
    return _SLOT_RE.sub(repl, spaced)


def _build(code: str) -> TimeLexicon:
    data = langdata.load(code)["time"]
    path = f"chronique/lang/{code}/time.yaml"
    tables: dict[str, dict[str, Any]] = {}
    for slot, name in _TABLE_SLOTS.items():
        tables[slot] = {fold_word(k): v for k, v in data[name].items()}
    for unit in tables["unit"].values():
        if unit not in UNITS:
            raise LanguageDataError(f"{path}: unit '{unit}' is not one of {', '.join(UNITS)}")
    for part in tables["mpart"].values():
        if part not in PARTS:
            raise LanguageDataError(f"{path}: period part '{part}' is not one of {PARTS}")
    conflict_kinds = {fold_word(w): kind for kind, words in data["conflict_words"].items()
                      for w in words}
    slots = _engine_slots(data)
    for slot in _TABLE_SLOTS:
        slots.setdefault(slot, _alternation(tables[slot]))
    for d in _DIRECTIONS:
        slots[d] = _alternation(data["directions"][d])
    slots["conflict"] = _alternation(conflict_kinds)
    macros = {name: (m if isinstance(m, str) else _alternation(m))
              for name, m in data["macros"].items()}

    templates = []
    bare = []
    for kind, entries in data["templates"].items():
        if kind not in KINDS:
            raise LanguageDataError(f"{path}: unknown template kind '{kind}'")
        for entry in entries:
            src, values = (entry, {}) if isinstance(entry, str) else (entry["pattern"],
                                                                      entry.get("values", {}))
            body = _expand(src, slots, macros, path, capture=True)
            try:
                regex = re.compile(r"(?<!\w)(?:" + body + r")(?!\w)")
            except re.error as exc:
                raise LanguageDataError(f"{path}: template {src!r} is not valid: {exc}") from None
            templates.append(Template(kind, src, regex, dict(values)))
            bare.append(_expand(src, slots, macros, path, capture=False))
    markers = {cid: tuple(fold_word(w) for w in words)
               for cid, words in (data.get("conflict_markers") or {}).items()}
    gate = re.compile(r"(?<!\w)(?:" + "|".join(bare) + r")(?!\w)")
    starts, gates, tried = _split_gate(bare)
    return TimeLexicon(code, tuple(templates), tables, frozenset(data.get("capitalized", [])),
                       conflict_kinds, markers, gate, starts, gates, tried)


def _split_gate(bare: list[str]) -> tuple[re.Pattern[str] | None, dict[str, re.Pattern[str]],
                                          dict[str, tuple[int, ...]]]:
    firsts = [_first_chars(re_parser.parse(b)) for b in bare]
    if any(f is None for f in firsts):
        return None, {}, {}
    chars = sorted(set().union(*firsts))   # type: ignore[arg-type]
    tried = {c: tuple(i for i, f in enumerate(firsts) if c in f) for c in chars}   # type: ignore[operator]
    gates = {c: re.compile(r"(?<!\w)(?:" + "|".join(bare[i] for i in tried[c]) + r")(?!\w)")
             for c in chars}
    return re.compile(r"(?<!\w)[" + "".join(re.escape(c) for c in chars) + "]"), gates, tried


def _first_chars(seq) -> set[str] | None:
    """The characters a parsed pattern can begin with; None when any (or when it can match
    nothing at all, which a gate would have to try everywhere)."""
    found, nullable = _first_of_sequence(seq)
    return None if found is None or nullable else found


def _first_of_sequence(seq) -> tuple[set[str] | None, bool]:
    out: set[str] = set()
    for op, av in seq:
        got, nullable = _first_of_item(op, av)
        if got is None:
            return None, False
        out |= got
        if not nullable:
            return out, False
    return out, True


def _first_of_item(op, av) -> tuple[set[str] | None, bool]:
    c = re_constants
    if op is c.LITERAL:
        return {chr(av)}, False
    if op is c.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is c.LITERAL:
                chars.add(chr(value))
            elif kind is c.RANGE:
                chars.update(chr(x) for x in range(value[0], value[1] + 1))
            elif kind is c.CATEGORY and value is c.CATEGORY_DIGIT:
                chars.update("0123456789")
            elif kind is c.CATEGORY and value is c.CATEGORY_SPACE:
                chars.update(" \t\n\r\f\v")
            else:
                return None, False
        return chars, False
    if op is c.BRANCH:
        out: set[str] = set()
        nullable = False
        for branch in av[1]:
            got, n = _first_of_sequence(branch)
            if got is None:
                return None, False
            out |= got
            nullable = nullable or n
        return out, nullable
    if op is c.SUBPATTERN:
        return _first_of_sequence(av[-1])
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        got, n = _first_of_sequence(av[2])
        return got, n or av[0] == 0
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return set(), True
    return None, False


@lru_cache(maxsize=None)
def lexicon(code: str) -> TimeLexicon:
    """The compiled time grammar of language `code`; cached for the process."""
    return _build(code)
