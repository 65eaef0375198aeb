"""The per-document work every parallel path runs: parse, extract, resolve, merge within the
report. It runs in worker processes (a process pool, Dask workers) and hands back only what
the store needs, in a form that crosses a process boundary.

Exceptions do not cross it well: `InputError(doc, reason)` cannot be rebuilt from its pickled
arguments, so a failure travels as its kind and reason and is rebuilt on the other side.
"""

from __future__ import annotations

import os
import signal
import sys
from dataclasses import dataclass, field

from chronique.errors import ChroniqueError, ExtractionError, InputError
from chronique.pipeline import process
from chronique.records import Document, Event


@dataclass
class Extracted:
    """What became of one document in a worker: its events, or why it failed."""

    events: list[Event] = field(default_factory=list)
    failure: str | None = None        # the reason, when the document failed
    kind: str = "extraction"          # "input" when the document could not be read

    def error(self, name: str) -> ChroniqueError | None:
        """The failure as the exception the in-process path would have given."""
        if self.failure is None:
            return None
        cls = InputError if self.kind == "input" else ExtractionError
        return cls(name, self.failure)


def reason_of(error: BaseException) -> str:
    """What a summary prints for an error: its reason without the document's name."""
    return getattr(error, "reason", None) or str(error)


def extract_batch(docs: list[Document], batch_size: int = 32) -> list[Extracted]:
    """Events of each document, in order; one failing document never stops the others."""
    out: list[Extracted] = []
    for result in process(docs, batch_size=batch_size):
        if result.error is None:
            out.append(Extracted(result.events))
        else:
            kind = "input" if isinstance(result.error, InputError) else "extraction"
            out.append(Extracted(failure=reason_of(result.error), kind=kind))
    return out


def failed_batch(docs: list[Document], exc: BaseException) -> list[Extracted]:
    """Every document of a batch failed by an error outside the pipeline's own handling."""
    reason = f"internal error: {type(exc).__name__}: {exc}"
    return [Extracted(failure=reason) for _ in docs]


def warm(langs: tuple[str, ...]) -> None:
    """Load the spaCy models of `langs` now, once for the life of this process."""
    from chronique import nlp

    for lang in langs:
        nlp.load(lang)


def init_worker(parent_pid: int, langs: tuple[str, ...] = ()) -> None:
    """Set up a worker process of the local pool.

    Ctrl-C is the parent's to handle: a worker ignores SIGINT and is stopped by the parent.
    A worker must not outlive its parent when the parent is killed (SIGKILL leaves no time to
    stop it): on Linux the kernel sends it SIGTERM then; elsewhere it finds no parent on its
    next read of the task queue and ends."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGTERM)   # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent_pid:      # the parent died before the line above
        os._exit(1)
    warm(langs)
