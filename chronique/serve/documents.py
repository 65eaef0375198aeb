"""POST /documents: a request body to Documents, then to stored, merged events.

The body is read as its Content-Type says: `text/plain` (a report, optionally opening with a
`key: value` header block), `text/html` (a page: main text, title and date found in it) or
`application/json` (one object with `text` or `html` and optional `published`, `lang`, `url`,
`title`, `source`, `id`; or a list of such objects). Query parameters `published`, `lang`,
`url`, `title`, `source` fill in what the body does not say (`published` and `lang` win over
the body's, as on the command line). The same readers as `chronique ingest` do the work.
"""

from __future__ import annotations

import io
import threading
from dataclasses import replace
from datetime import date
from typing import Any

from chronique.errors import InputError
from chronique.ingest.paths import read_stream
from chronique.ingest.text import Options
from chronique.pipeline import process
from chronique.records import Document
from chronique.serve.errors import ApiError
from chronique.store import Store

ORIGIN = "POST /documents"
MAX_BATCH = 100
_KINDS = {"text/plain": "text", "text/html": "html", "application/xhtml+xml": "html",
          "application/json": "json"}
# spaCy pipelines are not made for concurrent calls: one document is parsed at a time.
_nlp_lock = threading.Lock()


def kind_of(content_type: str | None) -> str:
    media = (content_type or "text/plain").split(";")[0].strip().lower()
    if media in _KINDS:
        return _KINDS[media]
    raise ApiError(415, f"cannot read a body of type {media!r}: send text/plain, text/html "
                        "or application/json")


def read_documents(body: bytes, kind: str, *, published: date | None, lang: str | None,
                   url: str | None, title: str | None, source: str | None, max_bytes: int
                   ) -> list[Document | InputError]:
    """The documents a body holds, each a Document or the InputError that stopped it."""
    if not body.strip():
        raise ApiError(422, "the body is empty: send the report's text, its HTML page or a "
                            "JSON object with 'text'", code="unreadable_document")
    options = Options(published=published, lang=lang, max_bytes=max_bytes)
    stream = io.BufferedReader(io.BytesIO(body))  # type: ignore[arg-type]
    items = list(read_stream(stream, url or ORIGIN, kind, options, len(body)))
    if len(items) > MAX_BATCH:
        raise ApiError(413, f"{len(items)} documents in one request; send at most {MAX_BATCH}")
    out: list[Document | InputError] = []
    for item in items:
        if isinstance(item, Document):
            item = replace(item, url=item.url or url, title=item.title or title,
                           source=item.source or source)
        out.append(item)
    return out


def store_documents(store: Store, items: list[Document | InputError]) -> list[dict[str, Any]]:
    """Process the documents the store does not hold and fold them in; one result each."""
    results: list[dict[str, Any] | None] = [None] * len(items)
    todo: list[tuple[int, Document]] = []
    for i, item in enumerate(items):
        if isinstance(item, InputError):
            results[i] = _failed(item.doc, item.reason)
            continue
        t = store.triage(item)
        if t.status == "stored":
            results[i] = _skipped(store, t.doc_id, t.reason)
        else:
            todo.append((i, replace(item, id=t.doc_id) if t.doc_id != item.id else item))
    if todo:
        with _nlp_lock:
            processed = list(process([d for _, d in todo]))
        for (i, doc), result in zip(todo, processed):
            if result.error is not None:
                reason = getattr(result.error, "reason", None) or str(result.error)
                results[i] = _failed(doc.name, reason)
                continue
            outcome = store.add(doc, result.events)
            if outcome.status == "skipped":   # the same article twice in one request
                results[i] = _skipped(store, outcome.doc_id, outcome.reason)
            else:
                results[i] = outcome.to_dict() | {"notes": doc.notes}
    return [r for r in results if r is not None]


def _failed(name: str, reason: str) -> dict[str, Any]:
    return {"document": None, "status": "failed", "reason": f"{name}: {reason}",
            "counts": {"new": 0, "merged": 0, "revised": 0, "removed": 0}, "events": []}


def _skipped(store: Store, doc_id: str, reason: str | None) -> dict[str, Any]:
    """A document already stored: say so, and give the events it feeds as they are now."""
    stored = store.document(doc_id)
    events = []
    for eid in (stored.event_ids if stored else []):
        ev = store.event(eid)
        if ev is not None:
            events.append({"id": eid, "action": "stored", "event": ev.to_dict()})
    return {"document": doc_id, "status": "skipped", "reason": reason,
            "counts": {"new": 0, "merged": 0, "revised": 0, "removed": 0}, "events": events}
