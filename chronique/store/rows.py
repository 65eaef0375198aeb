"""Records to rows and back: what the store writes for a document and an event.

The event row keeps the columns queries filter and sort on; `data` keeps the whole event as
EVENTS.md has it, so reading an event back never loses a field the columns do not hold.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any

from chronique.records import Document, Event, event_from_dict
from chronique.store.filters import norm_name


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def text_hash(text: str) -> str:
    """The hash two copies of one article share: Unicode-normalised, case-folded, spaces
    collapsed (a re-scrape that only changes line breaks or case is the same article)."""
    norm = " ".join(unicodedata.normalize("NFC", text).casefold().split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


@dataclass
class StoredDocument:
    """A document as the store holds it: the report, who processed it and what it gave."""

    document: Document
    version: str
    added_at: str
    processed_at: str
    event_ids: list[str] = field(default_factory=list)

    def to_dict(self, text: bool = True) -> dict[str, Any]:
        d = self.document
        out: dict[str, Any] = {
            "id": d.id, "title": d.title, "url": d.url, "source": d.source,
            "published": d.published.isoformat() if d.published else None, "lang": d.lang,
            "origin": d.origin, "version": self.version, "added_at": self.added_at,
            "processed_at": self.processed_at, "events": list(self.event_ids)}
        if text:
            out["text"] = d.text
        return out


@dataclass
class StoredEvent:
    """An event as the store holds it, with its revision count and the documents it cites."""

    event: Event
    revision: int = 0
    created_at: str | None = None
    updated_at: str | None = None
    documents: list[StoredDocument] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """EVENTS.md's record plus `revision`, `created_at` and `updated_at`."""
        d = self.event.to_dict()
        d.update(revision=self.revision, created_at=self.created_at, updated_at=self.updated_at)
        return d


def document_row(doc: Document, version: str, stamp: str) -> dict[str, Any]:
    return {
        "id": doc.id, "url": doc.url, "text_hash": text_hash(doc.text), "text": doc.text,
        "title": doc.title, "source": doc.source,
        "published": doc.published.isoformat() if doc.published else None,
        "lang": doc.lang, "origin": doc.origin, "version": version,
        "added_at": stamp, "processed_at": stamp,
    }


def document_from_row(row: Any) -> Document:
    return Document(id=row["id"], text=row["text"], title=row["title"], url=row["url"],
                    source=row["source"],
                    published=date.fromisoformat(row["published"]) if row["published"] else None,
                    lang=row["lang"], origin=row["origin"])


def dump(event: Event) -> str:
    return json.dumps(event.to_dict(), ensure_ascii=False, separators=(",", ":"))


def load(data: str) -> Event:
    return event_from_dict(json.loads(data))


def event_columns(e: Event) -> dict[str, Any]:
    """The filter and sort columns of an event row (everything but id, times and revision)."""
    loc = e.location
    end = e.date.end or e.date.start
    return {
        "type": e.type, "mode": e.mode, "status": e.status,
        "date_start": e.date.start.isoformat() if e.date.start else "",
        "date_end": end.isoformat() if end else "",
        "date_precision": e.date.precision,
        "location": loc.name if loc else None, "country": loc.country if loc else None,
        "admin1": loc.admin1 if loc else None,
        "lat": loc.lat if loc else None, "lon": loc.lon if loc else None,
        "geo_precision": loc.precision if loc else None,
        "fatalities": e.fatalities.count if e.fatalities else None,
        "fatalities_cumulative": int(e.fatalities.cumulative) if e.fatalities else None,
        "injured": e.injured.count if e.injured else None,
        "arrested": e.arrested.count if e.arrested else None,
        "confidence": round(e.confidence, 4), "n_sources": len(e.sources), "data": dump(e),
    }


def place_key(e: Event) -> str | None:
    """What makes two places one row of `places`: the GeoNames id, else name and country."""
    loc = e.location
    if loc is None:
        return None
    if loc.geonames_id is not None:
        return f"gn:{loc.geonames_id}"
    return f"{(loc.name or '').casefold()}|{loc.country or ''}|{loc.precision}"


def actor_rows(e: Event) -> list[tuple[Any, ...]]:
    rows = []
    for side, actors in (("source", e.source_actors), ("target", e.target_actors),
                         ("claimed", e.claimed_by)):
        for a in actors:
            rows.append((e.id, side, a.code, a.country, a.sector, a.name, norm_name(a.name)))
    return rows


def mention_rows(e: Event, doc_id: str) -> list[tuple[Any, ...]]:
    """The mentions of `e` that document `doc_id` gives."""
    return [(e.id, m.doc_id, m.start, m.end, m.trigger, m.trigger_start, m.trigger_end,
             m.sentence) for m in e.mentions if m.doc_id == doc_id]
