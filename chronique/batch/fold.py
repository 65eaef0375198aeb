"""Folding processed documents into the store: one writer, in input order, each document whole
or not at all (a savepoint of its own inside the caller's batch transaction, if any).

Every path (in-process, worker pool, Dask) ends here, so they store the same thing: documents
are added in the order the input gives them, and the store merges each one's events with the
events already stored (`Store.add`), so the same input gives the same events, ids and merges
whichever path processed it. A document is stored whole with its events or not at all, so an
interrupted batch never leaves half a document behind, and a rerun skips what is stored.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from itertools import islice

from chronique.batch.work import Extracted, reason_of
from chronique.errors import ChroniqueError, InputError
from chronique.records import Document, Event
from chronique.store import IngestSummary, Outcome, Store
from chronique.store.ingest import Progress


# Documents looked up in the store at once before processing (a few kB each: memory stays flat).
TRIAGE_CHUNK = 32


def bound_memory(store: Store) -> None:
    """Keep the writer's memory flat however large the database grows.

    SQLite maps the database file into the process for reading (up to 1 GB, good for a
    server's queries); the pages a writer touches there stay in its RSS, which then grows with
    the database. The writer reads little (one document's lookups, one event's candidates), so
    its reads go through SQLite's own bounded page cache instead."""
    if store.backend.dialect == "sqlite":
        with store.backend.read() as tx:
            tx.execute("PRAGMA mmap_size=0")


class Folder:
    """Writes documents and their events into `store`, keeping the summary and telling
    `progress` (name, outcome or None, error or None) of every document."""

    def __init__(self, store: Store, progress: Progress | None = None,
                 summary: IngestSummary | None = None):
        self.store = store
        self.progress = progress
        self.summary = summary or IngestSummary()
        bound_memory(store)

    def _tell(self, name: str, outcome: Outcome | None, error: ChroniqueError | None) -> None:
        if self.progress is not None:
            self.progress(name, outcome, error)

    def triaged(self, items: Iterator[Document | InputError]
                ) -> Iterator[Document | InputError]:
        """`items` less the documents the store already holds (counted as skipped here,
        before any parsing); documents to process carry the id the store gives them.
        Looked up TRIAGE_CHUNK at a time, one read transaction each."""
        items = iter(items)
        while chunk := list(islice(items, TRIAGE_CHUNK)):
            docs = [i for i in chunk if isinstance(i, Document)]
            found = iter(self.store.triage_many(docs))
            for item in chunk:
                if isinstance(item, InputError):
                    yield item
                    continue
                t = next(found)
                if t.status == "stored":
                    self.record(item.name, Outcome(t.doc_id, "skipped", reason=t.reason))
                    continue
                yield replace(item, id=t.doc_id) if t.doc_id != item.id else item

    def record(self, name: str, outcome: Outcome) -> None:
        self.summary.record(outcome)
        self._tell(name, outcome, None)

    def fail(self, name: str, error: ChroniqueError) -> None:
        self.summary.failed.append((name, reason_of(error)))
        self._tell(name, None, error)

    def add(self, doc: Document, events: list[Event]) -> None:
        """Store one document with its events, in its own transaction."""
        for note in doc.notes:
            self.summary.notes[note] += 1
        try:
            outcome = self.store.add(doc, events)
        except ChroniqueError as exc:
            self.fail(doc.name, exc)
            return
        self.record(doc.name, outcome)

    def fold(self, item: Document | InputError, extracted: Extracted | None) -> None:
        """One item of the input with what a worker made of it (None for an InputError)."""
        if isinstance(item, InputError):
            self.fail(item.doc, item)
            return
        assert extracted is not None
        error = extracted.error(item.name)
        if error is not None:
            self.fail(item.name, error)
        else:
            self.add(item, extracted.events)
