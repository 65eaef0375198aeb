"""The actor lexicon of a language: every phrase that says who acts, in one word-sequence index.

One table maps folded word sequences ("armee", "secretaire general", "maison blanche") to what
they are: a sector noun, a title, a seat of government, an organisation, an armed group, a
person of the knowledge base, a demonym or a country name. `scan` walks a text once, taking the
longest phrase at each word, so both the actor resolver and the report-wide country count cost
one dictionary walk per word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from chronique import lang as langdata
from chronique.errors import LanguageDataError
from chronique.records import SECTORS
from chronique.resolve.countries import country_table
from chronique.resolve.demonyms import demonym_table, valid_alpha3
from chronique.resolve.orgs import armed_groups, media_outlets, organisations
from chronique.resolve.persons import knowledge_base
from chronique.textnorm import fold

_WORD = re.compile(r"\w+")

@dataclass(frozen=True)
class Title:
    offices: tuple[str, ...]
    sector: str | None
    countries: tuple[str, ...]
    code: str | None
    complement: bool = False   # completes another title; names no person by itself
    plural: bool = False       # "les ministres": several persons, so no single office holder


@dataclass(frozen=True)
class Entry:
    kind: str
    value: Any
    exact: tuple[str, ...] | None = None   # the words as they must be written (acronyms)
    capital: bool = False                  # must start with a capital letter


@dataclass(frozen=True)
class Match:
    start: int           # word index
    end: int             # word index, exclusive
    entries: tuple[Entry, ...]

    def first(self, *kinds: str) -> Entry | None:
        return next((e for e in self.entries if e.kind in kinds), None)


@dataclass
class Lexicon:
    index: dict[tuple[str, ...], list[Entry]] = field(default_factory=dict)
    prefixes: set[tuple[str, ...]] = field(default_factory=set)
    # Words that carry a capitalised name on ("the Alliance for Freedom and Change"): a name
    # followed by one of them and a capitalised word is the start of a longer name.
    name_links: frozenset[str] = frozenset()
    first_name_countries: frozenset[str] = frozenset()   # "Dominique Bernard"
    anaphoric_organisations: frozenset[str] = frozenset()   # "the bloc"

    def add(self, phrase: str, kind: str, value: Any, capital: bool = False) -> None:
        raw = tuple(_WORD.findall(phrase))
        if not raw:
            return
        key = tuple(fold(w) for w in raw)
        bare = phrase.replace(".", "").replace(" ", "")
        # A short all-capitals name is an acronym: "WHO" is not "who", "UE" not "ue".
        exact = raw if (bare.isupper() and len(bare) <= 4) else None
        entry = Entry(kind, value, exact, capital and not exact)
        bucket = self.index.setdefault(key, [])
        if entry not in bucket:
            bucket.append(entry)
        for n in range(1, len(key) + 1):
            self.prefixes.add(key[:n])


def words(text: str) -> list[str]:
    """The words of a text as written; `scan` folds them."""
    return _WORD.findall(text)


ARTICLES = frozenset({"la", "le", "les", "l", "l'", "the"})


def _accepts(entry: Entry, raw: list[str]) -> bool:
    if entry.exact is not None:
        return tuple(raw) == entry.exact
    if entry.capital:
        # a name, capitalised somewhere: "Kiev", "le département d'Etat"; a leading article
        # does not count ("La réunion de lundi" opening a sentence is no Réunion)
        body = raw[1:] if len(raw) > 1 and fold(raw[0]) in ARTICLES else raw
        return any(w[:1].isupper() for w in body)
    return True


def _longer_name(lex: Lexicon, raw: list[str], folded: list[str], m: Match) -> bool:
    j = m.end
    return (all(e.exact is None for e in m.entries) and raw[j - 1][:1].isupper()
            and j + 1 < len(raw) and folded[j] in lex.name_links and raw[j + 1][:1].isupper())


def _first_name(lex: Lexicon, raw: list[str], folded: list[str], m: Match) -> bool:
    """"Dominique Bernard", "Israel Katz": a country name that is also a first name, followed
    by a capitalised word the lexicon does not know, is a person's name. Not in a title-case
    headline, where every word is capitalised ("Israel Strikes Gaza")."""
    i, j = m.start, m.end
    return (j == i + 1 and j < len(raw) and folded[i] in lex.first_name_countries
            and all(e.kind == "country" for e in m.entries)
            and raw[j][:1].isupper() and not raw[j].isupper()
            and (j + 1 == len(raw) or not raw[j + 1][:1].isupper())
            and (i == 0 or not raw[i - 1][:1].isupper())
            and _longest_at(lex, raw, folded, j) is None)


def scan(lex: Lexicon, raw: list[str], kinds: frozenset[str] | None = None) -> list[Match]:
    """Longest phrases of the lexicon in `raw` (words as written), left to right."""
    folded = [fold(w) for w in raw]
    out: list[Match] = []
    i, n = 0, len(raw)
    while i < n:
        best = _longest_at(lex, raw, folded, i, kinds)
        if best:
            if not _longer_name(lex, raw, folded, best) and not _first_name(lex, raw, folded, best):
                out.append(best)
            i = best.end
        else:
            i += 1
    return out


def _longest_at(lex: Lexicon, raw: list[str], folded: list[str], i: int,
                kinds: frozenset[str] | None = None) -> Match | None:
    best: Match | None = None
    j = i + 1
    while j <= len(raw) and tuple(folded[i:j]) in lex.prefixes:
        entries = lex.index.get(tuple(folded[i:j]))
        if entries:
            ok = tuple(e for e in entries if (kinds is None or e.kind in kinds)
                       and _accepts(e, raw[i:j]))
            if ok:
                best = Match(i, j, ok)
        j += 1
    return best


def _variants(key: str) -> list[str]:
    return [v.strip() for v in key.split("|") if v.strip()]


def _plural(phrase: str, rule: dict) -> str | None:
    """The plural of a phrase by the language's head-word rule, or None when it has none."""
    suffix, head = rule.get("suffix", ""), rule.get("head", "last")
    parts = phrase.split(" ")
    k = 0 if head == "first" else len(parts) - 1
    if not suffix or parts[k][-1:].lower() in ("s", "x", "z"):
        return None
    return " ".join(parts[:k] + [parts[k] + suffix] + parts[k + 1:])


def _parse_seat(where: str, name: str, value: str) -> tuple[str, str]:
    code, _, sector = str(value).partition("/")
    sector = sector or ("IGO" if code in organisations() else "GOV")
    if not (valid_alpha3(code) or code in organisations()) or sector not in SECTORS:
        raise LanguageDataError(f"{where}: seat '{name}': bad value '{value}'")
    return code, sector


def _add_language_data(lex: Lexicon, data: dict, where: str) -> None:
    rule = data.get("plural") or {}
    for sector, phrases in data["sectors"].items():
        if sector not in SECTORS:
            raise LanguageDataError(f"{where}: unknown sector '{sector}'")
        for phrase in phrases:
            lex.add(str(phrase), "sector", sector)
            plural = _plural(str(phrase), rule)
            if plural:
                lex.add(plural, "sector", sector)
    for key, spec in (data.get("titles") or {}).items():
        spec = spec or {}
        sector = spec.get("sector", "GOV")
        if sector is not None and sector not in SECTORS:
            raise LanguageDataError(f"{where}: title '{key}': unknown sector '{sector}'")
        title = Title(tuple(spec.get("offices") or ()), sector,
                      tuple(spec.get("countries") or ()), spec.get("code"),
                      bool(spec.get("complement", False)))
        several = replace(title, plural=True)
        for variant in _variants(key):
            lex.add(variant, "title", title)
            plural = None if title.complement else _plural(variant, rule)
            if plural:
                lex.add(plural, "title", several)
    for name, value in (data.get("seats") or {}).items():
        lex.add(name, "seat", _parse_seat(where, name, value), capital=True)
    orgs, groups = organisations(), armed_groups()
    for oid, names in (data.get("igos") or {}).items():
        if oid not in orgs:
            raise LanguageDataError(f"{where}: unknown organisation '{oid}'")
        for name in names:
            lex.add(str(name), "igo", oid)
    for oid, forms in (data.get("igo_adjectives") or {}).items():
        for form in forms:
            lex.add(str(form), "igo_adj", oid)
    for gid, names in (data.get("groups") or {}).items():
        if gid not in groups:
            raise LanguageDataError(f"{where}: unknown armed group '{gid}'")
        for name in names:
            lex.add(str(name), "group", gid)
    # Regions of several states ("latino-américains", "West African"): no one state, and the
    # longer phrase keeps a state's demonym inside it ("américains") from counting.
    for name in data.get("regions") or []:
        lex.add(str(name), "region", None)
    for name in data.get("ngos") or []:
        lex.add(str(name), "ngo", None)
    for phrase in data.get("unidentified") or []:
        lex.add(str(phrase), "unidentified", None)
    for word in data.get("former") or []:
        lex.add(str(word), "former", None)
    for word in data.get("allegiance_prefixes") or []:
        lex.add(str(word), "allegiance", None)


@lru_cache(maxsize=None)
def lexicon(lang: str) -> Lexicon:
    """The actor lexicon of language `lang`, built once from its data and the shared facts."""
    data = langdata.load(lang)["actors"]
    lex = Lexicon(name_links=frozenset(fold(str(w)) for w in data.get("name_links") or ()),
                  first_name_countries=frozenset(fold(str(w)) for w in
                                                 data.get("first_name_countries") or ()),
                  anaphoric_organisations=frozenset(fold(str(w)) for w in
                                                    data.get("anaphoric_organisations") or ()))
    where = f"lang/{lang}/actors.yaml"
    _add_language_data(lex, data, where)
    for name, code in media_outlets().items():
        lex.add(name, "media", code)
    for i, person in enumerate(knowledge_base().persons):
        for name in person.names:
            lex.add(name, "person", i, capital=name[:1].isupper())
    demonyms = demonym_table(lang)
    for form, code in demonyms.by_form.items():
        lex.add(form, "demonym", code, capital=demonyms.capitalised)
    for form, code in demonyms.abbreviations.items():
        lex.add(form, "demonym", code)
    for form, code in demonyms.combining.items():
        lex.add(form, "combining", code)
    for name, code in country_table(lang).items():
        lex.add(name, "country", code, capital=True)
    return lex
