"""Batch at scale: every core of one machine, or a Dask cluster, with one writer.

    from chronique.batch import ingest_parallel, iter_inputs, options
    with Store("events.db") as store:
        summary = ingest_parallel(store, iter_inputs(["archive.jsonl"], options()), workers=4)

| module | what it does |
|---|---|
| `inputs.py` | what a batch reads: `iter_documents`' formats, Parquet, JSONL line ranges |
| `work.py` | the per-document work a worker runs, and how its failures travel back |
| `fold.py` | the one writer: documents into the store in input order, one transaction each |
| `workers.py` | a pool of worker processes behind a bounded window (`--workers N`) |
| `partitions.py` | the input cut into partitions for a cluster, with keys a rerun recognises |
| `parts.py` | partition results as Parquet, and the record of partitions merged |
| `cluster.py` | the same work on Dask workers, merged in order (`--dask`) |
| `progress.py` | documents/s, events found, ETA |
"""

from typing import Any

__all__ = ["default_workers", "ingest_parallel", "iter_inputs", "options"]

_HOMES = {"default_workers": "workers", "ingest_parallel": "workers", "iter_inputs": "inputs",
          "options": "inputs"}


def __getattr__(name: str) -> Any:
    # Imported on first use: `chronique --help` registers the batch options without loading
    # the store or the pipeline.
    if name in _HOMES:
        from importlib import import_module
        return getattr(import_module(f"chronique.batch.{_HOMES[name]}"), name)
    raise AttributeError(f"module 'chronique.batch' has no attribute {name!r}")
