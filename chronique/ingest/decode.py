"""Bytes to text: refuse binary files, read UTF-8, and recover legacy encodings with a note.

Order of trust: a byte-order mark; UTF-8 (what nearly every report is); cp1252, the legacy
encoding of most Western web pages and Word exports, when its reading shows no mojibake;
then whatever charset_normalizer finds credible. A guessed encoding is never silent: the
caller gets a note for `Document.notes`.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes
from charset_normalizer.md import mess_ratio

from chronique.errors import InputError

# How much of a file the binary sniffers look at: enough to see past a header, cheap to scan.
SNIFF_BYTES = 64 * 1024

# File signatures of formats people rename by mistake (a screenshot, an archive, a PDF).
_MAGIC = (b"\x89PNG", b"\x1f\x8b", b"PK\x03\x04", b"%PDF", b"\xff\xd8\xff", b"GIF8",
          b"7z\xbc\xaf", b"RIFF", b"\x7fELF", b"SQLite format 3")

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))

# Control bytes that never occur in text (tab, newlines and form feed excluded).
_CONTROL = frozenset(range(0, 9)) | frozenset(range(14, 32)) | {11, 127}

# Above this share of control bytes a file is binary; charset_normalizer's default mess
# threshold is 0.2, and a cp1252 reading above it is mojibake (Cyrillic read as Latin-1).
_MAX_CONTROL_SHARE = 0.05
_MAX_MESS = 0.2


def is_binary(head: bytes) -> bool:
    """True for bytes that are not text in any encoding we read (a PNG, a gzip, random data)."""
    if head.startswith(_MAGIC):
        return True
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return False
    if b"\x00" in head:
        return _utf16_without_bom(head) is None
    if not head:
        return False
    controls = sum(1 for b in head if b in _CONTROL)
    return controls / len(head) > _MAX_CONTROL_SHARE


def decode_bytes(data: bytes, origin: str) -> tuple[str, list[str]]:
    """Decode a document's bytes; returns the text and notes (e.g. a guessed encoding).

    Raises InputError for binary data or when no encoding gives credible text.
    """
    if is_binary(data[:SNIFF_BYTES]):
        raise InputError(origin, "binary file, not text")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(origin, f"bad {codec.removesuffix('-sig')} text: {exc.reason} "
                                         f"at byte {exc.start}") from None
            return text, ([] if codec == "utf-8-sig" else [f"decoded as {codec}, not UTF-8"])
    if b"\x00" in data[:SNIFF_BYTES]:
        codec = _utf16_without_bom(data[:SNIFF_BYTES]) or "utf-16-le"
        try:
            return data.decode(codec), [f"decoded as {codec}, not UTF-8"]
        except UnicodeDecodeError:
            raise InputError(origin, "binary file, not text") from None
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    guess = _guess_legacy(data)
    if guess is None:
        raise InputError(origin, "not UTF-8 and no other encoding gives readable text")
    text, codec = guess
    return text, [f"decoded as {codec}, not UTF-8"]


def _utf16_without_bom(head: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NULs sit in every other byte, as in Windows 'Unicode' text."""
    sample = head[: len(head) - len(head) % 2]
    if len(sample) < 4:
        return None
    for codec, zeros in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        if zeros.count(0) / len(zeros) > 0.9:
            try:
                text = sample.decode(codec)
            except UnicodeDecodeError:
                continue
            if not any(ord(c) in _CONTROL for c in text):
                return codec
    return None


def _guess_legacy(data: bytes) -> tuple[str, str] | None:
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and mess_ratio(text[:SNIFF_BYTES], _MAX_MESS) < _MAX_MESS:
        return text, "cp1252"
    best = from_bytes(data[:4 * SNIFF_BYTES]).best()
    if best is None or best.encoding in ("utf_8", "ascii"):
        return None
    codec = codecs.lookup(best.encoding).name
    try:
        return data.decode(codec), codec
    except UnicodeDecodeError:
        return None
