"""What a batch reads: every format `iter_documents` reads, Parquet files, and slices of them.

    for item in iter_inputs(["archive.jsonl", "feeds/", "dump.parquet"], published=None):
        ...                                   # Document | InputError, in input order

A Parquet file holds one document a row, with the columns a JSONL line has (`text` or `html`,
and `id`, `title`, `url`, `source`, `published`, `lang`); it is read row group by row group, so
a file of any size is read in constant memory. `iter_lines` reads a range of lines of a JSONL
file and `iter_parquet` a range of row groups: the pieces a cluster's workers read. Both name
documents as a whole read would (`file:line`, `file#row-N`), so a document gets the same
origin whichever way the file was cut.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from chronique.errors import InputError
from chronique.ingest import iter_documents
from chronique.ingest.decode import SNIFF_BYTES, decode_bytes, is_binary
from chronique.ingest.jsonl import document_from_object
from chronique.ingest.langid import require_supported
from chronique.ingest.paths import FORMATS, STDIN, sniff, walk
from chronique.ingest.text import DEFAULT_MAX_BYTES, Options, too_large
from chronique.records import Document

PARQUET = frozenset({".parquet", ".pq"})
# Only these columns of a Parquet file are read: a dump may carry others, large ones too.
_COLUMNS = ("id", "text", "html", "title", "url", "source", "published", "date", "lang",
            "language")
_ROWS_PER_READ = 1000
_CHUNK = 4 * 1024 * 1024


def options(published: date | None = None, lang: str | None = None,
            max_bytes: int = DEFAULT_MAX_BYTES) -> Options:
    """The caller's options for every document, the language checked at once."""
    if lang is not None:
        lang = require_supported(lang, "lang argument")
    return Options(published=published, lang=lang, max_bytes=max_bytes)


def is_parquet(path: str | Path) -> bool:
    return Path(path).suffix.lower() in PARQUET


def iter_inputs(paths: Iterable[str | Path], opts: Options) -> Iterator[Document | InputError]:
    """Every document under `paths`, in order: `iter_documents`' formats, and Parquet files
    named on the command line."""
    for path in paths:
        if str(path) != STDIN and is_parquet(path) and Path(path).is_file():
            yield from iter_parquet(Path(path), opts)
        else:
            yield from iter_documents([path], published=opts.published, lang=opts.lang,
                                      max_bytes=opts.max_bytes)


# --- Parquet -----------------------------------------------------------------------------------

def parquet_file(path: Path) -> Any:
    """The open Parquet file; InputError when it is not one."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        return pq.ParquetFile(path)
    except (OSError, pa.ArrowException) as exc:
        raise InputError(str(path), f"not a readable Parquet file ({exc})") from None


def iter_parquet(path: Path, opts: Options, groups: range | None = None
                 ) -> Iterator[Document | InputError]:
    """The documents of the row groups `groups` (all by default) of a Parquet file."""
    try:
        pf = parquet_file(path)
    except InputError as exc:
        yield exc
        return
    meta = pf.metadata
    if meta.num_rows == 0:
        yield InputError(str(path), "empty document (no rows)")
        return
    names = set(pf.schema_arrow.names)
    columns = [c for c in _COLUMNS if c in names]
    if "text" not in names and "html" not in names:
        yield InputError(str(path), "no 'text' column (nor 'html')")
        return
    groups = groups if groups is not None else range(meta.num_row_groups)
    row = sum(meta.row_group(g).num_rows for g in range(groups.start))
    for batch in pf.iter_batches(batch_size=_ROWS_PER_READ, row_groups=list(groups),
                                 columns=columns):
        for values in batch.to_pylist():
            row += 1
            origin = f"{path}#row-{row}"
            try:
                yield document_from_object(_plain(values), origin, opts)
            except InputError as exc:
                yield exc


def _plain(values: dict[str, Any]) -> dict[str, Any]:
    """A row as a JSON line would give it: dates as ISO strings."""
    out = {}
    for k, v in values.items():
        if isinstance(v, dt.datetime):
            v = v.date().isoformat()
        elif isinstance(v, date):
            v = v.isoformat()
        out[k] = v
    return out


# --- JSONL line ranges -------------------------------------------------------------------------

def iter_lines(path: Path, start: int, stop: int, first_line: int, opts: Options
               ) -> Iterator[Document | InputError]:
    """The documents of the lines of a JSONL file from byte `start` (a line's first byte,
    numbered `first_line`) up to byte `stop`; a bad line is an InputError naming `file:line`,
    as `iter_documents` names it."""
    name = str(path)
    try:
        stream = open(path, "rb")
    except OSError as exc:
        yield InputError(name, exc.strerror or str(exc))
        return
    with stream:
        stream.seek(start)
        number = first_line - 1
        while stream.tell() < stop:
            line = stream.readline(opts.max_bytes + 1)
            if not line:
                return
            number += 1
            origin = f"{name}:{number}"
            if len(line) > opts.max_bytes and not line.endswith(b"\n"):
                size = len(line)
                while line and not line.endswith(b"\n"):   # skip the rest, never hold it
                    line = stream.readline(_CHUNK)
                    size += len(line)
                yield InputError(origin, too_large(size, opts.max_bytes))
                continue
            if not line.strip():
                continue
            try:
                text, notes = decode_bytes(line, origin)
                try:
                    obj = json.loads(text.strip())
                except json.JSONDecodeError as exc:
                    raise InputError(origin, f"not valid JSON: {exc.msg.removesuffix(' at')} "
                                             f"at column {exc.colno}") from None
                yield document_from_object(obj, origin, opts, notes)
            except InputError as exc:
                yield exc


def line_kind(path: Path) -> str | None:
    """'jsonl' when the file is JSON Lines (by extension, or by content without one);
    None for any other format or an unreadable file."""
    kind = FORMATS.get(path.suffix.lower())
    if kind is not None or path.suffix:
        return "jsonl" if kind == "jsonl" else None
    try:
        with open(path, "rb") as f:
            head = f.read(SNIFF_BYTES)
    except OSError:
        return None
    return "jsonl" if head and not is_binary(head) and sniff(head) == "jsonl" else None


def count_lines(path: Path) -> int:
    """Lines of a file, read in chunks (a last line without a newline counts)."""
    n = 0
    last = b"\n"
    with open(path, "rb") as f:
        while chunk := f.read(_CHUNK):
            n += chunk.count(b"\n")
            last = chunk[-1:]
    return n + (last != b"\n")


# --- how many documents ------------------------------------------------------------------------

def estimate_total(paths: Iterable[str | Path]) -> int | None:
    """How many documents `paths` hold, for an ETA: a JSONL file's lines, a Parquet file's
    rows, one per other file. None when it cannot be told without reading everything
    (stdin, feeds, JSON lists)."""
    total = 0
    for path in paths:
        if str(path) == STDIN:
            return None
        p = Path(path)
        files = [f for f in walk(p) if isinstance(f, Path)] if p.is_dir() else [p]
        for f in files:
            n = _documents_in(f)
            if n is None:
                return None
            total += n
    return total


def _documents_in(path: Path) -> int | None:
    try:
        if is_parquet(path):
            return parquet_file(path).metadata.num_rows
        if line_kind(path) == "jsonl":
            return count_lines(path)
        kind = FORMATS.get(path.suffix.lower())
        if kind is None and not path.suffix:
            with open(path, "rb") as f:
                kind = sniff(f.read(SNIFF_BYTES))
    except (OSError, InputError):
        return 1                     # an unreadable file is one failed document
    return None if kind in ("feed", "json") else 1
