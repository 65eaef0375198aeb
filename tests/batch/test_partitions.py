"""Cutting the input for a cluster, without spaCy: whatever the cut, the partitions read
together give exactly what one reader gives, in the same order and with the same names; a
rerun over unchanged files recognises its partitions and a changed file is redone."""

from __future__ import annotations

import io
import json
import os
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from chronique.batch.inputs import estimate_total, iter_inputs, options
from chronique.batch.partitions import Partition, line_ranges, plan
from chronique.batch.progress import IngestProgress
from chronique.batch.workers import batches
from chronique.errors import InputError
from chronique.records import Document

TEXT = "Kyiv, {n} March. Strikes hit the city on Monday, officials said."


def _line(n: int) -> str:
    return json.dumps({"id": f"d{n}", "text": TEXT.format(n=n), "lang": "en",
                       "published": "2024-03-0%d" % (1 + n % 9)})


@pytest.fixture
def inputs(tmp_path, monkeypatch) -> Path:
    """A folder of mixed inputs, with the faults a real archive has."""
    monkeypatch.chdir(tmp_path)
    big = [_line(n) for n in range(1, 26)]
    big[6] = "{not json"
    big[11] = ""
    (tmp_path / "big.jsonl").write_text("\n".join(big) + "\n", encoding="utf-8")
    (tmp_path / "tail.jsonl").write_text(_line(90) + "\n" + _line(91), encoding="utf-8")
    folder = tmp_path / "reports" / "2024"
    folder.mkdir(parents=True)
    for n in range(5):
        (folder / f"r{n}.txt").write_text(TEXT.format(n=100 + n), encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "small.jsonl").write_text(_line(200) + "\n" + _line(201) + "\n",
                                        encoding="utf-8")
    rows = [{"id": f"p{n}", "text": TEXT.format(n=300 + n), "lang": "en",
             "published": date(2024, 3, 1 + n % 20)} for n in range(23)]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "dump.parquet", row_group_size=5)
    return tmp_path


ARGS = ["big.jsonl", "reports", "missing.jsonl", "dump.parquet", "tail.jsonl"]


def _read_all(items) -> list:
    opts = options()
    out = []
    for item in items:
        out.extend([item] if isinstance(item, InputError) else item.read(opts))
    return out


def _same(a: list, b: list) -> None:
    assert len(a) == len(b)
    for x, y in zip(a, b):
        if isinstance(x, Document):
            assert x == y
        else:
            assert isinstance(y, InputError) and str(x) == str(y)


@pytest.mark.parametrize("size", [1, 3, 7, 10_000])
def test_partitions_read_together_give_what_one_reader_gives(inputs, size):
    whole = list(iter_inputs(ARGS, options()))
    parts = list(plan(ARGS, options(), size))
    _same(_read_all(parts), whole)
    names = [x.origin if isinstance(x, Document) else str(x) for x in whole]
    assert "big.jsonl:7: not valid JSON" in " ".join(names)
    assert "missing.jsonl: no such file" in names
    assert "dump.parquet#row-23" in names and "tail.jsonl:2" in names
    assert [p.index for p in parts if isinstance(p, Partition)] == \
        list(range(sum(isinstance(p, Partition) for p in parts)))


@pytest.mark.parametrize("size, kinds", [
    (10, ["lines", "lines", "lines", "files", "rows", "rows", "rows", "files"]),
    (10_000, ["files", "rows", "files"]),
])
def test_large_files_are_cut_small_ones_grouped(inputs, size, kinds):
    parts = [p for p in plan(ARGS, options(), size) if isinstance(p, Partition)]
    assert [p.kind for p in parts] == kinds


def test_line_ranges_cover_the_file_exactly(inputs):
    path = inputs / "big.jsonl"
    ranges = list(line_ranges(path, 4))
    assert ranges[0][0] == 0 and ranges[-1][1] == path.stat().st_size
    assert all(a[1] == b[0] for a, b in zip(ranges, ranges[1:]))
    assert [r[2] for r in ranges] == [1, 5, 9, 13, 17, 21, 25]
    assert sum(r[3] for r in ranges) == 25


def test_keys_stay_for_unchanged_files_and_change_with_a_file_or_the_options(inputs):
    def keys(published=None):
        opts = options(published=published)
        return {p.paths: p.key(opts) for p in plan(ARGS, opts, 10) if isinstance(p, Partition)}
    first = keys()
    assert keys() == first
    tail = inputs / "tail.jsonl"
    tail.write_text(tail.read_text() + "\n" + _line(92))
    changed = keys()
    assert changed[("tail.jsonl",)] != first[("tail.jsonl",)]
    assert {k: v for k, v in changed.items() if k != ("tail.jsonl",)} == \
        {k: v for k, v in first.items() if k != ("tail.jsonl",)}
    assert set(keys(published=date(2024, 1, 1)).values()).isdisjoint(first.values())


def test_a_worker_elsewhere_reads_relative_paths_from_the_planning_folder(inputs, tmp_path,
                                                                         monkeypatch):
    parts = [p for p in plan(["reports"], options(), 3) if isinstance(p, Partition)]
    monkeypatch.chdir(tmp_path.parent)
    origins = [d.origin for d in _read_all(parts) if isinstance(d, Document)]
    assert origins and all(o.startswith("reports/2024/") for o in origins)


def test_stdin_cannot_go_to_a_cluster(inputs):
    (item,) = plan(["-"], options())
    assert isinstance(item, InputError) and "stdin" in item.reason


def test_parquet_rows_are_documents_with_their_dates(inputs):
    docs = list(iter_inputs(["dump.parquet"], options()))
    assert len(docs) == 23 and docs[4].published == date(2024, 3, 5)
    assert docs[0].origin == "dump.parquet#row-1" and docs[0].id == "p0"
    pq.write_table(pa.table({"body": ["x"]}), inputs / "bad.parquet")
    (bad,) = iter_inputs(["bad.parquet"], options())
    assert isinstance(bad, InputError) and "no 'text' column" in bad.reason


@pytest.mark.parametrize("args, total", [
    (["big.jsonl"], 25),             # lines, the blank and the broken one included
    (["reports"], 8),                # 7 files, of which a JSONL of 2 lines
    (["dump.parquet", "tail.jsonl"], 25),
    (["-"], None),
])
def test_the_total_for_the_eta(inputs, args, total):
    assert estimate_total(args) == total


def test_batches_are_bounded_in_documents_and_characters():
    docs = [Document(id=str(n), text="x" * (100 if n % 5 else 1000)) for n in range(40)]
    items: list = docs[:3] + [InputError("bad", "unreadable")] + docs[3:]
    cut = list(batches(items, size=8, max_chars=1500))
    assert [i for b in cut for i in b.items] == items
    assert all(len(b.docs) <= 8 for b in cut)
    assert all(b.chars < 1500 + 1000 for b in cut)


class _Outcome:
    status, new, merged, revised = "added", 3, 1, 0


def test_progress_says_rate_events_and_eta():
    now = [0.0]
    out = io.StringIO()
    bar = IngestProgress(out, clock=lambda: now[0])
    bar.set_total(100)
    for _ in range(70):
        now[0] += 0.5
        bar("doc", _Outcome(), None)
    assert bar.line() == "ingest: 70 documents (2.0/s), 280 events, 0 failed, ETA 0:15"
    # Not a terminal: a line every 30 s, so that a log tells how far a long batch is.
    assert out.getvalue().splitlines() == [
        "chronique: ingest: 60 documents (2.0/s), 240 events, 0 failed, ETA 0:20"]
    bar.close()


def test_workers_must_be_a_positive_number(tmp_path):
    from chronique.cli import main

    err = io.StringIO()
    with pytest.raises(SystemExit) as stop:
        main(["ingest", "x.jsonl", "--db", str(tmp_path / "x.db"), "--workers", "0"],
             err=err)
    assert stop.value.code == 2
    assert not os.path.exists(tmp_path / "x.db")
