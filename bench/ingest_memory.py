"""Memory of the parent process of `chronique ingest --workers N` over a 200 MB JSONL file.

    .venv/bin/python bench/ingest_memory.py [--mb 200] [--mode parent|real] [--minutes 10]

The parent reads the file as a stream, skips stored documents, keeps a bounded window of
batches in flight and writes every document and its events to the store; the target is a
parent under 500 MB RSS whatever the input size. Two modes:

- `parent` (default): the whole file through the real parent (reading, triage, batching,
  worker processes, ordered writes to a real store that grows to the file's size), with
  workers that make one synthetic event per document instead of parsing: the parent's work is
  the same, and the 200 MB go through in minutes instead of the hours spaCy needs on 2 cores.
- `real`: `chronique ingest FILE --workers N` with the real pipeline, stopped (Ctrl-C) after
  `--minutes`: the parent's RSS over time shows whether it grows with the input read.

Prints the peak RSS of the parent, and its RSS sampled along the way. A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import report  # noqa: E402
from bench.measure import CHRONIQUE, MB, last_lines, machine, measure  # noqa: E402
from chronique.batch.work import Extracted  # noqa: E402
from chronique.records import (PLOVER_TYPES, Actor, Document, Event,  # noqa: E402
                               EventDate, Location, Mention, Toll)

# Thirty places, one per country: with sixteen types and dates spread over a month, a
# document's event meets a few stored candidates, as in a real archive, and some merge.
PLACES = [(f"City {code}", code, -40 + 3.1 * i, -120 + 8.3 * i) for i, code in enumerate(
    "UKR RUS SDN COD MLI PSE ISR LBN HTI GEO KEN FRA BFA YEM SYR IRQ AFG MMR ETH SOM NGA NER "
    "TCD LBY VEN COL MEX PAK IND TUR".split())]


def write_big(path: Path, megabytes: int) -> int:
    """Generated reports (bench/corpus.py) until the file reaches `megabytes`; the count."""
    if path.exists() and path.stat().st_size >= megabytes * 1_000_000:
        return sum(1 for _ in open(path, "rb"))
    rng = random.Random(5)
    n = 0
    with open(path, "w", encoding="utf-8") as f:
        while f.tell() < megabytes * 1_000_000:
            lang = ("fr", "en")[n % 2]
            published = date(2020, 1, 1) + timedelta(days=rng.randint(0, 1500))
            f.write(json.dumps({"id": f"big-{n:07d}", "lang": lang, "text": report(rng, lang),
                                "published": published.isoformat()}, ensure_ascii=False) + "\n")
            n += 1
    return n


def synthetic_work(docs: list[Document], batch_size: int) -> list[Extracted]:
    """One event per document, its type, place and date drawn from the text's hash: events of
    the same type, place and day merge across documents, as reports of one strike do."""
    out = []
    for d in docs:
        h = int(hashlib.sha1(d.text.encode()).hexdigest(), 16)
        name, country, lat, lon = PLACES[h % len(PLACES)]
        kind = PLOVER_TYPES[(h >> 8) % len(PLOVER_TYPES)]
        day = (d.published or date(2024, 1, 1)) - timedelta(days=1 + (h >> 16) % 30)
        first = d.text.split("\n", 1)[0]
        event = Event(
            id="evt_" + hashlib.sha1(f"{d.id}:0:{kind}".encode()).hexdigest()[:12],
            type=kind, status="occurred", date=EventDate(day, day, "day"),
            source_actors=[Actor("forces", code="RUS", country="RUS", sector="MIL")],
            target_actors=[Actor(name, code=country, country=country)],
            location=Location(name, country, "city", lat=lat, lon=lon),
            fatalities=Toll(count=h % 40), sources=[d.id], confidence=0.6,
            mentions=[Mention(d.id, first, 0, len(first), first.split()[0], 0,
                              len(first.split()[0]), d.origin, d.published)])
        out.append(Extracted([event]))
    return out


def child(args: argparse.Namespace) -> None:
    """The parent process under test: the real ingest, synthetic workers."""
    from chronique.batch import ingest_parallel, iter_inputs, options
    from chronique.store import Store

    with Store(args.db) as store:
        summary = ingest_parallel(store, iter_inputs([args.file], options()),
                                  workers=args.workers, work=synthetic_work)
    for line in summary.lines():
        print(f"chronique: {line}", file=sys.stderr)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=int, default=200)
    ap.add_argument("--mode", choices=["parent", "real"], default="parent")
    ap.add_argument("--minutes", type=float, default=10)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--dir", type=Path, default=Path("/tmp/chronique-bench"))
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--file", help=argparse.SUPPRESS)
    ap.add_argument("--db", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        return child(args)
    args.dir.mkdir(parents=True, exist_ok=True)
    big = args.dir / f"big-{args.mb}mb.jsonl"
    t = time.perf_counter()
    n = write_big(big, args.mb)
    print(f"{big}: {big.stat().st_size / MB:.0f} MiB, {n} reports (written in "
          f"{time.perf_counter() - t:.0f} s); {machine()}")
    db = args.dir / f"memory-{args.mode}.db"
    for f in args.dir.glob(db.name + "*"):
        f.unlink()
    if args.mode == "parent":
        cmd = [sys.executable, __file__, "--child", "--file", str(big), "--db", str(db),
               "--workers", str(args.workers)]
        run = measure(cmd, every=0.5)
    else:
        run = measure(CHRONIQUE + ["ingest", str(big), "--db", str(db),
                                   "--workers", str(args.workers)],
                      every=0.5, timeout=args.minutes * 60)
    if run.returncode not in (0, 130):
        sys.exit(f"ingest failed ({run.returncode}):\n{run.stderr}")
    print(f"mode {args.mode}: {run.wall:.0f} s wall; database {db.stat().st_size / MB:.0f} MiB")
    print(last_lines(run.stderr, 3))
    step = max(1, len(run.samples) // 10)
    marks = run.samples[::step] + run.samples[-1:]
    print("parent RSS over time: " + ", ".join(f"{s:.0f} s {rss / MB:.0f} MB"
                                               for s, rss in marks))
    workers = [w / MB for w in run.workers_rss("spawn_main")]
    print(f"peak RSS: parent {run.parent_rss / MB:.0f} MB (target < 500), of which its own "
          f"heap (RssAnon) {run.parent_anon / MB:.0f} MB at most; workers "
          f"{', '.join(f'{w:.0f}' for w in workers)} MB")


if __name__ == "__main__":
    main()
