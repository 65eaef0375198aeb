"""Paths to documents: files, directories, stdin; the format of each; errors that do not stop.

The format comes from the file's extension, or, for stdin and unknown extensions, from its
first bytes ("<" is markup, "{" JSON Lines, "[" JSON, anything else text). Whole-file formats
(text, HTML, JSON) are refused on their size before a byte is read; streamed formats (JSONL,
feeds) are held to the limit per line or per item instead, so they may be of any size.
"""

from __future__ import annotations

import io
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import IO

from chronique.errors import InputError
from chronique.ingest.decode import SNIFF_BYTES, decode_bytes, is_binary
from chronique.ingest.feeds import FEED_ROOTS, iter_feed
from chronique.ingest.html import read_html
from chronique.ingest.jsonl import iter_json, iter_jsonl
from chronique.ingest.langid import require_supported
from chronique.ingest.text import DEFAULT_MAX_BYTES, Options, read_text, too_large
from chronique.records import Document

STDIN = "-"
STDIN_NAME = "<stdin>"
FORMATS = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html",
           ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".xml": "feed",
           ".rss": "feed", ".atom": "feed"}
_STREAMED = frozenset({"jsonl", "feed"})
# Files without an extension are read too, their format guessed from their content.
_NO_SUFFIX = ""
# The first element of a markup file, past the XML declaration, comments and doctype.
_FIRST_TAG = re.compile(rb"<(?![?!])(?:[\w.-]+:)?([\w.-]+)")


def iter_documents(paths: Iterable[str | Path], *, published: date | None = None,
                   lang: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
                   ) -> Iterator[Document | InputError]:
    """Every document under `paths` (files or directories, recursively, sorted), in order.

    A file that cannot be read yields an InputError (naming the file and the reason) and the
    iteration goes on: one bad document never stops a batch. '-' reads stdin. `published` and
    `lang`, when given, win over what each document says (a differing value is kept as a
    note). An unsupported `lang` raises InputError at once, before anything is read.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]  # one path, not the characters of one
    if lang is not None:
        lang = require_supported(lang, "lang argument")
    if max_bytes <= 0:
        raise ValueError(f"max_bytes must be positive, not {max_bytes}")
    return _iter(list(paths), Options(published=published, lang=lang, max_bytes=max_bytes))


def _iter(paths: list[str | Path], options: Options) -> Iterator[Document | InputError]:
    for path in paths:
        if str(path) == STDIN:
            yield from read_stream(_peekable(sys.stdin.buffer), STDIN_NAME, None, options)
        else:
            yield from _read_path(Path(path), options)


def _read_path(path: Path, options: Options) -> Iterator[Document | InputError]:
    try:
        is_dir = path.is_dir()
        if not is_dir:
            path.stat()
    except FileNotFoundError:
        yield InputError(str(path), "no such file")
        return
    except OSError as exc:
        yield InputError(str(path), _os_reason(exc))
        return
    if not is_dir:
        yield from read_file(path, options)
        return
    found = False
    for entry in walk(path):
        found = True
        if isinstance(entry, InputError):
            yield entry
        else:
            yield from read_file(entry, options)
    if not found:
        yield InputError(str(path), "no documents found (known extensions: "
                                    f"{', '.join(sorted(FORMATS))}, or none)")


def walk(folder: Path) -> Iterator[Path | InputError]:
    """Files of a known format under `folder`, sorted, hidden files and folders skipped."""
    errors: list[OSError] = []
    files: list[Path] = []
    for here, dirs, names in os.walk(folder, onerror=errors.append):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        files.extend(Path(here, n) for n in names
                     if not n.startswith(".") and _known(Path(n)))
    for exc in errors:
        yield InputError(exc.filename or str(folder), _os_reason(exc))
    yield from sorted(files, key=lambda p: p.relative_to(folder).parts)


def _known(path: Path) -> bool:
    suffix = path.suffix.lower()
    return suffix in FORMATS or suffix == _NO_SUFFIX


def read_file(path: Path, options: Options) -> Iterator[Document | InputError]:
    """The documents of one file; errors yielded, never raised."""
    name = str(path)
    kind = FORMATS.get(path.suffix.lower())
    try:
        stream = open(path, "rb", buffering=SNIFF_BYTES)
    except OSError as exc:
        yield InputError(name, _os_reason(exc))
        return
    with stream:
        try:
            info = os.fstat(stream.fileno())
            # Only a regular file knows its size; a pipe or a device says 0 whatever it holds.
            size = info.st_size if stat.S_ISREG(info.st_mode) else None
            if size == 0:
                yield InputError(name, "empty document")
                return
            yield from read_stream(stream, name, kind, options, size)
        except OSError as exc:
            yield InputError(name, _os_reason(exc))


def read_stream(stream: IO[bytes], name: str, kind: str | None, options: Options,
                size: int | None = None) -> Iterator[Document | InputError]:
    """The documents of an open binary stream whose format is `kind` (None: guess it)."""
    head = stream.peek(SNIFF_BYTES)[:SNIFF_BYTES]
    if is_binary(head):
        yield InputError(name, "binary file, not text")
        return
    kind = kind or sniff(head)
    if kind == "jsonl":
        yield from iter_jsonl(stream, name, options)
        return
    if kind == "feed":
        yield from iter_feed(stream, name, options)
        return
    if size is not None and size > options.max_bytes:
        # Refused on the size the file system gives, before reading it.
        yield InputError(name, too_large(size, options.max_bytes))
        return
    data = stream.read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        yield InputError(name, too_large(len(data), options.max_bytes, at_least=True))
        return
    try:
        if kind == "json":
            yield from iter_json(data, name, options)
        elif kind == "html":
            yield read_html(data, name, options)
        else:
            text, notes = decode_bytes(data, name)
            yield read_text(text, name, options, notes)
    except InputError as exc:
        yield exc


def sniff(head: bytes) -> str:
    """The format of a stream from its first bytes: 'feed', 'html', 'jsonl', 'json' or 'text'."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith(b"<"):
        match = _FIRST_TAG.search(start)
        return "feed" if match and match[1].decode("ascii", "replace") in FEED_ROOTS else "html"
    # JSON only when the bracket opens an object or a list of objects: "[VIDEO] Kyiv..." is text
    if start.startswith(b"{") and start[1:].lstrip()[:1] in (b'"', b"}"):
        return "jsonl"
    if start.startswith(b"[") and start[1:].lstrip()[:1] in (b"{", b"]"):
        return "json"
    return "text"


def _peekable(stream: IO[bytes]) -> IO[bytes]:
    return stream if hasattr(stream, "peek") else io.BufferedReader(stream, SNIFF_BYTES)


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    return exc.strerror or str(exc)
