"""Partition results as Parquet, and the record of the partitions folded into the store.

A worker turns a partition into two tables (`run_partition`), handed back as Parquet bytes:

    documents   one row per input item, in input order: the document (id, text, metadata,
                notes) or the reason it failed, and how many events it gave
    events      one row per event of a document, as extracted from that document alone
                (before merging across reports): filter columns, and `data`, the whole event
                as EVENTS.md has it

The client keeps them under the work folder (`documents/part-*.parquet`,
`events/part-*.parquet`, a dataset pandas or DuckDB reads whole) until they are folded, each
file written under a temporary name and renamed, so a file there is always complete. Folded
partitions are recorded in the store's `meta` table, in the same database as the documents
they added: a rerun skips them, and a new database starts with no record.
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from chronique.batch.partitions import Partition
from chronique.batch.work import Extracted, extract_batch, failed_batch
from chronique.batch.workers import batches
from chronique.errors import InputError
from chronique.ingest.text import Options
from chronique.records import Document, Event, event_from_dict
from chronique.store import Store
from chronique.store.rows import now

_LEDGER = "batch.partition."


def _schemas() -> tuple[Any, Any]:
    import pyarrow as pa

    s, i32, f64 = pa.string(), pa.int32(), pa.float64()
    documents = pa.schema([
        ("seq", i32), ("origin", s), ("id", s), ("text", s), ("title", s), ("url", s),
        ("source", s), ("published", s), ("lang", s), ("notes", pa.list_(s)),
        ("n_events", i32), ("failure", s), ("failure_kind", s)])
    events = pa.schema([
        ("doc_seq", i32), ("doc_id", s), ("event_seq", i32), ("id", s), ("type", s),
        ("mode", s), ("status", s), ("date_start", s), ("date_end", s), ("country", s),
        ("location", s), ("lat", f64), ("lon", f64), ("fatalities", pa.int64()),
        ("n_mentions", i32), ("confidence", f64), ("data", s)])
    return documents, events


def _event_row(seq: int, doc_id: str, k: int, e: Event) -> dict[str, Any]:
    loc = e.location
    return {"doc_seq": seq, "doc_id": doc_id, "event_seq": k, "id": e.id, "type": e.type,
            "mode": e.mode, "status": e.status,
            "date_start": e.date.start.isoformat() if e.date.start else None,
            "date_end": e.date.end.isoformat() if e.date.end else None,
            "country": loc.country if loc else None, "location": loc.name if loc else None,
            "lat": loc.lat if loc else None, "lon": loc.lon if loc else None,
            "fatalities": e.fatalities.count if e.fatalities else None,
            "n_mentions": len(e.mentions), "confidence": e.confidence,
            "data": json.dumps(e.to_dict(), ensure_ascii=False, separators=(",", ":"))}


def _doc_row(seq: int, item: Document | InputError, found: Extracted | None) -> dict[str, Any]:
    if isinstance(item, InputError):
        return {"seq": seq, "origin": item.doc, "failure": item.reason, "failure_kind": "input",
                "notes": []}
    assert found is not None
    return {"seq": seq, "origin": item.origin, "id": item.id, "text": item.text,
            "title": item.title, "url": item.url, "source": item.source,
            "published": item.published.isoformat() if item.published else None,
            "lang": item.lang, "notes": list(item.notes), "n_events": len(found.events),
            "failure": found.failure, "failure_kind": found.kind if found.failure else None}


def _parquet(rows: list[dict[str, Any]], schema: Any) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    sink = io.BytesIO()
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), sink, compression="zstd")
    return sink.getvalue()


def run_partition(part: Partition, opts: Options, batch_size: int = 32) -> tuple[bytes, bytes]:
    """Read, parse and extract one partition (on a worker): Parquet bytes of its documents
    and of their events."""
    doc_rows: list[dict[str, Any]] = []
    event_rows: list[dict[str, Any]] = []
    seq = 0
    for batch in batches(part.read(opts), batch_size):
        docs = batch.docs
        try:
            results = extract_batch(docs, batch_size) if docs else []
        except Exception as exc:   # a bug outside the per-document handling
            results = failed_batch(docs, exc)
        found = iter(results)
        for item in batch.items:
            ex = None if isinstance(item, InputError) else next(found)
            doc_rows.append(_doc_row(seq, item, ex))
            if ex is not None:
                event_rows.extend(_event_row(seq, item.id, k, e)   # type: ignore[union-attr]
                                  for k, e in enumerate(ex.events))
            seq += 1
    documents, events = _schemas()
    return _parquet(doc_rows, documents), _parquet(event_rows, events)


def read_results(docs_path: Path, events_path: Path
                 ) -> Iterator[tuple[Document | InputError, Extracted | None]]:
    """A partition's items in input order, each with what its worker found."""
    import pyarrow.parquet as pq

    by_doc: dict[int, list[Event]] = {}
    for r in pq.read_table(events_path).to_pylist():
        e = event_from_dict(json.loads(r["data"]))
        # JSON rounds the confidence; the store's column keeps it whole, as in-process.
        by_doc.setdefault(r["doc_seq"], []).append(replace(e, confidence=r["confidence"]))
    for r in pq.read_table(docs_path).to_pylist():
        if r["id"] is None:
            yield InputError(r["origin"], r["failure"]), None
            continue
        doc = Document(id=r["id"], text=r["text"], title=r["title"], url=r["url"],
                       source=r["source"], lang=r["lang"], origin=r["origin"],
                       published=date.fromisoformat(r["published"]) if r["published"] else None,
                       notes=list(r["notes"] or []))
        yield doc, Extracted(by_doc.get(r["seq"], []), r["failure"], r["failure_kind"] or
                             "extraction")


@dataclass
class WorkDir:
    """The work folder of a cluster run: partition results waiting to be folded."""

    root: Path

    def paths(self, part: Partition, key: str) -> tuple[Path, Path]:
        name = f"part-{part.index:06d}-{key}.parquet"
        return self.root / "documents" / name, self.root / "events" / name

    def has(self, part: Partition, key: str) -> bool:
        return all(p.is_file() for p in self.paths(part, key))

    def write(self, part: Partition, key: str, docs: bytes, events: bytes) -> None:
        """Both tables, each complete or absent; the documents last: they say it is done."""
        docs_path, events_path = self.paths(part, key)
        for path, data in ((events_path, events), (docs_path, docs)):
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(path.name + ".tmp")
            tmp.write_bytes(data)
            os.replace(tmp, path)

    def remove(self, part: Partition, key: str) -> None:
        for path in self.paths(part, key):
            path.unlink(missing_ok=True)

    def tidy(self) -> None:
        """Remove the folders when nothing is left in them."""
        for sub in ("documents", "events", "."):
            try:
                (self.root / sub).rmdir()
            except OSError:
                pass


def folded(store: Store, key: str) -> dict[str, Any] | None:
    """What the store recorded when partition `key` was folded; None if it was not."""
    with store.backend.read() as tx:
        value = tx.scalar("SELECT value FROM meta WHERE key = ?", (_LEDGER + key,))
    return json.loads(value) if value else None


def mark_folded(store: Store, key: str, part: Partition, stored: int, failed: int) -> None:
    """Record that every document of partition `key` is in the store (or failed)."""
    value = json.dumps({"partition": part.describe(), "stored": stored, "failed": failed,
                        "at": now()})
    with store.backend.write() as tx:
        tx.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
                   "SET value = excluded.value", (_LEDGER + key, value))
