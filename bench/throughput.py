"""Throughput of chronique's extraction against bare spaCy on the same model and corpus.

    .venv/bin/python bench/throughput.py [--docs 2000] [--batch-size 32] [--repeat 2]

For each language: parse the generated reports with bare `nlp.pipe` (the same model chronique
loads, the same batch size, one process), then run chronique's whole extraction (parse,
extract, resolve, merge) over the same texts in the same process count. Prints articles/s,
words/s and the ratio chronique / bare spaCy (target >= 0.8). A benchmark, not a test.

The two sides run in turn `--repeat` times and each keeps its best time, as `timeit` does:
a single run of either side varies by up to 10 % on the development machine (measured: bare
spaCy at 63 and 69 articles/s on the same corpus), more than the difference being measured.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import generate  # noqa: E402
from chronique import nlp  # noqa: E402
from chronique.pipeline import process  # noqa: E402
from chronique.records import Document  # noqa: E402


def _bare(texts: list[str], lang: str, batch_size: int) -> float:
    import spacy

    bare = spacy.load(nlp.MODELS[lang])
    t = time.perf_counter()
    for _ in bare.pipe(texts, batch_size=batch_size):
        pass
    return time.perf_counter() - t


def _chronique(docs: list[Document], batch_size: int) -> tuple[float, int]:
    t = time.perf_counter()
    events = sum(len(r.events) for r in process(docs, batch_size=batch_size))
    return time.perf_counter() - t, events


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=2000, help="reports in the corpus (both languages)")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--repeat", type=int, default=2, help="runs of each side; the best counts")
    args = ap.parse_args()
    corpus = generate(args.docs)
    print(f"corpus: {len(corpus)} generated reports, "
          f"{sum(len(d['text'].split()) for d in corpus)} words, 1 process")
    for lang in ("fr", "en"):
        items = [d for d in corpus if d["lang"] == lang]
        texts = [d["text"] for d in items]
        words = sum(len(t.split()) for t in texts)
        docs = [Document(id=d["id"], text=d["text"], lang=lang,
                         published=date.fromisoformat(d["published"])) for d in items]
        nlp.load(lang)   # model loading is not throughput: load before timing either side
        process(docs[:4], batch_size=4)   # warm caches (lexicons, gazetteer) likewise
        list(process(docs[:4], batch_size=4))
        bare_s = ours_s = float("inf")
        for _ in range(max(1, args.repeat)):
            bare_s = min(bare_s, _bare(texts, lang, args.batch_size))
            took, events = _chronique(docs, args.batch_size)
            ours_s = min(ours_s, took)
        print(f"[{lang}] {len(texts)} reports, {words} words")
        print(f"  bare spaCy nlp.pipe : {len(texts) / bare_s:8.1f} articles/s {words / bare_s:9.0f} words/s")
        print(f"  chronique extract   : {len(texts) / ours_s:8.1f} articles/s {words / ours_s:9.0f} words/s"
              f"  ({events} events)")
        print(f"  ratio chronique / spaCy: {bare_s / ours_s:.2f}")


if __name__ == "__main__":
    main()
