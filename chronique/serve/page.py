"""The web page beside the API: `/` and its static files under `/static/`.

The page is plain files (`chronique/serve/static/`, shipped as package data): ES modules of our
own, and Leaflet, its marker clustering and the country outlines vendored from npm by
`scripts/vendor_assets.py`. Nothing is fetched from elsewhere, and the Content-Security-Policy
says so to the browser too: scripts, styles, images and requests from this server only, so
that even text that slipped into the page as markup could neither run nor call out.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from chronique import __version__

STATIC = Path(__file__).resolve().parent / "static"

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; "
       "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
PAGE_HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff",
                "Referrer-Policy": "no-referrer"}


def install_page(app: FastAPI) -> None:
    """Serve the page at `/` and its files at `/static/`, with the headers above."""
    index = STATIC / "index.html"
    if STATIC.is_dir():
        app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.middleware("http")
    async def _page_headers(request: Request, call_next):
        response = await call_next(request)
        path = request.url.path
        if path == "/" or path.startswith("/static/"):
            response.headers.update(PAGE_HEADERS)
        return response

    @app.get("/", include_in_schema=False, response_model=None)
    def root() -> FileResponse | JSONResponse:
        if not index.is_file():   # an install without the page's files: say where the API is
            return JSONResponse({"name": "chronique", "version": __version__,
                                 "openapi": "/openapi.json"})
        # Revalidated on every load, so that a new chronique's page is never a stale one.
        return FileResponse(index, headers={"Cache-Control": "no-cache"})
