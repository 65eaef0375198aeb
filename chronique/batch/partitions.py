"""The input cut into partitions a cluster's workers read on their own.

    for part in plan(["archive.jsonl", "reports/", "dump.parquet"], opts, size=1000):
        ...             # Partition (what a worker reads) or InputError (a path that failed)

A large JSONL file is cut by line ranges (a pass over its bytes finds where lines start, in
constant memory), a Parquet file by row groups, and smaller files, alone or in folders, are
grouped in file lists; every partition holds about `size` documents. Partitions come in
input order, so folding them in order stores documents in the order a single process would.

A partition has a key: its files (path, size, modification time), its range, the options
and chronique's version. The same command over the same files gives the same keys, which is
how a rerun knows what it has already done; a changed file gives new keys and is redone.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from chronique import __version__
from chronique.batch.inputs import (count_lines, is_parquet, iter_lines, iter_parquet,
                                    line_kind, parquet_file)
from chronique.errors import InputError
from chronique.ingest.paths import FORMATS, STDIN, read_file, walk
from chronique.ingest.text import Options
from chronique.records import Document

# A partition is also cut at this many bytes of input, whatever its count of documents.
MAX_PARTITION_BYTES = 64 * 1024 * 1024
_CHUNK = 4 * 1024 * 1024


@dataclass(frozen=True)
class Partition:
    """What one task reads: `files` (a list of files), `lines` (byte range of a JSONL file,
    starting at line `first_line`) or `rows` (row groups [start, stop) of a Parquet file)."""

    index: int
    kind: str
    paths: tuple[str, ...]           # as the command line and the folders name them
    stamps: tuple[str, ...]          # "size:mtime_ns" of each file
    cwd: str = ""                    # where relative paths are, on every machine
    start: int = 0
    stop: int = 0
    first_line: int = 1
    documents: int = 0               # how many documents it holds (estimated for files)

    def key(self, opts: Options) -> str:
        """What identifies the work: the same key, the same result."""
        blob = json.dumps([self.kind, self.cwd, self.paths, self.stamps, self.start, self.stop,
                           self.first_line, opts.published.isoformat() if opts.published
                           else None, opts.lang, opts.max_bytes, __version__])
        return hashlib.sha256(blob.encode()).hexdigest()[:24]

    def describe(self) -> str:
        """The partition for a message: the file and its lines or row groups."""
        if self.kind == "lines":
            return f"{self.paths[0]} from line {self.first_line}"
        if self.kind == "rows":
            return f"{self.paths[0]} row groups {self.start}-{self.stop - 1}"
        more = f" and {len(self.paths) - 1} more files" if len(self.paths) > 1 else ""
        return f"{self.paths[0]}{more}"

    def read(self, opts: Options) -> Iterator[Document | InputError]:
        """Its documents, as `iter_documents` would give them for the same stretch of input
        (named as the command line names the files, wherever the worker runs)."""
        for shown in self.paths:
            real = Path(self.cwd, shown)
            if self.kind == "lines":
                items = iter_lines(real, self.start, self.stop, self.first_line, opts)
            elif self.kind == "rows":
                items = iter_parquet(real, opts, range(self.start, self.stop))
            else:
                items = read_file(real, opts)
            yield from _named(items, str(real), shown)


def _named(items: Iterator[Document | InputError], real: str, shown: str
           ) -> Iterator[Document | InputError]:
    if real == shown:
        yield from items
        return
    for item in items:
        if isinstance(item, InputError):
            if item.doc.startswith(real):
                item = InputError(shown + item.doc[len(real):], item.reason)
        elif item.origin and item.origin.startswith(real):
            item = replace(item, origin=shown + item.origin[len(real):])
        yield item


def _stamp(path: Path) -> str:
    st = path.stat()
    return f"{st.st_size}:{st.st_mtime_ns}"


class _Planner:
    def __init__(self, size: int):
        self.size = size
        self.cwd = os.getcwd()
        self.index = 0
        self.group: list[Path] = []
        self.group_docs = 0
        self.group_bytes = 0

    def _new(self, kind: str, paths: list[Path], **kw: int) -> Partition:
        part = Partition(self.index, kind, tuple(str(p) for p in paths),
                         tuple(_stamp(p) for p in paths), self.cwd, **kw)
        self.index += 1
        return part

    def flush(self) -> Iterator[Partition]:
        if self.group:
            yield self._new("files", self.group, documents=self.group_docs)
            self.group, self.group_docs, self.group_bytes = [], 0, 0

    def file(self, path: Path) -> Iterator[Partition | InputError]:
        try:
            nbytes = path.stat().st_size
            if is_parquet(path):
                yield from self.flush()
                yield from self._rows(path)
                return
            lines = count_lines(path) if line_kind(path) == "jsonl" else 1
        except (OSError, InputError):   # read_file names the reason when a worker reads it
            nbytes, lines = 0, 1
        if lines > self.size or nbytes > MAX_PARTITION_BYTES:
            yield from self.flush()
            if line_kind(path) == "jsonl":
                yield from self._lines(path)
            else:
                yield self._new("files", [path], documents=lines)
            return
        self.group.append(path)
        self.group_docs += lines
        self.group_bytes += nbytes
        if self.group_docs >= self.size or self.group_bytes >= MAX_PARTITION_BYTES:
            yield from self.flush()

    def _lines(self, path: Path) -> Iterator[Partition]:
        for start, stop, first, n in line_ranges(path, self.size):
            yield self._new("lines", [path], start=start, stop=stop, first_line=first,
                            documents=n)

    def _rows(self, path: Path) -> Iterator[Partition | InputError]:
        try:
            meta = parquet_file(path).metadata
        except InputError as exc:
            yield exc
            return
        start, rows = 0, 0
        for g in range(meta.num_row_groups):
            rows += meta.row_group(g).num_rows
            if rows >= self.size or g == meta.num_row_groups - 1:
                yield self._new("rows", [path], start=start, stop=g + 1, documents=rows)
                start, rows = g + 1, 0
        if meta.num_row_groups == 0:
            yield InputError(str(path), "empty document (no rows)")


def plan(paths: Iterable[str | Path], opts: Options, size: int = 1000
         ) -> Iterator[Partition | InputError]:
    """Partitions of about `size` documents over `paths`, in input order; a path that cannot
    be read is an InputError in its place. stdin cannot be shared with workers: InputError."""
    planner = _Planner(size)
    for raw in paths:
        if str(raw) == STDIN:
            yield from planner.flush()
            yield InputError("<stdin>", "a cluster's workers cannot read stdin: write it to a "
                                        "file and give its path")
            continue
        path = Path(raw)
        if path.is_dir():
            found = False
            for entry in walk(path):
                found = True
                if isinstance(entry, InputError):
                    yield from planner.flush()
                    yield entry
                else:
                    yield from planner.file(entry)
            if not found:
                yield from planner.flush()
                yield InputError(str(raw), "no documents found (known extensions: "
                                           f"{', '.join(sorted(FORMATS))}, or none)")
        elif path.exists():
            yield from planner.file(path)
        else:
            yield from planner.flush()
            yield InputError(str(raw), "no such file")
    yield from planner.flush()


def line_ranges(path: Path, size: int) -> Iterator[tuple[int, int, int, int]]:
    """(first byte, byte after the last, first line number, lines) of runs of `size` lines
    (fewer where MAX_PARTITION_BYTES comes first), read in chunks."""
    start = pos = 0
    first = line = 1
    n = 0
    last = b"\n"
    with open(path, "rb") as f:
        while chunk := f.read(_CHUNK):
            last = chunk[-1:]
            at = 0
            while True:
                nl = chunk.find(b"\n", at)
                if nl < 0:
                    break
                at = nl + 1
                n += 1
                line += 1
                if n >= size or pos + at - start >= MAX_PARTITION_BYTES:
                    yield start, pos + at, first, n
                    start, first, n = pos + at, line, 0
            pos += len(chunk)
    if pos > start:
        yield start, pos, first, n + (last != b"\n")
