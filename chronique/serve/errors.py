"""One error shape for every answer that is not a success:

    {"error": {"code": "not_found", "message": "no event evt_0000 in this database"}}

`code` is stable and meant for programs, `message` for people; validation errors add
`details` (one entry per bad field). Starlette's own 404 and 405, FastAPI's 422, an
oversized body (413) and unexpected failures (500) all come out in this shape.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from chronique.errors import ChroniqueError, InputError, StoreError
from chronique.store.filters import FilterError

log = logging.getLogger("chronique.serve")

CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
         405: "method_not_allowed", 413: "payload_too_large", 415: "unsupported_media_type",
         422: "invalid_request", 500: "internal_error", 503: "unavailable"}


class ApiError(Exception):
    """An answer with an error: HTTP status, stable code, message for people."""

    def __init__(self, status: int, message: str, code: str | None = None,
                 headers: dict[str, str] | None = None, details: list[Any] | None = None):
        super().__init__(message)
        self.status = status
        self.code = code or CODES.get(status, "error")
        self.message = message
        self.headers = headers
        self.details = details


def error_response(status: int, code: str, message: str, headers: dict[str, str] | None = None,
                   details: list[Any] | None = None) -> JSONResponse:
    body: dict[str, Any] = {"code": code, "message": message}
    if details:
        body["details"] = details
    return JSONResponse({"error": body}, status_code=status, headers=headers)


def _field(loc: tuple[Any, ...] | list[Any]) -> str:
    parts = [str(p) for p in loc]
    if parts and parts[0] in ("query", "path", "body", "header"):
        where = {"query": "query parameter", "path": "path parameter", "body": "body",
                 "header": "header"}[parts[0]]
        rest = ".".join(parts[1:])
        return f"{where} '{rest}'" if rest else where
    return ".".join(parts) or "request"


def install(app: FastAPI) -> None:
    """Register the handlers that give every error the shape above."""

    @app.exception_handler(ApiError)
    async def _api(request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message, exc.headers, exc.details)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        status = exc.status_code
        message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if status == 404 and message == "Not Found":
            message = f"no such path: {request.url.path}"
        elif status == 405:
            allowed = (exc.headers or {}).get("Allow") or (exc.headers or {}).get("allow")
            message = (f"method {request.method} is not allowed on {request.url.path}"
                       + (f" (allowed: {allowed})" if allowed else ""))
        return error_response(status, CODES.get(status, "error"), message, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        details = [{"field": _field(e.get("loc", ())), "message": e.get("msg", "invalid")}
                   for e in exc.errors()]
        message = "; ".join(f"{d['field']}: {d['message']}" for d in details) or "invalid request"
        return error_response(422, "invalid_request", message, details=details)

    @app.exception_handler(FilterError)
    async def _filter(request: Request, exc: FilterError) -> JSONResponse:
        return error_response(400, "invalid_filter", str(exc))

    @app.exception_handler(InputError)
    async def _input(request: Request, exc: InputError) -> JSONResponse:
        return error_response(422, "unreadable_document", exc.reason)

    @app.exception_handler(StoreError)
    async def _store(request: Request, exc: StoreError) -> JSONResponse:
        log.error("store error: %s", exc)
        return error_response(503, "store_error", f"the database refused the operation: {exc}")

    @app.exception_handler(ChroniqueError)
    async def _chronique(request: Request, exc: ChroniqueError) -> JSONResponse:
        return error_response(422, "extraction_failed", str(exc))

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return error_response(500, "internal_error",
                              f"internal error ({type(exc).__name__}); the server log has details")
