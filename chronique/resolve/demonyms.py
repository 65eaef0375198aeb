"""Demonyms: words of nationality ("russe", "ukrainiennes", "Russian", "Britons") to ISO alpha-3.

The words are language data in `lang/<code>/demonyms.yaml`: base forms per country and suffix
rules that derive the other forms, so French needs "ukrainien" once to know "ukrainiennes".
Lookups fold case and accents (`textnorm.fold`). A word two countries share goes to the one
listed first in the data file; the file's `ambiguous` section says which and why
("congolais" is the DR Congo, by population).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pycountry

from chronique import lang as langdata
from chronique.errors import LanguageDataError
from chronique.textnorm import fold

# Codes the data may use beyond ISO 3166-1 (Kosovo has no ISO code; XKX is the usual one).
EXTRA_ALPHA3 = frozenset({"XKX"})

_TRIM = " .,;:!?\"'()[]«»“”"


def valid_alpha3(code: str) -> bool:
    """True for an ISO 3166-1 alpha-3 code, or one of the few user-assigned codes we accept."""
    return code in EXTRA_ALPHA3 or pycountry.countries.get(alpha_3=code) is not None


@dataclass(frozen=True)
class DemonymTable:
    """All demonym forms of one language, built once from its data file."""

    by_form: dict[str, str]            # folded form -> alpha-3
    forms: dict[str, tuple[str, ...]]  # alpha-3 -> forms as written (accents kept)
    abbreviations: dict[str, str]      # exact-case form ("US") -> alpha-3
    combining: dict[str, str]          # folded prefix ("russo") -> alpha-3
    capitalised: bool                  # demonyms are written with a capital in running text
    max_words: int                     # longest form, in words after folding


def _inflect(base: str, rules: list[list]) -> list[str]:
    """The base and the forms the first matching suffix rule derives from it."""
    folded = fold(base)
    for rule in rules:
        ending, replacements = str(rule[0]), rule[1]
        if folded.endswith(fold(ending)):
            stem = base[: len(base) - len(ending)] if ending else base
            return [base] + [stem + r for r in replacements]
    return [base]


def _check_rules(path: str, rules: object) -> list[list]:
    if not isinstance(rules, list) or not all(
            isinstance(r, list) and len(r) == 2 and isinstance(r[1], list) for r in rules):
        raise LanguageDataError(
            f"{path}: 'inflection' should be a list of [ending, [replacement, ...]] pairs")
    return rules


@lru_cache(maxsize=None)
def demonym_table(lang: str) -> DemonymTable:
    """The demonym forms of language `lang`, validated (unknown codes fail loudly)."""
    data = langdata.load(lang)["demonyms"]
    where = f"lang/{lang}/demonyms.yaml"
    rules = _check_rules(where, data.get("inflection", []))
    by_form: dict[str, str] = {}
    forms: dict[str, tuple[str, ...]] = {}
    for code, bases in data["countries"].items():
        if not valid_alpha3(code):
            raise LanguageDataError(f"{where}: '{code}' is not an ISO alpha-3 country code")
        if not isinstance(bases, list) or not all(isinstance(b, str) for b in bases):
            raise LanguageDataError(f"{where}: the forms of '{code}' should be a list of words")
        written: list[str] = []
        for base in bases:
            for form in _inflect(base, rules):
                if form not in written:
                    written.append(form)
                # First country listed wins a shared form; see the file's `ambiguous` notes.
                by_form.setdefault(fold(form), code)
        forms[code] = tuple(written)
    abbreviations = {str(k): v for k, v in (data.get("abbreviations") or {}).items()}
    combining = {fold(k): v for k, v in (data.get("combining_forms") or {}).items()}
    for code in list(abbreviations.values()) + list(combining.values()):
        if not valid_alpha3(code):
            raise LanguageDataError(f"{where}: '{code}' is not an ISO alpha-3 country code")
    max_words = max((len(f.split()) for f in by_form), default=1)
    return DemonymTable(by_form, forms, abbreviations, combining,
                        bool(data.get("capitalised", False)), max_words)


def demonym_country(word: str, lang: str) -> str | None:
    """'russe', 'russes', 'ukrainienne', 'Russian', 'Ukrainians', 'américain' -> ISO alpha-3.

    Case and accents do not matter; surrounding punctuation is ignored. Returns None for a word
    that is not a demonym of this language.
    """
    table = demonym_table(lang)
    word = word.strip(_TRIM.replace(".", "")).strip()
    if word in table.abbreviations:
        return table.abbreviations[word]
    return table.by_form.get(fold(word.strip(_TRIM)))


def combining_form_country(prefix: str, lang: str) -> str | None:
    """The country of a compound's first part: 'russo' (in 'russo-ukrainien') -> 'RUS'."""
    return demonym_table(lang).combining.get(fold(prefix))


def country_demonyms(alpha3: str, lang: str) -> list[str]:
    """Every demonym form of a country in `lang`, as written in the data (accents kept)."""
    return list(demonym_table(lang).forms.get(alpha3.upper(), ()))


def ambiguous_demonyms(lang: str) -> dict[str, str]:
    """Demonyms shared by two countries and the reason for the choice made, from the data."""
    return dict(langdata.load(lang)["demonyms"].get("ambiguous") or {})
