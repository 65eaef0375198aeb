"""Resolution: from extracted spans to values — codes, coordinates, dates, counts.

Each `EventMention` becomes a `ResolvedMention`: a one-mention `Event` plus what merging needs
to know (was the date stated, was the status only a default, does it refer back to an event
already reported). The report as a whole supplies context: the countries it is about (to settle
ambiguous places, and whose army an unqualified "l'armée" is), the conflict it covers (for
"depuis le début de l'offensive"), and who attacks whom in it. That context never invents an
actor from nothing: an implicit attacker is only taken when the report names one elsewhere,
and it carries a lower confidence.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from chronique.records import (Actor, Document, Event, EventDate, EventMention, Location,
                               Mention, Span)
from chronique.resolve.actors import ActorContext, resolve_actor
from chronique.resolve.countries import country_name, lookup_country
from chronique.resolve.demonyms import combining_form_country, demonym_country
from chronique.resolve.places import resolve_place
from chronique.resolve.quantities import TollMention, to_toll
from chronique.resolve.time import TimeContext, conflict_start_for, resolve_time
from chronique.extract.lexicon import lexicon
from chronique.textnorm import fold

# Types where both sides take part alike: a meeting's participants are its sources and targets.
SYMMETRIC = {"CONSULT", "COOPERATE", "AGREE"}
# Types whose place, when the text gives none, is the country of the people they hit.
MATERIAL = {"ASSAULT", "COERCE"}
# Types that happen within a state and are aimed at it: protests, crackdowns.
DOMESTIC = {"PROTEST", "COERCE"}
# Verbal conflict about a war: accusing, warning, denying, demanding. In a report on an attack
# these are aimed at the attacker, or by the attacker at its victim.
CONFLICT_TALK = {"ACCUSE", "THREATEN", "REJECT", "REQUEST", "SANCTION"}
IMPLICIT_CONFIDENCE = 0.4
# Sectors whose unqualified members are taken to be of the report's country.
IMPLICIT_SECTORS = {"GOV", "MIL", "REB", "CVL", "JUD", "OPP", "POL", "MED"}


@dataclass
class ResolvedMention:
    event: Event
    order: int                       # position in the document, for "the latest figure"
    anaphoric: bool = False
    toll_only: bool = False
    status_weak: bool = False
    date_stated: bool = False
    tolls: list[TollMention] = field(default_factory=list)


@dataclass
class ReportContext:
    """What the whole report tells about every mention in it."""

    actors: ActorContext             # no implicit country: for everything but attackers
    time: TimeContext
    attacker: str | None = None      # the country that attacks in this report, if it names one
    victim: str | None = None        # the country attacked
    # The same, but an unqualified armed institution ("l'armée") is the attacker's.
    attackers: ActorContext | None = None
    # Who "nous" / "we" is: the author a statement's title names ("Déclaration du Conseil de
    # l'Atlantique Nord ..."), if any.
    voice: Actor | None = None


def _compound(span: Span, lang: str) -> list[Actor]:
    """"russo-ukrainiens", "US-China": one actor per country of a hyphenated compound."""
    parts = [p for p in re.split(r"[-–]", span.text) if p.strip()]
    if len(parts) < 2:
        return []
    codes = []
    for i, part in enumerate(parts):
        code = demonym_country(part, lang) or lookup_country(part, lang)
        if code is None and i < len(parts) - 1:
            code = combining_form_country(part.strip(), lang)
        if code is None:
            return []
        codes.append(code)
    return [Actor(name=span.text, code=c, country=c, sector=None, confidence=0.9)
            for c in dict.fromkeys(codes)]


def _actors(spans: list[Span], document: Document, ctx: ActorContext,
            voice: Actor | list[Actor] | None = None) -> list[Actor]:
    """Actors of spans. `voice` stands for "nous" / "we": the report's author, or the speaker
    of the quote it is in."""
    out: list[Actor] = []
    lang = document.lang or ""
    first_person = lexicon(lang).first_person
    voices = voice if isinstance(voice, list) else ([voice] if voice else [])
    for span in spans:
        if fold(span.text) in first_person:
            for v in voices:
                if not any(_same_actor(v, a) for a in out):
                    out.append(replace(v, name=span.text))
            continue
        found = _compound(span, lang)
        if not found:
            actor = resolve_actor(span.text, lang, document.published, ctx)
            found = [actor] if actor is not None else []
        for actor in found:
            if not any(_same_actor(actor, a) for a in out):
                out.append(actor)
    return out


def _same_actor(a: Actor, b: Actor) -> bool:
    if a.code is None and b.code is None:
        return a.name.lower() == b.name.lower()
    return a.code == b.code and (a.sector == b.sector or a.sector is None or b.sector is None)


def _main_count(tolls: list[TollMention], kinds: set[str]) -> TollMention | None:
    """The figure of one kind a mention gives: an updated one if any, else the lowest."""
    own = [t for t in tolls if t.kind in kinds]
    if not own:
        return None
    updated = [t for t in own if t.updated]
    if updated:
        return updated[-1]
    return min(own, key=lambda t: t.count)


def build_context(document: Document, mentions: list[EventMention]) -> ReportContext:
    lang = document.lang or ""
    actor_ctx = ActorContext.from_text(document.text, lang)
    countries = tuple(actor_ctx.countries)
    time_ctx = TimeContext(countries=countries,
                           conflict_start=conflict_start_for(document.text, lang, countries))
    attackers: Counter[str] = Counter()
    victims: Counter[str] = Counter()
    for m in mentions:
        if m.type != "ASSAULT":
            continue
        for a in _actors(m.sources, document, actor_ctx):
            if a.country:
                attackers[a.country] += 1
        for p in m.places:
            loc = resolve_place(p.text, lang, countries)
            if loc and loc.country:
                victims[loc.country] += 1
        for a in _actors(m.targets, document, actor_ctx):
            if a.country:
                victims[a.country] += 1
    victim = victims.most_common(1)[0][0] if victims else None
    attacker = next((c for c, _ in attackers.most_common() if c != victim), None)
    attacking = replace(actor_ctx, default_country=attacker) if attacker else actor_ctx
    return ReportContext(actor_ctx, time_ctx, attacker, victim, attacking,
                         voice=_voice(document))


def _voice(document: Document) -> Actor | None:
    title = (document.title or "").strip()
    lang = document.lang or ""
    words = fold(title).split()
    if not words or words[0] not in lexicon(lang).statement_nouns:
        return None
    return resolve_actor(title, lang, document.published)


def resolve_mention(m: EventMention, document: Document, ctx: ReportContext,
                    order: int) -> ResolvedMention:
    lang = document.lang or ""
    countries = tuple(ctx.actors.countries)
    claimed = _actors(m.claimed_by, document, ctx.actors, ctx.voice)
    voice = ctx.voice or claimed   # "Nous sommes parvenus à un accord", a déclaré M. Poutine
    sources = _actors(m.sources, document,
                      ctx.attackers if m.type in MATERIAL and ctx.attackers else ctx.actors,
                      voice)
    targets = _actors(m.targets, document, ctx.actors, voice)
    partners = _actors(m.partners, document, ctx.actors, voice)
    location: Location | None = None
    for p in m.places:
        location = resolve_place(p.text, lang, countries)
        if location is not None:
            break
    if m.type in SYMMETRIC:
        for a in partners:
            for side in (sources, targets):
                if not any(_same_actor(a, b) for b in side):
                    side.append(a)
        if not targets:
            targets = list(sources)   # a body meeting on its own: its members on both sides
    else:
        targets += [a for a in partners if not any(_same_actor(a, b) for b in targets)]
    if not targets and m.type in CONFLICT_TALK:
        # "a condamné les frappes russes": the one accused is the actor of what is condemned.
        targets = [a for a in _actors(m.content_actors, document, ctx.actors)
                   if a.code and a.code not in {s.code for s in sources}]
    time_text = m.times[0].text if m.times else None
    date = _date(m, document, ctx)
    if m.type in MATERIAL:
        sources, targets, location = _material_defaults(sources, targets, location, ctx)
    _fill_implicit(sources, targets, ctx)
    _fill_implicit(targets, sources, ctx)
    _fill_implicit(claimed, [], ctx)
    dead = _main_count(m.tolls, {"dead"})
    injured = _main_count(m.tolls, {"injured"})
    arrested = _main_count(m.tolls, {"arrested"})
    type_, mode, status = m.type, m.mode, m.status
    if type_ == "AGREE" and status == "negated":
        type_, mode, status = "REJECT", None, "occurred"   # "n'accepteront jamais": a refusal
    event = Event(
        id="", type=type_, mode=mode, status=status, date=date,
        source_actors=sources, target_actors=targets, location=location,
        fatalities=to_toll(dead) if dead else None,
        injured=to_toll(injured) if injured else None,
        arrested=to_toll(arrested) if arrested else None,
        claimed_by=claimed,
        mentions=[Mention(doc_id=m.doc_id, sentence=m.sentence.text, start=m.sentence.start,
                          end=m.sentence.end, trigger=m.trigger.text,
                          trigger_start=m.trigger.start, trigger_end=m.trigger.end,
                          document=document.origin or document.url,
                          published=document.published)],
        sources=[m.doc_id], confidence=m.confidence)
    return ResolvedMention(event, order, anaphoric=m.anaphoric, toll_only=m.toll_only,
                           status_weak=m.status_weak,
                           date_stated=time_text is not None, tolls=list(m.tolls))


def _date(m: EventMention, document: Document, ctx: ReportContext) -> EventDate:
    """The event's date from its time expressions: the first, widened by the ones coordinated
    with it ("mercredi et jeudi", "on Tuesday and Wednesday")."""
    lang = document.lang or ""
    dates = [resolve_time(t.text, document.published, lang, tense=m.tense, context=ctx.time)
             for t in m.times[:3]]
    if not dates:
        return resolve_time(None, document.published, lang, tense=m.tense, context=ctx.time)
    first = dates[0]
    for t_prev, t, d in zip(m.times, m.times[1:], dates[1:]):
        gap = document.text[t_prev.end:t.start]
        if len(gap.strip()) > 4 or None in (first.start, first.end, d.start, d.end):
            break
        if abs((d.start - first.start).days) > 7:   # type: ignore[operator]
            break
        first = EventDate(min(first.start, d.start), max(first.end, d.end), "range",  # type: ignore[type-var]
                          document.text[m.times[0].start:t.end])
    return first


def _fill_implicit(side: list[Actor], other: list[Actor], ctx: ReportContext) -> None:
    """An institution named without its country ("les militaires", "les autorités") belongs,
    at lower confidence, to the country the report is mostly about — unless that country is
    the other side of the event."""
    taken = {a.code for a in other if a.code}
    fill = next((c for c in ctx.actors.countries if c not in taken), None)
    if fill is None:
        return
    for a in side:
        if a.code is None and a.country is None and a.sector in IMPLICIT_SECTORS:
            a.code = a.country = fill
            a.confidence = min(a.confidence, 0.5)


def _material_defaults(sources: list[Actor], targets: list[Actor], location: Location | None,
                       ctx: ReportContext) -> tuple[list[Actor], list[Actor], Location | None]:
    """Fill what a strike report leaves to context: the attacked place's country as target,
    the report's attacker as source (low confidence), the victim country as place."""
    if not targets and location is not None and location.country:
        targets = [Actor(name=location.name or location.country, code=location.country,
                         country=location.country, sector=None, confidence=0.8)]
    for t in targets:
        if t.country is None and t.sector in ("CVL", None) and ctx.victim:
            t.country = t.code = ctx.victim
            t.confidence = min(t.confidence, 0.6)
    victim = next((t.country for t in targets if t.country), None) or \
        (location.country if location else None)
    if not sources and ctx.attacker and ctx.attacker != victim:
        sources = [Actor(name=country_name(ctx.attacker, "en") or ctx.attacker,
                         code=ctx.attacker, country=ctx.attacker, sector=None,
                         confidence=IMPLICIT_CONFIDENCE)]
    if location is None and victim and (victim == ctx.victim or not ctx.victim):
        location = _country_location(victim)
    return sources, targets, location


def _country_location(alpha3: str) -> Location:
    name = country_name(alpha3, "en")
    loc = resolve_place(name, "en") if name else None
    if loc is not None and loc.precision == "country" and loc.country == alpha3:
        return loc
    return Location(name=name, country=alpha3, precision="country")


def resolve_mentions(document: Document, mentions: list[EventMention]
                     ) -> tuple[list[ResolvedMention], ReportContext]:
    """Resolve every mention of one document against the document's context."""
    ctx = build_context(document, mentions)
    return [resolve_mention(m, document, ctx, i) for i, m in enumerate(mentions)], ctx


def complete(events: list[Event], ctx: ReportContext) -> list[Event]:
    """After merging: give a side that nobody named the actor the report makes likely, at low
    confidence. Nearly every coded event has both sides; a report about one conflict says who
    accuses, warns or asks whom even when one sentence leaves it out. Done after merging, so
    that guesses never decide what is one event."""
    for e in events:
        if not _codes(e.target_actors):
            code = _likely_other(e, ctx)
            if code:
                e.target_actors = e.target_actors + [_implied(code)]
        if not _codes(e.source_actors) and e.type not in MATERIAL:
            code = _likely_other(e, ctx, side="source")
            if code:
                e.source_actors = e.source_actors + [_implied(code)]
    return events


def _codes(actors: list[Actor]) -> set[str]:
    return {a.code for a in actors if a.code}


def _implied(code: str) -> Actor:
    return Actor(name=country_name(code, "en") or code, code=code, country=code, sector=None,
                 confidence=IMPLICIT_CONFIDENCE)


def _likely_other(e: Event, ctx: ReportContext, side: str = "target") -> str | None:
    """The country most likely on the unnamed side of `e`."""
    known = _codes(e.source_actors if side == "target" else e.target_actors)
    if e.type in DOMESTIC and e.location is not None and e.location.country and side == "target":
        return e.location.country          # a protest or a crackdown: the state where it is
    if e.type in DOMESTIC and side == "target" and len(known) == 1:
        return next(iter(known))
    if ctx.attacker and e.type in CONFLICT_TALK:
        if ctx.attacker in known:
            return ctx.victim
        return ctx.attacker if ctx.attacker not in known else None
    return next((c for c in ctx.actors.countries if c not in known), None)
