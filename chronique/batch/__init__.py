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

from chronique.batch.inputs import iter_inputs, options
from chronique.batch.workers import default_workers, ingest_parallel

__all__ = ["default_workers", "ingest_parallel", "iter_inputs", "options"]
