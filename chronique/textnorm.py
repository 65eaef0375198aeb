"""Text folding shared by every lookup table: the same key for "Bélarus", "BELARUS", "belarus"."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "´": "'", "‘": "'"})
_DASHES = re.compile(r"[\u2010-\u2015\-]+")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=262144)
def fold(text: str) -> str:
    """Lower case, accents removed, apostrophes unified, dashes and runs of spaces as one space.

    Cached: the same words are folded again and again, sentence after sentence."""
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _DASHES.sub(" ", text.lower())
    return _SPACES.sub(" ", text).strip()


def strip_articles(folded: str, articles: list[str] | tuple[str, ...]) -> str:
    """Drop one leading article ("la ", "l'", "the ") from an already folded name."""
    for art in sorted(articles, key=len, reverse=True):
        if folded.startswith(art) and len(folded) > len(art):
            rest = folded[len(art):]
            if art.endswith("'") or art.endswith(" "):
                return rest.lstrip()
    return folded
