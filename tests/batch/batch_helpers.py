"""Helpers of the batch tests: the real `chronique` command, generated reports, and what a
database holds, in a form two runs can be compared by."""

from __future__ import annotations

import importlib.util
import json
import os
import sqlite3
import subprocess
from pathlib import Path

from running import COMMAND

REPO = Path(__file__).resolve().parents[2]


def chronique(*args: str, check: bool = True, timeout: float = 300,
              cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "CHRONIQUE_DB"}
    r = subprocess.run(COMMAND + list(args), capture_output=True, text=True, env=env,
                       timeout=timeout, cwd=cwd)
    if check and r.returncode != 0:
        raise AssertionError(f"chronique {' '.join(args)} exited {r.returncode}:\n{r.stderr}")
    return r


def write_reports(path: Path, n: int, seed: int) -> Path:
    """`n` generated wire-style reports (bench/corpus.py), French and English, as JSONL."""
    spec = importlib.util.spec_from_file_location("bench_corpus", REPO / "bench" / "corpus.py")
    corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(corpus)   # type: ignore[union-attr]
    return corpus.write_jsonl(path, n, seed=seed)


def count(db: Path, sql: str) -> int:
    """A count read while another process may be writing; 0 before the database exists."""
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute(sql).fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def snapshot(db: Path) -> dict:
    """Everything two runs over the same input must agree on: the documents in their order,
    each event whole (id, sources, mentions, merged values), what each document gave."""
    with sqlite3.connect(db) as conn:
        return {
            "documents": [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY pk")],
            "events": sorted((eid, data) for eid, data in
                             conn.execute("SELECT id, data FROM events")),
            "sources": sorted(conn.execute("SELECT event_id, doc_id, data FROM event_sources")),
            "mentions": conn.execute("SELECT COUNT(*) FROM mentions").fetchone()[0],
        }


def doubled_mentions(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT COUNT(*) FROM (SELECT 1 FROM mentions GROUP BY doc_id, "
                            "start_char, trigger_start, event_id HAVING COUNT(*) > 1) AS d"
                            ).fetchone()[0]


def multi_source(db: Path) -> list[list[str]]:
    """The sources of every event reported by more than one document."""
    with sqlite3.connect(db) as conn:
        return [json.loads(d)["sources"] for (d,) in
                conn.execute("SELECT data FROM events WHERE n_sources > 1")]
