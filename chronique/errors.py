"""chronique's exceptions.

    ChroniqueError
     ├── InputError        a document cannot be read: empty, binary, too large, undecodable,
     │                     malformed, unsupported language, bad metadata
     ├── LanguageDataError a file under chronique/lang/<code>/ is missing or malformed
     ├── ExtractionError   the pipeline failed on a document it could read
     └── StoreError        the event store refused an operation

Every message names the document (or file) and the reason, so a batch can report it and go on.
"""

from __future__ import annotations


class ChroniqueError(Exception):
    """Base class of every error chronique raises on purpose."""


class InputError(ChroniqueError):
    """A document could not be read. `doc` names it (a path, an id or a URL)."""

    def __init__(self, doc: str, reason: str):
        self.doc = doc
        self.reason = reason
        super().__init__(f"{doc}: {reason}")


class LanguageDataError(ChroniqueError):
    """Language data under chronique/lang/ is missing or does not follow the schema."""


class ExtractionError(ChroniqueError):
    """The pipeline failed on a document it could read."""

    def __init__(self, doc: str, reason: str):
        self.doc = doc
        self.reason = reason
        super().__init__(f"{doc}: {reason}")


class StoreError(ChroniqueError):
    """The event store refused an operation."""
