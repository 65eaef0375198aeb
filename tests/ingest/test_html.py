"""HTML pages: the article without its menus, with the page's title, date and address."""

from __future__ import annotations

from datetime import date

import pytest

from chronique.errors import InputError
from chronique.ingest import document_from_html, iter_documents
from chronique.ingest.html import fragment_to_text

ARTICLE = ("<p>Russian forces shelled the city of Mariupol on Tuesday, killing at least twelve "
           "civilians, the mayor said.</p><p>Humanitarian corridors remained closed for a third "
           "day as shelling continued across the region, officials said.</p>")


@pytest.fixture(scope="module")
def kharkiv(fixtures):
    return (fixtures / "fr_frappe_kharkiv.html").read_bytes()


def test_article_text_without_page_debris(kharkiv):
    doc = document_from_html(kharkiv, origin="page.html")
    assert "L'armée russe a procédé mercredi à de nouvelles frappes aériennes" in doc.text
    assert "crime de guerre" in doc.text
    for debris in ("Accueil", "S'abonner", "Les plus lus", "Météo", "Mentions légales",
                   "Tous droits réservés", "Lire aussi", "Partager"):
        assert debris not in doc.text
    assert "\n" in doc.text  # paragraphs stay on their own lines


def test_page_metadata(kharkiv):
    doc = document_from_html(kharkiv, origin="page.html")
    assert doc.title == "Ukraine : frappes meurtrières sur Kharkiv"
    assert doc.published == date(2022, 3, 2)
    assert doc.url == ("https://www.quotidien-exemple.fr/international/"
                       "ukraine-frappes-kharkiv-2022-03-02")
    assert doc.lang == "fr" and doc.origin == "page.html" and doc.notes == []


def test_arguments_win_over_the_page(kharkiv):
    doc = document_from_html(kharkiv, origin="p.html", url="https://mirror.example/x",
                             published=date(2022, 3, 3))
    assert doc.url == "https://mirror.example/x"
    assert doc.published == date(2022, 3, 3)
    assert any("replaces the document's 2022-03-02" in note for note in doc.notes)


def test_extraction_never_fetches(kharkiv, monkeypatch):
    import htmldate.utils
    import trafilatura.downloads

    def refuse(*args, **kwargs):
        raise AssertionError("tried to fetch a URL")

    monkeypatch.setattr(htmldate.utils, "fetch_url", refuse)
    monkeypatch.setattr(trafilatura.downloads, "fetch_url", refuse)
    page = f"<html><head><title>Mariupol</title></head><body><article>{ARTICLE}</article></body></html>"
    assert document_from_html(page, origin="p.html", url="https://news.example/2022/03/08/x").text
    assert document_from_html(kharkiv, origin="p.html").published == date(2022, 3, 2)


def test_page_without_date_gets_a_note():
    page = f"<html><body><article>{ARTICLE}</article></body></html>"
    doc = document_from_html(page, origin="p.html")
    assert doc.published is None
    assert any(note.startswith("publication date unknown") for note in doc.notes)


def test_declared_charset_is_used():
    page = ('<html><head><meta charset="windows-1252"><title>Kharkiv</title></head><body>'
            "<article><p>Kharkiv, trois morts, à l'hôpital régional, selon le gouverneur qui a "
            "dénoncé des frappes « délibérées » sur des quartiers résidentiels.</p><p>Les "
            "secours fouillaient encore les décombres mercredi soir, a-t-il précisé.</p>"
            "</article></body></html>").encode("cp1252")
    doc = document_from_html(page, origin="p.html")
    assert "Kharkiv, trois morts, à l'hôpital" in doc.text and "« délibérées »" in doc.text
    assert not any("decoded as" in note for note in doc.notes)  # the page said so: no guess


@pytest.mark.parametrize("page, expected", [
    # unclosed tags: the parser closes them
    ("<html><body><div><p>" + ARTICLE.replace("</p>", ""), "killing at least twelve civilians"),
    # a file cut in the middle of the markup
    ("<html><body><article>" + ARTICLE + "<p>The Red Cross said it could not rea",
     "The Red Cross said it could not rea"),
])
def test_malformed_html_still_gives_its_text(page, expected):
    assert expected in document_from_html(page, origin="p.html").text


def test_truncated_fixture_gives_its_text(kharkiv):
    cut = kharkiv[: kharkiv.index(b"<div class=\"related\">")]
    assert "Sinegoubov" in document_from_html(cut, origin="p.html").text


@pytest.mark.parametrize("page, reason", [
    ("<<<>>> <div <p>>>>< ;;; </", "no article text found in HTML"),
    ("<html><body><nav><a href='/'>Home</a><a href='/w'>World</a></nav>"
     "<footer>© 2022 Example</footer></body></html>", "no article text found in HTML"),
    ("<html><head><title>Only a title</title></head><body></body></html>",
     "no article text found in HTML"),
    ("   ", "empty document"),
])
def test_html_without_article(page, reason):
    with pytest.raises(InputError) as err:
        document_from_html(page, origin="vide.html")
    assert str(err.value) == f"vide.html: {reason}"


def test_html_files_in_a_batch(fixtures, tmp_path):
    bad = tmp_path / "menu.htm"
    bad.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    good = tmp_path / "page.html"
    good.write_bytes((fixtures / "fr_frappe_kharkiv.html").read_bytes())
    results = list(iter_documents([tmp_path]))
    assert [type(r).__name__ for r in results] == ["InputError", "Document"]
    assert str(results[0]) == f"{bad}: no article text found in HTML"


@pytest.mark.parametrize("fragment, text", [
    ("<p>Les frappes\n  ont repris <b>mercredi</b>.</p><p>Deux morts.</p>",
     "Les frappes ont repris mercredi.\nDeux morts."),
    ("Texte brut, &eacute;t&eacute; 2022\nsur deux lignes", "Texte brut, été 2022\nsur deux lignes"),
    ("Un<br>deux<script>alert(1)</script><style>p{}</style> trois", "Un\ndeux trois"),
])
def test_fragment_to_text(fragment, text):
    assert fragment_to_text(fragment).strip() == text
