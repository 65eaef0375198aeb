"""Scraping debris out, lines kept: the cleaned text is the text every offset points into.

What goes: lines that are only a debris phrase ("Lire aussi", "Advertisement") or a pointer to
another article ("Read more: ..."), lines without a letter or digit (the "." a scraper left),
a line repeating the one before it (a headline printed twice), control characters and
trailing spaces. What stays: every other line as it was, each on its own line, with at most
one blank line between paragraphs. Lines are never joined, so a sentence splitter sees the
paragraphs the author wrote.

The phrases are language data (`ingest.yaml`, sections `debris` and `debris_prefixes`). Every
supported language's list applies to every document: cleaning runs before the language is
known, and an English "Advertisement" in a French page is debris all the same.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from chronique import lang as langdata
from chronique.textnorm import fold

# Characters that end a line (Unicode line and paragraph separators included) or mean nothing.
_NEWLINES = str.maketrans({"\r": "\n", "\u2028": "\n", "\u2029": "\n", "\x0b": "\n",
                           "\x0c": "\n", "\x85": "\n"})
_INVISIBLE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\u200b\u200e\u200f\ufeff]")
# What may follow a debris prefix for the line to be a pointer to another article.
_SEPARATORS = ":|»›>→•"
# Dashes separate as well; `fold` would turn them into spaces, so they become bars first.
_DASHES = re.compile(r"[\u2010-\u2015-]")


def ingest_tables() -> list[dict]:
    """The `ingest.yaml` table of every language that has one."""
    return [langdata.load(code).get("ingest") or {} for code in langdata.available()]


@lru_cache(maxsize=1)
def _debris() -> tuple[frozenset[str], tuple[str, ...]]:
    """Folded debris lines and plain debris prefixes of every supported language."""
    lines: set[str] = set()
    prefixes: set[str] = set()
    for data in ingest_tables():
        lines.update(_line_key(w) for w in data.get("debris", []))
        prefixes.update(_plain(w) for w in data.get("debris_prefixes", []))
    return frozenset(lines), tuple(sorted(prefixes, key=len, reverse=True))


def _plain(text: str) -> str:
    """Folded like every lookup key, but with dashes kept (as '|'): 'Lire aussi - X'."""
    return fold(_DASHES.sub("|", text))


def _line_key(line: str) -> str:
    """A line's folded words without the punctuation around them: 'LIRE AUSSI :' -> 'lire aussi'."""
    folded = fold(line)
    start, end = 0, len(folded)
    while start < end and not folded[start].isalnum():
        start += 1
    while end > start and not folded[end - 1].isalnum():
        end -= 1
    return folded[start:end]


@lru_cache(maxsize=1)
def _longest() -> tuple[int, int]:
    """The longest debris line and prefix, in characters: a paragraph longer than a debris
    line is looked at no further than its head (folding whole paragraphs was most of the
    cleaning time)."""
    lines, prefixes = _debris()
    return max(map(len, lines), default=0), max(map(len, prefixes), default=0)


_ALNUM = re.compile(r"[^\W_]")


def is_debris(line: str) -> bool:
    """True for a line that is scraping debris rather than part of the report."""
    if not _ALNUM.search(line):
        return True  # nothing but punctuation, symbols or spaces
    lines, prefixes = _debris()
    longest_line, longest_prefix = _longest()
    # Punctuation and spaces around a debris phrase, and folding, change the length a little.
    if len(line) <= 2 * longest_line + 16 and _line_key(line) in lines:
        return True
    head = line[:2 * longest_prefix + 16]
    plain = _plain(head).lstrip("".join(_SEPARATORS) + " ")
    for prefix in prefixes:
        if plain.startswith(prefix):
            rest = plain[len(prefix):].lstrip()
            if rest and rest[0] in _SEPARATORS:
                return True
    return False


def normalise_text(text: str) -> str:
    """NFC, one kind of line break, no invisible control characters."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").translate(_NEWLINES))
    return _INVISIBLE.sub("", text)


def clean_text(text: str) -> str:
    """The text with debris lines removed, trailing spaces cut, blank lines collapsed to one."""
    kept: list[str] = []
    previous = ""
    for raw in normalise_text(text).split("\n"):
        line = raw.rstrip()
        if not line.strip():
            if kept and kept[-1]:
                kept.append("")
            continue
        if is_debris(line):
            continue
        # The same line twice in a row: a headline printed twice (lines of unlike length are
        # not folded to be compared).
        if abs(len(line) - len(previous)) <= 8 and fold(line) == fold(previous):
            continue
        previous = line
        kept.append(line)
    while kept and not kept[-1]:
        kept.pop()
    return "\n".join(kept)
