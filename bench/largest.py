"""The largest input run here: `chronique ingest --workers N` over many generated reports.

    .venv/bin/python bench/largest.py [--docs 15000] [--workers 2] [--dask]

One whole command into a new database, the real pipeline end to end. Prints documents,
events (new, merged across reports), wall and CPU time, the peak RSS of the parent and of each
worker, and the database's size. `--dask` runs the same input on a local Dask cluster of N
workers instead. A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import write_jsonl  # noqa: E402
from bench.measure import CHRONIQUE, MB, last_lines, machine, measure  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=15000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--dask", action="store_true")
    ap.add_argument("--dir", type=Path, default=Path("/tmp/chronique-bench"))
    args = ap.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    corpus = write_jsonl(args.dir / f"reports-{args.docs}.jsonl", args.docs, seed=11)
    db = args.dir / f"largest-{args.docs}.db"
    for f in args.dir.glob(db.name + "*"):
        shutil.rmtree(f) if f.is_dir() else f.unlink()
    how = ["--dask", "local"] if args.dask else []
    print(f"{args.docs} generated reports, {corpus.stat().st_size / MB:.1f} MiB of JSONL; "
          f"{machine()}")
    run = measure(CHRONIQUE + ["ingest", str(corpus), "--db", str(db), "--workers",
                               str(args.workers), *how], every=0.5)
    if run.returncode:
        sys.exit(f"chronique ingest failed:\n{run.stderr}")
    stats = json.loads(subprocess.run(CHRONIQUE + ["stats", "--db", str(db)],
                                      capture_output=True, text=True, check=True).stdout)
    print(last_lines(run.stderr, 3))
    print(f"documents {stats['documents']}, events {stats['events']} "
          f"({stats['multi_source_events']} reported by several documents), mentions "
          f"{stats['mentions']}")
    print(f"wall {run.wall:.0f} s ({args.docs / run.wall:.1f} articles/s), CPU {run.cpu:.0f} s; "
          f"database {db.stat().st_size / MB:.0f} MiB")
    workers = sorted(run.child_rss.values(), reverse=True)[:args.workers]
    print(f"peak RSS: parent {run.parent_rss / MB:.0f} MB (heap {run.parent_anon / MB:.0f} MB), "
          f"workers {', '.join(f'{w / MB:.0f}' for w in workers)} MB")


if __name__ == "__main__":
    main()
