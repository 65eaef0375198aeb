"""Reports into the store: skip what is stored, extract the rest, fold each into the store.

    summary = ingest(store, iter_documents(["reports/"], published=None))
    print(summary.lines())

A document already stored is skipped before any parsing, so re-running an interrupted ingest
only does what was not done. Each document is stored in its own transaction as soon as its
events are known: a killed process loses at most the batch being parsed, never half a document.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace

from chronique.errors import ChroniqueError, InputError
from chronique.pipeline import process
from chronique.records import Document
from chronique.store.store import Store
from chronique.store.writer import Outcome

# Called once per document read or failed: (name, outcome or None, error or None).
Progress = Callable[[str, "Outcome | None", "ChroniqueError | None"], None]


@dataclass
class IngestSummary:
    """What an ingest did, document by document and event by event."""

    read: int = 0
    added: int = 0
    skipped: int = 0
    revised_documents: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)   # (document, reason)
    new: int = 0
    merged: int = 0
    revised: int = 0
    removed: int = 0
    notes: Counter = field(default_factory=Counter)

    def record(self, outcome: Outcome) -> None:
        self.read += 1
        if outcome.status == "skipped":
            self.skipped += 1
            return
        if outcome.status == "revised":
            self.revised_documents += 1
        else:
            self.added += 1
        self.new += outcome.new
        self.merged += outcome.merged
        self.revised += outcome.revised
        self.removed += outcome.removed

    def lines(self, max_failures: int = 20) -> list[str]:
        """The summary as a person reads it."""
        out = [f"documents: {self.read} read, {self.added} added, {self.skipped} skipped "
               f"(already stored), {self.revised_documents} re-processed, "
               f"{len(self.failed)} failed",
               f"events: {self.new} new, {self.merged} merged into stored events, "
               f"{self.revised} revised, {self.removed} removed"]
        for note, n in self.notes.most_common(5):
            out.append(f"note ({n} document{'s' if n > 1 else ''}): {note}")
        for name, reason in self.failed[:max_failures]:
            out.append(f"failed: {name}: {reason}")
        if len(self.failed) > max_failures:
            out.append(f"failed: ... and {len(self.failed) - max_failures} more")
        return out

    def to_dict(self) -> dict:
        return {"read": self.read, "added": self.added, "skipped": self.skipped,
                "revised_documents": self.revised_documents,
                "failed": [{"document": n, "reason": r} for n, r in self.failed],
                "events": {"new": self.new, "merged": self.merged, "revised": self.revised,
                           "removed": self.removed}}


def ingest(store: Store, items: Iterable[Document | InputError], *,
           progress: Progress | None = None, batch_size: int = 32) -> IngestSummary:
    """Process and store every document of `items` that the store does not hold yet (or holds
    from an older chronique); unreadable documents are counted as failed and the rest go on."""
    summary = IngestSummary()

    def tell(name: str, outcome: Outcome | None, error: ChroniqueError | None) -> None:
        if progress is not None:
            progress(name, outcome, error)

    def todo() -> Iterator[Document | InputError]:
        for item in items:
            if isinstance(item, InputError):
                yield item
                continue
            t = store.triage(item)
            if t.status == "stored":
                outcome = Outcome(t.doc_id, "skipped", reason=t.reason)
                summary.record(outcome)
                tell(item.name, outcome, None)
                continue
            yield replace(item, id=t.doc_id) if t.doc_id != item.id else item

    for result in process(todo(), batch_size=batch_size):
        doc = result.document
        if result.error is not None:
            name = doc.name if doc is not None else getattr(result.error, "doc", "?")
            reason = getattr(result.error, "reason", None) or str(result.error)
            summary.failed.append((name, reason))
            tell(name, None, result.error)
            continue
        assert doc is not None
        for note in doc.notes:
            summary.notes[note] += 1
        try:
            outcome = store.add(doc, result.events)
        except ChroniqueError as exc:
            summary.failed.append((doc.name, str(exc)))
            tell(doc.name, None, exc)
            continue
        summary.record(outcome)
        tell(doc.name, outcome, None)
    return summary
