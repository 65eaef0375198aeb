"""The team backend: PostgreSQL through psycopg 3, same schema as SQLite.

    chronique ingest reports/ --db postgresql://chronique@db.example/chronique

Writers take one transaction-scoped advisory lock, so documents are folded into events one at
a time whichever machine ingests them (the same guarantee as SQLite's write lock); readers use
plain snapshots and never wait. The tables go in the connection's search_path
(`?options=-csearch_path%3Dmyschema` in the URL picks another schema).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from itertools import count
from typing import Any

from chronique.errors import StoreError
from chronique.store.base import Backend, Tx, database_error, redact
from chronique.store.schema import statements

# The key of the advisory lock every writer holds ("chro" in ASCII).
WRITE_LOCK = 0x6368726F
_cursor_names = count()


def _sql(sql: str) -> str:
    return sql.replace("%", "%%").replace("?", "%s")


class PgTx(Tx):
    dialect = "postgresql"

    def __init__(self, conn: Any, location: str):
        self.conn = conn
        self.location = location

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        import psycopg
        try:
            return self.conn.execute(_sql(sql), tuple(params))
        except psycopg.Error as exc:
            raise database_error(self.location, exc) from exc

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        import psycopg
        try:
            with self.conn.cursor() as cur:
                cur.executemany(_sql(sql), [tuple(r) for r in rows])
        except psycopg.Error as exc:
            raise database_error(self.location, exc) from exc

    def all(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        return self.execute(sql, params).fetchall()

    def scalar_within(self, sql: str, params: Sequence[Any], seconds: float) -> Any | None:
        import psycopg
        try:
            with self.conn.transaction():   # a savepoint: a cancelled count spoils nothing
                self.conn.execute(f"SET LOCAL statement_timeout = {max(1, int(seconds * 1000))}")
                row = self.conn.execute(_sql(sql), tuple(params)).fetchone()
                self.conn.execute("SET LOCAL statement_timeout = 0")
        except psycopg.errors.QueryCanceled:
            return None
        except psycopg.Error as exc:
            raise database_error(self.location, exc) from exc
        return None if row is None else row[0]

    def iter(self, sql: str, params: Sequence[Any] = (), size: int = 1000) -> Iterator[Any]:
        import psycopg
        try:
            with self.conn.cursor(name=f"chronique_{next(_cursor_names)}") as cur:
                cur.itersize = size
                cur.execute(_sql(sql), tuple(params))
                yield from cur
        except psycopg.Error as exc:
            raise database_error(self.location, exc) from exc


class PostgresBackend(Backend):
    dialect = "postgresql"

    def __init__(self, url: str):
        try:
            import psycopg  # noqa: F401
        except ImportError:
            raise StoreError("PostgreSQL needs psycopg: "
                             "pip install 'chronique[postgres]'") from None
        self.url = url
        self.location = redact(url)
        self._local = threading.local()
        self._all: list[Any] = []
        self._lock = threading.Lock()
        self._conn()

    def _conn(self) -> Any:
        conn = getattr(self._local, "conn", None)
        if conn is None or conn.closed:
            import psycopg
            from psycopg.rows import dict_row
            try:
                # No server-side prepared statements: a generic plan ignores the values,
                # and a filter's best plan depends on how many events its values match.
                conn = psycopg.connect(self.url, autocommit=True, connect_timeout=10,
                                       row_factory=_row_factory(dict_row),
                                       prepare_threshold=None)
            except psycopg.Error as exc:
                raise StoreError(f"{self.location}: cannot connect: "
                                 f"{str(exc).strip().splitlines()[0]}") from exc
            try:
                # JIT compiling costs tens to hundreds of ms per query: more than any of
                # ours takes to run, so it only adds latency.
                conn.execute("SET jit = off")
            except psycopg.Error:
                pass
            self._local.conn = conn
            self._local.depth = 0
            with self._lock:
                self._all.append(conn)
        return conn

    @contextmanager
    def _tx(self, lock: bool) -> Iterator[Tx]:
        conn = self._conn()
        tx = PgTx(conn, self.location)
        import psycopg
        if self._local.depth:
            # A savepoint (psycopg nests transactions so): what fails inside is undone alone,
            # and the outer transaction (a batch of documents) goes on.
            self._local.depth += 1
            try:
                with conn.transaction():
                    yield tx
            except psycopg.Error as exc:
                raise database_error(self.location, exc) from exc
            finally:
                self._local.depth -= 1
            return
        self._local.depth = 1
        try:
            with conn.transaction():
                if lock:
                    tx.execute("SELECT pg_advisory_xact_lock(?)", (WRITE_LOCK,))
                yield tx
        except psycopg.Error as exc:
            raise database_error(self.location, exc) from exc
        finally:
            self._local.depth = 0

    def read(self):
        return self._tx(lock=False)

    def write(self):
        return self._tx(lock=True)

    def init_schema(self) -> None:
        with self.write() as tx:
            for stmt in statements(self.dialect):
                tx.execute(stmt)

    def close(self) -> None:
        with self._lock:
            for conn in self._all:
                conn.close()
            self._all.clear()
        self._local = threading.local()


def _row_factory(dict_row):
    """Rows that answer both `row["name"]` and `row[0]`, as sqlite3.Row does."""

    def factory(cursor):
        make = dict_row(cursor)

        def row(values):
            return _Row(make(values), values)
        return row
    return factory


class _Row(dict):
    def __init__(self, mapping: dict, values: Sequence[Any]):
        super().__init__(mapping)
        self._values = tuple(values)

    def __getitem__(self, key):
        if isinstance(key, int):
            return self._values[key]
        return super().__getitem__(key)

    def keys(self):  # type: ignore[override]
        return list(super().keys())
