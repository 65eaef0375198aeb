"""The event store: documents in, merged events out. The CLI and the HTTP API only translate.

    store = Store("chronique.db")                 # or "postgresql://..."; created when missing
    if store.triage(doc).status != "stored":
        outcome = store.add(doc, chronique.extract_documents([doc]) ...)
    page = store.events(EventFilter.parse(type="ASSAULT", country="UKR"), limit=50)
    store.event("evt_3f2a9c").event.sources

Ingest is idempotent: a document whose URL or normalised text is already stored adds nothing.
A document stored by an older chronique is revised in place when a newer one processes it
(`version`, by default this chronique's). Each document is one transaction with its events.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from packaging.version import InvalidVersion, Version

from chronique import __version__
from chronique.errors import StoreError
from chronique.records import Document, Event
from chronique.store.base import Backend, open_backend
from chronique.store.filters import EventFilter, order_by
from chronique.store.rows import (StoredDocument, StoredEvent, document_from_row, load, now,
                                  text_hash)
from chronique.store.schema import SCHEMA_VERSION
from chronique.store.writer import Outcome, Writer

MAX_LIMIT = 1000
# Counting every match of a broad filter over millions of events costs more than the page
# itself; past this many, `total` says "at least" (Page.exact is False).
COUNT_CAP = 1000
COUNT_BUDGET_S = 0.05


@dataclass
class Triage:
    """Where a document stands before it is processed: `new`, `stored` (nothing to do) or
    `outdated` (stored by an older chronique: re-process it to revise its events).
    `doc_id` is the id to process it under (the stored one, or a fresh one on a clash)."""

    status: str
    doc_id: str
    reason: str | None = None


@dataclass
class Page:
    events: list[StoredEvent]
    total: int
    exact: bool
    limit: int
    offset: int
    filters: EventFilter = field(default_factory=EventFilter)
    more: bool = False   # another page follows


def _version(v: str) -> Any:
    try:
        return (1, Version(v))
    except InvalidVersion:
        return (0, v)


class Store:
    """Documents, events, mentions, actors and places in SQLite (a file) or PostgreSQL."""

    def __init__(self, location: str | Path | None = None, *, version: str = __version__):
        self.backend: Backend = open_backend(location)
        self.version = version
        self.backend.init_schema()
        self._check_schema()

    @property
    def location(self) -> str:
        return self.backend.location

    def _check_schema(self) -> None:
        with self.backend.write() as tx:
            tx.execute("INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
                       "ON CONFLICT (key) DO NOTHING", (str(SCHEMA_VERSION),))
            found = int(tx.scalar("SELECT value FROM meta WHERE key = 'schema_version'"))
        if found != SCHEMA_VERSION:
            raise StoreError(f"{self.location}: database schema v{found}, this chronique "
                             f"reads v{SCHEMA_VERSION}")

    def close(self) -> None:
        self.backend.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- writing -----------------------------------------------------------------------------

    def triage(self, document: Document) -> Triage:
        """Whether `document` needs processing; call it before extraction to skip the work."""
        return self.triage_many([document])[0]

    def triage_many(self, documents: list[Document]) -> list[Triage]:
        """`triage` for several documents, in one read transaction."""
        with self.backend.read() as tx:
            return [self._triage(tx, d) for d in documents]

    def _triage(self, tx: Any, doc: Document) -> Triage:
        digest = text_hash(doc.text)
        rows = tx.all("SELECT id, url, text_hash, version FROM documents "
                      "WHERE id = ? OR url = ? OR text_hash = ?", (doc.id, doc.url, digest))
        same = [r for r in rows if r["text_hash"] == digest or (doc.url and r["url"] == doc.url)]
        if same:
            r = same[0]
            why = "same text" if r["text_hash"] == digest else "same URL"
            if _version(r["version"]) >= _version(self.version):
                return Triage("stored", r["id"], f"already stored as {r['id']} ({why})")
            return Triage("outdated", r["id"], f"stored as {r['id']} by chronique "
                                                f"{r['version']}, now {self.version}")
        if rows:   # the id is taken by another article: give this one an id of its own
            return Triage("new", f"{doc.id}-{digest[:8]}", f"id {doc.id} is another article's")
        return Triage("new", doc.id)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Several `add`s in one transaction: committing once per batch of documents instead
        of once per document is most of a writer's time. Each `add` inside is still whole or
        undone alone; a process killed inside the batch loses the batch, which a rerun redoes."""
        with self.backend.write():
            yield

    def add(self, document: Document, events: list[Event]) -> Outcome:
        """Store `document` and fold its `events` (as extracted from it) into the store, in
        one transaction. Already stored: nothing changes (status `skipped`). Stored by an
        older chronique: its events are revised in place (status `revised`)."""
        with self.backend.write() as tx:
            t = self._triage(tx, document)
            if t.status == "stored":
                return Outcome(t.doc_id, "skipped", reason=t.reason)
            if t.doc_id != document.id:
                document, events = _renamed(document, events, t.doc_id)
            w = Writer(tx, self.version, now())
            if t.status == "outdated":
                return Outcome(t.doc_id, "revised", w.revise(document, events), reason=t.reason)
            pk = w.insert_document(document)
            return Outcome(t.doc_id, "added", w.add_events(document, pk, events))

    def outdated(self, batch: int = 100) -> Iterator[Document]:
        """The stored documents an older chronique processed, to process again."""
        last = 0
        while True:
            with self.backend.read() as tx:
                rows = tx.all("SELECT * FROM documents WHERE pk > ? ORDER BY pk LIMIT ?",
                              (last, batch))
            if not rows:
                return
            last = rows[-1]["pk"]
            for r in rows:
                if _version(r["version"]) < _version(self.version):
                    yield document_from_row(r)

    # --- reading -----------------------------------------------------------------------------

    def events(self, filters: EventFilter | None = None, limit: int = 50, offset: int = 0,
               count: bool = True, order: str | None = None) -> Page:
        """One page of events, newest first unless `order` says otherwise (a key of
        `filters.ORDERS`, `-` first for descending: "fatalities", "-sources"). `total` is exact
        up to COUNT_CAP when counting takes less than COUNT_BUDGET_S; otherwise it is a lower
        bound (`exact` False)."""
        filters = filters or EventFilter()
        sort = order_by(order)
        if not 1 <= limit <= MAX_LIMIT:
            raise StoreError(f"limit must be between 1 and {MAX_LIMIT}, not {limit}")
        if offset < 0:
            raise StoreError(f"offset must be 0 or more, not {offset}")
        with self.backend.read() as tx:
            where, params = filters.sql(tx)
            rows = tx.all(f"SELECT data, revision, created_at, updated_at FROM events "
                          f"WHERE {where} ORDER BY {sort} LIMIT ? OFFSET ?",
                          params + [limit + 1, offset])
            more = len(rows) > limit
            rows = rows[:limit]
            total: int | None = offset + len(rows)
            if count and (more or (offset and not rows)):
                total = tx.scalar_within(
                    f"SELECT COUNT(*) FROM (SELECT 1 FROM events WHERE {where} "
                    f"ORDER BY date_start DESC, pk DESC LIMIT ?) AS page",
                    params + [COUNT_CAP + 1], COUNT_BUDGET_S)
        exact = total is not None and total <= COUNT_CAP and (count or not more)
        if total is None:
            total = offset + len(rows) + (1 if more else 0)
        return Page([_stored(r) for r in rows], min(total, COUNT_CAP), exact, limit, offset,
                    filters, more)

    def timeline(self, filters: EventFilter | None = None) -> dict[str, Any]:
        """Matching events counted per day (their first day) and type; see summary.timeline."""
        from chronique.store.summary import timeline
        with self.backend.read() as tx:
            return timeline(tx, filters or EventFilter())

    def points(self, filters: EventFilter | None = None, limit: int = 5000) -> dict[str, Any]:
        """The newest `limit` matching events that have coordinates, in a compact form for a
        map; see summary.points."""
        from chronique.store.summary import points
        with self.backend.read() as tx:
            return points(tx, filters or EventFilter(), limit)

    def iter_events(self, filters: EventFilter | None = None) -> Iterator[StoredEvent]:
        """Every matching event, oldest first, streamed (exports)."""
        with self.backend.read() as tx:
            where, params = (filters or EventFilter()).sql(tx)
            for r in tx.iter(f"SELECT data, revision, created_at, updated_at FROM events "
                             f"WHERE {where} ORDER BY date_start, pk", params):
                yield _stored(r)

    def event(self, event_id: str) -> StoredEvent | None:
        """One event with the documents its mentions come from."""
        with self.backend.read() as tx:
            row = tx.one("SELECT data, revision, created_at, updated_at FROM events WHERE id = ?",
                         (event_id,))
            if row is None:
                return None
            stored = _stored(row)
            docs = tx.all("SELECT * FROM documents WHERE id IN (SELECT doc_id FROM "
                          "event_sources WHERE event_id = ?) ORDER BY pk", (event_id,))
            stored.documents = [_stored_doc(d, []) for d in docs]
        return stored

    def document(self, doc_id: str) -> StoredDocument | None:
        with self.backend.read() as tx:
            row = tx.one("SELECT * FROM documents WHERE id = ?", (doc_id,))
            if row is None:
                return None
            ids = [r["event_id"] for r in tx.all(
                "SELECT event_id FROM event_sources WHERE doc_id = ? ORDER BY seq", (doc_id,))]
        return _stored_doc(row, ids)

    def documents_brief(self, ids: list[str]) -> dict[str, dict[str, Any]]:
        """id -> {title, url, source, published} for `ids` (what exports cite)."""
        out: dict[str, dict[str, Any]] = {}
        with self.backend.read() as tx:
            for i in range(0, len(ids), 500):
                chunk = ids[i:i + 500]
                for r in tx.all(f"SELECT id, title, url, source, published FROM documents "
                                f"WHERE id IN ({', '.join('?' * len(chunk))})", chunk):
                    out[r["id"]] = {k: r[k] for k in ("title", "url", "source", "published")}
        return out

    def stats(self) -> dict[str, Any]:
        """Counts for a dashboard: documents, events by type and status, mentions, date span."""
        with self.backend.read() as tx:
            def by(col: str) -> dict[str, int]:
                return {r[0]: r[1] for r in tx.all(
                    f"SELECT {col}, COUNT(*) FROM events GROUP BY {col} ORDER BY 2 DESC, 1")}
            span = tx.one("SELECT MIN(NULLIF(date_start, '')), MAX(date_end) FROM events")
            return {
                "database": self.location, "backend": self.backend.dialect,
                "version": self.version,
                "documents": tx.scalar("SELECT COUNT(*) FROM documents"),
                "events": tx.scalar("SELECT COUNT(*) FROM events"),
                "mentions": tx.scalar("SELECT COUNT(*) FROM mentions"),
                "multi_source_events": tx.scalar("SELECT COUNT(*) FROM events WHERE n_sources > 1"),
                "revised_events": tx.scalar("SELECT COUNT(*) FROM events WHERE revision > 0"),
                "by_type": by("type"), "by_status": by("status"),
                "by_country": {r[0]: r[1] for r in tx.all(
                    "SELECT country, COUNT(*) FROM events WHERE country IS NOT NULL "
                    "GROUP BY country ORDER BY 2 DESC, 1 LIMIT 20")},
                "first_date": span[0] or None, "last_date": span[1] or None,
                "last_added": tx.scalar("SELECT MAX(processed_at) FROM documents"),
            }

    def export(self, fmt: str, out: Any, filters: EventFilter | None = None) -> int:
        """Write the matching events to `out` (text stream, or binary for parquet) in `fmt`
        (jsonl, csv, geojson, parquet); returns the number of events written."""
        from chronique.exports import export
        return export(self, fmt, out, filters)


def _stored(row: Any) -> StoredEvent:
    return StoredEvent(load(row["data"]), row["revision"], row["created_at"], row["updated_at"])


def _stored_doc(row: Any, ids: list[str]) -> StoredDocument:
    return StoredDocument(document_from_row(row), row["version"], row["added_at"],
                          row["processed_at"], ids)


def _renamed(doc: Document, events: list[Event], new_id: str) -> tuple[Document, list[Event]]:
    """`doc` and its events under another document id (a clash, or the stored copy's id)."""
    old = doc.id

    def fix(e: Event) -> Event:
        return replace(
            e, sources=[new_id if s == old else s for s in e.sources],
            mentions=[replace(m, doc_id=new_id) if m.doc_id == old else m for m in e.mentions],
            toll_claims=[replace(c, doc_id=new_id) if c.doc_id == old else c
                         for c in e.toll_claims])
    return replace(doc, id=new_id), [fix(e) for e in events]
