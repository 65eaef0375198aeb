"""Actors: an actor span as written -> who it is (code, country, sector, role).

    resolve_actor("le négociateur russe Vladimir Medinski", "fr")  -> RUS, GOV
    resolve_actor("Britain's Defense Minister Ben Wallace", "en", date(2022, 3, 1))
                                                                   -> GBR, GOV, Ben Wallace's role
    resolve_actor("L'armée", "fr", context=ActorContext(default_country="RUS")) -> RUS, MIL, 0.5

A span is read once through the language's actor lexicon (`actor_lexicon.scan`) into words of
known kinds, then decided in this order:
1. a person of the knowledge base in office on the publication date: that office;
2. a qualifier (the first in the span: a country name, demonym, seat of government,
   organisation, armed group, news outlet, NGO) with the span's title or institution noun,
   and, for a title, its holder on that date from the knowledge base;
3. a bare institution, title or unnamed attackers: the report's context, at lower confidence.

Conventions, as in CAMEO where our sector list allows:
- a state named as an actor ("la Russie", "Washington", "le Kremlin") is its government, GOV;
- a nationality noun alone ("les Russes") gives the country and no sector;
- a person out of office on the date (Boris Johnson in 2024), or a "former" title, gives the
  country and no sector (CAMEO's ELI has no equivalent among our sectors);
- an organisation is sector IGO, whatever its organ ("les forces de l'OTAN");
- a non-state armed group takes the country it acts in and its sector (REB, or GOV once in
  power: data/armed_groups.yaml); unnamed attackers take the report's main country, REB.
Confidence: 1.0 named states, organisations, groups and persons of the knowledge base; 0.9 an
institution qualified by a demonym; 0.8 a title with a demonym, an ex-official; 0.5 an actor
implied by the context; 0.3 a sector with no country at all.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from dataclasses import dataclass, field
from datetime import date

from chronique.records import Actor
from chronique.resolve.actor_lexicon import Match, Title, lexicon, scan, words
from chronique.resolve.actor_reading import Qualifier, Reading, read
from chronique.resolve.orgs import armed_groups, igo_code
from chronique.resolve.persons import Person, Role, knowledge_base, role_label
from chronique.resolve.place_words import place_words
from chronique.resolve.places import find_places
from chronique.resolve.demonyms import valid_alpha3

__all__ = ["ActorContext", "resolve_actor"]

HEADLINE_WEIGHT = 3
_SALIENCE_KINDS = frozenset({"country", "demonym", "seat", "combining", "allegiance"})


@dataclass(frozen=True)
class ActorContext:
    """What the report is about, to decide actors the span leaves implicit."""

    countries: tuple[str, ...] = ()     # alpha-3 codes the report is about, most salient first
    default_country: str | None = None  # whose institutions an unqualified "l'armée" belongs to
    # The country of the event's own place, when known: where an armed group or unnamed
    # attackers act ("Al-Shabaab fighters stormed a Kenyan base in Somalia": SOM).
    here: str | None = None
    # People the report introduced with a title ("le président zimbabwéen Robert Mugabe"), by
    # folded surname: later "M. Mugabe" or "Mugabe" is the same person.
    persons: dict[str, Actor] = field(default_factory=dict, hash=False, compare=False)

    @classmethod
    def from_text(cls, text: str, lang: str) -> "ActorContext":
        """Countries ranked by how often the report names them (names, demonyms, capitals).

        One pass of the lexicon over the report; ties go to the country named first.
        `default_country` stays None: the extraction engine sets it from who attacks whom.
        """
        return cls(countries=report_countries(text, lang))


@lru_cache(maxsize=4)
def report_countries(text: str, lang: str) -> tuple[str, ...]:
    """The countries a report names, most named first (see `ActorContext.from_text`); asked
    by extraction and resolution of the same report, so kept for the last few."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    # The headline says what the report is about ("Soudan : une trêve ... les évacuations
    # se poursuivent"): a country it names outweighs one the body names often in passing.
    body = text.lstrip()
    headline = body.split("\n", 1)[0] if "\n" in body else ""
    headline_end = len(words(headline))
    matches = scan(lexicon(lang), words(text), _SALIENCE_KINDS)
    for k, m in enumerate(matches):
        entry = m.entries[0]
        if entry.kind == "allegiance":
            continue
        if k and matches[k - 1].entries[0].kind == "allegiance" \
                and matches[k - 1].end == m.start:
            continue  # "pro-russes" says nothing of where the report is
        code = entry.value[0] if entry.kind == "seat" else entry.value
        if not valid_alpha3(code):
            continue  # a seat that stands for an organisation ("Bruxelles")
        counts[code] += HEADLINE_WEIGHT if m.start < headline_end else 1
        first.setdefault(code, m.start)
    return tuple(sorted(counts, key=lambda c: (-counts[c], first[c])))


def _event_code(role: Role, context: ActorContext) -> tuple[str | None, str | None]:
    """(code, country) an event carries for a role held in a state, organisation or group."""
    kind = role.kind
    if kind == "state":
        return role.code, role.code
    if kind == "group":
        country = armed_groups()[role.code].country_for(context.countries, context.here)
        return country, country
    return igo_code(role.code), None


def _office_holder(code: str | None, titles: list[Title], when: date | None,
                   organisation: bool = False) -> tuple[Person, Role] | None:
    """Who held the office the span's titles name, for `code` (a state or organisation id)."""
    if code is None:
        return None
    kb = knowledge_base()
    person_titles = [t for t in titles if not t.complement]
    if not person_titles or any(t.plural for t in person_titles):
        # "le ministère russe des Affaires étrangères", "les ministres de l'UE": no one person
        return None
    offices: list[str] = []
    for t in person_titles + [t for t in titles if t.complement]:
        if t.countries and code not in t.countries:
            continue
        offices.extend(t.offices)
    if not offices:
        return None
    # A complement says which minister ("ministre ... de la Défense"): it outranks the title.
    complements = [o for t in titles if t.complement for o in t.offices]
    if complements:
        offices = complements
    office = offices[0]
    head_of_state = office == "head_of_state"
    if head_of_state:
        wanted: tuple[str, ...] = ("president", "monarch", "supreme_leader", "pope")
    elif office == "leader":
        wanted = (kb.leader_office.get(code, "president"), "president", "monarch")
    elif office == "head":
        if not organisation:
            return None  # "the head of Ukraine's intelligence" is not Ukraine's president
        wanted = tuple(sorted(kb.head_offices))
    else:
        wanted = tuple(offices)
    found = kb.holders(code, wanted, when, head_of_state=head_of_state)
    return found[0] if found else None


def _from_role(name: str, person: Person, role: Role, ctx: ActorContext, conf: float,
               when: date | None) -> Actor:
    code, country = _event_code(role, ctx)
    sector = role.sector
    if role.kind == "group":
        sector = armed_groups()[role.code].sector_on(when)
    return Actor(name, code, country, sector, role_label(person, role), conf)


def _sector(reading: Reading, q: Qualifier | None) -> str | None:
    """The sector the span's own words give, else the qualifier's."""
    if q is not None and q.fixed_sector:
        return q.sector
    if reading.sector is not None:
        return reading.sector
    return q.sector if q is not None else None


def resolve_actor(text: str, lang: str, published: date | None = None,
                  context: ActorContext | None = None) -> Actor | None:
    """An actor span as written ('le négociateur russe Vladimir Medinski', 'Les autorités
    ukrainiennes', 'M. Poutine', 'le Kremlin', "Russia's Defense Ministry", 'the RSF') -> Actor
    (records.Actor: name=the span text, code, country, sector, role, confidence), or None.

    `published` decides who held an office ("le président américain" is Biden in 2022, Trump
    in 2025); `context` supplies the country of a bare institution ("l'armée").
    """
    ctx = context or ActorContext()
    name = text.strip()
    matches: list[Match] = scan(lexicon(lang), words(name))
    if not matches:
        return None
    r = read(matches, published, ctx)
    q = r.qualifiers[0] if r.qualifiers else None

    # 1. A person of the knowledge base, in office on the date.
    if r.person is not None and not r.former:
        role = r.person.role_on(published)
        if role is not None:
            return _from_role(name, r.person, role, ctx, 1.0, published)

    # 2. A qualifier: whose actor the span is.
    if q is not None and q.kind == "region":
        # "governments across Latin America": several states, none of them named, and none
        # to be guessed from the report
        return Actor(name, None, None, None, None, 0.3) if r.sector or r.titles else None
    if q is not None:
        if r.former or (r.person is not None and not r.titles):
            # An ex-official: the country, no sector (see the module docstring).
            return Actor(name, q.code, q.country, None, None, 0.8)
        # A named person out of office is not whoever held the title on the date.
        held = None if r.person is not None or q.kind == "group" else \
            _office_holder(q.lookup, r.titles, published, q.sector == "IGO")
        if held is not None:
            conf = 1.0 if r.person is held[0] else 0.8
            return _from_role(name, held[0], held[1], ctx, conf, published)
        conf = q.confidence
        if (r.titles and q.kind == "demonym") or r.person is not None:
            conf = min(conf, 0.8)
        return Actor(name, q.code, q.country, _sector(r, q), None, conf)

    # An ex-official named without a qualifier: the person's country.
    if r.person is not None:
        return Actor(name, r.person.country, r.person.country, None, None, 0.8)

    # 3. An official of a named place ("Lviv Mayor Andriy Sadovyi", "le gouverneur de
    # Gaziantep", "Borno police spokesman"): that place's country. Not forces, whose country
    # is not where they are ("troops in Kursk").
    if (r.sector == "GOV" or (r.titles and r.sector not in ("MIL", "REB"))) \
            and any(w[:1].isupper() for w in name.split()[1:]):
        where = _place_country(name, lang, tuple(ctx.countries))
        if where is not None:
            return Actor(name, where, where, r.sector or "GOV", None, 0.8)

    # 4. Nothing says whose: the report's context.
    if r.unidentified:
        country = ctx.here or (ctx.countries[0] if ctx.countries else None)
        return Actor(name, country, country, "REB", None, 0.5 if country else 0.3)
    sector = r.sector
    if sector is None and not r.titles:
        return None
    if sector == "REB":
        # (rebels take the country they act in: "the rebels imposed a curfew in Damascus")
        country = ctx.here or ctx.default_country or (ctx.countries[0] if ctx.countries else None)
    else:
        country = ctx.default_country
    if country is None:
        return Actor(name, None, None, sector, None, 0.3)
    held = _office_holder(country, r.titles, published)
    if held is not None:
        return _from_role(name, held[0], held[1], ctx, 0.5, published)
    return Actor(name, country, country, sector, None, 0.5)


@lru_cache(maxsize=4096)
def _place_country(name: str, lang: str, countries: tuple[str, ...]) -> str | None:
    """The country of the place an official is of: named before the title ("Borno police
    spokesman", "Lviv Mayor") or after a genitive ("le gouverneur de Gaziantep"). Not a place
    they are in ("les chefs d'Etat présents à Dar es Salaam", "diplomats in New York"), nor a
    town that bears their name ("le président Keïta")."""
    genitive = place_words(lang).name_links   # "of", "de": the words that make X's Y
    for span, loc in find_places(name, lang, countries):
        before = name[:span.start].split()
        after = name[span.end:].split()
        of = bool(before) and (before[-1].lower() in genitive
                               or any(before[-1].lower().endswith(g) for g in ("d'", "d’")))
        if loc.country and (of or (after and not after[0][:1].isupper())
                            or (after and not before)):
            return loc.country
    return None
