"""Merging: mentions of one real-world event become one record.

Within a report, mentions of the same type whose actors, place, date and status do not
conflict are one event — wire copy names an event, then comes back to it ("L'armée a procédé à
de nouvelles frappes sur Kharkiv ... A Kharkiv, le bilan des frappes s'élève à 29 morts").
Different cities, different stated dates, different actors on one side keep events apart. A
mention that only refers back ("l'attaque", "cette réunion", a toll with no trigger) joins the
nearest event of its type before it. A running total over a long period ("depuis le début de
l'offensive") is its own record and never adds to single events (PLOVER.md, ACLED).

Tolls follow ACLED: the latest figure wins (an updated one — "le bilan monte à" — over the
others), the lowest where figures conflict without an update.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import replace
from datetime import date

from chronique.geo import km
from chronique.records import Actor, Event, EventDate, Location, Toll, TollClaim
from chronique.resolve.mentions import SAID_ACTS, ResolvedMention

PLACE_KM = 30.0
# Types whose modes are different kinds of event (a phone call, a visit, a summit), so that a
# mention with a mode and one without are not assumed to be the same.
DISTINCT_MODES = {"CONSULT"}
# Modes one attack is told with in turn: "a drone and missile attack" is "fired missiles"
# two lines later. (Shelling and explosions stay apart: they are more often other attacks.)
MODE_FAMILIES = ({"aerial", "drone"},)
LONG_PERIOD_DAYS = 2   # "depuis le début de l'offensive" (6 days in the seed) is a running total
_PRECISION_RANK = {"point": 0, "city": 1, "admin1": 2, "region": 3, "country": 4}
_DATE_RANK = {"day": 0, "range": 1, "month": 2, "year": 3, "unknown": 4}


def _km(a: Location, b: Location) -> float:
    d = km(a.lat, a.lon, b.lat, b.lon)
    return math.inf if d is None else d


def places_agree(a: Location | None, b: Location | None) -> bool:
    if a is None or b is None:
        return True
    if a.country != b.country:
        return False
    if a.precision == b.precision == "country":
        return True
    if {a.precision, b.precision} == {"city", "admin1"}:
        city, div = (a, b) if a.precision == "city" else (b, a)
        return bool(city.admin1) and (city.admin1 or "").lower() in (div.name or "").lower()
    if a.precision != b.precision:
        return False
    if a.geonames_id is not None and a.geonames_id == b.geonames_id:
        return True
    return (a.name or "").lower() == (b.name or "").lower() or _km(a, b) <= PLACE_KM


def _codes(actors: list[Actor]) -> set[str]:
    return {a.code for a in actors if a.code}


def sides_agree(a: Event, b: Event) -> bool:
    """Actors do not conflict: on each side the codes overlap, or one side names nobody."""
    pairs = [(a.source_actors, b.source_actors), (a.target_actors, b.target_actors)]
    for x, y in pairs:
        cx, cy = _codes(x), _codes(y)
        if cx and cy and not cx & cy:
            return False
    return True


def _sure(actors: list[Actor]) -> set[str]:
    """Codes the text gave, not the report's context (confidence above a guess's)."""
    return {a.code for a in actors if a.code and a.confidence > 0.5}


def _period_days(d: EventDate) -> int:
    if d.start is None or d.end is None:
        return 0
    return (d.end - d.start).days


def dates_agree(a: EventDate, b: EventDate, a_stated: bool, b_stated: bool) -> bool:
    if not (a_stated and b_stated):
        return True
    if None in (a.start, a.end, b.start, b.end):
        return True
    return a.start <= b.end and b.start <= a.end  # type: ignore[operator]


def _compatible(host: ResolvedMention, m: ResolvedMention) -> bool:
    a, b = host.event, m.event
    if a.type != b.type:
        return False
    long_a, long_b = _running_total(host), _running_total(m)
    if long_a != long_b:
        return False
    if long_a and long_b and a.date.start and b.date.start \
            and abs((a.date.start - b.date.start).days) > LONG_PERIOD_DAYS:
        return False   # "149 arrested since Friday", "700 since June": two running totals
    if m.anaphoric:
        # "the attack" joins what came before; "the first attack claimed by the Houthis"
        # joins no strike of another side
        return sides_agree(a, b)
    if a.status != b.status and not (host.status_weak or m.status_weak):
        return False
    if (m.headline or host.headline) and _codes(a.source_actors) & _codes(b.source_actors) \
            and (modes_agree(a.mode, b.mode)
                 or (a.location and b.location and places_agree(a.location, b.location))) \
            and dates_agree(a.date, b.date, host.date_stated, m.date_stated):
        # "Iran Fires Missiles at U.S. Forces in Iraq": a title names the event the body
        # tells, more loosely (its target, its place): the same actor on the same days.
        return True
    if not modes_agree(a.mode, b.mode) and not (host.anaphoric or m.anaphoric):
        return False
    if a.type in DISTINCT_MODES and a.mode != b.mode and not (
            host.anaphoric or m.anaphoric or _blank(host if not a.mode else m)):
        return False   # a phone call is not the talks it is mentioned beside
    if a.type in SAID_ACTS and (host.unknown_speaker or m.unknown_speaker) \
            and bool(_codes(a.source_actors)) != bool(_codes(b.source_actors)) \
            and not (_sure(a.target_actors) & _sure(b.target_actors)):
        # "Rudd also rebuked Washington", a speaker the report did not place, is not the
        # President's condemnation of the attackers told the same day: words are told once
        # each, by whoever says them
        return False
    same_place = places_agree(a.location, b.location)
    return (sides_agree(a, b) and same_place
            and dates_agree(a.date, b.date, host.date_stated, m.date_stated))


def modes_agree(a: str | None, b: str | None) -> bool:
    return not (a and b) or a == b or any(a in f and b in f for f in MODE_FAMILIES)


def _running_total(m: ResolvedMention) -> bool:
    """A count over days: a long stated period, or a toll counted since a start ("since the
    state of emergency took effect on Monday", two days before; not "en deux jours", the
    strikes of those two days)."""
    return m.date_stated and (_period_days(m.event.date) > LONG_PERIOD_DAYS or m.running)


def _blank(m: ResolvedMention) -> bool:
    """A mention that says nothing but its type: no actor, no place, no date, no mode."""
    e = m.event
    return not (_codes(e.source_actors) or _codes(e.target_actors) or e.location
                or m.date_stated or e.mode)


def merge_document(resolved: list[ResolvedMention]) -> list[Event]:
    """Fold the resolved mentions of one report into its events, in order of first mention.

    Mentions that name an event join the nearest compatible event before them (reports come
    back to what they just said). Mentions that only refer to one ("l'attaque", "les frappes
    continuent" in a headline), and whatever the title tells, are placed afterwards: with the
    nearest event before them, or, when nothing comes before (a headline), the first one
    after."""
    groups: list[list[ResolvedMention]] = []
    ordered = sorted(resolved, key=lambda r: r.order)
    referring = [m for m in ordered if m.anaphoric or m.headline]
    for m in ordered:
        if m.anaphoric or m.headline:
            continue
        candidates = [g for g in groups if all(_compatible(x, m) for x in g)]
        if candidates:
            max(candidates, key=lambda g: g[-1].order).append(m)
        elif not m.toll_only or _running_total(m):
            groups.append([m])   # a toll that counts no event of this report is dropped,
                                 # unless it is a running total ("5.300 morts depuis avril")
    for m in referring:
        candidates = [g for g in groups if all(_compatible(x, m) for x in g)]
        before = [g for g in candidates if g[0].order < m.order]
        after = [g for g in candidates if g[0].order > m.order]
        # ("Russia Pounds Kyiv ...": of the strikes the body tells, those on Kyiv)
        placed = [g for g in after if m.event.location and any(
            x.event.location and places_agree(x.event.location, m.event.location) for x in g)]
        if before:
            max(before, key=lambda g: max(x.order for x in g if x.order < m.order)).append(m)
        elif after:
            min(placed or after, key=lambda g: g[0].order).append(m)
        elif not (m.toll_only or m.reference) or _running_total(m):
            groups.append([m])
    for g in groups:
        g.sort(key=lambda x: x.order)
    groups.sort(key=lambda g: g[0].order)
    return [fold_group(g) for g in groups]


def _best_date(group: list[ResolvedMention]) -> EventDate:
    stated = [m.event.date for m in group if m.date_stated]
    pool = stated or [m.event.date for m in group]
    return min(pool, key=lambda d: (_DATE_RANK.get(d.precision, 9), _period_days(d)))


def _best_location(group: list[ResolvedMention]) -> Location | None:
    locs = [m.event.location for m in group if m.event.location is not None]
    if not locs:
        return None
    return min(locs, key=lambda l: _PRECISION_RANK.get(l.precision, 9))


def _union(lists: list[list[Actor]]) -> list[Actor]:
    out: list[Actor] = []
    for actors in lists:
        for a in actors:
            same = next((b for b in out if (a.code and a.code == b.code and
                                            (a.sector == b.sector or None in (a.sector, b.sector)))
                         or (not a.code and not b.code and a.name.lower() == b.name.lower())), None)
            if same is None:
                out.append(a)
            elif a.confidence > same.confidence:
                out[out.index(same)] = a
    # An implicit actor gives way to an explicit one of another country on the same side.
    explicit = [a for a in out if a.confidence > 0.5]
    return explicit or out


def _best_toll(group: list[ResolvedMention], kind: str) -> Toll | None:
    """The report's figure for one event: an updated figure if the report gives one; else,
    when different sources give different figures, the lowest (ACLED); else the largest,
    since the smaller ones count parts of the event ("..., tuant un secouriste"). A figure the
    report calls superseded ("un précédent bilan") is never chosen over another."""
    attr = {"dead": "fatalities", "injured": "injured", "arrested": "arrested"}[kind]
    tolls = [(m, getattr(m.event, attr)) for m in group if getattr(m.event, attr) is not None]
    if kind == "dead":
        tolls = [(m, t) for m, t in tolls if not m.superseded] or tolls
    if not tolls:
        return None
    updated = [(m, t) for m, t in tolls if any(x.updated and x.kind == kind for x in m.tolls)]
    if updated:
        return max(updated, key=lambda mt: mt[0].order)[1]
    claimants = {frozenset(_codes(m.event.claimed_by)) for m, _ in tolls} - {frozenset()}
    if len(claimants) > 1:
        return min(tolls, key=lambda mt: mt[1].count)[1]
    return max(tolls, key=lambda mt: mt[1].count)[1]


_TOLL_ATTR = {"dead": "fatalities", "injured": "injured", "arrested": "arrested"}


def _claims(group: list[ResolvedMention]) -> list[TollClaim]:
    """One claim per kind from this report: its chosen figure."""
    out = []
    first = group[0].event.mentions[0]
    for kind, attr in _TOLL_ATTR.items():
        toll = _best_toll(group, kind)
        if toll is not None:
            updated = any(t.updated and t.kind == kind for m in group for t in m.tolls)
            out.append(TollClaim(kind=kind, count=toll.count, cumulative=toll.cumulative,
                                 doc_id=first.doc_id, published=first.published,
                                 updated=updated, text=toll.text))
    return out


def choose_toll(claims: list[TollClaim], kind: str, current: Toll | None = None) -> Toll | None:
    """ACLED's figure across reports: the most recent report's; among reports of the same day,
    an updated figure, else the lowest."""
    own = [c for c in claims if c.kind == kind]
    if not own:
        return current
    latest = max((c.published or date.min) for c in own)
    pool = [c for c in own if (c.published or date.min) == latest]
    updated = [c for c in pool if c.updated]
    pick = max(updated, key=lambda c: c.count) if updated else min(pool, key=lambda c: c.count)
    civilian = current.civilian if current is not None else None
    return Toll(count=pick.count, cumulative=pick.cumulative, civilian=civilian, text=pick.text)


def _status(group: list[ResolvedMention]) -> str:
    firm = [m for m in group if not m.status_weak and not m.anaphoric and not m.headline]
    return (firm or group)[0].event.status


def event_id(first_doc: str, trigger_start: int | None, type_: str) -> str:
    key = f"{first_doc}:{trigger_start}:{type_}"
    return "evt_" + hashlib.sha1(key.encode()).hexdigest()[:12]


def fold_group(group: list[ResolvedMention]) -> Event:
    firm = [m for m in group if not m.anaphoric and not m.headline] or group
    first = firm[0].event
    mentions = [mt for m in group for mt in m.event.mentions]
    docs: list[str] = []
    for m in group:
        for d in m.event.sources:
            if d not in docs:
                docs.append(d)
    conf = max(m.event.confidence for m in group)
    conf = min(0.99, conf + 0.05 * (len(group) - 1))
    return Event(
        id=event_id(docs[0], first.mentions[0].trigger_start, first.type),
        type=first.type,
        mode=next((m.event.mode for m in firm if m.event.mode), None),
        status=_status(group),
        date=_best_date(group),
        source_actors=_union([m.event.source_actors for m in group]),
        target_actors=_union([m.event.target_actors for m in group]),
        location=_best_location(group),
        fatalities=_best_toll(group, "dead"),
        injured=_best_toll(group, "injured"),
        arrested=_best_toll(group, "arrested"),
        claimed_by=_union([m.event.claimed_by for m in group]),
        mentions=sorted(mentions, key=lambda x: (x.doc_id, x.start)),
        sources=docs,
        confidence=conf,
        toll_claims=_claims(group),
    )


# --- across reports ---------------------------------------------------------------------------

def same_event(a: Event, b: Event) -> bool:
    """Whether two events from different reports are one real-world event.

    Stricter than within a report, where context binds mentions together: besides the same
    type and nothing in conflict (actors, place within 30 km, dates overlapping, a running
    total only with a running total), something positive must be shared — an actor code on
    one side and, for a material event, the place (or both without place)."""
    if a.type != b.type:
        return False
    if (_period_days(a.date) > LONG_PERIOD_DAYS) != (_period_days(b.date) > LONG_PERIOD_DAYS):
        return False
    if not modes_agree(a.mode, b.mode):
        return False
    if {a.status, b.status} - {"occurred", "planned"} and a.status != b.status:
        return False   # a denial is not the event it denies
    if not (sides_agree(a, b) and places_agree(a.location, b.location)):
        return False
    if not dates_agree(a.date, b.date, True, True):
        return False
    shared = (_codes(a.source_actors) & _codes(b.source_actors)) or \
        (_codes(a.target_actors) & _codes(b.target_actors))
    if not shared and (_codes(a.source_actors) or _codes(b.source_actors)):
        return False
    if a.type in ("ASSAULT", "COERCE", "PROTEST", "MOBILIZE"):
        if (a.location is None) != (b.location is None):
            return False
    return True


def combine(a: Event, b: Event) -> Event:
    """Fold event `b` (from another report) into `a`; `a`'s id is kept. Every mention and toll
    claim is kept; the counts follow ACLED; a planned event reported as held becomes occurred."""
    claims = a.toll_claims + [c for c in b.toll_claims if c not in a.toll_claims]
    mentions = a.mentions + [m for m in b.mentions if m not in a.mentions]
    status = a.status
    if {a.status, b.status} == {"planned", "occurred"}:
        status = "occurred"
    dates = [d for d in (a.date, b.date) if d.start is not None]
    date_ = min(dates, key=lambda d: (_DATE_RANK.get(d.precision, 9), _period_days(d))) \
        if dates else a.date
    locs = [l for l in (a.location, b.location) if l is not None]
    return replace(
        a,
        mode=a.mode or b.mode,
        status=status,
        date=date_,
        source_actors=_union([a.source_actors, b.source_actors]),
        target_actors=_union([a.target_actors, b.target_actors]),
        location=min(locs, key=lambda l: _PRECISION_RANK.get(l.precision, 9)) if locs else None,
        fatalities=choose_toll(claims, "dead", a.fatalities or b.fatalities),
        injured=choose_toll(claims, "injured", a.injured or b.injured),
        arrested=choose_toll(claims, "arrested", a.arrested or b.arrested),
        claimed_by=_union([a.claimed_by, b.claimed_by]),
        mentions=mentions,
        sources=a.sources + [d for d in b.sources if d not in a.sources],
        confidence=min(0.99, max(a.confidence, b.confidence) + 0.05),
        toll_claims=claims,
    )


def merge_events(events: list[Event]) -> list[Event]:
    """Fold events from many reports: each joins the first earlier event it is the same as."""
    out: list[Event] = []
    for e in events:
        host = next((i for i, x in enumerate(out) if same_event(x, e)), None)
        if host is None:
            out.append(e)
        else:
            out[host] = combine(out[host], e)
    return out

