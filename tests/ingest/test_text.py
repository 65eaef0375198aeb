"""Plain text: the header block, languages, dates, ids, titles; `document_from_text`."""

from __future__ import annotations

from datetime import date

import pytest

from chronique.errors import InputError
from chronique.ingest import SUPPORTED, detect_language, document_from_text
from chronique.ingest.dates import parse_date
from chronique.ingest.text import NOTE_NO_DATE, split_header

FR = ("Les délégations russe et ukrainienne se retrouveront jeudi au Bélarus pour une deuxième "
      "session de pourparlers, a annoncé mercredi la présidence ukrainienne.")
EN = ("A missile struck a railway station in eastern Ukraine on Friday as civilians crowded onto "
      "platforms to flee, killing at least 50 people, Ukrainian officials said.")
DE = ("Bei einem Raketenangriff auf den Bahnhof von Kramatorsk sind nach Angaben der ukrainischen "
      "Behörden mindestens 50 Menschen getötet worden.")
RU = ("В результате ракетного удара по железнодорожному вокзалу Краматорска погибли не менее "
      "50 человек, сообщили украинские власти.")


@pytest.mark.parametrize("text, fields, body_start", [
    ("url: https://a.example/x\ndate: 2022-04-08\nlang: en\n\nHeadline\n\nBody.",
     {"url": "https://a.example/x", "published": "2022-04-08", "lang": "en"}, "Headline"),
    ("Title: Kyiv curfew\nSource: Example Wire\nPublished: 2022-03-15\n\nThe mayor said.",
     {"title": "Kyiv curfew", "source": "Example Wire", "published": "2022-03-15"}, "The mayor"),
    ("titre: Frappes sur Kharkiv\nlangue: fr\ndate de publication: 2 mars 2022\n\nLe texte.",
     {"title": "Frappes sur Kharkiv", "lang": "fr", "published": "2 mars 2022"}, "Le texte"),
    # not a header: an unknown key, a colon in prose, no blank line after the block
    ("Kyiv: three dead in overnight shelling\n\nThe mayor said.", {}, "Kyiv: three"),
    ("date: 2022-04-08\nKyiv: three dead\n\nThe mayor said.", {}, "date: 2022"),
    ("url: https://a.example/x\nThe mayor said.", {}, "url: https"),
    ("Just a report.\n\nSecond paragraph.", {}, "Just a report"),
])
def test_split_header(text, fields, body_start):
    found, body = split_header(text)
    assert found == fields
    assert body.startswith(body_start)


def test_header_metadata_reaches_the_document(fixtures):
    from chronique.ingest import iter_documents

    (doc,) = iter_documents([fixtures / "en_kramatorsk.txt"])
    assert doc.url == "https://wire.example.com/world/europe/kramatorsk-station-strike"
    assert doc.published == date(2022, 4, 8)
    assert doc.lang == "en" and doc.source == "Example Wire"
    assert doc.title == "Missile strike on Kramatorsk station kills at least 50"
    assert "url:" not in doc.text and "Advertisement" not in doc.text
    assert "Read more" not in doc.text and "Share this article" not in doc.text
    assert doc.text.count("Missile strike on Kramatorsk") == 1  # headline printed twice
    assert all(line == line.rstrip() for line in doc.text.split("\n"))
    assert doc.notes == []


@pytest.mark.parametrize("text, code", [(FR, "fr"), (EN, "en"), (DE, "de"), (RU, "ru")])
def test_detect_language_names_any_language(text, code):
    assert detect_language(text) == code


def test_supported_languages_are_the_data_folders():
    from chronique import lang

    assert SUPPORTED == lang.available()
    assert {"en", "fr"} <= set(SUPPORTED)


@pytest.mark.parametrize("text, code", [(DE, "de"), (RU, "ru")])
def test_unsupported_language_detected(text, code):
    with pytest.raises(InputError) as err:
        document_from_text(text, origin="report.txt")
    assert err.value.doc == "report.txt"
    assert err.value.reason.startswith(
        f"language '{code}' is not supported (supported: {', '.join(SUPPORTED)})")


@pytest.mark.parametrize("given", ["de", "xx", "ru-RU"])
def test_unsupported_language_given(given):
    with pytest.raises(InputError, match=r"language '\w+' is not supported \(supported: en, fr\)"):
        document_from_text(FR, origin="report.txt", lang=given)


@pytest.mark.parametrize("given, code", [("fr", "fr"), ("FR", "fr"), ("fr-FR", "fr"),
                                         ("fr_CA", "fr"), ("fra", "fr"), ("eng", "en")])
def test_given_language_is_normalised_and_wins(given, code):
    # the given language wins over detection: the caller knows better on odd texts
    assert document_from_text(EN if code == "en" else FR, origin="x", lang=given).lang == code


def test_language_is_decided_on_the_text_not_the_title():
    doc = document_from_text(FR, origin="x", title="Ukraine: talks resume in Belarus")
    assert doc.lang == "fr"


def test_short_uncertain_text_falls_back_to_a_supported_language_with_a_note():
    doc = document_from_text("Russia shells Mariupol as evacuation stalls", origin="x")
    assert doc.lang == "en"
    assert any("language uncertain" in note for note in doc.notes)


def test_missing_date_is_a_note_not_an_error():
    doc = document_from_text(FR, origin="x")
    assert doc.published is None
    assert NOTE_NO_DATE in doc.notes
    assert "precision 'unknown'" in NOTE_NO_DATE


def test_document_fields():
    doc = document_from_text("  " + FR + "  \n", origin="dépêche.txt", id="afp-1", title="T",
                             url="https://a.example", source="AFP", published=date(2022, 3, 2))
    assert (doc.id, doc.title, doc.url, doc.source, doc.origin) == (
        "afp-1", "T", "https://a.example", "AFP", "dépêche.txt")
    assert doc.text == "  " + FR  # cleaned: trailing spaces cut, the line kept as written
    assert doc.published == date(2022, 3, 2) and doc.notes == []


def test_id_is_stable_and_depends_on_the_text_only():
    a = document_from_text(FR, origin="a.txt")
    b = document_from_text(FR + "\n", origin="b.txt", title="Autre titre")
    c = document_from_text(EN, origin="a.txt")
    assert a.id == b.id != c.id
    assert a.id.startswith("doc_")


@pytest.mark.parametrize("text, reason", [
    ("", "empty document"), ("   \n\t\n", "empty document"),
    ("Lire aussi\nPublicité\n.\nShare this article\n", "no text left after cleaning"),
])
def test_empty_documents(text, reason):
    with pytest.raises(InputError) as err:
        document_from_text(text, origin="vide.txt")
    assert str(err.value) == f"vide.txt: {reason}"


@pytest.mark.parametrize("text, title", [
    ("Frappe russe sur Krementchouk : le bilan monte à 20 morts\n\n" + FR,
     "Frappe russe sur Krementchouk : le bilan monte à 20 morts"),
    (FR + "\n" + FR, None),  # the lead sentence is not a headline
    ("Headline alone", None),  # nothing below it: the headline is the report
    # A headline may end on a quotation; a sentence ends on its stop, quoted or not.
    ("Arras : un professeur tué, la France en « urgence attentat »\n\n" + FR,
     "Arras : un professeur tué, la France en « urgence attentat »"),
    ("Le ministre a déclaré : « nous ne céderons rien. »\n\n" + FR, None),
])
def test_title_guessed_from_a_headline(text, title):
    assert document_from_text(text, origin="x", lang="fr").title == title


@pytest.mark.parametrize("value, expected", [
    ("2022-04-08", date(2022, 4, 8)),
    ("2022-04-08T23:30:00-05:00", date(2022, 4, 8)),  # the document's own day, not UTC's
    ("2022-04-08 10:00", date(2022, 4, 8)),
    ("20220408", date(2022, 4, 8)),
    ("Fri, 08 Apr 2022 10:00:00 GMT", date(2022, 4, 8)),
    ("Wed, 02 Mar 2022 09:41:00 +0100", date(2022, 3, 2)),
    ("8 avril 2022", date(2022, 4, 8)),
    ("April 8, 2022", date(2022, 4, 8)),
    (date(2022, 4, 8), date(2022, 4, 8)),
    ("2022-02-30", None), ("jeudi", None), ("yesterday", None), ("", None), (12, None),
])
def test_parse_date(value, expected):
    assert parse_date(value, ("fr", "en")) == expected


@pytest.mark.parametrize("name, lang, published", [
    ("real/en_01.txt", "en", date(2022, 4, 8)), ("real/en_04.txt", "en", date(2022, 3, 10)),
    ("real/fr_02.txt", "fr", date(2022, 6, 28)), ("real/fr_04.txt", "fr", date(2022, 2, 24)),
    ("seed_fr_2022-03-02.txt", "fr", None),
])
def test_shared_examples(shared_dir, name, lang, published):
    from chronique.ingest import iter_documents

    path = shared_dir / "examples" / name
    (doc,) = iter_documents([path])
    assert (doc.lang, doc.published) == (lang, published)
    raw = path.read_text(encoding="utf-8")
    assert doc.text.split("\n")[-1] == raw.rstrip().split("\n")[-1]  # the report is all there
    assert not doc.text.startswith(("url:", "."))
    assert "Lire Aussi" not in doc.text
