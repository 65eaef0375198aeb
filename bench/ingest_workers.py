"""Throughput of `chronique ingest --workers N` against bare spaCy `nlp.pipe(n_process=N)`.

    .venv/bin/python bench/ingest_workers.py [--docs 5000] [--workers 2] [--dir DIR]

Both run over the same generated reports (`bench/corpus.py`, French and English alternating),
each as a whole command in a fresh process, models loaded inside the timing on both sides:

- bare spaCy: load both models, `nlp.pipe(texts, n_process=N, batch_size=32)` per language,
  nothing done with the Docs;
- chronique: `chronique ingest corpus.jsonl --workers N` into a new database: reading,
  parsing, extraction, resolution, merging within and across reports, and storing.

Prints articles/s of each and their ratio (target >= 0.8), the ratio of CPU seconds (fairer on
a machine others use at the same time), events found, and the peak RSS of each worker process
(target <= 1.5 GB) and of the parent. Then, to tell where the difference goes, the CPU time of
each stage in one process over the first `--sample` reports: bare parsing, chronique's parsing,
extraction (events_of), and storing. A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import write_jsonl  # noqa: E402
from bench.measure import CHRONIQUE, MB, last_lines, machine, measure  # noqa: E402

BARE = r"""
import json, sys, time
import spacy
from chronique.nlp import MODELS
path, n = sys.argv[1], int(sys.argv[2])
texts = {"fr": [], "en": []}
for line in open(path, encoding="utf-8"):
    d = json.loads(line)
    texts[d["lang"]].append(d["text"])
parse = 0.0
for lang, items in texts.items():
    nlp = spacy.load(MODELS[lang])
    t = time.perf_counter()
    for _ in nlp.pipe(items, batch_size=32, n_process=n):
        pass
    parse += time.perf_counter() - t
print(json.dumps({"parse_s": parse}), file=sys.stderr)
"""


def breakdown(corpus: Path, n: int, db: Path) -> None:
    """CPU milliseconds per report of each stage, in this process, models loaded first."""
    import resource

    import spacy

    from chronique import nlp
    from chronique.ingest import iter_documents
    from chronique.pipeline import events_of
    from chronique.store import Store

    def cpu() -> float:
        r = resource.getrusage(resource.RUSAGE_SELF)
        return r.ru_utime + r.ru_stime

    docs = [d for _, d in zip(range(n), iter_documents([corpus]))]
    spent = {"bare spaCy parse": 0.0, "chronique parse": 0.0, "extract (events_of)": 0.0,
             "store (Store.add)": 0.0}
    results = []
    for lang in ("fr", "en"):
        mine = [d for d in docs if d.lang == lang]
        texts = [d.text for d in mine]
        bare = spacy.load(nlp.MODELS[lang])
        list(bare.pipe(texts[:8]))
        t = cpu()
        list(bare.pipe(texts, batch_size=32))
        spent["bare spaCy parse"] += cpu() - t
        nlp.load(lang)
        list(nlp.parse(texts[:8], lang))
        t = cpu()
        parsed = list(nlp.parse(texts, lang))
        spent["chronique parse"] += cpu() - t
        t = cpu()
        results += [(d, events_of(d, p)) for d, p in zip(mine, parsed)]
        spent["extract (events_of)"] += cpu() - t
    with Store(db) as store:
        t = cpu()
        for d, events in results:
            store.add(d, events)
        spent["store (Store.add)"] += cpu() - t
    print(f"in one process, CPU ms per report over {len(docs)} reports: " + ", ".join(
        f"{k} {v * 1000 / len(docs):.1f}" for k, v in spent.items()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=5000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--dir", type=Path, default=Path("/tmp/chronique-bench"))
    ap.add_argument("--sample", type=int, default=600, help="reports in the breakdown")
    args = ap.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    corpus = write_jsonl(args.dir / f"reports-{args.docs}.jsonl", args.docs, seed=11)
    db = args.dir / f"workers-{args.docs}.db"
    for f in Path(args.dir).glob(db.name + "*"):
        f.unlink()
    n = args.docs
    print(f"{n} generated reports ({corpus.stat().st_size / MB:.1f} MB of JSONL), "
          f"{args.workers} processes; {machine()}")

    bare = measure([sys.executable, "-c", BARE, str(corpus), str(args.workers)])
    if bare.returncode:
        sys.exit(f"bare spaCy failed:\n{bare.stderr}")
    import json
    parse_s = json.loads(bare.stderr.strip().splitlines()[-1])["parse_s"]
    ours = measure(CHRONIQUE + ["ingest", str(corpus), "--db", str(db),
                                "--workers", str(args.workers)])
    if ours.returncode:
        sys.exit(f"chronique ingest failed:\n{ours.stderr}")

    print(f"bare spaCy nlp.pipe(n_process={args.workers}): {bare.wall:6.1f} s wall "
          f"({n / bare.wall:5.1f} articles/s; {n / parse_s:5.1f}/s parsing alone), "
          f"{bare.cpu:6.1f} CPU s")
    print(f"chronique ingest --workers {args.workers}:     {ours.wall:6.1f} s wall "
          f"({n / ours.wall:5.1f} articles/s), {ours.cpu:6.1f} CPU s")
    print(last_lines(ours.stderr, 3))
    print(f"ratio chronique / bare spaCy, articles/s: {bare.wall / ours.wall:.2f} "
          f"(target >= 0.8); CPU s per article: {bare.cpu / ours.cpu:.2f}")
    workers = ours.workers_rss("spawn_main")
    print(f"peak RSS: workers {', '.join(f'{w / MB:.0f}' for w in workers)} MB "
          f"(target <= 1536), parent {ours.parent_rss / MB:.0f} MB; bare spaCy: parent "
          f"{bare.parent_rss / MB:.0f} MB, workers "
          f"{', '.join(f'{w / MB:.0f}' for w in bare.child_rss.values())} MB")
    sample_db = args.dir / "breakdown.db"
    for f in args.dir.glob(sample_db.name + "*"):
        f.unlink()
    breakdown(corpus, args.sample, sample_db)


if __name__ == "__main__":
    main()
