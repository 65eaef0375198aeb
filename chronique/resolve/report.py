"""The report as context: what a whole report tells about each of its events.

The countries it is about (to settle ambiguous places, and whose army an unqualified "l'armée"
is), the conflict it covers (for "depuis le début de l'offensive"), who attacks whom in it, who
"nous" is in a statement, its dateline ("KYIV, March 2 (Reuters) -") and its paragraphs.
That context never invents an actor from nothing: an implicit attacker is only taken when the
report names one elsewhere.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date

from chronique.dateline import DATELINE, DATELINE_REACH
from chronique.extract.lexicon import lexicon
from chronique.records import Actor, Document, EventMention, Location, Span
from chronique.resolve.actor_lexicon import ARTICLES, scan, words
from chronique.resolve.actor_lexicon import lexicon as actor_lexicon
from chronique.resolve.actors import ActorContext, resolve_actor
from chronique.resolve.countries import lookup_country
from chronique.resolve.demonyms import combining_form_country, demonym_country
from chronique.resolve.orgs import igo_code
from chronique.resolve.places import find_places, resolve_place
from chronique.resolve.time import TimeContext, conflict_start_for
from chronique.textnorm import fold



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
    dateline: list[Location] = field(default_factory=list)
    published: date | None = None
    cities: list[Location] = field(default_factory=list)   # every city the report names
    focus: Location | None = None    # the city it names most often, if one stands out
    paragraphs: list[int] = field(default_factory=list)   # start offsets
    lang: str = ""

    def paragraph_of(self, offset: int) -> int:
        k = 0
        for i, start in enumerate(self.paragraphs):
            if start <= offset:
                k = i
        return k


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


_LIST_SEPARATORS = re.compile(r"\s*,\s*|\s+(?:and|et|&)\s+")


def _listed(span: Span, lang: str, document: Document, ctx: ActorContext) -> list[Actor]:
    """"American, British and French forces", "les armées russe et bélarusse": one actor per
    country listed before the noun they share, each with the sector the noun gives."""
    parts = _LIST_SEPARATORS.split(span.text)
    if len(parts) < 2 or any(not p.strip() for p in parts):
        return []
    last = parts[-1].split()
    if len(last) < 2 or demonym_country(last[0], lang) is None \
            or any(len(p.split()) > 1 for p in parts[:-1]):
        return []   # (a list of names, "Romo and Defence Minister Oswaldo Jarrin", is not one)
    shared = resolve_actor(parts[-1], lang, document.published, ctx)
    if shared is None or shared.code is None:
        return []
    codes = []
    for part in parts[:-1]:
        code = demonym_country(part, lang) or lookup_country(part, lang)
        if code is None:
            return []
        codes.append(code)
    return [replace(shared, name=span.text, code=c, country=c)
            for c in dict.fromkeys(codes + [shared.code])]


def actors_of(spans: list[Span], document: Document, ctx: ActorContext,
            voice: Actor | list[Actor] | None = None,
            speakers: list[Actor] = ()) -> list[Actor]:
    """Actors of spans. `voice` stands for "nous" / "we": the report's author, or the speaker
    of the quote it is in. `speakers` own the forces or offices a possessive names when nothing
    else says whose they are: "the Kremlin said its forces had shelled Kharkiv" (not "its
    residents", civilians of a place)."""
    out: list[Actor] = []
    lang = document.lang or ""
    first_person = lexicon(lang).first_person
    possessives = lexicon(lang).possessives
    owner = next((s for s in speakers if s.code
                  and fold(s.name.split()[0] if s.name.split() else "") not in possessives),
                 None)
    voices = voice if isinstance(voice, list) else ([voice] if voice else [])
    for span in spans:
        if fold(span.text) in first_person:
            for v in voices:
                if not any(same_actor(v, a) for a in out):
                    out.append(replace(v, name=span.text))
            continue
        found = _compound(span, lang) or _listed(span, lang, document, ctx)
        if not found:
            actor = resolve_actor(span.text, lang, document.published, ctx)
            if actor is None:
                actor = _organisation_named_last(span, document)
            if (actor is None or actor.code is None) and ctx.persons:
                known = ctx.persons.get(_surname(span.text) or "")
                if known is not None:
                    actor = replace(known, name=span.text, confidence=min(known.confidence, 0.8))
            if actor is not None and owner is not None and actor.confidence <= 0.5 \
                    and actor.sector not in (None, "CVL") \
                    and fold(span.text.split()[0]) in possessives:
                actor = replace(actor, code=owner.code, country=owner.country, confidence=0.6)
            found = [actor] if actor is not None else []
        for actor in found:
            if not any(same_actor(actor, a) for a in out):
                out.append(actor)
    return out


# How far back the organisation a "the bloc" stands for may have been named.
_ORGANISATION_REACH = 1500


def _organisation_named_last(span: Span, document: Document) -> Actor | None:
    """"The bloc demanded ...", "l'organisation régionale a exigé ...": the organisation
    named last before, when the words are an article, one of the language's nouns for an
    organisation and perhaps an adjective, and no name."""
    lang = document.lang or ""
    lex = actor_lexicon(lang)
    raw = words(span.text)
    if not 2 <= len(raw) <= 4 or any(w[:1].isupper() for w in raw[1:]) \
            or fold(raw[0]) not in ARTICLES \
            or not any(fold(w) in lex.anaphoric_organisations for w in raw[1:]):
        return None
    before = document.text[max(0, span.start - _ORGANISATION_REACH):span.start]
    found = scan(lex, words(before), frozenset({"igo"}))
    if not found:
        return None
    oid = found[-1].entries[0].value
    # (an organ stands for its organisation: "the council" after the Security Council is UN)
    code = igo_code(oid) or oid
    return Actor(name=span.text, code=code, country=None, sector="IGO", confidence=0.6)


_NAME_WORD = re.compile(r"[A-ZÀ-Ý][\w'’-]+")


def _surname(text: str) -> str | None:
    """The folded last word of a span that ends in a capitalised name."""
    words = text.split()
    if not words or not _NAME_WORD.fullmatch(words[-1]):
        return None
    return fold(words[-1])


def _introduced_persons(mentions: list[EventMention], document: Document,
                        ctx: ActorContext) -> dict[str, Actor]:
    """Surnames of the people the report names with a title that resolves ("le président
    zimbabwéen Robert Mugabe" -> ZWE GOV): a first and a last name after the title."""
    lang = document.lang or ""
    persons: dict[str, Actor] = {}
    for m in mentions:
        for span in [*m.sources, *m.targets, *m.partners, *m.claimed_by]:
            words = span.text.split()
            if len(words) < 3 or not all(_NAME_WORD.fullmatch(w) for w in words[-2:]):
                continue
            key = _surname(span.text)
            if key is None or key in persons:
                continue
            actor = resolve_actor(span.text, lang, document.published, ctx)
            if actor is not None and actor.code is not None:
                persons[key] = actor
    # "l'intérim du Premier ministre Ariel Henry ... M. Henry avait signé": a person of the
    # knowledge base the report names in full anywhere, not only as a party to an event
    tried: set[str] = set()
    for m in _FULL_NAME.finditer(document.text):
        name = m.group(0)
        key = _surname(name)
        if key is None or key in persons or name in tried:
            continue
        tried.add(name)
        actor = resolve_actor(name, lang, document.published, ctx)
        if actor is not None and actor.code is not None and actor.role is not None:
            persons[key] = actor
    return persons


# Two capitalised words, a first name and a surname ("Ariel Henry").
_FULL_NAME = re.compile(r"\b[A-ZÀ-Ý][\w’'-]+ [A-ZÀ-Ý][\w’'-]+\b")


def same_actor(a: Actor, b: Actor) -> bool:
    if a.code is None and b.code is None:
        return a.name.lower() == b.name.lower()
    return a.code == b.code and (a.sector == b.sector or a.sector is None or b.sector is None)


def build_context(document: Document, mentions: list[EventMention],
                  places: list[Location] | None = None) -> ReportContext:
    """The report's context. `places`: every place the report names, when extraction has
    already looked for them (else they are looked for here)."""
    lang = document.lang or ""
    actor_ctx = ActorContext.from_text(document.text, lang)
    actor_ctx = replace(actor_ctx, persons=_introduced_persons(mentions, document, actor_ctx))
    countries = tuple(actor_ctx.countries)
    time_ctx = TimeContext(countries=countries,
                           conflict_start=conflict_start_for(document.text, lang, countries))
    attackers: Counter[str] = Counter()
    victims: Counter[str] = Counter()
    domestic: Counter[str] = Counter()   # attacks within one country
    abroad = 0                           # attacks by one country on another
    for m in mentions:
        if m.type != "ASSAULT":
            continue
        on = [loc.country for p in m.places
              if (loc := resolve_place(p.text, lang, countries)) and loc.country]
        # (a group is coded to the country it strikes in: the attack's place first)
        where = replace(actor_ctx, here=on[0]) if on else actor_ctx
        by = [a.country for a in actors_of(m.sources, document, where) if a.country]
        on += [a.country for a in actors_of(m.targets, document, actor_ctx) if a.country]
        attackers.update(by)
        victims.update(on)
        by, on = set(by), set(on)
        if by and on:
            if by & on:
                domestic.update(by & on)
            else:
                abroad += 1
    # (only a country the report is about: "protesters who stormed Hong Kong's legislature in
    # 2019", in a report on the US Capitol, makes Hong Kong no victim of the report)
    victim = next((c for c, _ in victims.most_common()
                   if not countries or c in countries[:3]), None)
    ranked = attackers.most_common()
    if ranked and ranked[0][0] == victim and (
            len(ranked) == 1 or domestic[victim] >= max(2, 2 * abroad)):
        # a domestic conflict: the army and the rebels of one country (an attack abroad told
        # in passing, "protesters who stormed Hong Kong's legislature in 2019", changes
        # nothing; two states striking each other are no domestic conflict)
        attacker = victim
    else:
        attacker = next((c for c, _ in ranked if c != victim), None)
    attacking = replace(actor_ctx, default_country=attacker) if attacker else actor_ctx
    cities, focus = _cities(document, countries, places)
    return ReportContext(actor_ctx, time_ctx, attacker, victim, attacking, lang=lang,
                         voice=_voice(document), dateline=_dateline(document, countries),
                         published=document.published,
                         paragraphs=[0] + [m.end() for m in re.finditer(r"\n", document.text)],
                         cities=cities, focus=focus)


def _cities(document: Document, countries: tuple[str, ...],
            places: list[Location] | None) -> tuple[list[Location], Location | None]:
    """Every city the report names, once each in the order first named, and the city it is
    about, if one stands out: named at least three times and more often than any other (a
    crush at the Nzérékoré stadium reported from Conakry)."""
    if places is None:
        places = [loc for _span, loc in find_places(document.text, document.lang or "",
                                                    countries)]
    counts: dict[int | str, int] = {}
    first: dict[int | str, Location] = {}
    for loc in places:
        if loc.precision in ("city", "point"):
            key = loc.geonames_id or (loc.name or "")
            counts[key] = counts.get(key, 0) + 1
            first.setdefault(key, loc)
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return list(first.values()), None
    focus = first[ranked[0][0]]
    if countries and focus.country not in countries:
        # "le massacre de Solhan", a Burkinabè village the gazetteer lacks, found as a
        # Turkish town in a report that never names Turkey
        return list(first.values()), None
    return list(first.values()), focus


def _dateline(document: Document, countries: tuple[str, ...]) -> list[Location]:
    """The places of the report's dateline, if its first paragraph opens with one."""
    head = document.text[:DATELINE_REACH]
    if document.title and head.startswith(document.title):
        head = head[len(document.title):]
    m = DATELINE.search(head)
    if not m:
        return []
    out = []
    for name in (m.group(1) or m.group(2)).split("/"):
        loc = resolve_place(name.strip().title(), document.lang or "", countries)
        if loc is not None:
            out.append(loc)
    return out


def _voice(document: Document) -> Actor | None:
    title = (document.title or "").strip()
    lang = document.lang or ""
    words = fold(title).split()
    if not words or words[0] not in lexicon(lang).statement_nouns:
        return None
    return resolve_actor(title, lang, document.published)


