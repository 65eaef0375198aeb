"""Country names in every supported language, to ISO 3166-1 alpha-3.

Built from PyPI packages at first use: pycountry (ISO names and their gettext translations) and
babel (CLDR territory names), because each knows names the other lacks (pycountry says
"Bélarus", CLDR "Biélorussie"). The aliases that neither has ("Britain", "la Grande-Bretagne")
are language data in lang/<code>/places.yaml under `country_aliases`.
"""

from __future__ import annotations

import gettext
from functools import lru_cache

import pycountry
from babel import Locale

from chronique import lang as langdata
from chronique.textnorm import fold, strip_articles

# Territories CLDR names that pycountry lacks an alpha-3 for.
_EXTRA_ALPHA3 = {"XK": "XKX"}


def _alpha3(alpha2: str) -> str | None:
    if alpha2 in _EXTRA_ALPHA3:
        return _EXTRA_ALPHA3[alpha2]
    c = pycountry.countries.get(alpha_2=alpha2)
    return c.alpha_3 if c else None


def _variants(name: str) -> set[str]:
    """A CLDR or ISO name and its usual shorter forms: "Iran, Islamic Republic of" -> "Iran"."""
    out = {name}
    if "," in name:
        out.add(name.split(",")[0])
    if "(" in name:
        out.add(name.split("(")[0].strip())
        out.add(name.split("(")[1].rstrip(")").strip())
    return out


@lru_cache(maxsize=None)
def country_table(code: str) -> dict[str, str]:
    """Folded country name (articles stripped) -> alpha-3, for language `code`."""
    table: dict[str, str] = {}

    def add(name: str, alpha3: str | None) -> None:
        if alpha3:
            for v in _variants(name):
                table.setdefault(fold(v), alpha3)

    aliases = langdata.load(code).get("places", {}).get("country_aliases", {})
    for name, alpha3 in aliases.items():
        table[fold(name)] = alpha3
    for alpha2, name in Locale(code).territories.items():
        if alpha2.isalpha():
            add(name, _alpha3(alpha2))
    try:
        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[code])
        translate = tr.gettext
    except OSError:
        translate = None
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(c, attr, None)
            if name:
                add(translate(name) if translate else name, c.alpha_3)
                if code == "en":
                    add(name, c.alpha_3)
    return table


def lookup_country(name: str, code: str) -> str | None:
    """'la Russie' / 'Russia' / 'Bélarus' -> alpha-3, or None when it is not a country name."""
    articles = langdata.load(code).get("places", {}).get("articles", [])
    key = strip_articles(fold(name), articles)
    return country_table(code).get(key)


@lru_cache(maxsize=None)
def country_name(alpha3: str, code: str = "en") -> str | None:
    """The display name of a country in language `code` ("UKR", "fr" -> "Ukraine")."""
    c = pycountry.countries.get(alpha_3=alpha3)
    if c is None:
        return None
    return Locale(code).territories.get(c.alpha_2, c.name)
