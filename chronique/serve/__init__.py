"""chronique's web page and HTTP API: `create_app(store)` for programs, `chronique serve`
for people.

    chronique serve events.db --port 8000          # the page at http://127.0.0.1:8000/
    curl -X POST --data-binary @report.txt -H 'Content-Type: text/plain' \\
         'http://127.0.0.1:8000/documents?published=2022-03-02'
    curl 'http://127.0.0.1:8000/events?type=ASSAULT&country=UKR&limit=20'
"""

from __future__ import annotations

import sys
from typing import TextIO

from chronique.serve.app import create_app

__all__ = ["create_app", "run"]


def run(db: str | None = None, host: str = "127.0.0.1", port: int = 8000,
        token_file: str | None = None, max_bytes: int | None = None,
        err: TextIO | None = None) -> int:
    """Serve the API with uvicorn until interrupted; returns the exit status."""
    import uvicorn

    from chronique.serve.auth import is_loopback

    err = err or sys.stderr
    app = create_app(db, token_file=token_file, max_bytes=max_bytes)
    store = app.state.store
    writes = ("writes need the bearer token" if app.state.policy.token
              else "no token: writes only from this machine")
    shown = f"[{host}]" if ":" in host else host
    err.write(f"chronique: serving {store.location} on http://{shown}:{port} ({writes}); "
              f"Ctrl-C stops it\n")
    if not app.state.policy.token and not is_loopback(host):
        err.write("chronique: listening beyond this machine without a token: remote clients "
                  "can read but not write (set CHRONIQUE_TOKEN to let them)\n")
    err.flush()
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning")
    finally:
        store.close()
    return 0
