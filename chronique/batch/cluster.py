"""The same work on a Dask cluster: partitions out, Parquet back, one merge into the store.

    summary, how = ingest_dask(store, ["archive/"], options(), address="tcp://10.0.0.5:8786",
                               workers=2, partition_size=1000, work_dir=Path("events.db.parts"))

The input is cut into partitions (`partitions.plan`) that the workers read themselves, so the
paths must be the same on every machine (a shared file system, or a copy of the input on
each). Each worker loads the spaCy models once, at start (`ModelsPlugin`), and keeps them.
A partition comes back as Parquet bytes (`parts.run_partition`), kept in the work folder here,
and partitions are folded into the store strictly in input order, one transaction per
document, by this process alone: events reported in two partitions merge as they would in
one process, and the same input gives the same events and ids whichever way it ran.

At most `2 W + 2` partitions are on the cluster at a time (W workers), so neither the cluster
nor this process holds more than that, whatever the input size. A worker lost is replaced and
its partitions recomputed by Dask. A run stopped at any point and started again skips the
partitions the store records as folded, reuses the results already in the work folder, and
computes only the rest; inside a partition, documents already stored are skipped.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections import deque
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from distributed import Client, LocalCluster, as_completed
from distributed.diagnostics.plugin import WorkerPlugin

from chronique.batch.fold import Folder
from chronique.batch.partitions import Partition, plan
from chronique.batch.parts import WorkDir, folded, mark_folded, read_results, run_partition
from chronique.batch.work import warm
from chronique.errors import ChroniqueError, ExtractionError, InputError
from chronique.ingest.paths import STDIN
from chronique.ingest.text import Options
from chronique.store import IngestSummary, Store
from chronique.store.ingest import Progress

CONNECT_TIMEOUT_S = 30
# spaCy pipelines are not made to be shared by threads: a worker started with several
# threads still runs one partition at a time.
_ONE_AT_A_TIME = threading.Lock()


class ModelsPlugin(WorkerPlugin):
    """Loads the spaCy models when a worker starts (or joins later), once per process."""

    name = "chronique-models"

    def __init__(self, langs: tuple[str, ...]):
        self.langs = tuple(langs)

    async def setup(self, worker: Any) -> None:
        # Off the worker's event loop: loading takes seconds, and heartbeats must go on.
        await asyncio.get_running_loop().run_in_executor(None, warm, self.langs)


def _task(part: Partition, opts: Options, batch_size: int) -> tuple[bytes, bytes]:
    with _ONE_AT_A_TIME:
        return run_partition(part, opts, batch_size)


def connect(address: str, workers: int) -> tuple[Client, LocalCluster | None]:
    """A client of the scheduler at `address`, or of a new LocalCluster of `workers`
    single-threaded worker processes for 'local'."""
    if address == "local":
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.ERROR)
        return Client(cluster), cluster
    try:
        return Client(address, timeout=CONNECT_TIMEOUT_S), None
    except (OSError, TimeoutError) as exc:
        raise ChroniqueError(f"no Dask scheduler answers at {address}: {exc}") from None


class _Computing:
    """Partitions on the cluster, at most `window` at a time; results written to the work
    folder as they come back, in whatever order they finish."""

    def __init__(self, client: Client, todo: list[Partition], keys: dict[int, str],
                 work: WorkDir, opts: Options, batch_size: int, window: int):
        self.client = client
        self.queue = deque(todo)
        self.keys = keys
        self.work = work
        self.opts = opts
        self.batch_size = batch_size
        self.window = window
        self.running: dict[str, Partition] = {}
        self.done = as_completed()
        self.failed: dict[int, str] = {}

    def refill(self) -> None:
        while self.queue and len(self.running) < self.window:
            part = self.queue.popleft()
            future = self.client.submit(_task, part, self.opts, self.batch_size,
                                        key=f"chronique-{self.keys[part.index]}", pure=False)
            self.running[future.key] = part
            self.done.add(future)

    def wait_for(self, part: Partition) -> str | None:
        """Block until `part`'s results are in the work folder; the reason if it failed."""
        key = self.keys[part.index]
        self.refill()
        while not self.work.has(part, key) and part.index not in self.failed:
            if not self.running:
                return "its results are missing from the work folder"
            future = next(self.done)
            got = self.running.pop(future.key)
            try:
                docs, events = future.result()
            except Exception as exc:   # a worker's error, or a task that killed its workers
                self.failed[got.index] = f"{type(exc).__name__}: {exc}"
            else:
                self.work.write(got, self.keys[got.index], docs, events)
            future.release()
            self.refill()
        return self.failed.get(part.index)


def ingest_dask(store: Store, paths: Iterable[str | Path], opts: Options, *, address: str,
                workers: int, partition_size: int, work_dir: Path, keep_parts: bool = False,
                batch_size: int = 32, progress: Progress | None = None,
                say: Callable[[str], None] = lambda line: None) -> tuple[IngestSummary, str]:
    """Process and store `paths` on the Dask cluster at `address` ('local': a LocalCluster
    of `workers` processes). Returns the summary and a line saying how it ran."""
    if address != "local":
        # Workers elsewhere run in folders of their own: a relative path would name nothing
        # there, or something else.
        paths = [p if str(p) == STDIN else Path(p).absolute() for p in paths]
    items = list(plan(paths, opts, partition_size))
    parts = [p for p in items if isinstance(p, Partition)]
    keys = {p.index: p.key(opts) for p in parts}
    work = WorkDir(work_dir)
    before = {p.index: folded(store, keys[p.index]) for p in parts}
    todo = [p for p in parts if before[p.index] is None and not work.has(p, keys[p.index])]
    folder = Folder(store, progress)
    summary = folder.summary
    reused = sum(1 for p in parts if before[p.index] is None) - len(todo)
    earlier = [b for b in before.values() if b is not None]
    if earlier:
        stored = sum(b["stored"] for b in earlier)
        summary.read += stored
        summary.skipped += stored
        say(f"{len(earlier)} partitions were merged by an earlier run: {stored} documents "
            f"skipped without reading them")
    if hasattr(progress, "set_total"):
        progress.set_total(sum(p.documents for p in parts if before[p.index] is None))
    client = cluster = None
    n_workers = 0
    if todo:
        client, cluster = connect(address, workers)
        n_workers = len(client.scheduler_info().get("workers", {}))
        if n_workers == 0:
            say(f"the scheduler at {address} has no workers yet: waiting for `dask worker` "
                f"processes to join")
        try:
            client.register_plugin(ModelsPlugin((opts.lang,) if opts.lang else _all_langs()))
        except Exception as exc:   # whatever a worker raised while setting up
            client.close()
            if cluster is not None:
                cluster.close()
            raise ChroniqueError(f"the Dask workers could not load chronique's models (is "
                                 f"chronique installed on every worker?): {exc}") from None
        n_workers = max(1, n_workers)
    try:
        computing = _Computing(client, todo, keys, work, opts, batch_size,
                               window=2 * n_workers + 2) if client is not None else None
        for item in items:
            if isinstance(item, InputError):
                folder.fail(item.doc, item)
                continue
            key = keys[item.index]
            if before[item.index] is not None:
                continue
            failure = computing.wait_for(item) if computing is not None else None
            if failure is None and not work.has(item, key):
                failure = "its results are missing from the work folder"
            if failure is not None:
                folder.fail(item.describe(), ExtractionError(
                    item.describe(), f"partition failed on the cluster ({failure}); run the "
                                     f"same command again to retry it"))
                continue
            _fold(folder, store, item, key, work)
            if not keep_parts:
                work.remove(item, key)
    finally:
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
    if not keep_parts:
        work.tidy()
    where = "a local Dask cluster" if address == "local" else f"Dask at {address}"
    if todo:
        where += f", {n_workers} worker{'s' if n_workers > 1 else ''}"
    how = (f"{where}, {len(parts)} partitions ({len(todo)} computed, {reused} reused from "
           f"{work_dir}, {len(earlier)} merged before)")
    return summary, how


def _fold(folder: Folder, store: Store, part: Partition, key: str, work: WorkDir) -> None:
    """Fold one partition's results into the store, in order, then record it as folded."""
    stored = failed = 0
    for item, found in read_results(*work.paths(part, key)):
        before = len(folder.summary.failed)
        folder.fold(item, found)
        if len(folder.summary.failed) > before:
            failed += 1
        else:
            stored += 1
    mark_folded(store, key, part, stored, failed)


def _all_langs() -> tuple[str, ...]:
    from chronique.nlp import MODELS
    return tuple(sorted(MODELS))
