"""Every core of one machine: spaCy and extraction in worker processes, one writer.

    with Store("events.db") as store:
        summary = ingest_parallel(store, iter_inputs(["archive.jsonl"], options()), workers=4)

The parent reads the input as a stream, skips the documents the store holds (before any
parsing), cuts the rest into batches and hands them to N worker processes, each of which loads
the spaCy models once and keeps them. Results come back in any order and are stored in input
order, one transaction per batch (each document whole or undone within it), by the parent
alone: the store has one writer, and the same input gives the same events, ids and merges as
the in-process path.

Memory stays flat whatever the input size: at most `2 N + 2` batches are between the reader
and the writer (a batch is at most `batch_size` documents and MAX_BATCH_CHARS characters), and
nothing else is held.

A worker that dies (killed, out of memory) breaks the pool: a new pool takes over the batches
in flight, and the run goes on. The parent killed (Ctrl-C, SIGKILL): its workers end with it,
every document stored so far is whole, and the same command run again skips them.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import chain

from chronique.batch.defaults import BATCH_SIZE, default_workers  # noqa: F401 (re-exported)
from chronique.batch.fold import Folder
from chronique.batch.work import Extracted, extract_batch, failed_batch, init_worker
from chronique.errors import ChroniqueError, InputError
from chronique.records import Document
from chronique.store import IngestSummary, Store
from chronique.store.ingest import Progress

# A batch of long reports is cut sooner: memory is bounded in characters, not only documents.
MAX_BATCH_CHARS = 2_000_000
# New pools started in a row without a batch coming back before the run gives up.
MAX_RESTARTS = 3
# What a worker does with a batch of documents: (documents, batch size) -> one result each.
Work = Callable[[list[Document], int], list[Extracted]]


@dataclass
class Batch:
    """Consecutive input items; only the documents go to a worker, errors stay in place."""

    items: list[Document | InputError] = field(default_factory=list)
    chars: int = 0

    @property
    def docs(self) -> list[Document]:
        return [i for i in self.items if isinstance(i, Document)]


def batches(items: Iterable[Document | InputError], size: int = BATCH_SIZE,
            max_chars: int = MAX_BATCH_CHARS) -> Iterator[Batch]:
    """`items` in batches of at most `size` documents and about `max_chars` characters."""
    batch = Batch()
    n = 0
    for item in items:
        batch.items.append(item)
        if isinstance(item, Document):
            n += 1
            batch.chars += len(item.text)
        if n >= size or batch.chars >= max_chars:
            yield batch
            batch, n = Batch(), 0
    if batch.items:
        yield batch


def fold_batch(folder: Folder, batch: Batch, results: list[Extracted]) -> None:
    """Store a batch in input order, each document with what its worker found, in one
    transaction (each document whole or not at all within it)."""
    found = iter(results)
    with folder.store.batch():
        for item in batch.items:
            folder.fold(item, None if isinstance(item, InputError) else next(found))


def ingest_parallel(store: Store, items: Iterable[Document | InputError], *, workers: int,
                    batch_size: int = BATCH_SIZE, progress: Progress | None = None,
                    langs: tuple[str, ...] = (), work: Work = extract_batch) -> IngestSummary:
    """Process and store every document of `items` the store does not hold, with `workers`
    processes (`langs`: the models they load at start; others load on first use). `work`
    is what a worker does with a batch (a module-level function; benchmarks of the parent
    alone give a cheap one). An input of one batch or less is processed in this process:
    starting workers would cost more than they save."""
    folder = Folder(store, progress)
    stream = batches(folder.triaged(iter(items)), batch_size)
    head = [b for b in (next(stream, None), next(stream, None)) if b is not None]
    if workers <= 1 or len(head) < 2:
        for batch in chain(head, stream):
            docs = batch.docs
            fold_batch(folder, batch, work(docs, batch_size) if docs else [])
        return folder.summary
    with Pool(workers, batch_size, langs, work) as pool:
        for batch, results in pool.ordered(chain(head, stream)):
            fold_batch(folder, batch, results)
    return folder.summary


def _succeeded(future: Future) -> bool:
    return future.done() and not future.cancelled() and future.exception() is None


class Pool:
    """N worker processes fed batches through a bounded window; results in input order."""

    def __init__(self, workers: int, batch_size: int = BATCH_SIZE, langs: tuple[str, ...] = (),
                 work: Work = extract_batch):
        self.workers = workers
        self.work = work
        self.batch_size = batch_size
        self.langs = langs
        self.window = 2 * workers + 2
        self.restarts = 0
        # spawn, not fork: the parent holds a database connection and tqdm's thread, and a
        # worker needs neither; each worker imports chronique and loads its models itself.
        self._context = multiprocessing.get_context("spawn")
        self._executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.workers, mp_context=self._context,
                                   initializer=init_worker, initargs=(os.getpid(), self.langs))

    def _submit(self, batch: Batch) -> Future:
        docs = batch.docs
        if not docs:                     # nothing to parse: a batch of unreadable documents
            done: Future = Future()
            done.set_result([])
            return done
        try:
            return self._executor.submit(self.work, docs, self.batch_size)
        except BrokenProcessPool as exc:
            # A worker died between two submissions: the pool refuses new work at once. Hand
            # the batch back as broken, so that `ordered` restarts the pool and resubmits it
            # with the others in flight, as when the death shows in a result.
            broken: Future = Future()
            broken.set_exception(exc)
            return broken

    def ordered(self, stream: Iterable[Batch]) -> Iterator[tuple[Batch, list[Extracted]]]:
        """(batch, results) for every batch of `stream`, in order; at most `window` batches
        read ahead of the one being handed back."""
        source = iter(stream)
        pending: deque[tuple[Batch, Future]] = deque()
        exhausted = False
        while True:
            while not exhausted and len(pending) < self.window:
                batch = next(source, None)
                if batch is None:
                    exhausted = True
                else:
                    pending.append((batch, self._submit(batch)))
            if not pending:
                return
            batch, future = pending[0]
            try:
                results = future.result()
            except BrokenProcessPool:
                pending = self._restart(pending)
                continue
            except Exception as exc:     # a bug outside the per-document handling
                results = failed_batch(batch.docs, exc)
            self.restarts = 0
            pending.popleft()
            yield batch, results

    def _restart(self, pending: deque[tuple[Batch, Future]]) -> deque[tuple[Batch, Future]]:
        """A worker died: start a new pool and give it every batch in flight again."""
        self._stop(kill=True)
        self.restarts += 1
        if self.restarts > MAX_RESTARTS:
            raise ChroniqueError(
                f"worker processes died {MAX_RESTARTS + 1} times in a row without finishing a "
                f"batch (out of memory? try fewer --workers); every document stored so far "
                f"is kept: run the same command again to go on")
        self._executor = self._start()
        return deque((batch, future if _succeeded(future) else self._submit(batch))
                     for batch, future in pending)

    def _stop(self, kill: bool) -> None:
        if kill:
            # The executor has no public way to stop a busy worker; its processes are ours.
            for proc in list(getattr(self._executor, "_processes", {}).values()):
                if proc.is_alive():
                    proc.kill()
        self._executor.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> Pool:
        return self

    def __exit__(self, exc_type: object, *rest: object) -> None:
        self._stop(kill=exc_type is not None)
