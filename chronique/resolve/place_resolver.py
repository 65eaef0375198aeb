"""How a place name or description becomes a Location: the choices behind resolve/places.py.

Choosing between places of one name:
  1. a name we curated for an area ("Gaza", "la Crimée", "Darfur") wins;
  2. then a country ("Mexico" the country, not the city), except that a division of a country
     the report is about beats a foreign country ("Georgia" in a US story);
  3. then towns and divisions by population, a town's own name weighing five times an alias
     ("Pokrovsk" the town, not Engels, once called Pokrovsk), a place in a country the report
     is about a hundred times ("Tripoli" in a story about Lebanon), a division a tenth of the
     summed population of its towns (so "Kharkiv" is the city, not the oblast).
Country locations carry the coordinates of the capital; compass regions ("eastern Ukraine")
the median of the towns in that part of the country (see scripts/build_gazetteer.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from chronique.records import Location
from chronique.resolve.countries import country_name
from chronique.resolve.gazetteer import Place, Ref, load_gazetteer, skeleton
from chronique.resolve.place_match import Description, Matcher
from chronique.resolve.place_words import Token, place_words, tokenize
from chronique.textnorm import fold

CONTEXT_BOOST = 100            # a place in a country the report is about, against one elsewhere
MAIN_COUNTRIES = 3             # ... among the countries it names most; one named less often
MINOR_CONTEXT_BOOST = 5        # weighs less ("Geneva" in a report on Libya that names the US)
MAIN_NAME_BOOST = 5            # a town's own name, against another town's alias
# A small town in one of the report's secondary countries does not take a great city's name
# from it: "à Genève" in a report on Kherson that names the US is not Geneva, New York.
SMALL_NAMESAKE = 50_000        # ... the town's population at most
GREAT_CITY = 150_000           # ... the city's at least, and GREAT_RATIO times the town's
GREAT_RATIO = 10
GREAT_RATIO_ALIAS = 5        # ... when the town bears the name only as an alias
CAPITAL_BOOST = 10             # a national capital by its own name, against another town's
                               # alias ("Islamabad", not Chattogram's old name)
DIVISION_WEIGHT = 0.1          # a division (its towns' population summed), against a town
MIN_RESPELT = 5_000            # smallest town found through a respelling ("Boutcha" -> Bucha)
MIN_RESPELT_ABROAD = 50_000    # ... to be named in a description, outside the report's countries
MIN_TOWN_ABROAD = 30_000       # smallest town named outside every country of the report ...
MIN_DESCRIBED_ABROAD = 100_000  # ... in a description ("the city's Tres Rios district") or by
                                # an alias


@dataclass(frozen=True)
class Limit:
    """Where a place must be: a country and, optionally, one division of it."""

    country: str
    admin1: str | None = None

    def admits(self, p: Place) -> bool:
        if p.country != self.country:
            return False
        return self.admin1 is None or self.admin1 in (p.key, p.admin1)


@dataclass(frozen=True)
class Hit:
    """A resolved place, with what the checks of place_scan.py need to know about it."""

    location: Location
    place: Place | None = None     # None for a country or compass region
    main: bool = True              # found by the place's own name
    strong: bool = False           # a country or a curated area

    def limit(self) -> Limit | None:
        if self.location.country is None:
            return None
        if self.place is not None and self.place.kind == "admin1":
            return Limit(self.location.country, self.place.key)
        return Limit(self.location.country)


@lru_cache(maxsize=1 << 16)
def _refs(lang: str, key: str, exact: bool) -> tuple[tuple[Ref, ...], bool]:
    # Cached for the process: every capitalised word of every sentence is looked up, most of
    # them names of people, and the respelling lookup is the dear part.
    words, gz = place_words(lang), load_gazetteer()
    keys = [key] if exact else list(dict.fromkeys((key, words.strip_article(key))))
    for k in keys:
        refs = gz.names(k)
        if refs:
            return tuple(refs), False
    if len(key) >= 5:
        for k in dict.fromkeys((skeleton(words.transliterate(key)), skeleton(key))):
            # A respelling is trusted for towns of some size only: a village a letter away
            # from a surname ("Borrell") is more likely the surname.
            refs = [Ref(r.place, False) for r in gz.fuzzy(k) if r.place.population >= MIN_RESPELT]
            if refs:
                return tuple(refs), True
    return (), False


class Resolver:
    """Lookups for one language and one report context (the countries it is about)."""

    def __init__(self, lang: str, context: Sequence[str]):
        self.lang = lang
        self.words = place_words(lang)
        self.gz = load_gazetteer()
        self.context = tuple(c.upper() for c in context if c)
        self.main = self.context[:MAIN_COUNTRIES]   # (the context comes most salient first)

    # -- locations -------------------------------------------------------------------------
    def place_location(self, p: Place) -> Location:
        if p.kind == "city":
            admin = self.gz.admin1(p.admin1) if p.admin1 else None
            return Location(p.name, p.country, "city", admin.name if admin else None,
                            p.lat, p.lon, p.geonames_id)
        return Location(p.name, p.country, p.precision,
                        p.name if p.precision == "admin1" else None, p.lat, p.lon)

    def country_location(self, alpha3: str) -> Location:
        c = self.gz.country(alpha3)
        if c is None:
            return Location(country_name(alpha3, "en") or alpha3, alpha3, "country")
        return Location(c.name, alpha3, "country", None, c.lat, c.lon, c.geonames_id)

    def region_location(self, alpha3: str, compass: str) -> Location:
        point = self.gz.region(alpha3, compass)
        if point is None:
            return self.country_location(alpha3)
        c = self.gz.country(alpha3)
        return Location(f"{c.name if c else alpha3} ({compass})", alpha3, "region", None, *point)

    # -- names -----------------------------------------------------------------------------
    def refs(self, key: str, exact: bool = False) -> tuple[tuple[Ref, ...], bool]:
        """Places called `key`, and whether they were found only through a respelling."""
        return _refs(self.lang, key, exact)

    def known(self, key: str) -> bool:
        """A name a {name} slot may hold."""
        return self.gz.has_name(key) or self.gz.has_stem(key) or bool(self.refs(key)[0])

    def best(self, refs: Sequence[Ref], limit: Limit | None = None) -> Ref | None:
        if limit is not None:
            refs = [r for r in refs if limit.admits(r.place)]
        aliases = any(not r.main for r in refs)   # (the boost never outweighs the context)

        def score(r: Ref) -> float:
            p, s = r.place, float(max(r.place.population, 1))
            if p.kind == "city" and r.main:
                s *= MAIN_NAME_BOOST
                country = self.gz.country(p.country)
                if aliases and country is not None and country.capital == p.key \
                        and (not self.context or p.country in self.context):
                    s *= CAPITAL_BOOST
            if p.kind != "city" and not p.curated:
                s *= DIVISION_WEIGHT
            if p.country in self.main:
                s *= CONTEXT_BOOST
            elif p.country in self.context:
                s *= MINOR_CONTEXT_BOOST
            return s
        # max keeps the first of equals, and refs come most populous first: deterministic.
        if not refs:
            return None
        won = max(refs, key=score)
        p = won.place
        if self.context and p.kind == "city" and p.population < SMALL_NAMESAKE \
                and (p.country != self.context[0] or not won.main):
            # (in the report's first country too when the town only has the name as an alias:
            # "Kaesong" in a report from Seoul is not Koesan)
            ratio = GREAT_RATIO if won.main else GREAT_RATIO_ALIAS
            great = [r for r in refs if r.place.kind == "city"
                     and r.place.population >= max(GREAT_CITY, ratio * p.population)]
            if great:
                return great[0]
        return won

    def by_name(self, key: str, limit: Limit | None = None, exact: bool = False) -> Hit | None:
        words = self.words
        if key in words.not_places or words.strip_article(key) in words.not_places:
            return None
        refs, respelt = self.refs(key, exact)
        strong = [r for r in refs if r.place.curated and r.place.kind != "city"]
        if strong:
            r = self.best(strong, limit)
            if r is not None:
                return Hit(self.place_location(r.place), r.place, True, True)
        alpha3 = words.countries.get(key) if exact else words.country(key)
        if alpha3 and (limit is None or limit.country == alpha3):
            if self.context and alpha3 not in self.context:
                ours = [r for r in refs if r.place.kind == "admin1"
                        and r.place.country in self.context]
                if ours:
                    r = self.best(ours)
                    return Hit(self.place_location(r.place), r.place, r.main)
            return Hit(self.country_location(alpha3), None, True, True)
        if limit is None:
            refs = [r for r in refs if self._plausible(r)]
        r = self.best(refs, limit)
        if r is None:
            return None
        return Hit(self.place_location(r.place), r.place, r.main and not respelt)

    def _plausible(self, r: Ref, least: int = MIN_TOWN_ABROAD) -> bool:
        """"a house in the city's Tres Rios district" in a report on Mexico: a small town
        abroad, in none of the countries the report names, is a place the gazetteer lacks
        there, not that town."""
        p = r.place
        if not r.main:
            least = max(least, MIN_DESCRIBED_ABROAD)   # (by another town's alias: "Capella")
        return not self.context or p.country in self.context or p.kind != "city" \
            or p.curated or p.population >= least

    # -- descriptions ----------------------------------------------------------------------
    def towns(self, key: str, limit: Limit | None) -> Ref | None:
        """The town called `key` in a description ("the town of X", "the X region").

        A town found only through a respelling must be in a country the report is about, or
        large: "Kayin state" in a story about Myanmar is not the Belgian village of Kain."""
        refs, respelt = self.refs(key)
        towns = [r for r in refs if r.place.kind == "city" and (
            not respelt or r.place.country in self.context
            or r.place.population >= MIN_RESPELT_ABROAD)
            and (limit is not None or self._plausible(r, MIN_DESCRIBED_ABROAD))]
        return self.best(towns, limit)

    def division(self, key: str, limit: Limit | None) -> Hit | None:
        """The first-level division called `key` in a description ("la région de X")."""
        places = self.gz.stems(key) or self.gz.stems(self.words.strip_article(key))
        if limit is not None:
            places = [p for p in places if limit.admits(p)]
        if places:
            p = min(places, key=lambda p: (p.country not in self.context, not p.curated))
            generic = key in self.words.directions or key in self.words.not_places
            if generic and p.country not in self.context:
                return None
            return Hit(self.place_location(p), p)
        # No first-level division bears the name: a district or a province of the second
        # level ("Pakistan's Panjgur district", "la province d'Andahuaylas") is named after its
        # seat, a nearer guess than the centre of the region around it.
        r = self.towns(key, limit)
        if r is None:
            return None
        # A town whose own region bears its name ("Tartous" in the Tartus Governorate) was the
        # region, in a spelling the divisions do not list.
        admin = self.gz.admin1(r.place.admin1) if r.place.admin1 else None
        if admin is not None and fold(admin.name).startswith(fold(r.place.name)):
            return Hit(self.place_location(admin), admin)
        return Hit(self.place_location(r.place), r.place)

    def describe(self, d: Description) -> Hit | None:
        slots = d.slots
        alpha3 = slots.get("country") or slots.get("demonym")
        if alpha3 is None and ("country_noun" in slots or d.kind == "capital"):
            alpha3 = self.context[0] if self.context else None
        if d.kind == "capital":
            c = self.gz.country(alpha3) if alpha3 else None
            city = self.gz.city(c.capital) if c and c.capital else None
            return Hit(self.place_location(city), city) if city else None
        if d.kind == "region":
            if alpha3 is None:
                return None
            return Hit(self.region_location(alpha3, slots["direction"]))
        limit = Limit(alpha3) if alpha3 else None
        if d.kind == "city":
            r = self.towns(slots["name"], limit)
            return Hit(self.place_location(r.place), r.place) if r else None
        return self.division(slots["name"], limit)

    # -- spans -----------------------------------------------------------------------------
    def skip_preposition(self, toks: Sequence[Token]) -> int:
        """How many leading tokens form a locative preposition ("à", "près de")."""
        for prep in sorted(self.words.prepositions, key=len, reverse=True):
            n = len(prep)
            if len(toks) > n and tuple(t.folded for t in toks[:n]) == prep:
                return n
        return 0

    def whole(self, text: str, limit: Limit | None = None) -> Hit | None:
        """`text` read entirely as one name or one description."""
        toks = tokenize(text)
        if not toks:
            return None
        first = self.skip_preposition(toks)
        name = text[toks[first].start:toks[-1].end]
        city = self.words.landmarks.get(self.words.strip_article(fold(name)))
        if city is not None:
            return self.whole(city, limit)
        hit = self.by_name(fold(name), limit)
        if hit is None and "-" in name:
            hit = self.by_name(fold(name.replace("-", "")), limit)   # "Pétion-Ville": Petionville
        if hit is None and first:
            # ("In Amenas", "In Guezzam": a town whose name opens with a preposition)
            hit = self.by_name(fold(text[toks[0].start:toks[-1].end]), limit)
        if hit is not None:
            return hit
        matcher = Matcher(text, toks, self.words, self.known, cased=False)
        for i in (first, first + 1):
            if i >= len(toks) or (i > first and toks[first].folded not in
                                  self.words.article_tokens):
                continue
            d = matcher.at(i)
            if d is not None and d.end == len(toks):
                return self.describe(d)
        return None
