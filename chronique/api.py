"""chronique's Python API: the CLI and the HTTP API are thin layers over these functions."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from chronique.ingest import document_from_text, iter_documents
from chronique.pipeline import Result, process
from chronique.records import Document, Event


def _as_date(value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def extract(text: str, published: date | str | None = None, lang: str | None = None, *,
            doc_id: str | None = None, title: str | None = None) -> list[Event]:
    """The events of one report.

    >>> events = chronique.extract(text, published="2022-03-02", lang="fr")

    Raises `InputError` when the text cannot be read (empty, unsupported language).
    """
    document = document_from_text(text, origin=doc_id or "<text>", id=doc_id, title=title,
                                  published=_as_date(published), lang=lang)
    result = next(process([document]))
    if result.error is not None:
        raise result.error
    return result.events


def extract_documents(documents: Iterable[Document]) -> Iterator[Result]:
    """Events of many documents, batched; one Result per document, in order."""
    return process(documents)


def extract_paths(paths: Iterable[str | Path], published: date | str | None = None,
                  lang: str | None = None) -> Iterator[Result]:
    """Events of every document under `paths` (files, folders, '-' for stdin). Unreadable
    documents give a Result with an `InputError`; the others go on."""
    return process(iter_documents(paths, published=_as_date(published), lang=lang))
