"""JSON Lines and JSON: one document per object; a bad line is one error, the rest goes on."""

from __future__ import annotations

import json
import tracemalloc
from datetime import date

import pytest

from chronique.ingest import iter_documents

from ingest_helpers import split

FR = ("Les délégations russe et ukrainienne se retrouveront jeudi au Bélarus pour une deuxième "
      "session de pourparlers, a annoncé mercredi la présidence ukrainienne.")


def test_jsonl_fixture(fixtures):
    path = fixtures / "depeches.jsonl"
    docs, errors = split(iter_documents([path]))
    assert [d.origin for d in docs] == [f"{path}:1", f"{path}:2", f"{path}:6"]
    first, second, from_html = docs
    assert first.id == "afp-0302-01" and first.lang == "fr" and first.source == "Exemple Actu"
    assert first.published == date(2022, 3, 2)
    assert first.url == "https://actu.example.fr/monde/pourparlers"
    assert second.id.startswith("doc_") and second.title == "Kramatorsk station strike"
    assert second.published == date(2022, 4, 8)  # RFC 822 date
    assert second.lang == "en"  # detected
    assert from_html.id == "from-html" and "Vitali Klitschko" in from_html.text
    assert "<p>" not in from_html.text and from_html.published == date(2022, 3, 15)
    assert [str(e) for e in errors] == [
        f"{path}:3: not valid JSON: Unterminated string starting at column 26",
        f"{path}:4: no 'text' field (nor 'html')",
    ]


@pytest.mark.parametrize("line, reason", [
    ('{"text": ', "not valid JSON: Expecting value at column 9"),
    ('["a list"]', "expected a JSON object, not a list"),
    ('"just a string"', "expected a JSON object, not a string"),
    ('{"title": "no text"}', "no 'text' field (nor 'html')"),
    ('{"text": 42}', "field 'text' should be a string, not a number"),
    ('{"text": ""}', "empty document"),
    ('{"text": "Publicité"}', "no text left after cleaning"),
    ('{"text": "x", "lang": "de"}', "language 'de' is not supported (supported: en, fr)"),
    ('{"text": "x", "url": ["a", "b"]}', "field 'url' should be a string, not a list"),
    ('{"html": "<html><body></body></html>"}', "no article text found in HTML"),
    ('{"html": 3}', "field 'html' should be a string, not a number"),
])
def test_bad_line_is_one_error_and_the_next_line_is_read(tmp_path, line, reason):
    path = tmp_path / "lot.jsonl"
    good = json.dumps({"text": FR})
    path.write_text(f"{good}\n{line}\n{good}\n", encoding="utf-8")
    results = list(iter_documents([path]))
    assert [type(r).__name__ for r in results] == ["Document", "InputError", "Document"]
    assert results[1].doc == f"{path}:2"
    assert results[1].reason == reason


def test_bad_date_in_a_line_is_a_note(tmp_path):
    path = tmp_path / "lot.ndjson"
    path.write_text(json.dumps({"text": FR, "published": "hier"}) + "\n", encoding="utf-8")
    (doc,) = iter_documents([path])
    assert doc.published is None
    assert doc.notes[0] == "publication date 'hier' is not a date; ignored"


def test_cp1252_line_is_decoded_with_a_note(tmp_path):
    path = tmp_path / "lot.jsonl"
    line = json.dumps({"text": "Kharkiv, trois morts, à l'hôpital. " + FR}, ensure_ascii=False)
    path.write_bytes(line.encode("cp1252") + b"\n")
    (doc,) = iter_documents([path])
    assert doc.text.startswith("Kharkiv, trois morts, à l'hôpital")
    assert "decoded as cp1252, not UTF-8" in doc.notes


def test_long_line_is_refused_alone_and_the_file_may_exceed_the_limit(tmp_path):
    path = tmp_path / "gros.jsonl"
    good = json.dumps({"text": FR})
    huge = json.dumps({"text": "x" * 5_000_000})
    with path.open("w", encoding="utf-8") as f:
        for _ in range(400):  # ~70 kB of good lines, far more than the limit below in total
            f.write(good + "\n")
        f.write(huge + "\n")
        f.write(good + "\n")
    list(iter_documents([path], max_bytes=1_000))  # load the language model before measuring
    tracemalloc.start()
    try:
        docs, errors = split(iter_documents([path], max_bytes=100_000))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(docs) == 401
    assert len(errors) == 1 and errors[0].doc == f"{path}:401"
    assert "5,000,013 bytes" in errors[0].reason and "100,000 bytes" in errors[0].reason
    assert peak < 2_500_000  # the 5 MB line was never held whole


def test_empty_jsonl(tmp_path):
    path = tmp_path / "vide.jsonl"
    path.write_text("\n\n  \n", encoding="utf-8")
    assert [str(r) for r in iter_documents([path])] == [f"{path}: empty document"]


def test_json_object_and_list(tmp_path):
    one = tmp_path / "un.json"
    one.write_text(json.dumps({"id": "a1", "text": FR, "date": "2022-03-02"}), encoding="utf-8")
    many = tmp_path / "plusieurs.json"
    many.write_text(json.dumps([{"text": FR}, {"title": "sans texte"}, {"text": FR + " Bis."}]),
                    encoding="utf-8")
    results = list(iter_documents([one, many]))
    assert results[0].id == "a1" and results[0].published == date(2022, 3, 2)
    assert results[0].origin == str(one)
    assert results[1].origin == f"{many}#item-1"
    assert str(results[2]) == f"{many}#item-2: no 'text' field (nor 'html')"
    assert results[3].origin == f"{many}#item-3"


@pytest.mark.parametrize("content, reason", [
    ("", "empty document"),
    ("[]", "empty document (an empty JSON list)"),
    ('{"text": "a",', "not valid JSON: Expecting property name enclosed in double quotes "
                     "at column 14"),
    ("42", "expected a JSON object, not a number"),
])
def test_bad_json_file(tmp_path, content, reason):
    path = tmp_path / "lot.json"
    path.write_text(content, encoding="utf-8")
    assert [str(r) for r in iter_documents([path])] == [f"{path}: {reason}"]
