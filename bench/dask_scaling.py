"""Scaling on Dask: `chronique ingest --dask local` with 1, then 2 workers, on the same input.

    .venv/bin/python bench/dask_scaling.py [--docs 2000] [--partition-size 200] [--max-workers 2]

Each run is the whole command into a new database: the LocalCluster started, the models
loaded by each worker, the partitions computed, their Parquet results merged into the store in
order. Prints wall time, articles/s, CPU seconds, and the efficiency of N workers,
(T1 / TN) / N: 1.0 is perfect scaling. On a machine of C cores, N = C workers share the cores
with the process that merges, so efficiency below 1 there is the merge's share. A benchmark,
not a test.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import write_jsonl  # noqa: E402
from bench.measure import CHRONIQUE, MB, last_lines, machine, measure  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--partition-size", type=int, default=200)
    ap.add_argument("--max-workers", type=int, default=2)
    ap.add_argument("--dir", type=Path, default=Path("/tmp/chronique-bench"))
    args = ap.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    corpus = write_jsonl(args.dir / f"reports-{args.docs}.jsonl", args.docs, seed=11)
    n = args.docs
    print(f"{n} generated reports, partitions of {args.partition_size}; {machine()}")
    first = None
    for workers in range(1, args.max_workers + 1):
        db = args.dir / f"dask-{workers}.db"
        for f in args.dir.glob(db.name + "*"):
            shutil.rmtree(f) if f.is_dir() else f.unlink()
        run = measure(CHRONIQUE + ["ingest", str(corpus), "--db", str(db), "--dask", "local",
                                   "--workers", str(workers),
                                   "--partition-size", str(args.partition_size)])
        if run.returncode:
            sys.exit(f"chronique ingest failed:\n{run.stderr}")
        first = first or run.wall
        eff = first / run.wall / workers
        peak = max(run.child_rss.values(), default=0)
        print(f"{workers} worker{'s' if workers > 1 else ' '}: {run.wall:6.1f} s wall, "
              f"{n / run.wall:5.1f} articles/s, {run.cpu:6.1f} CPU s, efficiency {eff:.2f}; "
              f"peak RSS client {run.parent_rss / MB:.0f} MB, largest worker {peak / MB:.0f} MB")
        print(last_lines(run.stderr, 3))


if __name__ == "__main__":
    main()
