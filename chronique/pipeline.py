"""The whole path for a batch of documents: parse, extract, resolve, merge.

Documents are parsed in batches with `nlp.pipe`, grouped by language, and come back in the
order they went in. A document that fails is reported with its error and the batch goes on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from chronique import nlp
from chronique.errors import ChroniqueError, ExtractionError, InputError
from chronique.extract import extract_mentions, places_seen
from chronique.merge import merge_document
from chronique.records import Document, Event
from chronique.resolve.complete import complete
from chronique.resolve.mentions import resolve_mentions


@dataclass
class Result:
    """What became of one document: its events, or the error that stopped it."""

    document: Document | None
    events: list[Event] = field(default_factory=list)
    error: ChroniqueError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def events_of(document: Document, parsed) -> list[Event]:
    """Extract, resolve and merge the events of one parsed document."""
    mentions = extract_mentions(document, parsed)
    resolved, context = resolve_mentions(document, mentions, places_seen(parsed))
    return complete(merge_document(resolved), context)


def process(items: Iterable[Document | InputError], batch_size: int = 32) -> Iterator[Result]:
    """Events of every document, in input order; InputErrors pass through as failed Results."""
    it = iter(items)
    while True:
        batch = list(islice(it, batch_size))
        if not batch:
            return
        yield from _process_batch(batch)


def _process_batch(batch: list[Document | InputError]) -> list[Result]:
    results: list[Result | None] = [None] * len(batch)
    by_lang: dict[str, list[int]] = {}
    for i, item in enumerate(batch):
        if isinstance(item, InputError):
            results[i] = Result(None, error=item)
        else:
            by_lang.setdefault(item.lang or "", []).append(i)
    for lang, idx in by_lang.items():
        docs = [batch[i] for i in idx]
        try:
            parsed = list(nlp.parse((d.text for d in docs), lang))  # type: ignore[union-attr]
        except ChroniqueError as exc:
            for i in idx:
                results[i] = Result(batch[i], error=InputError(batch[i].name, str(exc)))  # type: ignore[union-attr]
            continue
        for i, doc in zip(idx, parsed):
            document: Document = batch[i]  # type: ignore[assignment]
            try:
                results[i] = Result(document, events_of(document, doc))
            except ChroniqueError as exc:
                results[i] = Result(document, error=exc)
            except Exception as exc:  # a bug on one document must not stop the batch
                results[i] = Result(document, error=ExtractionError(
                    document.name, f"internal error: {type(exc).__name__}: {exc}"))
    return [r for r in results if r is not None]
