"""Stores to test against: a SQLite file, and PostgreSQL when CHRONIQUE_TEST_PG names a server
(`.ci/run` starts one; elsewhere the PostgreSQL cases skip and say why). Each PostgreSQL test
gets a schema of its own, dropped afterwards."""

from __future__ import annotations

import os
import uuid
from urllib.parse import quote

import pytest

from chronique.store import Store

PG_ENV = "CHRONIQUE_TEST_PG"


def pg_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"{PG_ENV} is not set: no PostgreSQL server to test against "
                    f"(.ci/run starts one and sets it)")
    return url


@pytest.fixture
def pg_schema_url():
    """A postgresql:// URL whose tables go in a fresh schema."""
    import psycopg

    base = pg_url()
    schema = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in base else "?"
    yield f"{base}{sep}options={quote(f'-csearch_path={schema}')}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["sqlite", "postgresql"])
def location(request, tmp_path):
    """Where a store is: every test that takes it runs on both backends."""
    if request.param == "sqlite":
        return str(tmp_path / "events.db")
    return request.getfixturevalue("pg_schema_url")


@pytest.fixture
def store(location):
    s = Store(location)
    yield s
    s.close()
