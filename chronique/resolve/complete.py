"""Completion: what a report leaves unsaid about an event, filled from the report as a whole.

Nearly every coded event has both sides and a place. When a sentence leaves one out, the report
usually tells it: the accused is the attacker of the report; a protest or a crackdown is aimed
at the state where it happens and done by its people or its forces; a bombing by unnamed
attackers is coded, as ACLED does, to the country where it happens; a statement made at a
summit is made where the summit is; a report filed under a dateline happened there when nothing
else says where. All of it comes after merging, at low confidence, so guesses never decide what
is one event.
"""

from __future__ import annotations

from functools import lru_cache

from chronique.extract import MUTUAL_TYPES
from chronique.geo import km
from chronique.records import Actor, Event, Location
from chronique.resolve.countries import country_name, lookup_country
from chronique.resolve.mentions import CONFLICT_TALK, IMPLICIT_CONFIDENCE, country_location
from chronique.resolve.orgs import seat, sovereigns
from chronique.resolve.places import resolve_place
from chronique.resolve.report import ReportContext

# Types that happen within a state and are aimed at it: protests, crackdowns.
DOMESTIC = {"PROTEST", "COERCE"}
# Modes that are domestic acts whatever their type: a resignation.
DOMESTIC_MODES = {"resign"}
# Types that happen somewhere on the ground, so a city named alone in the report is theirs.
GROUNDED = {"ASSAULT", "PROTEST", "COERCE", "MOBILIZE"}
_FINE = ("city", "point")
# How far from the centre of a part of a country ("southwestern Somalia") the one city the
# report names there may be, to stand for it.
REGION_CITY_KM = 200
# What an organisation does at its seat: its meetings, its measures.
IGO_ACTS = {"CONSULT", "SANCTION", "THREATEN"}
# Words and measures of a state, said or decided at home when the text says nothing else.
STATEMENTS = {"ACCUSE", "REQUEST", "REJECT", "SANCTION", "THREATEN", "SUPPORT", "CONCEDE"}


# Background older than this, when it is not a running total, is not coded (CODING.md: "do not
# code historical background older than about a month unless it is the subject").
BACKGROUND_DAYS = 45
# A span longer than this, with no running toll, is a history: "fought three wars since 1947".
YEARS_OF_HISTORY = 366


def complete(events: list[Event], ctx: ReportContext) -> list[Event]:
    """After merging: give a side that nobody named the actor the report makes likely, at low
    confidence. Nearly every coded event has both sides; a report about one conflict says who
    accuses, warns or asks whom even when one sentence leaves it out. Done after merging, so
    that guesses never decide what is one event."""
    events = [e for e in events if not _background(e, ctx)]
    _share_dates(events)
    for e in events:
        _complete_place(e, events, ctx)
        _host(e, ctx.lang)
        if not _codes(e.target_actors):
            code = _likely_other(e, ctx)
            if code:
                e.target_actors = e.target_actors + [_implied(code)]
        if e.type in MUTUAL_TYPES and not _codes(e.source_actors) and _codes(e.target_actors):
            # "les négociations avec l'Ukraine", "an agreement with Moscow": in talks and
            # agreements each party acts on the other; the one named is on both sides.
            e.source_actors = list(e.target_actors)
        if not _codes(e.source_actors):
            code = _likely_source(e, ctx)
            if code:
                e.source_actors = e.source_actors + [_implied(code)]
        _place_from_actors(e)
    return events


def _likely_source(e: Event, ctx: ReportContext) -> str | None:
    """Who did it, when the text does not say: in a domestic event (a protest, a crackdown,
    a bombing by unidentified attackers, as ACLED codes them) the country where it happens;
    in verbal conflict about a war, the side the other one answers."""
    here = e.location.country if e.location is not None else None
    if e.type in DOMESTIC:
        return here or _first_code(e.target_actors)
    if e.type == "ASSAULT":
        return None if ctx.attacker else here   # an implicit attacker was already given
    if e.type in CONFLICT_TALK and ctx.attacker:
        known = _codes(e.target_actors)
        if ctx.attacker in known:
            return ctx.victim
        if ctx.victim in known:
            return ctx.attacker
    return None


def _codes(actors: list[Actor]) -> set[str]:
    return {a.code for a in actors if a.code}


def _first_code(actors: list[Actor]) -> str | None:
    """The first code in the order the actors were named: a set's order changes from one
    run to the next, and the output must not."""
    return next((a.code for a in actors if a.code), None)


def _host(e: Event, lang: str) -> None:
    """"Kerry will travel to Brussels on Friday", "is due to hold talks in New Delhi": a state's
    official meeting in a city of another state, with no one else named, meets its government
    there."""
    loc = e.location
    if e.type != "CONSULT" or e.mode == "phone" or loc is None or loc.precision not in _FINE \
            or not loc.country or not e.source_actors:
        return
    sources = _codes(e.source_actors)
    if any(lookup_country(a.name, lang) for a in e.source_actors):
        return   # (a state named as the party, "les négociations avec l'Ukraine", is on both
        # sides; an official travels: "le président Macron s'est rendu à Beyrouth")
    if len(sources) != 1 or any(a.country is None for a in e.source_actors if a.code) \
            or loc.country in sources or not _codes(e.target_actors) <= sources:
        return   # (two states meeting each other in a third meet each other: "talks in Muscat")
    if sovereigns().get(loc.country) in sources or loc.name in _seats():
        return   # (Pointe-à-Pitre is France's; a meeting in Brussels is the EU's or NATO's)
    e.target_actors = [a for a in e.target_actors if a.code not in sources] \
        + [_implied(loc.country)]


# Bodies whose seat is where their own meetings are held: a meeting in Brussels or Geneva is
# theirs far more often than the host state's.
_MEETING_BODIES = ("EU", "NATO", "UN", "OSCE", "AU", "ICRC", "IAEA", "WHO")


@lru_cache(maxsize=1)
def _seats() -> frozenset[str]:
    return frozenset(s for code in _MEETING_BODIES if (s := seat(code)))


def _implied(code: str) -> Actor:
    return Actor(name=country_name(code, "en") or code, code=code, country=code, sector=None,
                 confidence=IMPLICIT_CONFIDENCE)


def _likely_other(e: Event, ctx: ReportContext, side: str = "target") -> str | None:
    """The country most likely on the unnamed side of `e`."""
    named = e.source_actors if side == "target" else e.target_actors
    known = _codes(named)
    domestic = e.type in DOMESTIC or e.mode in DOMESTIC_MODES
    if domestic and e.location is not None and e.location.country and side == "target":
        return e.location.country          # a protest or a crackdown: the state where it is
    if domestic and side == "target" and len(known) == 1:
        return _first_code(named)
    if ctx.attacker and e.type in CONFLICT_TALK and ctx.victim:
        if ctx.attacker in known:
            return ctx.victim
        return ctx.attacker if ctx.attacker not in known else None
    here = e.location.country if e.location is not None else None
    if e.type == "AID" and known and ctx.actors.countries \
            and ctx.actors.countries[0] not in known:
        # aid announced at home goes to the country the report is about
        return ctx.actors.countries[0]
    if known and (known == {here} or (here is None and set(ctx.actors.countries[:2]) <= known)):
        return _first_code(named)   # at home, or a report about that one country only
    return next((c for c in ctx.actors.countries if c not in known), None)


def _share_dates(events: list[Event]) -> None:
    """"M. Poutine a demandé ..., a déclaré le Kremlin, après un entretien téléphonique": an
    undated talk told in the same sentence as a dated event was held then too (a talk is
    mostly mentioned as the setting of what was said or decided), and an undated statement by
    a party to a dated meeting of the same sentence was made at it."""
    dated = {}
    meetings: dict[tuple, list[Event]] = {}
    for e in events:
        if e.date.text is not None:
            for m in e.mentions:
                dated.setdefault((m.doc_id, m.start), e.date)
                if e.type == "CONSULT":
                    meetings.setdefault((m.doc_id, m.start), []).append(e)
    for e in events:
        if e.date.text is not None:
            continue
        for m in e.mentions:
            if e.type == "CONSULT":
                other = dated.get((m.doc_id, m.start))
            else:
                # "The Security Council, which met in emergency session on Sunday, condemned
                # the fighting": what the meeting's own party says in the sentence that dates
                # the meeting is said there, that day.
                other = next((c.date for c in meetings.get((m.doc_id, m.start), ())
                              if e.type in STATEMENTS and _codes(e.source_actors)
                              and _codes(e.source_actors) <= _codes(c.source_actors)), None)
            if other is not None:
                e.date = other
                break


def _background(e: Event, ctx: ReportContext) -> bool:
    """"la ville martyre du bombardement atomique de 1945": history, not news; nor what
    has gone on for years with no toll that runs to now ("the two countries have fought three
    wars since 1947")."""
    if ctx.published is None or e.date.end is None or e.status == "planned":
        return False
    if e.date.start is not None and (e.date.end - e.date.start).days > YEARS_OF_HISTORY \
            and not (e.fatalities and e.fatalities.cumulative):
        return True
    if e.date.start == e.date.end and (ctx.published - e.date.end).days > YEARS_OF_HISTORY:
        return True   # one day years ago: no running total, whatever the toll's words
    if _running(e, ctx.published):
        return False
    return (ctx.published - e.date.end).days > BACKGROUND_DAYS


def _paragraph(e: Event, ctx: ReportContext) -> int:
    return ctx.paragraph_of(e.mentions[0].start) if e.mentions else -1


def _complete_place(e: Event, events: list[Event], ctx: ReportContext) -> None:
    """A place for an event the text does not place: the summit it was said at (same
    paragraph, same actor), the report's dateline (one place), or, for an event on the ground,
    the one city the report names in its country."""
    if (e.location is not None and e.location.precision in _FINE) \
            or (e.type == "CONSULT" and e.mode == "phone"):
        return   # (a call joins two places, neither the one the report is filed from)
    if e.location is None:
        mine = _codes(e.source_actors)
        for other in events:
            loc = other.location
            if (other is not e and other.type == "CONSULT" and loc is not None
                    and loc.precision in _FINE and _paragraph(other, ctx) == _paragraph(e, ctx)
                    and mine & _codes(other.source_actors)):
                e.location = loc
                return
    if e.type in GROUNDED and not _running(e):
        country = e.location.country if e.location is not None else ctx.victim
        cities = [c for c in ctx.cities if c.country == country] if country else []
        if len(cities) == 1 and _within_region(cities[0], e.location):
            e.location = cities[0]
            return
    sides = {a.country for a in e.source_actors + e.target_actors if a.country}
    if e.location is None and e.type in GROUNDED and ctx.focus is not None \
            and not _running(e) and (not sides or ctx.focus.country in sides) \
            and all(d.country == ctx.focus.country for d in ctx.dateline):
        # "des jeunes ont incendié le commissariat central", in a report on Nzérékoré filed
        # from Conakry: an act on the ground happens where the report is, not where it is filed
        e.location = ctx.focus
        return
    if e.location is None and len(ctx.dateline) == 1 and not _at_its_seat(e):
        e.location = ctx.dateline[0]


def _at_its_seat(e: Event) -> bool:
    """One organisation meeting or deciding alone, which its seat places (a Security Council
    meeting in a report filed from Doha is held in New York)."""
    actors = e.source_actors + e.target_actors
    if e.type not in IGO_ACTS or any(a.country for a in actors):
        return False
    return _lone_seat({a.code for a in actors if a.code}) is not None


def _lone_seat(codes: set[str]) -> str | None:
    """The seat of the one organisation named, when one alone is."""
    return seat(next(iter(codes))) if len(codes) == 1 else None


def _within_region(city: Location, place: Location | None) -> bool:
    """Whether the city may be where an event placed in a part of a country happened: "in
    southwestern Somalia" is not Mogadishu, 310 km from that part's centre."""
    if place is None or place.precision != "region":
        return True
    d = km(city.lat, city.lon, place.lat, place.lon)
    return d is not None and d <= REGION_CITY_KM


def _place_from_actors(e: Event) -> None:
    """A protest, a crackdown, troops on the move happen in their actors' country; aid is
    delivered in the recipient's; a state's words and measures (a condemnation, a demand, a
    sanction) come from that state, located, as ACLED locates them, at country precision."""
    if e.location is not None:
        return
    side = e.target_actors if e.type in ("AID", "MOBILIZE") else \
        e.source_actors + e.target_actors if e.type in DOMESTIC else \
        e.source_actors if e.type in STATEMENTS else []
    country = next((a.country for a in side if a.country), None)
    if country:
        e.location = country_location(country)
        return
    # An organisation's own meeting, or its decision (sanctions, a suspension, a warning),
    # takes place where it sits: a Security Council session in New York, EU sanctions in
    # Brussels. Only when every side that is named is that one organisation.
    if e.type in IGO_ACTS:
        codes = _codes(e.source_actors) | _codes(e.target_actors) \
            if e.type == "CONSULT" else _codes(e.source_actors)
        city = _lone_seat(codes)
        loc = resolve_place(city, "en") if city else None
        if loc is not None:
            e.location = loc


def _running(e: Event, published=None) -> bool:
    """A running total: a toll flagged cumulative, or a span of days reaching the report's
    day ("depuis le début de l'offensive"), not a past month or year ("en 2021")."""
    d = e.date
    if e.fatalities and e.fatalities.cumulative:
        return True
    if not (d.start and d.end and (d.end - d.start).days > 2):
        return False
    return published is None or (published - d.end).days <= 2
