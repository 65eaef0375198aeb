"""Helpers shared by the ingest tests (a module of its own: every test folder has a conftest)."""

from __future__ import annotations

from chronique.errors import InputError
from chronique.records import Document


def split(results) -> tuple[list[Document], list[InputError]]:
    """Documents and errors of an `iter_documents` run, each in order."""
    docs, errors = [], []
    for item in results:
        (errors if isinstance(item, InputError) else docs).append(item)
    return docs, errors
