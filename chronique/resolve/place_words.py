"""The place words of one language, from `lang/<code>/places.yaml`, and the tokens they match.

Everything here is read from the data file: prepositions, articles, words that are never places,
place names that are also first names, spelling rewrites, place nouns, compass words and the
description templates ("{capital_noun} {demonym}"). Matching is on folded text (`textnorm.fold`),
token by token; a token keeps its offsets in the text it came from.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from chronique import lang as langdata
from chronique.errors import LanguageDataError
from chronique.resolve.countries import country_table
from chronique.textnorm import fold, strip_articles

# One character for one, so offsets survive: typographic apostrophes read as "'".
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "´": "'", "‘": "'"})
# A word; an elided word keeps its apostrophe ("l'", "d'"); an English possessive is a token.
_TOKEN = re.compile(r"\w+'(?!s\b)(?=\w)|\w+|'s\b")
# What may separate two words of one name: nothing (after an elision), one space, one dash.
_JOIN = re.compile(r"(?:|\s|[\u2010-\u2015-]|\.\s)")
# Where capitalisation says nothing about a word: the start of a sentence or of a quote.
_OPENERS = re.compile(r"[.!?:;\n«»\"“”(\[]")
SLOTS = ("city_noun", "admin1_noun", "capital_noun", "country_noun", "direction", "demonym",
         "country", "name")


class Token(NamedTuple):   # a tuple: built for every word of every sentence
    text: str
    start: int
    end: int
    folded: str
    capital: bool     # starts with an upper-case letter
    initial: bool     # first word of a sentence, quote or bracket


@lru_cache(maxsize=4096)
def tokenize(text: str) -> tuple[Token, ...]:
    """The words of `text` with their offsets. Cached: a sentence is scanned for places both
    when mentions are found and when they are resolved."""
    norm = text.translate(_APOSTROPHES)
    out: list[Token] = []
    prev_end = 0
    for m in _TOKEN.finditer(norm):
        word = m.group()
        gap = norm[prev_end:m.start()]
        initial = not out or bool(_OPENERS.search(gap))
        out.append(Token(word, m.start(), m.end(), fold(word), word[:1].isupper(), initial))
        prev_end = m.end()
    return tuple(out)


def span_key(text: str, tokens: Sequence[Token], i: int, j: int) -> str | None:
    """The folded name written by tokens i..j-1, or None when punctuation splits them.

    Built from the folded tokens, so it equals `fold` of the span for the separators a name
    may contain (a space, a dash, an elision, "St. ")."""
    parts = [tokens[i].folded]
    for k in range(i, j - 1):
        gap = text[tokens[k].end:tokens[k + 1].start]
        if not _JOIN.fullmatch(gap):
            return None
        if gap.startswith("."):
            if len(tokens[k].text) > 3:
                return None
            parts.append(". ")
        elif gap:
            parts.append(" ")
        parts.append(tokens[k + 1].folded)
    return "".join(parts)


@dataclass(frozen=True, slots=True)
class Element:
    """One part of a description template: a slot or a set of alternative words."""

    slot: str | None
    words: frozenset[str]
    optional: bool


@dataclass(frozen=True)
class PlaceWords:
    lang: str
    prepositions: tuple[tuple[str, ...], ...]   # folded, as token sequences
    weak_prepositions: frozenset[tuple[str, ...]]   # too common to vouch for a place
    articles: tuple[str, ...]                   # folded, as in the data ("la ", "l'")
    article_tokens: frozenset[str]              # "la", "l'", "the"
    not_places: frozenset[str]
    first_names: frozenset[str]
    translit: dict[str, str]
    translit_re: re.Pattern | None
    nouns: dict[str, dict[str, str]]            # slot -> folded phrase -> phrase
    directions: dict[str, str]                  # folded word -> compass code
    templates: dict[str, tuple[tuple[Element, ...], ...]]
    countries: dict[str, str]                   # folded country name -> alpha-3
    # Words that join a capitalised name to another ("Horn of Africa", "University of Kyiv"):
    # a town on either side of one is part of a longer name.
    name_links: frozenset[str] = frozenset()
    # Nouns that end the name of a building or a site ("Ben Gurion Airport"): a small town
    # at the start of such a name is part of it.
    facility_nouns: frozenset[str] = frozenset()
    # Particles inside surnames ("von der Leyen", "van der Bellen", "bin Salman"): a town
    # right after one is a surname.
    name_particles: frozenset[str] = frozenset()
    # Buildings that house a state's power, to the city they stand in ("Kremlin": Moscow).
    landmarks: dict[str, str] = field(default_factory=dict)

    def transliterate(self, folded: str) -> str:
        """Rewrite a folded name toward the English transliteration GeoNames uses."""
        if self.translit_re is None:
            return folded
        return self.translit_re.sub(lambda m: self.translit[m.group()], folded)

    def country(self, folded: str) -> str | None:
        """alpha-3 of a folded country name, with or without its article."""
        return self.countries.get(folded) or self.countries.get(
            strip_articles(folded, self.articles))

    def strip_article(self, folded: str) -> str:
        return strip_articles(folded, self.articles)


def _parse_template(where: str, template: str) -> tuple[Element, ...]:
    elements = []
    for part in template.split():
        optional = part.endswith("?")
        part = part.rstrip("?")
        if part.startswith("{") and part.endswith("}"):
            slot = part[1:-1]
            if slot not in SLOTS:
                raise LanguageDataError(f"{where}: unknown slot '{{{slot}}}' in '{template}'")
            elements.append(Element(slot, frozenset(), optional))
        else:
            elements.append(Element(None, frozenset(fold(w) for w in part.split("|")),
                                    optional))
    return tuple(elements)


def _strings(where: str, section: str, items: list) -> list[str]:
    bad = [w for w in items if not isinstance(w, str)]
    if bad:
        # YAML reads a bare `on` or `no` as a boolean: such words must be quoted.
        raise LanguageDataError(f"{where}: section '{section}' has entries that are not "
                                f"words: {bad!r} (quote them)")
    return items


@lru_cache(maxsize=None)
def place_words(code: str) -> PlaceWords:
    """The place words of language `code`, validated and folded; cached."""
    data = langdata.load(code)["places"]
    where = f"lang/{code}/places.yaml"
    for section in ("prepositions", "articles", "not_places", "first_names"):
        _strings(where, section, data[section])
    nouns = {f"{kind}_noun": {fold(w): w for w in words}
             for kind, words in data["place_nouns"].items()}
    for slot in ("city_noun", "admin1_noun", "capital_noun", "country_noun"):
        nouns.setdefault(slot, {})
    templates: dict[str, tuple[tuple[Element, ...], ...]] = {}
    for kind, items in data["descriptions"].items():
        if kind not in ("city", "admin1", "capital", "region"):
            raise LanguageDataError(f"{where}: unknown description kind '{kind}'")
        templates[kind] = tuple(_parse_template(where, t) for t in items)
    translit = {fold(k): fold(v) for k, v in data["transliteration"].items()}
    translit_re = (re.compile("|".join(re.escape(k) for k in sorted(translit, key=len,
                                                                     reverse=True)))
                   if translit else None)
    articles = tuple(fold(a) if not a.endswith(" ") else fold(a) + " "
                     for a in data["articles"])
    return PlaceWords(
        lang=code,
        prepositions=tuple(tuple(fold(p).split()) for p in data["prepositions"]),
        weak_prepositions=frozenset(tuple(fold(p).split())
                                    for p in _strings(where, "weak_prepositions",
                                                      data.get("weak_prepositions", []))),
        name_links=frozenset(fold(w) for w in _strings(where, "name_links",
                                                        data.get("name_links", []))),
        facility_nouns=frozenset(fold(w) for w in _strings(where, "facility_nouns",
                                                           data.get("facility_nouns", []))),
        name_particles=frozenset(fold(w) for w in _strings(where, "name_particles",
                                                           data.get("name_particles", []))),
        articles=articles,
        landmarks={strip_articles(fold(k), articles): str(v)
                   for k, v in data.get("landmarks", {}).items()},
        article_tokens=frozenset(a.strip() for a in articles if " " not in a.strip()),
        not_places=frozenset(fold(w) for w in data["not_places"]),
        first_names=frozenset(fold(w) for w in data["first_names"]),
        translit=translit,
        translit_re=translit_re,
        nouns=nouns,
        directions={fold(k): str(v) for k, v in data["directions"].items()},
        templates=templates,
        countries=country_table(code),
    )
