"""What the store needs from a database, and how a location names one.

    backend = open_backend("events.db")                       # SQLite, a file
    backend = open_backend("postgresql://user@host/chronique")  # PostgreSQL
    with backend.write() as tx:          # one transaction, writers serialised
        tx.execute("INSERT ...", (...))
    with backend.read() as tx:           # a consistent snapshot; never waits for a writer
        rows = tx.all("SELECT ...", (...))

SQL is written once with `?` placeholders; a backend translates it for its driver. Rows read
back support `row["column"]`. Each thread gets its own connection, so a server's request
threads and its writes do not share a transaction.
"""

from __future__ import annotations

import os
import re
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from chronique.errors import StoreError

DEFAULT_DB = "chronique.db"
ENV_DB = "CHRONIQUE_DB"


class Tx(ABC):
    """One open transaction: run statements, read rows."""

    dialect: str

    @abstractmethod
    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any: ...

    @abstractmethod
    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None: ...

    @abstractmethod
    def all(self, sql: str, params: Sequence[Any] = ()) -> list[Any]: ...

    @abstractmethod
    def iter(self, sql: str, params: Sequence[Any] = (), size: int = 1000) -> Iterator[Any]:
        """Rows one by one, fetched `size` at a time: an export never holds the table."""

    def one(self, sql: str, params: Sequence[Any] = ()) -> Any | None:
        rows = self.all(sql, params)
        return rows[0] if rows else None

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.one(sql, params)
        return None if row is None else row[0]

    @abstractmethod
    def scalar_within(self, sql: str, params: Sequence[Any], seconds: float) -> Any | None:
        """`scalar`, given up (None) when it runs longer than `seconds`: for answers that
        are worth having only when cheap, such as the total of a broad filter."""


class Backend(ABC):
    """A database the store runs on."""

    dialect: str
    # Where the data is, for messages: a path, or a URL without its password.
    location: str

    @abstractmethod
    def read(self) -> AbstractContextManager[Tx]: ...

    @abstractmethod
    def write(self) -> AbstractContextManager[Tx]:
        """A transaction that holds the database's write lock from its first statement, so
        that two ingests merging into the same event cannot both miss each other."""

    @abstractmethod
    def init_schema(self) -> None:
        """Create the tables and indexes that are missing (idempotent)."""

    @abstractmethod
    def close(self) -> None: ...


def default_location() -> str:
    """`$CHRONIQUE_DB`, else chronique.db in the current directory."""
    return os.environ.get(ENV_DB) or DEFAULT_DB


def is_postgres(location: str) -> bool:
    return location.startswith(("postgresql://", "postgres://"))


def redact(url: str) -> str:
    """A PostgreSQL URL fit for a message: the password replaced by ***."""
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)


def open_backend(location: str | Path | None = None) -> Backend:
    """The backend for `location`: a postgresql:// URL, or a SQLite file path (created when
    missing). None means `default_location()`."""
    loc = str(location) if location is not None else default_location()
    if is_postgres(loc):
        from chronique.store.postgres import PostgresBackend
        return PostgresBackend(loc)
    from chronique.store.sqlite import SqliteBackend
    return SqliteBackend(loc)


def database_error(location: str, exc: Exception) -> StoreError:
    """A driver's exception as a StoreError that names the database and the reason."""
    reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return StoreError(f"{location}: {reason}")
