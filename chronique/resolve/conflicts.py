"""The start of the conflict an article is about, for running totals "since the invasion began".

Facts (start dates, the countries involved) are language-neutral and live in
`chronique/data/conflicts.yaml`; the words that show an article speaks of a war or a coup
("offensive", "invasion", "coup d'État") and the names that tell apart conflicts sharing a
country ("Tigray", "M23", "Hamas") are language data in `lang/<code>/time.yaml`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

import yaml

from chronique.errors import ChroniqueError
from chronique.lang import load_yaml
from chronique.resolve.timewords import fold_keep_offsets, lexicon

CONFLICTS_FILE = Path(__file__).resolve().parent.parent / "data" / "conflicts.yaml"


@dataclass(frozen=True)
class Conflict:
    id: str
    start: date
    kind: str
    countries: tuple[str, ...]
    # True when the countries alone do not tell this conflict from others of theirs (Tigray
    # and Ethiopia): then the article must also name it with one of the language's markers.
    needs_marker: bool = False


@lru_cache(maxsize=None)
def conflicts() -> tuple[Conflict, ...]:
    """Every conflict of `data/conflicts.yaml`, checked; cached for the process."""
    try:
        raw = load_yaml(CONFLICTS_FILE.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ChroniqueError(f"{CONFLICTS_FILE}: cannot be read: {exc}") from None
    out = []
    for i, entry in enumerate((raw or {}).get("conflicts") or []):
        try:
            c = Conflict(str(entry["id"]), entry["start"], str(entry["kind"]),
                         tuple(str(x).upper() for x in entry["countries"]),
                         bool(entry.get("needs_marker", False)))
        except (KeyError, TypeError) as exc:
            raise ChroniqueError(f"{CONFLICTS_FILE}: entry {i} lacks {exc}") from None
        if not isinstance(c.start, date) or not c.countries:
            raise ChroniqueError(f"{CONFLICTS_FILE}: entry '{c.id}' needs a start date "
                                 "(YYYY-MM-DD) and at least one country")
        out.append(c)
    if not out:
        raise ChroniqueError(f"{CONFLICTS_FILE}: lists no conflict")
    return tuple(out)


def _words_regex(words: Sequence[str]) -> re.Pattern[str] | None:
    if not words:
        return None
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+")
                    for w in sorted(set(words), key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:" + alts + r")(?!\w)")


@lru_cache(maxsize=None)
def _kind_regex(code: str) -> re.Pattern[str] | None:
    return _words_regex(tuple(lexicon(code).conflict_kinds))


def _mentions(folded: str, words: Sequence[str]) -> bool:
    rx = _words_regex(tuple(words))
    return bool(rx and rx.search(folded))


def conflict_start_for(text: str, lang: str, countries: Sequence[str]) -> date | None:
    """The known start of the conflict an article is about, when the article makes it clear
    (e.g. an article about Russia and Ukraine that speaks of 'l'offensive russe' / 'the invasion'
    -> 2022-02-24), from chronique/data/conflicts.yaml; None otherwise.

    A conflict qualifies when the text uses a word of its kind (war words for a war, coup words
    for a coup), one of its countries is among `countries`, and, for a conflict that needs it,
    the text names it. Of those, the one whose countries rank highest in `countries` (most
    salient first) wins; then the most recent.
    """
    lex = lexicon(lang)
    folded = " ".join(fold_keep_offsets(text).split())
    rx = _kind_regex(lang)
    kinds = {lex.conflict_kinds[" ".join(m.group().split())] for m in rx.finditer(folded)} \
        if rx else set()
    rank = {c.upper(): i for i, c in reversed(list(enumerate(countries)))}
    best: tuple[tuple[float, ...], int] | None = None
    found = None
    for c in conflicts():
        if c.kind not in kinds or not any(k in rank for k in c.countries):
            continue
        if c.needs_marker and not _mentions(folded, lex.conflict_markers.get(c.id, ())):
            continue
        ranks = tuple(sorted(rank.get(k, float("inf")) for k in c.countries))
        key = (ranks, -c.start.toordinal())
        if best is None or key < best:
            best, found = key, c.start
    return found
