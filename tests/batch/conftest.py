"""Fixtures of the batch tests: generated reports, and the database one process makes of
them, which every parallel path must reproduce."""

from __future__ import annotations

from pathlib import Path

import pytest

from batch_helpers import chronique, snapshot, write_reports


@pytest.fixture(scope="session")
def reports(tmp_path_factory) -> Path:
    return write_reports(tmp_path_factory.mktemp("batch") / "reports.jsonl", 240, seed=33)


@pytest.fixture(scope="session")
def reference(reports, tmp_path_factory) -> dict:
    """The reports ingested in one process: what every other path must store."""
    db = tmp_path_factory.mktemp("reference") / "one.db"
    r = chronique("ingest", str(reports), "--db", str(db), "--workers", "1")
    assert "240 read, 240 added" in r.stderr
    return snapshot(db)
