"""The store's commands through the real `chronique` entry point: ingest, events, export,
stats, reprocess and serve, with the real pipeline (spaCy) on short reports.

The acceptance cases of the store: the seed ingested twice adds nothing the second time; the
French and the English report of one strike are one event with two sources while a strike on
another city stays apart; an ingest of 1,000 documents killed midway and run again stores
every document once and doubles no event.
"""

from __future__ import annotations

import importlib.util
import json
import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import httpx
import pandas as pd
import pytest

from chronique.records import event_from_dict
from running import COMMAND, free_port, wait_until_serving

REPO = Path(__file__).resolve().parent.parent
REPORTS = REPO / "tests" / "store" / "reports"
PAIR = [REPORTS / "kharkiv_fr.txt", REPORTS / "kharkiv_en.txt", REPORTS / "odesa_en.txt"]


def chronique(*args: str, cwd: Path | None = None, env: dict | None = None,
              check: bool = True, timeout: float = 300) -> subprocess.CompletedProcess:
    full_env = {k: v for k, v in os.environ.items() if k != "CHRONIQUE_DB"} | (env or {})
    r = subprocess.run(COMMAND + list(args), capture_output=True, text=True, cwd=cwd,
                       env=full_env, timeout=timeout)
    if check and r.returncode != 0:
        raise AssertionError(f"chronique {' '.join(args)} exited {r.returncode}:\n{r.stderr}")
    return r


def stats(db: Path) -> dict:
    return json.loads(chronique("stats", "--db", str(db)).stdout)


def events(db: Path, *args: str) -> list[dict]:
    return json.loads(chronique("events", "--db", str(db), "--format", "json", "--limit",
                                "1000", *args).stdout)


# --- without spaCy ----------------------------------------------------------------------------

def test_read_commands_need_a_database(tmp_path):
    r = chronique("events", cwd=tmp_path, check=False)
    assert r.returncode == 1 and "no database at chronique.db" in r.stderr
    assert not (tmp_path / "chronique.db").exists()   # a read never creates one


@pytest.mark.parametrize("command", ["ingest", "events", "export", "stats", "reprocess",
                                     "serve"])
def test_every_command_has_help(command):
    r = chronique(command, "--help")
    assert "--db" in r.stdout


# --- with the real pipeline --------------------------------------------------------------------

@pytest.mark.slow
def test_the_seed_ingested_twice_adds_nothing_the_second_time(tmp_path, shared_dir):
    seed = shared_dir / "examples" / "seed_fr_2022-03-02.txt"
    db = tmp_path / "seed.db"
    first = chronique("ingest", str(seed), "--db", str(db), "--published", "2022-03-02")
    assert "1 read, 1 added" in first.stderr
    before = stats(db)
    assert before["documents"] == 1 and before["events"] >= 5
    second = chronique("ingest", str(seed), "--db", str(db), "--published", "2022-03-02")
    assert "1 read, 0 added, 1 skipped" in second.stderr
    assert "0 new, 0 merged" in second.stderr
    after = stats(db)
    assert {k: after[k] for k in ("documents", "events", "mentions")} == \
        {k: before[k] for k in ("documents", "events", "mentions")}


@pytest.fixture(scope="module")
def pair_db(tmp_path_factory) -> Path:
    """The two Kharkiv reports and the Odesa one, ingested in one command ($CHRONIQUE_DB)."""
    db = tmp_path_factory.mktemp("pair") / "pair.db"
    r = chronique("ingest", *map(str, PAIR), env={"CHRONIQUE_DB": str(db)})
    assert "3 read, 3 added" in r.stderr and "1 merged" in r.stderr
    return db


def _doc_ids(db: Path) -> dict[str, str]:
    with sqlite3.connect(db) as conn:
        return {Path(origin).name: i for i, origin in conn.execute(
            "SELECT id, origin FROM documents")}


@pytest.mark.slow
def test_a_french_and_an_english_report_of_one_strike_are_one_event(pair_db):
    docs = _doc_ids(pair_db)
    found = events(pair_db, "--type", "ASSAULT")
    kharkiv = [e for e in found if e["location"] and e["location"]["name"] == "Kharkiv"]
    assert len(kharkiv) == 1
    assert sorted(kharkiv[0]["sources"]) == sorted([docs["kharkiv_fr.txt"],
                                                    docs["kharkiv_en.txt"]])
    assert {m["doc_id"] for m in kharkiv[0]["mentions"]} == set(kharkiv[0]["sources"])


@pytest.mark.slow
def test_strikes_on_two_cities_stay_two_events(pair_db):
    docs = _doc_ids(pair_db)
    for e in events(pair_db, "--type", "ASSAULT"):
        places = {e["location"]["name"]} if e["location"] else set()
        if docs["odesa_en.txt"] in e["sources"]:
            assert e["sources"] == [docs["odesa_en.txt"]] and "Kharkiv" not in places
    odesa = events(pair_db, "--near", "46.48,30.72,30")
    assert odesa and all(e["sources"] == [docs["odesa_en.txt"]] for e in odesa)


@pytest.mark.slow
def test_events_filters_and_formats(pair_db):
    near = events(pair_db, "--near", "49.99,36.23,30", "--country", "UKR", "--actor", "RUS")
    assert [e["location"]["name"] for e in near] == ["Kharkiv"]
    assert events(pair_db, "--type", "PROTEST") == []
    table = chronique("events", "--db", str(pair_db)).stdout
    assert table.startswith("date") and "Kharkiv" in table
    bad = chronique("events", "--db", str(pair_db), "--country", "Atlantis", check=False)
    assert bad.returncode == 1 and "country: unknown country 'Atlantis'" in bad.stderr


@pytest.mark.slow
def test_exports_open_in_their_consumers(pair_db, tmp_path):
    n = stats(pair_db)["events"]
    chronique("export", "--db", str(pair_db), "--format", "csv", "-o", str(tmp_path / "e.csv"))
    df = pd.read_csv(tmp_path / "e.csv")
    assert len(df) == n and {"event_type", "sub_event_type", "cameo_root"} <= set(df.columns)
    assert "Explosions/Remote violence" in set(df["event_type"])
    chronique("export", "--db", str(pair_db), "--format", "parquet", "-o",
              str(tmp_path / "e.parquet"))
    assert len(pd.read_parquet(tmp_path / "e.parquet")) == n
    geo = json.loads(chronique("export", "--db", str(pair_db), "--format", "geojson").stdout)
    assert geo["type"] == "FeatureCollection" and geo["features"]
    for f in geo["features"]:
        lon, lat = f["geometry"]["coordinates"]
        assert f["geometry"]["type"] == "Point" and -180 <= lon <= 180 and -90 <= lat <= 90
    lines = chronique("export", "--db", str(pair_db), "--format", "jsonl").stdout.splitlines()
    assert len(lines) == n and all(event_from_dict(json.loads(x)).id for x in lines)


@pytest.mark.slow
def test_reprocess_revises_in_place_with_stable_ids(tmp_path):
    """Documents stored by an older chronique are processed again by this one: same event
    ids, one more revision for each report re-processed."""
    from chronique.ingest import iter_documents
    from chronique.store import Store, ingest

    db = tmp_path / "old.db"
    with Store(db, version="0.0.1") as old:
        ingest(old, iter_documents(PAIR))
    before = {e["id"]: e for e in events(db)}
    r = chronique("reprocess", "--db", str(db))
    assert "3 re-processed" in r.stderr and " 0 new" in r.stderr
    after = {e["id"]: e for e in events(db)}
    assert set(after) == set(before)
    # One revision per re-processed report the event comes from.
    assert all(e["revision"] == len(e["sources"]) for e in after.values())
    assert any(e["revision"] == 2 for e in after.values())
    assert all(sorted(after[i]["sources"]) == sorted(before[i]["sources"]) for i in after)
    again = chronique("reprocess", "--db", str(db))
    assert "0 read" in again.stderr   # nothing left to revise


def _corpus(path: Path, n: int) -> Path:
    spec = importlib.util.spec_from_file_location("bench_corpus", REPO / "bench" / "corpus.py")
    corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(corpus)   # type: ignore[union-attr]
    return corpus.write_jsonl(path, n, seed=21)


def _count(db: Path, sql: str) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute(sql).fetchone()[0]
    except sqlite3.OperationalError:   # not created yet
        return 0


def _snapshot(db: Path) -> dict:
    with sqlite3.connect(db) as conn:
        return {
            "documents": sorted(r[0] for r in conn.execute("SELECT id FROM documents")),
            "events": sorted((eid, tuple(sorted(json.loads(data)["sources"])))
                             for eid, data in conn.execute("SELECT id, data FROM events")),
            "mentions": conn.execute("SELECT COUNT(*) FROM mentions").fetchone()[0],
        }


@pytest.mark.slow
def test_an_ingest_killed_midway_and_run_again_stores_everything_once(tmp_path):
    reports = _corpus(tmp_path / "reports.jsonl", 1000)
    killed, whole = tmp_path / "killed.db", tmp_path / "whole.db"
    # The same ingest uninterrupted, beside it, is what the killed one must end up as.
    reference = subprocess.Popen(COMMAND + ["ingest", str(reports), "--db", str(whole)],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    victim = subprocess.Popen(COMMAND + ["ingest", str(reports), "--db", str(killed)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 240
    while _count(killed, "SELECT COUNT(*) FROM documents") < 150:
        assert victim.poll() is None, "the ingest ended before it could be killed"
        assert time.monotonic() < deadline, "the ingest stored nothing in time"
        time.sleep(0.2)
    victim.send_signal(signal.SIGKILL)
    victim.wait(30)
    stored = _count(killed, "SELECT COUNT(*) FROM documents")
    assert 150 <= stored < 1000
    rerun = chronique("ingest", str(reports), "--db", str(killed), timeout=400)
    skipped = int(rerun.stderr.split(" added, ")[1].split(" skipped")[0])
    assert skipped == stored
    assert reference.wait(400) == 0
    got, want = _snapshot(killed), _snapshot(whole)
    assert len(got["documents"]) == len(set(got["documents"])) == 1000
    assert len({e for e, _ in got["events"]}) == len(got["events"])
    assert got == want
    with sqlite3.connect(killed) as conn:
        doubled = conn.execute("SELECT COUNT(*) FROM (SELECT doc_id, start_char, trigger_start "
                               "FROM mentions GROUP BY doc_id, start_char, trigger_start, "
                               "event_id HAVING COUNT(*) > 1) AS d").fetchone()[0]
    assert doubled == 0


@pytest.mark.slow
def test_serve_answers_while_ingest_writes_the_same_database(tmp_path):
    db = tmp_path / "live.db"
    port = free_port()
    server = subprocess.Popen(COMMAND + ["serve", "--db", str(db), "--port", str(port)],
                              stderr=subprocess.PIPE, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_until_serving(base, server)
        ingest = subprocess.Popen(COMMAND + ["ingest", *map(str, PAIR), "--db", str(db)],
                                  stderr=subprocess.DEVNULL)
        answers = []
        with httpx.Client(base_url=base, timeout=10) as client:
            while ingest.poll() is None:
                answers.append(client.get("/events", params={"limit": 5}).status_code)
                answers.append(client.get("/stats").status_code)
                time.sleep(0.05)
            assert ingest.returncode == 0
            assert client.get("/stats").json()["documents"] == 3
        assert answers and set(answers) == {200}
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(20)
