"""JSON Lines and JSON: one document per object.

Each object has `text` (or `html`, a page to extract the text from) and optionally `id`,
`title`, `url`, `source`, `published` (or `date`), `lang` (or `language`); other keys are
ignored. A JSONL file is streamed line by line with a per-line size cap, so a file of any size
is read in constant memory; a bad line is an InputError naming `file:line` and the next line
is read. A `.json` file (one object, or a list of objects) is parsed whole, so it is held to
the per-document size limit.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, Any

from chronique.errors import InputError
from chronique.ingest.decode import decode_bytes
from chronique.ingest.html import extract_html
from chronique.ingest.text import (CANONICAL_KEYS, Meta, Options, build_document,
                                   describe_type, meta_from_fields, too_large)
from chronique.records import Document

# An over-long line is skipped in pieces of this size, never held whole.
_SKIP_CHUNK = 64 * 1024


def document_from_object(obj: Any, origin: str, options: Options,
                         notes: list[str] | None = None) -> Document:
    """A Document from one decoded JSON value; InputError when it is not a usable object."""
    if not isinstance(obj, dict):
        raise InputError(origin, f"expected a JSON object, not {describe_type(obj)}")
    fields: dict[str, Any] = {"id": obj.get("id")}
    for key, canonical in CANONICAL_KEYS.items():
        if obj.get(key) is not None:
            fields.setdefault(canonical, obj[key])
    meta = meta_from_fields(fields, origin)
    text = obj.get("text")
    if text is None and obj.get("html") is not None:
        text, page = _page(obj["html"], origin)
        meta = Meta(**{name: getattr(meta, name) or getattr(page, name)
                       for name in ("id", "title", "url", "source", "published", "lang")},
                    notes=page.notes + meta.notes)
    if text is None:
        raise InputError(origin, "no 'text' field (nor 'html')")
    if not isinstance(text, str):
        raise InputError(origin, f"field 'text' should be a string, not {describe_type(text)}")
    meta.notes[:0] = notes or []
    return build_document(text, origin, options.apply(meta))


def _page(html: Any, origin: str) -> tuple[str, Meta]:
    if not isinstance(html, str):
        raise InputError(origin, f"field 'html' should be a string, not {describe_type(html)}")
    return extract_html(html, origin)


def iter_jsonl(stream: IO[bytes], name: str, options: Options
               ) -> Iterator[Document | InputError]:
    """Every document of a JSONL stream, one per non-blank line, errors in place of bad lines."""
    number = 0
    seen = False
    while True:
        line = stream.readline(options.max_bytes + 1)
        if not line:
            if not seen:
                yield InputError(name, "empty document")
            return
        number += 1
        origin = f"{name}:{number}"
        if len(line) > options.max_bytes and not line.endswith(b"\n"):
            seen = True
            size = len(line) + _skip_rest_of_line(stream)
            yield InputError(origin, too_large(size, options.max_bytes))
            continue
        if not line.strip():
            continue
        seen = True
        try:
            text, notes = decode_bytes(line, origin)
            try:
                obj = json.loads(text.strip())
            except json.JSONDecodeError as exc:
                raise InputError(origin, f"not valid JSON: {_json_error(exc)}") from None
            yield document_from_object(obj, origin, options, notes)
        except InputError as exc:
            yield exc


def iter_json(data: bytes, name: str, options: Options) -> Iterator[Document | InputError]:
    """The documents of a whole `.json` file: one object, or a list of objects."""
    if not data.strip():
        yield InputError(name, "empty document")
        return
    try:
        text, notes = decode_bytes(data, name)
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(name, f"not valid JSON: {_json_error(exc)}") from None
    except InputError as exc:
        yield exc
        return
    if not isinstance(value, list):
        try:
            yield document_from_object(value, name, options, notes)
        except InputError as exc:
            yield exc
        return
    if not value:
        yield InputError(name, "empty document (an empty JSON list)")
    for number, obj in enumerate(value, start=1):
        try:
            yield document_from_object(obj, f"{name}#item-{number}", options, list(notes))
        except InputError as exc:
            yield exc


def _skip_rest_of_line(stream: IO[bytes]) -> int:
    skipped = 0
    while True:
        chunk = stream.readline(_SKIP_CHUNK)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped


def _json_error(exc: json.JSONDecodeError) -> str:
    where = f"line {exc.lineno}, column {exc.colno}" if exc.lineno > 1 else f"column {exc.colno}"
    return f"{exc.msg.removesuffix(' at')} at {where}"
