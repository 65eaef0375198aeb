"""The embedded backend: one SQLite file, nothing to start.

The file is in WAL mode, so `chronique serve` reads while `chronique ingest` writes to the same
file: readers see the last committed document and never wait; writers queue on the write lock
(`BEGIN IMMEDIATE`, with a busy timeout) instead of failing. `synchronous=NORMAL` keeps every
committed transaction through a killed process; only a power cut may lose the last ones.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from chronique.errors import StoreError
from chronique.geo import km
from chronique.store.base import Backend, Tx, database_error
from chronique.store.schema import statements

# How long a writer waits for another one (an ingest holding the lock for one document).
BUSY_TIMEOUT_S = 60.0


class SqliteTx(Tx):
    dialect = "sqlite"

    def __init__(self, conn: sqlite3.Connection, location: str):
        self.conn = conn
        self.location = location

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        try:
            return self.conn.execute(sql, params)
        except sqlite3.Error as exc:
            raise database_error(self.location, exc) from exc

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        try:
            self.conn.executemany(sql, rows)
        except sqlite3.Error as exc:
            raise database_error(self.location, exc) from exc

    def all(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        return self.execute(sql, params).fetchall()

    def scalar_within(self, sql: str, params: Sequence[Any], seconds: float) -> Any | None:
        deadline = time.perf_counter() + seconds
        self.conn.set_progress_handler(lambda: time.perf_counter() > deadline, 2000)
        try:
            row = self.conn.execute(sql, params).fetchone()
        except sqlite3.OperationalError as exc:
            if "interrupted" in str(exc):
                return None
            raise database_error(self.location, exc) from exc
        finally:
            self.conn.set_progress_handler(None, 0)
        return None if row is None else row[0]

    def iter(self, sql: str, params: Sequence[Any] = (), size: int = 1000) -> Iterator[Any]:
        cur = self.execute(sql, params)
        while True:
            rows = cur.fetchmany(size)
            if not rows:
                return
            yield from rows


class SqliteBackend(Backend):
    dialect = "sqlite"

    def __init__(self, path: str):
        self.path = Path(path)
        self.location = str(path)
        if not self.path.parent.is_dir():
            raise StoreError(f"{path}: no such folder {str(self.path.parent)!r} for the database")
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        conn = self._conn()
        try:
            conn.execute("PRAGMA journal_mode=WAL")
        except sqlite3.Error as exc:
            raise database_error(self.location, exc) from exc

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            try:
                conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None,
                                       check_same_thread=False)
                conn.row_factory = sqlite3.Row
                conn.execute("PRAGMA synchronous=NORMAL")
                conn.execute("PRAGMA foreign_keys=ON")
                conn.execute("PRAGMA cache_size=-65536")      # 64 MB of pages per connection
                conn.execute("PRAGMA mmap_size=1073741824")
                conn.create_function("chronique_km", 4, km, deterministic=True)
            except sqlite3.Error as exc:
                raise database_error(self.location, exc) from exc
            self._local.conn = conn
            self._local.depth = 0
            with self._lock:
                self._all.append(conn)
        return conn

    @contextmanager
    def _tx(self, begin: str) -> Iterator[Tx]:
        conn = self._conn()
        tx = SqliteTx(conn, self.location)
        if self._local.depth:          # already inside a transaction of this thread
            # A savepoint: what fails inside is undone alone, and the outer transaction (a
            # batch of documents) goes on.
            self._local.depth += 1
            name = f"sp{self._local.depth}"
            tx.execute(f"SAVEPOINT {name}")
            try:
                yield tx
            except BaseException:
                if conn.in_transaction:
                    tx.execute(f"ROLLBACK TO {name}")
                    tx.execute(f"RELEASE {name}")
                raise
            else:
                tx.execute(f"RELEASE {name}")
            finally:
                self._local.depth -= 1
            return
        tx.execute(begin)
        self._local.depth = 1
        try:
            yield tx
        except BaseException:
            if conn.in_transaction:
                conn.rollback()
            raise
        else:
            tx.execute("COMMIT")
        finally:
            self._local.depth = 0

    def read(self):
        return self._tx("BEGIN")

    def write(self):
        return self._tx("BEGIN IMMEDIATE")

    def init_schema(self) -> None:
        with self.write() as tx:
            for stmt in statements(self.dialect):
                tx.execute(stmt)

    def close(self) -> None:
        with self._lock:
            for conn in self._all:
                try:
                    conn.close()
                except sqlite3.Error:
                    pass
            self._all.clear()
        self._local = threading.local()
