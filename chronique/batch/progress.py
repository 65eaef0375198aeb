"""What a person watching an ingest sees: documents/s, events found, an ETA.

On a terminal, a tqdm bar; in a log (stderr is a file or a pipe), a line every LOG_EVERY_S
seconds, so a batch running for hours on a cluster says how far it is. The total, when the
input tells it (lines of JSONL, rows of Parquet, files), is counted in a background thread so
that the first document is not kept waiting by a count over a large file.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TextIO

from chronique.batch.inputs import estimate_total

LOG_EVERY_S = 30.0


class IngestProgress:
    """The `progress` callback of an ingest: call it once per document read or failed."""

    def __init__(self, err: TextIO, what: str = "ingest", total: int | None = None,
                 clock: Callable[[], float] = time.monotonic):
        from tqdm import tqdm

        self.err = err
        self.what = what
        self.clock = clock
        self.tty = err.isatty()
        self.bar = tqdm(file=err, unit=" doc", desc=what, disable=not self.tty,
                        dynamic_ncols=True, total=total)
        self.total = total
        self._found: int | None = None
        self.counts = {"events": 0, "new": 0, "merged": 0, "skipped": 0, "failed": 0}
        self.done = 0
        self.started = clock()
        self._logged = self.started

    def count_in_background(self, paths: Iterable[str | Path]) -> None:
        """Count the documents of `paths` in a thread; the ETA appears when it is done."""
        paths = list(paths)

        def count() -> None:
            try:
                self._found = estimate_total(paths)
            except Exception:   # a count is a nicety: never let it stop the ingest
                self._found = None
        threading.Thread(target=count, name="chronique-count", daemon=True).start()

    def set_total(self, total: int | None) -> None:
        """The number of documents to expect (what gives the ETA)."""
        self.total = self.bar.total = total
        self.bar.refresh()

    def __call__(self, name: str, outcome: Any, error: Any) -> None:
        if self._found is not None and self.total is None:
            self.total = self.bar.total = self._found
        if outcome is not None:
            self.counts["skipped"] += outcome.status == "skipped"
            self.counts["new"] += outcome.new
            self.counts["merged"] += outcome.merged
            self.counts["events"] += outcome.new + outcome.merged + outcome.revised
        else:
            self.counts["failed"] += 1
        self.done += 1
        self.bar.set_postfix(self.counts, refresh=False)
        self.bar.update(1)
        now = self.clock()
        if not self.tty and now - self._logged >= LOG_EVERY_S:
            self._logged = now
            self.err.write(f"chronique: {self.line(now)}\n")
            self.err.flush()

    def rate(self, now: float | None = None) -> float:
        elapsed = (now if now is not None else self.clock()) - self.started
        return self.done / elapsed if elapsed > 0 else 0.0

    def line(self, now: float | None = None) -> str:
        """One line of progress: documents, rate, events, and the ETA when the total is
        known."""
        rate = self.rate(now)
        out = (f"{self.what}: {self.done:,} documents ({rate:.1f}/s), "
               f"{self.counts['events']:,} events, {self.counts['failed']:,} failed")
        if self.total and rate > 0 and self.done < self.total:
            out += f", ETA {_duration((self.total - self.done) / rate)}"
        return out

    def close(self) -> float:
        """Close the bar; the seconds since the start."""
        self.bar.close()
        return self.clock() - self.started


def _duration(seconds: float) -> str:
    s = int(seconds + 0.5)
    h, rest = divmod(s, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"
