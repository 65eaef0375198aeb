"""The HTTP API over a store (FastAPI). Every route only translates to `chronique.store`.

    POST /documents        a report (text, HTML or JSON) -> its events and how they merged
    GET  /events           the CLI's filters and a text search, sorted, paginated
    GET  /events/{id}      one event, every mention, and the documents they come from
    GET  /documents/{id}   one stored report, its text and the events it feeds
    GET  /timeline         the same filters: events per day and type
    GET  /points           the same filters: the events that have coordinates, for a map
    GET  /stats            counts
    GET  /openapi.json     the API described

`/` is the web page (`chronique.serve.page`). The interactive /docs page is off: it loads its
scripts from a CDN, and chronique serves nothing that needs the network.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse

from chronique import __version__
from chronique.ingest.text import DEFAULT_MAX_BYTES
from chronique.serve import errors
from chronique.serve.auth import WritePolicy, load_policy
from chronique.serve.documents import kind_of, read_documents, store_documents
from chronique.serve.errors import ApiError
from chronique.serve.page import install_page
from chronique.store import EventFilter, Store
from chronique.store.filters import DEFAULT_ORDER, ORDERS
from chronique.store.store import MAX_LIMIT

Lang = Annotated[str | None, Query(pattern="^(fr|en)$", description="language of the report")]
MAX_POINTS = 20000


def event_filter(
        since: Annotated[date | None, Query(description="events ending on or after")] = None,
        until: Annotated[date | None, Query(description="events starting on or before")] = None,
        type: Annotated[str | None, Query(description="PLOVER types, comma-separated")] = None,
        country: Annotated[str | None, Query(description="ISO 3166 alpha-3 codes")] = None,
        actor: Annotated[str | None, Query(description="actor code or part of a name")] = None,
        near: Annotated[str | None, Query(description="LAT,LON,KM")] = None,
        status: Annotated[str | None, Query(description="occurred, planned, negated, "
                                                        "uncertain")] = None,
        q: Annotated[str | None, Query(description="text in a sentence reporting the event, "
                                                    "an actor's name or the place")] = None,
        doc: Annotated[str | None, Query(description="events one report gives (its id)")] = None,
) -> EventFilter:
    """The filters every listing shares, from the query string."""
    return EventFilter.parse(since=since, until=until, type=type, country=country,
                             actor=actor, near=near, status=status, q=q, doc_id=doc)


Filters = Annotated[EventFilter, Depends(event_filter)]


def create_app(store: Store | str | Path | None = None, *, token: str | None = None,
               token_file: str | Path | None = None, max_bytes: int | None = None) -> FastAPI:
    """The API over `store` (a Store, or where one is: a SQLite path or postgresql:// URL;
    None for $CHRONIQUE_DB or chronique.db). `token`/`token_file` override the environment."""
    st = store if isinstance(store, Store) else Store(store)
    policy: WritePolicy = load_policy(token, token_file)
    limit_bytes = max_bytes or DEFAULT_MAX_BYTES
    app = FastAPI(title="chronique", version=__version__, docs_url=None, redoc_url=None,
                  description="News reports in, event data out: PLOVER events merged across "
                              "reports. Errors are `{\"error\": {\"code\", \"message\"}}`.")
    app.state.store = st
    app.state.policy = policy
    app.state.max_bytes = limit_bytes
    errors.install(app)
    app.add_middleware(GZipMiddleware, minimum_size=2048)

    @app.middleware("http")
    async def _size_limit(request: Request, call_next):
        length = request.headers.get("content-length")
        if length is not None and length.isdigit() and int(length) > limit_bytes:
            return _too_large(int(length), limit_bytes)
        return await call_next(request)

    install_page(app)

    @app.post("/documents", status_code=201, summary="Add a report; get its events and merges")
    async def post_documents(
            request: Request,
            published: Annotated[date | None, Query(description="publication date")] = None,
            lang: Lang = None, url: str | None = None, title: str | None = None,
            source: str | None = None) -> JSONResponse:
        client = request.client.host if request.client else None
        policy.check(request.headers.get("authorization"), client)
        kind = kind_of(request.headers.get("content-type"))
        body = await _read_body(request, limit_bytes)
        items = read_documents(body, kind, published=published, lang=lang, url=url, title=title,
                               source=source, max_bytes=limit_bytes)
        results = await run_in_threadpool(store_documents, st, items)
        if all(r["status"] == "failed" for r in results):
            raise ApiError(422, "; ".join(r["reason"] for r in results),
                           code="unreadable_document")
        status = 201 if any(r["status"] in ("added", "revised") for r in results) else 200
        return JSONResponse({"results": results}, status_code=status)

    @app.get("/events", summary="Events, newest first, filtered, sorted and paginated")
    def get_events(
            filters: Filters,
            sort: Annotated[str, Query(description=f"one of {', '.join(ORDERS)}; '-' first "
                                                   f"for descending")] = DEFAULT_ORDER,
            limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50,
            offset: Annotated[int, Query(ge=0)] = 0) -> dict[str, Any]:
        page = st.events(filters, limit=limit, offset=offset, order=sort)
        query = filters.query() | ({"sort": sort} if sort != DEFAULT_ORDER else {})

        def link(off: int) -> str:
            return "/events?" + urlencode(query | {"limit": limit, "offset": off})
        return {"events": [s.to_dict() for s in page.events], "total": page.total,
                "total_exact": page.exact, "limit": limit, "offset": offset,
                "next": link(offset + limit) if page.more else None,
                "previous": link(max(0, offset - limit)) if offset else None}

    @app.get("/timeline", summary="Events per day (their first day) and type")
    def get_timeline(filters: Filters) -> dict[str, Any]:
        return st.timeline(filters)

    @app.get("/points", summary="The newest events that have coordinates, one row each")
    def get_points(filters: Filters,
                   limit: Annotated[int, Query(ge=1, le=MAX_POINTS)] = 5000) -> dict[str, Any]:
        return st.points(filters, limit=limit)

    @app.get("/events/{event_id}", summary="One event with every mention and its document")
    def get_event(event_id: str) -> dict[str, Any]:
        stored = st.event(event_id)
        if stored is None:
            raise ApiError(404, f"no event {event_id!r} in this database")
        return {"event": stored.to_dict(),
                "documents": [d.to_dict(text=False) for d in stored.documents]}

    @app.get("/documents/{doc_id}", summary="One stored report and the events it feeds")
    def get_document(doc_id: str) -> dict[str, Any]:
        stored = st.document(doc_id)
        if stored is None:
            raise ApiError(404, f"no document {doc_id!r} in this database")
        return stored.to_dict()

    @app.get("/stats", summary="Counts of documents and events")
    def get_stats() -> dict[str, Any]:
        stats = st.stats()
        stats.pop("database", None)   # a path or a URL is the operator's business
        return stats

    return app


def _too_large(size: int, limit: int) -> JSONResponse:
    return errors.error_response(413, "payload_too_large",
                                 f"the body is {size:,} bytes, over this server's limit of "
                                 f"{limit:,} bytes")


async def _read_body(request: Request, limit: int) -> bytes:
    """The body, refused as soon as it passes `limit` (a chunked upload has no length)."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, f"the body is over this server's limit of {limit:,} bytes")
        chunks.append(chunk)
    return b"".join(chunks)
