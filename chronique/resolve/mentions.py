"""Resolution of mentions: from extracted spans to values — codes, coordinates, dates, counts.

Each `EventMention` becomes a `ResolvedMention`: a one-mention `Event` plus what merging needs
to know (was the date stated, was the status only a default, does it refer back to an event
already reported). The report as a whole is the context (resolve/report.py); what the report
leaves unsaid is filled after merging (resolve/complete.py).
"""

from __future__ import annotations


from dataclasses import dataclass, field, replace
from functools import lru_cache
from datetime import timedelta

from chronique.records import (Actor, Document, Event, EventDate, EventMention, Location,
                               Mention)
from chronique.resolve.countries import country_name
from chronique.resolve.orgs import sovereigns
from chronique.resolve.places import find_places, resolve_place, shared_name
from chronique.resolve.quantities import TollMention, to_toll
from chronique.resolve.report import ReportContext, actors_of, build_context, same_actor
from chronique.resolve.time import resolve_time, runs_to_now, same_day_as_before
from chronique.textnorm import fold

# Acts about another act, whose target is that act's author ("condemned the raid").
REFERRING = {"ACCUSE", "SUPPORT"}

# Types where both sides take part alike: a meeting's participants are its sources and targets.
SYMMETRIC = {"CONSULT", "COOPERATE", "AGREE"}
# Types whose place, when the text gives none, is the country of the people they hit.
MATERIAL = {"ASSAULT", "COERCE"}
# Acts a state mostly does on its own people and forces: an institution named without a
# country on the other side is still the dateline's.
HOME_TYPES = {"COERCE", "PROTEST", "MOBILIZE", "RETREAT"}
# Verbal conflict about a war: accusing, warning, denying, demanding. In a report on an attack
# these are aimed at the attacker, or by the attacker at its victim.
SAID_ACTS = {"ACCUSE", "THREATEN", "REJECT", "REQUEST", "SUPPORT"}
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
    reference: bool = False          # "a girl killed in Gaza": names an event told elsewhere
    place_stated: bool = False       # the place is the text's, not a country inferred
    superseded: bool = False         # its count is an old figure the report has revised
    status_weak: bool = False
    date_stated: bool = False
    running: bool = False            # a toll counted "since ...", from a start up to now
    headline: bool = False           # told in the title: summarises an event of the body
    reciprocal: bool = False         # "accused each other": each source acts on the others
    unknown_speaker: bool = False    # a source is named, but no actor we know ("Rudd said")
    tolls: list[TollMention] = field(default_factory=list)


def _main_count(tolls: list[TollMention], kinds: set[str]) -> TollMention | None:
    """The figure of one kind a mention gives: an updated one if any, else the largest (the
    others are parts of it: "21 morts ..., tuant un secouriste"); never a superseded one
    ("un précédent bilan faisait état de 16 morts") when there is another."""
    own = [t for t in tolls if t.kind in kinds]
    current = [t for t in own if not t.superseded] or own
    if not current:
        return None
    updated = [t for t in current if t.updated]
    if updated:
        return updated[-1]
    if any(t.alternative for t in current):
        # sources disagree on one toll: CODING.md takes the lowest
        return min(current, key=lambda t: t.count)
    return max(current, key=lambda t: t.count)


@lru_cache(maxsize=256)
def _sentence_places(sentence: str, lang: str, countries: tuple[str, ...]) -> list:
    # (a sentence is asked once per event it holds)
    return find_places(sentence, lang, countries)


def resolve_mention(m: EventMention, document: Document, ctx: ReportContext,
                    order: int) -> ResolvedMention:
    lang = document.lang or ""
    countries = tuple(ctx.actors.countries)
    # Where the report is filed from and what it is about come first for a place: "in the
    # capital" of a report filed from Kramatorsk is Kyiv, whatever state it names most.
    # (not the city it names most: that city was itself found without this context)
    here = [loc.country for loc in ctx.dateline[:1] if loc.country] \
        + ([ctx.victim] if ctx.victim else [])
    place_countries = tuple(dict.fromkeys(here + list(countries)))
    if any(shared_name(p.text, lang) for p in m.places):
        # "in the occupied West Bank, ... was killed in Jericho": a country or a region the
        # sentence names settles which town of that name it is, before the report's context.
        regions = [loc.country for _, loc in _sentence_places(m.sentence.text, lang,
                                                              place_countries)
                   if loc.precision != "city" and loc.country]
        place_countries = tuple(dict.fromkeys(regions + list(place_countries)))
    location: Location | None = None
    for p in m.places:
        location = resolve_place(p.text, lang, place_countries)
        if location is not None:
            break
    claimed = actors_of(m.claimed_by, document, ctx.actors, ctx.voice)
    voice = ctx.voice or claimed   # "Nous sommes parvenus à un accord", a déclaré M. Poutine
    actx = ctx.actors
    attackers = ctx.attackers if m.type in MATERIAL and ctx.attackers else ctx.actors
    if location is not None and location.country:
        actx = replace(actx, here=location.country)
        attackers = replace(attackers, here=location.country)
    sources = actors_of(m.sources, document, attackers, voice, claimed)
    targets = actors_of(m.targets, document, actx, voice)
    partners = actors_of(m.partners, document, actx, voice)
    if m.type in SYMMETRIC:
        for a in partners:
            for side in (sources, targets):
                if not any(same_actor(a, b) for b in side):
                    side.append(a)
        if not targets:
            targets = list(sources)   # a body meeting on its own: its members on both sides
    else:
        targets += [a for a in partners if not any(same_actor(a, b) for b in targets)]
    if m.type in CONFLICT_TALK and all(a.confidence <= 0.5 for a in targets):
        # "a condamné les frappes russes": the one accused is the actor of what is condemned,
        # when no target is named or only the report's context guessed one ("condemned the
        # strikes as ... Putin's war")
        # (not the speaker's own side: 'Vucic warned that if they were attacked, "Serbia
        # will win"', the speaker standing for the source a said act has not named)
        own = {s.code for s in (sources or (claimed if m.type in SAID_ACTS else []))}
        told = [a for a in actors_of(m.content_actors, document, ctx.actors)
                if a.code and a.code not in own]
        targets = told or targets
    time_text = m.times[0].text if m.times else None
    date = _date(m, document, ctx)
    if m.type in MATERIAL:
        sources, targets, location = _material_defaults(sources, targets, location, ctx)
    elif (m.type == "MOBILIZE" or (m.type == "SANCTION" and m.mode == "withdraw")) \
            and location is not None and location.country \
            and location.country not in {a.country for a in sources}:
        # "launched drills around Taiwan": troops moved toward a place are aimed at its state;
        # "recalled its ambassadors in Mali and Niger": envoys recalled from a state, likewise
        targets = targets or [Actor(name=location.name or location.country,
                                    code=location.country, country=location.country,
                                    confidence=0.6)]
    if not sources and m.type in SAID_ACTS and claimed:
        # "Putin said those responsible would face punishment": a threat, a demand or an
        # accusation with no agent of its own is the speaker's.
        sources = [replace(a, confidence=min(a.confidence, 0.6)) for a in claimed]
    if m.type == "REJECT" and targets and all(
            t.sector is None and t.code in {a.code for a in sources} for t in targets):
        # "Peskov rejected any Russian responsibility": the state's own part it denies is
        # not whom it answers; the report says who accused it
        targets = []
    here = location.country if location else None
    _fill_implicit(sources, targets, ctx, prefer=here, kind=m.type)
    _fill_implicit(targets, sources, ctx, prefer=here, kind=m.type)
    # "the regional governor said", "selon la police": the officials of the place it happened
    _fill_implicit(claimed, [], ctx, prefer=location.country if location else None)
    sources = [_governing(a, m.type in STATE_ACTS) for a in sources]
    targets = [_governing(a, False) for a in targets]
    claimed = [_governing(a, False) for a in claimed]
    dead = _main_count(m.tolls, {"dead"})
    injured = _main_count(m.tolls, {"injured"})
    arrested = _main_count(m.tolls, {"arrested"})
    type_, mode, status = m.type, m.mode, m.status
    if type_ == "AGREE" and status == "negated":
        type_, mode, status = "REJECT", None, "occurred"   # "n'accepteront jamais": a refusal
    # (not a demand or a warning: the date it names may be the content's, "called for a
    # Council meeting for Monday")
    if status == "occurred" and time_text and document.published is not None \
            and type_ not in SAID_ACTS \
            and date.start is not None and date.start > document.published:
        status = "planned"   # "called a march for Wednesday": told in the past, held later
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
                           reference=m.reference,
                           place_stated=bool(m.places) and location is not None,
                           superseded=bool(dead and dead.superseded),
                           status_weak=m.status_weak,
                           date_stated=time_text is not None, tolls=list(m.tolls),
                           # (the expression is read again only for a running toll)
                           running=any(t.cumulative for t in m.tolls)
                           and runs_to_now(time_text, lang),
                           headline=m.headline, reciprocal=m.reciprocal,
                           unknown_speaker=bool(m.sources) and not any(a.code for a in sources))


# Types that can last: a campaign of strikes, a crackdown, weeks of protests. Other acts are
# done in a day, so "leur première rencontre depuis le début de l'invasion" does not date them.
LASTING = {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"}


def _date(m: EventMention, document: Document, ctx: ReportContext) -> EventDate:
    """The event's date from its time expressions: the first, widened by the ones coordinated
    with it ("mercredi et jeudi", "on Tuesday and Wednesday")."""
    lang = document.lang or ""
    spans, dates = [], []
    # An attack told as done whose verb gives no tense (a noun in an adjunct: "déclenchée par
    # l'attaque du Hamas le 7 octobre", "in an attack on the town at the weekend") is read in
    # the past, not on the next 7 October. (Not a meeting: "due in Riyadh at the weekend for
    # the first meeting" is to come.)
    tense = "past" if m.tense is None and m.status == "occurred" and m.type in LASTING \
        else m.tense
    for t in m.times[:3]:
        d = resolve_time(t.text, document.published, lang, tense=tense, context=ctx.time)
        if m.type not in LASTING and _running_span(d, document, m.status == "planned"):
            continue
        spans.append(t)
        dates.append(d)
    if not dates:
        return resolve_time(None, document.published, lang, tense=m.tense, context=ctx.time)
    first = dates[0]
    for t_prev, t, d in zip(spans, spans[1:], dates[1:]):
        gap = document.text[t_prev.end:t.start]
        if len(gap.strip()) > 4 or None in (first.start, first.end, d.start, d.end):
            break
        if abs((d.start - first.start).days) > 7:   # type: ignore[operator]
            break
        first = EventDate(min(first.start, d.start), max(first.end, d.end), "range",  # type: ignore[type-var]
                          document.text[spans[0].start:t.end])
    if m.time_shift and first.start is not None and first.end is not None:
        # "a day after a gunman killed 49", the hearing being on Saturday: Friday
        step = timedelta(days=m.time_shift)
        first = replace(first, start=first.start + step, end=first.end + step)
    return first


def _running_span(d: EventDate, document: Document, planned: bool = False) -> bool:
    """A span of more than a week that reaches the report's day: "depuis le début de ...";
    or, for an event not planned, one that lies ahead ("reporter au début de l'année 2020":
    when the thing agreed on is to happen, not the agreement)."""
    if d.start is None or d.end is None or document.published is None:
        return False
    if planned and d.start > document.published:
        return False   # "will meet in Geneva next month"
    return (d.end - d.start).days > 7 and (document.published - d.end).days <= 1


# Acts only a state's authorities carry out: an unnamed doer of one is the state.
STATE_ACTS = {"COERCE", "MOBILIZE", "SANCTION"}


def _governing(a: Actor, state_act: bool) -> Actor:
    """"les gendarmes" in Guadeloupe, a curfew in Mayotte: the state acting in a territory
    another state governs is that state (CODING.md codes states; data/territories.yaml)."""
    state = sovereigns().get(a.country or "")
    if state is None or not (a.sector in ("GOV", "MIL", "JUD")
                             or (state_act and a.sector is None and a.confidence <= 0.5)):
        return a
    # (its country stays the territory: where the actor is, which places its acts)
    return replace(a, code=state) if a.code == a.country else a


def _fill_implicit(side: list[Actor], other: list[Actor], ctx: ReportContext,
                   prefer: str | None = None, kind: str | None = None) -> None:
    """An institution named without its country ("les militaires", "les autorités") belongs,
    at lower confidence, to the country the report is mostly about — unless that country is
    the other side of the event."""
    taken = {a.code for a in other if a.code}
    # A report filed from one of the two countries it is most about: an institution it names
    # without a country is most likely that country's ("BAMAKO - ... la junte a exigé").
    here = next((loc.country for loc in ctx.dateline if loc.country), None)
    # (a war within one country, the Peshmerga against Baghdad: its institutions face each
    # other)
    domestic = ctx.attacker is not None and ctx.attacker == ctx.victim
    if here not in ctx.actors.countries[:2] or (
            here in taken and kind not in HOME_TYPES and not domestic):
        here = None   # (a state orders its own army, frees its own hostages)
    fill = prefer or here or (ctx.victim if domestic else None) \
        or next((c for c in ctx.actors.countries if c not in taken), None)
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
    # People named by no country are of the place they were hit in ("killed at least 14
    # people" in Sanaa), else of the report's victim.
    here = location.country if location is not None and location.precision != "region" \
        else None
    for t in targets:
        if t.country is None and t.sector in ("CVL", None) and (here or ctx.victim):
            t.country = t.code = here or ctx.victim
            t.confidence = min(t.confidence, 0.6)
    victim = next((t.country for t in targets if t.country), None) or \
        (location.country if location else None)
    if not sources and ctx.attacker and (ctx.attacker != victim or ctx.attacker == ctx.victim):
        sources = [Actor(name=country_name(ctx.attacker, "en") or ctx.attacker,
                         code=ctx.attacker, country=ctx.attacker, sector=None,
                         confidence=IMPLICIT_CONFIDENCE)]
    if location is None and victim and (victim == ctx.victim or not ctx.victim):
        location = country_location(victim)
    return sources, targets, location


def country_location(alpha3: str) -> Location:
    name = country_name(alpha3, "en")
    loc = resolve_place(name, "en") if name else None
    if loc is not None and loc.precision == "country" and loc.country == alpha3:
        return loc
    return Location(name=name, country=alpha3, precision="country")


def resolve_mentions(document: Document, mentions: list[EventMention],
                     places: list[Location] | None = None
                     ) -> tuple[list[ResolvedMention], ReportContext]:
    """Resolve every mention of one document against the document's context."""
    ctx = build_context(document, mentions, places)
    resolved = [resolve_mention(m, document, ctx, i) for i, m in enumerate(mentions)]
    _accused_by_reference(mentions, resolved)
    _same_day_as_before(mentions, resolved, document.lang or "")
    return [one for r in resolved for one in _per_pair(r)], ctx


# Types whose one mention with several states on the other side is one event per pair (CODING.md:
# one event per actor pair): "spoke by phone with Zelenskiy and with Putin".
PAIRED = {"CONSULT"}


def _each_way(r: ResolvedMention) -> list[ResolvedMention]:
    """"Le Kirghizstan et le Tadjikistan se sont mutuellement accusés": one event each way."""
    e = r.event
    sides: dict[str, list[Actor]] = {}
    for a in e.source_actors:
        if a.country:
            sides.setdefault(a.country, []).append(a)
    if len(sides) < 2:
        return [r]
    return [replace(r, event=replace(e, source_actors=actors, target_actors=[
        a for c, others in sides.items() if c != country for a in others]))
        for country, actors in sides.items()]


def _per_pair(r: ResolvedMention) -> list[ResolvedMention]:
    e = r.event
    if r.reciprocal:
        return _each_way(r)
    if e.type not in PAIRED:
        return [r]
    own = {a.country for a in e.source_actors if a.country} - \
        {a.country for a in e.target_actors if a.country}
    sides: dict[str, list[Actor]] = {}
    for a in e.target_actors:
        if a.country and a.country not in own and a.code == a.country:
            sides.setdefault(a.country, []).append(a)
    if len(sides) < 2 or not own:
        return [r]
    out = []
    for country, actors in sides.items():
        others = {c for c in sides if c != country}
        ev = replace(e, target_actors=actors,
                     source_actors=[a for a in e.source_actors if a.country not in others])
        out.append(replace(r, event=ev))
    return out


def _same_day_as_before(mentions: list[EventMention], resolved: list[ResolvedMention],
                        lang: str) -> None:
    """"On the same day Egypt's foreign minister spoke by phone ...", "le même jour": the day
    of the last event told with a day of its own (one dated so itself has that day too)."""
    for i, m in enumerate(mentions):
        if not m.times or not same_day_as_before(m.times[0].text, lang):
            continue
        for j in range(i - 1, -1, -1):
            d = resolved[j].event.date
            if resolved[j].date_stated and d.precision == "day":
                resolved[i].event.date = EventDate(d.start, d.end, "day", m.times[0].text)
                break


def _same_word(r: ResolvedMention, words: list[str]) -> bool:
    trigger = fold(r.event.mentions[0].trigger).split() if r.event.mentions else []
    return any(t[:5] == w[:5] for t in trigger for w in words if len(w) >= 4)


def _accused_by_reference(mentions: list[EventMention], resolved: list[ResolvedMention]) -> None:
    """"Jordan, Egypt and Saudi Arabia condemned the raid": who is condemned for an act named
    with no actor is who the report said did it, in the nearest telling of such an act before
    (after, when the report tells it later)."""
    for i, (m, r) in enumerate(zip(mentions, resolved)):
        e = r.event
        # (a target the report's context only guessed gives way: "condemned the strikes")
        if m.type not in REFERRING or not m.content_types or any(
                a.code and a.confidence > 0.5 for a in e.target_actors):
            continue
        earlier = [resolved[j] for j in range(i - 1, -1, -1)]
        later = [resolved[j] for j in range(i + 1, len(resolved))]
        # (the telling that used the same word first: "the raid" is the raid told before, not
        # the nearer car-ramming)
        named = [o for o in earlier + later if _same_word(o, m.content_words)]
        for other in named + earlier + later:
            o = other.event
            if o.type not in m.content_types or other.reference:
                continue
            # (in a civil war both sides are of one country: "the GNA condemned the strike")
            doers = [a for a in o.source_actors if a.code]
            if doers:
                e.target_actors = [replace(a, confidence=min(a.confidence, 0.6))
                                   for a in doers]
                break
