"""Files, folders and stdin: every document in order, one error per bad one, never a stop."""

from __future__ import annotations

import gzip
import io
import os
import shutil
import sys
import time
import tracemalloc
from datetime import date

import pytest

import chronique.ingest
from chronique.errors import InputError
from chronique.ingest import DEFAULT_MAX_BYTES, iter_documents
from chronique.ingest.paths import sniff

from ingest_helpers import split

FR = ("Kharkiv, trois morts, à l'hôpital régional : le gouverneur a dénoncé mercredi des "
      "frappes « délibérées » sur des quartiers résidentiels de la deuxième ville d'Ukraine.")
EN = ("A missile struck a railway station in eastern Ukraine on Friday as civilians crowded "
      "onto platforms to flee, killing at least 50 people, Ukrainian officials said.")
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"


def test_public_api_is_locked():
    assert sorted(chronique.ingest.__all__) == [
        "DEFAULT_MAX_BYTES", "InputError", "SUPPORTED", "detect_language", "document_from_html",
        "document_from_text", "iter_documents"]
    assert DEFAULT_MAX_BYTES == 5 * 1024 * 1024


def test_directory_with_one_bad_file_among_good_ones(fixtures, tmp_path):
    folder = tmp_path / "lot"
    shutil.copytree(fixtures, folder)
    (folder / "capture.txt").write_bytes(PNG + bytes(range(256)) * 4)
    docs, errors = split(iter_documents([folder]))
    # every good document of every format, and one error per bad file or bad line
    assert len(docs) == 11  # 2 texts, 1 page, 3 + 2 feed items, 3 JSONL lines
    assert {d.origin.split("/")[-1] for d in docs} >= {
        "en_kramatorsk.txt", "fr_pourparlers.txt", "fr_frappe_kharkiv.html",
        "fil_afp.rss#item-3", "wire_en.atom#item-2", "depeches.jsonl:6"}
    assert [e.doc.split("/")[-1] for e in errors] == [
        "capture.txt", "de_bericht.txt", "depeches.jsonl:3", "depeches.jsonl:4",
        "ru_soobshchenie.txt"]
    assert errors[0].reason == "binary file, not text"


def test_directory_order_hidden_files_and_unknown_extensions(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".cache").mkdir()
    (tmp_path / "b" / "z.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "b" / "a.text").write_text(EN + " One.", encoding="utf-8")
    (tmp_path / "c.txt").write_text(EN + " Two.", encoding="utf-8")
    (tmp_path / "a.htm").write_text(f"<html><body><article><p>{EN}</p><p>{EN}</p></article>"
                                    "</body></html>", encoding="utf-8")
    (tmp_path / "NOTES").write_text(EN + " Three.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(EN, encoding="utf-8")
    (tmp_path / ".cache" / "x.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (tmp_path / "notes.md").write_text(EN, encoding="utf-8")
    results = list(iter_documents([tmp_path]))
    assert [r.origin[len(str(tmp_path)) + 1:] for r in results] == [
        "NOTES", "a.htm", "b/a.text", "b/z.txt", "c.txt"]


def test_paths_keep_their_given_order_and_one_string_is_one_path(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(f"{EN} {name}.", encoding="utf-8")
    results = list(iter_documents([str(tmp_path / "b.txt"), tmp_path / "a.txt"]))
    assert [r.origin[-5:] for r in results] == ["b.txt", "a.txt"]
    assert len(list(iter_documents(str(tmp_path)))) == 2


def test_missing_path_and_empty_folder(tmp_path):
    missing = tmp_path / "absent.txt"
    empty = tmp_path / "vide"
    empty.mkdir()
    results = list(iter_documents([missing, empty]))
    assert str(results[0]) == f"{missing}: no such file"
    assert results[1].doc == str(empty) and results[1].reason.startswith("no documents found")


@pytest.mark.parametrize("content, reason", [
    (b"", "empty document"),
    (b"  \n\n\t \r\n", "empty document"),
    ("Lire aussi\n.\nPublicité\nShare this article\n".encode(), "no text left after cleaning"),
    (PNG + b"\x00" * 100, "binary file, not text"),
    (gzip.compress(EN.encode() * 20), "binary file, not text"),
    (bytes(range(1, 32)) * 50 + EN.encode(), "binary file, not text"),
])
def test_bad_text_files(tmp_path, content, reason):
    path = tmp_path / "rapport.txt"
    path.write_bytes(content)
    assert [str(r) for r in iter_documents([path])] == [f"{path}: {reason}"]


@pytest.mark.parametrize("name", ["de_bericht.txt", "ru_soobshchenie.txt"])
def test_unsupported_language_files(fixtures, name):
    (error,) = iter_documents([fixtures / name])
    assert isinstance(error, InputError) and error.doc == str(fixtures / name)
    assert "is not supported (supported: en, fr)" in error.reason


def test_huge_file_is_refused_on_its_size(tmp_path):
    path = tmp_path / "enorme.txt"
    line = (EN + "\n").encode()
    with path.open("wb") as f:
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            f.write(line)
    tracemalloc.start()
    started = time.perf_counter()
    try:
        (error,) = iter_documents([path])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - started < 1.0
    assert peak < 1_000_000  # not read into memory
    assert error.doc == str(path)
    assert "52.4 MB" in error.reason and "5.2 MB" in error.reason  # the size and the limit


def test_max_bytes_is_per_document(tmp_path):
    small = tmp_path / "court.txt"
    small.write_text(EN, encoding="utf-8")
    (error,) = iter_documents([small], max_bytes=100)
    assert error.reason.startswith(f"too large: {len(EN.encode())} bytes")
    (doc,) = iter_documents([small], max_bytes=len(EN.encode()))
    assert doc.text == EN


@pytest.mark.parametrize("encoding, text", [
    ("cp1252", FR + " Le coût : 5 € « au moins »."),
    ("latin-1", FR),
])
def test_legacy_encoding_is_decoded_with_a_note(tmp_path, encoding, text):
    path = tmp_path / "ancien.txt"
    path.write_bytes(text.encode(encoding))
    (doc,) = iter_documents([path])
    assert doc.text == text  # "à l'hôpital", "€" and "«" intact
    assert "decoded as cp1252, not UTF-8" in doc.notes


@pytest.mark.parametrize("data, note", [
    ("\ufeff" + EN, None),  # a UTF-8 byte-order mark is just dropped
    (EN.encode("utf-16"), "decoded as utf-16, not UTF-8"),
    (EN.encode("utf-16-le"), "decoded as utf-16-le, not UTF-8"),
])
def test_unicode_encodings(tmp_path, data, note):
    path = tmp_path / "unicode.txt"
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    (doc,) = iter_documents([path])
    assert doc.text == EN
    assert doc.notes == ([note] if note else []) + [doc.notes[-1]]


def test_cyrillic_legacy_encoding_is_not_read_as_latin(tmp_path):
    path = tmp_path / "rapport.txt"
    path.write_bytes(("Удар по вокзалу Краматорска: погибли не менее 50 человек, среди них "
                      "пятеро детей, сообщили украинские власти.").encode("cp1251"))
    (error,) = iter_documents([path])
    assert "language 'ru' is not supported" in error.reason


def test_published_and_lang_arguments_win(fixtures):
    (doc,) = iter_documents([fixtures / "en_kramatorsk.txt"], published=date(2022, 4, 9),
                            lang="EN")
    assert doc.published == date(2022, 4, 9) and doc.lang == "en"
    assert doc.notes == ["publication date 2022-04-09 given by the caller replaces the "
                         "document's 2022-04-08"]
    (undated,) = iter_documents([fixtures / "fr_pourparlers.txt"], published=date(2022, 3, 2))
    assert undated.published == date(2022, 3, 2) and undated.notes == []


def test_unsupported_lang_argument_fails_at_once(fixtures):
    with pytest.raises(InputError, match="language 'de' is not supported"):
        iter_documents([fixtures], lang="de")


def test_unreadable_file_is_an_error_and_the_batch_goes_on(tmp_path, monkeypatch):
    locked = tmp_path / "a_verrouille.txt"
    locked.write_text(EN, encoding="utf-8")
    (tmp_path / "b_ouvert.txt").write_text(EN, encoding="utf-8")
    real_open = open

    def guarded_open(path, *args, **kwargs):
        if str(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("builtins.open", guarded_open)
    results = list(iter_documents([tmp_path]))
    assert str(results[0]) == f"{locked}: permission denied"
    assert results[1].text == EN


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root reads files whatever their mode")
def test_file_without_read_permission(tmp_path):
    locked = tmp_path / "verrouille.txt"
    locked.write_text(EN, encoding="utf-8")
    locked.chmod(0)
    try:
        assert [str(r) for r in iter_documents([locked])] == [f"{locked}: permission denied"]
    finally:
        locked.chmod(0o600)


@pytest.mark.parametrize("data, kind, count", [
    (EN.encode(), "text", 1),
    (b'{"text": "' + EN.encode() + b'"}\n{"text": "' + EN.encode() + b' Again."}\n', "jsonl", 2),
    (b'<?xml version="1.0"?>\n<rss><channel><item><description>' + EN.encode()
     + b"</description></item></channel></rss>", "feed", 1),
    (b"<!DOCTYPE html><html><body><article><p>" + EN.encode() + b"</p><p>" + EN.encode()
     + b"</p></article></body></html>", "html", 1),
])
def test_stdin(monkeypatch, data, kind, count):
    assert sniff(data) == kind
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    docs, errors = split(iter_documents(["-"]))
    assert errors == [] and len(docs) == count
    assert docs[0].origin.startswith("<stdin>") and docs[0].lang == "en"


def test_stdin_over_the_limit(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(EN.encode() * 10)))
    (error,) = iter_documents(["-"], max_bytes=1000)
    assert error.doc == "<stdin>" and "more than 1,001 bytes" in error.reason


@pytest.mark.parametrize("head, kind", [
    (b"[VIDEO] Kyiv under fire", "text"), (b"{Correction} Kyiv", "text"),
    (b'  [{"text": "x"}]', "json"), (b'\xef\xbb\xbf{"text": "x"}', "jsonl"),
    (b"<html><body>", "html"), (b'<?xml version="1.0"?><!-- c --><feed xmlns="x">', "feed"),
])
def test_sniff(head, kind):
    assert sniff(head) == kind


def test_undecodable_bytes(tmp_path):
    # high bytes and spaces in no order: no control bytes, yet no encoding makes text of them
    noise = bytes((0x80 + (i * 37) % 128) if i % 7 else 0x20 for i in range(3000))
    path = tmp_path / "bruit.txt"
    path.write_bytes(noise)
    (error,) = iter_documents([path])
    assert str(error) == f"{path}: not UTF-8 and no other encoding gives readable text"
