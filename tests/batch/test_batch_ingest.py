"""`chronique ingest` with worker processes and on a Dask cluster, through the real command
and the real pipeline, on a few hundred short generated reports.

Every path must store what one process stores: the same documents in the same order, the same
events with the same ids, merged the same way (events reported by documents of different
partitions or batches are one record), and an ingest killed midway then run again must end
up the same, every document stored once and no event doubled.
"""

from __future__ import annotations

import re
import signal
import subprocess
import time
from pathlib import Path

import psutil
import pytest

from running import free_port
from batch_helpers import (COMMAND, chronique, count, doubled_mentions, multi_source,
                           snapshot)

pytestmark = pytest.mark.slow

DOCS = "SELECT COUNT(*) FROM documents"


def _start(*args: str) -> subprocess.Popen:
    return subprocess.Popen(COMMAND + list(args), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)


def _wait_until(proc: subprocess.Popen, ready, what: str, timeout: float = 240) -> None:
    deadline = time.monotonic() + timeout
    while not ready():
        assert proc.poll() is None, f"the ingest ended before {what}:\n{proc.stderr.read()}"
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


def _lose_a_worker_and_finish(proc: subprocess.Popen) -> str:
    """Kill one of the ingest's two worker processes; the ingest's stderr once it is done."""
    workers = [w for w in psutil.Process(proc.pid).children()
               if "spawn_main" in " ".join(w.cmdline())]
    assert len(workers) == 2
    workers[0].kill()
    _, err = proc.communicate(timeout=240)
    assert proc.returncode == 0, err
    return err


def test_dask_local_with_two_workers_finds_what_one_process_finds(reports, reference,
                                                                     tmp_path):
    db = tmp_path / "dask.db"
    r = chronique("ingest", str(reports), "--db", str(db), "--dask", "local", "--workers", "2",
                  "--partition-size", "60")
    assert "240 read, 240 added" in r.stderr
    assert "2 workers, 4 partitions (4 computed" in r.stderr
    assert snapshot(db) == reference
    # Events merged across partitions: one record citing documents 60 lines apart or more.
    order = {doc: i for i, doc in enumerate(reference["documents"])}
    spans = [{order[d] // 60 for d in sources} for sources in multi_source(db)]
    assert any(len(s) > 1 for s in spans)
    # The work folder is emptied once every partition is merged.
    assert not Path(f"{db}.parts").exists()


def test_a_multi_worker_ingest_killed_midway_then_rerun_stores_everything_once(
        reports, reference, tmp_path):
    db = tmp_path / "killed.db"
    victim = _start("ingest", str(reports), "--db", str(db), "--workers", "2",
                    "--batch-size", "8")
    _wait_until(victim, lambda: count(db, DOCS) >= 40, "40 documents were stored")
    workers = psutil.Process(victim.pid).children()
    victim.send_signal(signal.SIGKILL)
    victim.wait(30)
    stored = count(db, DOCS)
    assert 40 <= stored < 240
    # Its worker processes ended with it.
    gone, alive = psutil.wait_procs(workers, timeout=20)
    assert not alive
    rerun = chronique("ingest", str(reports), "--db", str(db), "--workers", "2")
    assert f"240 read, {240 - stored} added, {stored} skipped" in rerun.stderr
    assert snapshot(db) == reference
    assert doubled_mentions(db) == 0


def test_a_worker_lost_midway_is_replaced_and_nothing_is_lost(reports, reference, tmp_path):
    db = tmp_path / "lost.db"
    proc = _start("ingest", str(reports), "--db", str(db), "--workers", "2",
                  "--batch-size", "8")
    _wait_until(proc, lambda: count(db, DOCS) >= 24, "24 documents were stored")
    assert "240 read, 240 added" in _lose_a_worker_and_finish(proc)
    assert snapshot(db) == reference


def test_a_dask_ingest_killed_midway_then_rerun_redoes_only_what_was_not_merged(
        reports, reference, tmp_path):
    db = tmp_path / "dask-killed.db"
    args = ["ingest", str(reports), "--db", str(db), "--dask", "local", "--workers", "2",
            "--partition-size", "40"]
    merged = "SELECT COUNT(*) FROM meta WHERE key LIKE 'batch.partition.%'"
    victim = _start(*args)
    _wait_until(victim, lambda: count(db, merged) >= 1, "a partition was merged")
    victim.send_signal(signal.SIGKILL)
    victim.wait(30)
    done = count(db, merged)
    stored = count(db, DOCS)
    assert 1 <= done < 6 and stored < 240
    rerun = chronique(*args)
    assert f"{done} partitions were merged by an earlier run" in rerun.stderr
    computed, reused = map(int, re.search(r"(\d+) computed, (\d+) reused", rerun.stderr).groups())
    assert computed + reused == 6 - done   # results already back were not computed again
    assert "240 read" in rerun.stderr
    assert snapshot(db) == reference
    assert doubled_mentions(db) == 0
    again = chronique(*args)
    assert "6 partitions were merged by an earlier run" in again.stderr
    assert "0 computed" in again.stderr and "0 added, 240 skipped" in again.stderr


def test_a_dask_worker_lost_midway_is_replaced_and_nothing_is_lost(reports, reference,
                                                                   tmp_path):
    db = tmp_path / "dask-lost.db"
    merged = "SELECT COUNT(*) FROM meta WHERE key LIKE 'batch.partition.%'"
    proc = _start("ingest", str(reports), "--db", str(db), "--dask", "local", "--workers", "2",
                  "--partition-size", "40")
    _wait_until(proc, lambda: count(db, merged) >= 1, "a partition was merged")
    # The workers are the client's children, each watched by a nanny in the client, which
    # starts a new one; Dask computes the lost worker's partitions again.
    assert "240 read, 240 added" in _lose_a_worker_and_finish(proc)
    assert snapshot(db) == reference


def test_a_cluster_started_with_dask_scheduler_and_dask_worker_finds_what_one_process_finds(
        reports, reference, tmp_path):
    # The set-up the README gives: `dask scheduler`, `dask worker ADDRESS` run in a folder of
    # its own (so a relative input path must be made absolute), `chronique ingest --dask`.
    dask = Path(COMMAND[0]).with_name("dask") if len(COMMAND) == 1 else None
    if dask is None or not dask.exists():
        pytest.skip("the `dask` command is not installed beside chronique")
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    elsewhere = tmp_path / "worker-home"
    elsewhere.mkdir()
    quiet = dict(stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    scheduler = subprocess.Popen([str(dask), "scheduler", "--host", "127.0.0.1", "--port",
                                  str(port), "--no-dashboard"], **quiet)
    worker = subprocess.Popen([str(dask), "worker", address, "--nthreads", "1",
                               "--no-dashboard"], cwd=elsewhere, **quiet)
    try:
        db = tmp_path / "cluster.db"
        r = chronique("ingest", reports.name, "--db", str(db), "--dask", address,
                      "--partition-size", "80", cwd=reports.parent)
        assert "240 read, 240 added" in r.stderr
        assert f"Dask at {address}, 1 worker, 3 partitions (3 computed" in r.stderr
        assert snapshot(db) == reference
    finally:
        for proc in (worker, scheduler):
            proc.terminate()
        for proc in (worker, scheduler):
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
