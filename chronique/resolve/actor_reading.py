"""Reading an actor span: the lexicon's matches turned into what the resolver decides from.

Kept apart from actors.py so that the decision rules there read as a short list; this module
only sorts the words of a span into persons, titles, institution sectors and qualifiers (the
words that say whose actor it is), in the order they appear.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from chronique.resolve.actor_lexicon import Entry, Match, Title
from chronique.resolve.orgs import armed_groups, igo_code
from chronique.resolve.persons import Person, knowledge_base

if TYPE_CHECKING:
    from chronique.resolve.actors import ActorContext

# When one phrase is several things ("Vatican": a seat, a country, a demonym), the first kind
# here decides what it is.
_PRIORITY = ("person", "group", "igo", "media", "ngo", "region", "seat", "title", "sector",
             "country", "demonym", "igo_adj", "unidentified", "former", "allegiance",
             "combining")


@dataclass(frozen=True)
class Qualifier:
    """A word that says whose actor the span is."""

    kind: str                 # country, demonym, seat, igo, igo_adj, group, media, ngo, title
    code: str | None          # the code the event carries
    country: str | None
    sector: str | None        # the sector it implies when the span has no institution noun
    lookup: str | None        # where to look an office up (a state code or organisation id)
    confidence: float
    fixed_sector: bool = False  # organisations, groups and NGOs keep their own sector


@dataclass
class Reading:
    person: Person | None = None
    titles: list[Title] = field(default_factory=list)
    sector: str | None = None
    qualifiers: list[Qualifier] = field(default_factory=list)
    former: bool = False
    unidentified: bool = False


def _pick(match: Match) -> Entry:
    return min(match.entries, key=lambda e: _PRIORITY.index(e.kind))


def _qualifier(entry: Entry, when: date | None, ctx: "ActorContext") -> Qualifier | None:
    kind, value = entry.kind, entry.value
    if kind == "country":
        return Qualifier(kind, value, value, "GOV", value, 1.0)
    if kind == "demonym":
        return Qualifier(kind, value, value, None, value, 0.9)
    if kind == "seat":
        code, sector = value
        if sector == "IGO":
            return Qualifier(kind, igo_code(code), None, "IGO", code, 1.0, True)
        return Qualifier(kind, code, code, sector, code, 1.0)
    if kind in ("igo", "igo_adj"):
        return Qualifier(kind, igo_code(value), None, "IGO", value,
                         1.0 if kind == "igo" else 0.9, True)
    if kind == "group":
        group = armed_groups()[value]
        country = group.country_for(ctx.countries, ctx.here)
        return Qualifier(kind, country, country, group.sector_on(when), value, 1.0, True)
    if kind == "media":
        return Qualifier(kind, value, value, "MED", value, 1.0)
    if kind == "ngo":
        return Qualifier(kind, None, None, "NGO", None, 1.0, True)
    if kind == "region":
        return Qualifier(kind, None, None, None, None, 0.3)
    return None


def read(matches: list[Match], when: date | None, ctx: "ActorContext") -> Reading:
    """Sort a span's matches into a Reading, keeping the order of qualifiers and titles."""
    r = Reading()
    kb = knowledge_base()
    allegiance_end = -1  # where the last "pro"/"anti" ended
    for m in matches:
        entry = _pick(m)
        kind = entry.kind
        follows = allegiance_end == m.start
        if kind == "allegiance":
            allegiance_end = m.end
        if kind == "person":
            if r.person is None:
                r.person = kb.persons[entry.value]
        elif kind == "title":
            title: Title = entry.value
            r.titles.append(title)
            if title.code:
                r.qualifiers.append(Qualifier("title", title.code, title.code, "GOV",
                                              title.code, 1.0))
            if r.sector is None and title.sector is not None and not title.complement:
                r.sector = title.sector
        elif kind == "sector":
            if r.sector is None:
                r.sector = entry.value
        elif kind == "former":
            r.former = True
        elif kind == "unidentified":
            r.unidentified = True
        else:
            if follows and kind in ("country", "demonym", "seat"):
                continue  # "séparatistes pro-russes": an allegiance, not an owner
            q = _qualifier(entry, when, ctx)
            if q is not None:
                r.qualifiers.append(q)
    return r
