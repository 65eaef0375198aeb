"""Latency of `GET /events` with filters over a store of 1 M synthetic events.

    .venv/bin/python bench/query.py [--events 1000000] [--db /tmp/bench.db] [--requests 60]

Fills a store with synthetic events written straight into its tables (no extraction: this
measures queries, not parsing), starts `chronique serve` on it, sends each filter mix below
`--requests` times over HTTP on 127.0.0.1 and prints p50, p95 and max per mix, then the p95 of
all requests (target < 100 ms). The database is kept: a second run with the same --db and
--events skips the filling. A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from chronique.records import PLOVER_TYPES, PLOVER_MODES  # noqa: E402
from chronique.store import Store  # noqa: E402
from chronique.store.filters import norm_name  # noqa: E402
from chronique.store.schema import statements  # noqa: E402

CITIES = [  # (name, country, lat, lon)
    ("Kyiv", "UKR", 50.45, 30.52), ("Kharkiv", "UKR", 49.99, 36.23), ("Odesa", "UKR", 46.48, 30.72),
    ("Dnipro", "UKR", 48.46, 35.05), ("Kherson", "UKR", 46.64, 32.61), ("Moscow", "RUS", 55.75, 37.62),
    ("Belgorod", "RUS", 50.6, 36.6), ("Khartoum", "SDN", 15.5, 32.56), ("El Fasher", "SDN", 13.63, 25.35),
    ("Goma", "COD", -1.68, 29.22), ("Bamako", "MLI", 12.65, -8.0), ("Gaza", "PSE", 31.5, 34.47),
    ("Rafah", "PSE", 31.3, 34.25), ("Beirut", "LBN", 33.89, 35.5), ("Port-au-Prince", "HTI", 18.54, -72.34),
    ("Tbilisi", "GEO", 41.72, 44.79), ("Nairobi", "KEN", -1.29, 36.82), ("Paris", "FRA", 48.86, 2.35),
    ("Ouagadougou", "BFA", 12.37, -1.52), ("Sanaa", "YEM", 15.35, 44.21),
]
CITY_WEIGHTS = [14, 9, 7, 5, 5, 4, 3, 6, 3, 5, 3, 7, 3, 3, 3, 2, 2, 3, 2, 3]
ACTORS = [("Russian forces", "RUS", "MIL"), ("Ukrainian army", "UKR", "MIL"),
          ("police", None, "GOV"), ("the Rapid Support Forces", "SDN", "REB"),
          ("M23 rebels", "COD", "REB"), ("Israeli military", "ISR", "MIL"), ("Hamas", "PSE", "REB"),
          ("protesters", None, "CVL"), ("the European Union", "EU", "IGO"), ("NATO", "NATO", "IGO"),
          ("the United Nations", "UN", "IGO"), ("gunmen", None, None)]
TYPE_WEIGHTS = {"ASSAULT": 35, "PROTEST": 10, "ACCUSE": 8, "CONSULT": 8, "REQUEST": 6,
                "COERCE": 5, "SANCTION": 4, "AID": 4, "MOBILIZE": 4}
STATUSES = (["occurred"] * 85) + (["planned"] * 10) + ["negated"] * 3 + ["uncertain"] * 2
START = date(2022, 1, 1)

MIXES = {
    "latest page": {},
    "type": {"type": "ASSAULT"},
    "country": {"country": "UKR"},
    "type+country": {"type": "PROTEST", "country": "FRA"},
    "one month": {"since": "2023-05-01", "until": "2023-05-31"},
    "actor code": {"actor": "RUS"},
    "near 50 km": {"near": "50.45,30.52,50"},
    "status": {"status": "planned"},
    "type+country+month": {"type": "ASSAULT", "country": "UKR", "since": "2023-05-01",
                           "until": "2023-05-31"},
    "page 10": {"type": "ASSAULT", "offset": 500},
    "actor name": {"actor": "rapid support"},
    "no match (actor)": {"actor": "nobody at all"},
    "no match (place)": {"near": "0.0,-30.0,100"},
    "rare combination": {"type": "CONCEDE", "country": "KEN", "status": "negated"},
}


def _event(i: int, rng: random.Random) -> tuple[dict, list[tuple]]:
    t = rng.choices(list(TYPE_WEIGHTS) + [x for x in PLOVER_TYPES if x not in TYPE_WEIGHTS],
                    weights=list(TYPE_WEIGHTS.values()) + [2] * (16 - len(TYPE_WEIGHTS)))[0]
    modes = PLOVER_MODES.get(t, ())
    name, country, lat, lon = rng.choices(CITIES, weights=CITY_WEIGHTS)[0]
    lat, lon = round(lat + rng.uniform(-0.3, 0.3), 4), round(lon + rng.uniform(-0.3, 0.3), 4)
    start = START + timedelta(days=rng.randrange(1095))
    end = start + timedelta(days=rng.choice([0, 0, 0, 1]))
    src, tgt = rng.sample(ACTORS, 2)
    dead = rng.choice([None, None, rng.randrange(1, 60)])
    eid = f"evt_bench{i:09d}"
    doc = f"doc_bench{i // 3:09d}"
    d = {"id": eid, "type": t, "mode": rng.choice(modes) if modes and rng.random() < 0.6 else None,
         "status": rng.choice(STATUSES),
         "date": {"start": start.isoformat(), "end": end.isoformat(),
                  "precision": "day" if start == end else "range", "text": None},
         "source_actors": [{"name": src[0], "code": src[1], "country": src[1], "sector": src[2]}],
         "target_actors": [{"name": tgt[0], "code": tgt[1], "country": tgt[1], "sector": tgt[2]}],
         "location": {"name": name, "country": country, "admin1": None, "lat": lat, "lon": lon,
                      "precision": "city", "geonames_id": None},
         "fatalities": {"count": dead, "cumulative": False, "civilian": None,
                        "text": f"{dead} killed"} if dead else None,
         "injured": None, "arrested": None, "claimed_by": [],
         "mentions": [{"doc_id": doc, "sentence": f"Synthetic report {i} of an event in {name}.",
                       "start": 0, "end": 40, "trigger": "strike"}],
         "sources": [doc], "confidence": 0.7, "toll_claims": []}
    actors = [(eid, side, a[1], a[1], a[2], a[0], norm_name(a[0]))
              for side, a in (("source", src), ("target", tgt))]
    return d, actors


def populate(store: Store, n: int, seed: int = 11) -> None:
    """Write `n` synthetic events straight into the tables, indexes built afterwards."""
    rng = random.Random(seed)
    backend = store.backend
    stamp = "2025-01-01T00:00:00+00:00"
    with backend.write() as tx:
        for stmt in statements(backend.dialect):
            if stmt.startswith("CREATE INDEX"):
                tx.execute("DROP INDEX IF EXISTS " + stmt.split()[5])
    batch = 20_000
    for lo in range(0, n, batch):
        events, actors = [], []
        for i in range(lo, min(n, lo + batch)):
            d, a = _event(i, rng)
            loc, dead = d["location"], d["fatalities"]
            events.append((d["id"], d["type"], d["mode"], d["status"], d["date"]["start"],
                           d["date"]["end"], d["date"]["precision"], loc["name"], loc["country"],
                           loc["lat"], loc["lon"], "city", dead["count"] if dead else None,
                           0 if dead else None, 0.7, 1, 0, stamp, stamp,
                           json.dumps(d, separators=(",", ":"))))
            actors += a
        with backend.write() as tx:
            tx.executemany(
                "INSERT INTO events (id, type, mode, status, date_start, date_end, "
                "date_precision, location, country, lat, lon, geo_precision, fatalities, "
                "fatalities_cumulative, confidence, n_sources, revision, created_at, "
                "updated_at, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "?, ?, ?)", events)
            tx.executemany("INSERT INTO actors (event_id, side, code, country, sector, name, "
                           "name_norm) VALUES (?, ?, ?, ?, ?, ?, ?)", actors)
        print(f"\r  {min(n, lo + batch):,} events written", end="", flush=True)
    print()
    with backend.write() as tx:
        for stmt in statements(backend.dialect):
            tx.execute(stmt)
        tx.execute("INSERT INTO actor_names (name_norm) SELECT DISTINCT name_norm FROM actors "
                   "WHERE true ON CONFLICT (name_norm) DO NOTHING")
        if backend.dialect == "sqlite":
            tx.execute("ANALYZE")
    if backend.dialect == "postgresql":
        with backend.write() as tx:
            tx.execute("ANALYZE")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(db: str, port: int) -> subprocess.Popen:
    exe = Path(sys.executable).with_name("chronique")
    proc = subprocess.Popen([str(exe), "serve", "--db", db, "--port", str(port)],
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("chronique serve did not start")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--db", default="/tmp/chronique-bench.db",
                    help="SQLite file or postgresql:// URL (kept between runs)")
    ap.add_argument("--requests", type=int, default=60, help="requests per filter mix")
    args = ap.parse_args()
    import httpx

    store = Store(args.db)
    have = store.stats()["events"]
    if have != args.events:
        if have:
            raise SystemExit(f"{args.db} holds {have:,} events, not {args.events:,}: "
                             f"remove it or give another --db")
        t = time.perf_counter()
        populate(store, args.events)
        print(f"filled {args.db} with {args.events:,} events in {time.perf_counter() - t:.0f} s")
    store.close()
    port = _free_port()
    proc = _serve(args.db, port)
    rng = random.Random(3)
    everything: list[float] = []
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            client.get("/events")   # warm the page cache and the app
            print(f"{'filters':<22} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'total':>8}")
            for name, params in MIXES.items():
                times = []
                for _ in range(args.requests):
                    q = dict(params)
                    if "since" in q:   # another month each time, so no answer is cached
                        m = rng.randrange(36)
                        first = date(2022 + m // 12, m % 12 + 1, 1)
                        q["since"] = first.isoformat()
                        q["until"] = (first + timedelta(days=30)).isoformat()
                    t = time.perf_counter()
                    r = client.get("/events", params=q)
                    times.append((time.perf_counter() - t) * 1000)
                    r.raise_for_status()
                total = r.json()["total"]
                times.sort()
                everything += times
                print(f"{name:<22} {statistics.median(times):>8.1f} "
                      f"{times[int(0.95 * (len(times) - 1))]:>8.1f} {times[-1]:>8.1f} "
                      f"{total:>8}")
    finally:
        proc.terminate()
        proc.wait(10)
    everything.sort()
    p95 = everything[int(0.95 * (len(everything) - 1))]
    print(f"all {len(everything)} requests: p50 {statistics.median(everything):.1f} ms, "
          f"p95 {p95:.1f} ms (target < 100 ms) over {args.events:,} events, "
          f"{os.cpu_count()} cores")


if __name__ == "__main__":
    main()
