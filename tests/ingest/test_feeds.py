"""RSS and Atom: each item a document, HTML stripped, parsed without network or entities."""

from __future__ import annotations

from datetime import date

import pytest

from chronique.ingest import iter_documents

from ingest_helpers import split

ITEM = ("<item><title>Frappes sur Kharkiv</title><description>L'armée russe a bombardé "
        "mercredi le centre de Kharkiv, faisant au moins 21 morts selon le gouverneur."
        "</description></item>")


def test_rss_feed(fixtures):
    path = fixtures / "fil_afp.rss"
    docs, errors = split(iter_documents([path]))
    assert errors == []
    assert [d.origin for d in docs] == [f"{path}#item-{n}" for n in (1, 2, 3)]
    first, second, third = docs
    assert first.title == "Ukraine : nouvelles frappes sur Kharkiv"
    assert first.url == "https://actu.example.fr/monde/ukraine-frappes-kharkiv"
    assert first.published == date(2022, 3, 2)
    assert first.source == "Fil Monde - Exemple Actu"
    assert first.text == ("L'armée russe a bombardé mercredi le centre de Kharkiv, faisant au "
                          "moins 21 morts selon le gouverneur régional.")  # tags and debris gone
    # content:encoded is preferred to the short description; dc:date is read
    assert second.text.startswith("Une deuxième session de pourparlers")
    assert "Résumé court" not in second.text and "<p>" not in second.text
    assert second.text.count("\n") == 1 and second.published == date(2022, 3, 2)
    assert third.published == date(2022, 3, 3)
    assert {d.lang for d in docs} == {"fr"}
    assert len({d.id for d in docs}) == 3


def test_atom_feed(fixtures):
    path = fixtures / "wire_en.atom"
    docs, errors = split(iter_documents([path]))
    assert errors == []
    sanctions, nato = docs
    assert sanctions.url == "https://wire.example.com/uk-sanctions-oligarchs"  # not the enclosure
    assert sanctions.published == date(2022, 3, 10)
    assert sanctions.source == "Example Wire: Europe"
    assert sanctions.text.startswith("Britain froze the assets of Roman Abramovich")
    assert "&lt;" not in sanctions.text and "<p>" not in sanctions.text
    assert nato.url == "https://wire.example.com/nato-condemns-attack"
    assert nato.published == date(2022, 2, 24)  # only <updated>
    assert nato.text == ("NATO allies condemned in the strongest possible terms Russia's attack "
                         "on Ukraine on Thursday.\nThey also condemned Belarus for enabling the "
                         "attack.")  # inline XHTML
    assert {d.lang for d in docs} == {"en"}


def test_xml_feed_recognised_by_its_root(tmp_path):
    path = tmp_path / "flux.xml"
    path.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel>{ITEM}</channel></rss>',
                    encoding="utf-8")
    (doc,) = iter_documents([path])
    assert doc.title == "Frappes sur Kharkiv" and doc.origin == f"{path}#item-1"
    assert doc.published is None and doc.notes[-1].startswith("publication date unknown")


def test_rdf_feed_without_extension_read_from_its_content(tmp_path):
    path = tmp_path / "flux"
    path.write_text('<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/'
                    '22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">' + ITEM + "</rdf:RDF>",
                    encoding="utf-8")
    (doc,) = iter_documents([path])
    assert doc.origin == f"{path}#item-1" and "Kharkiv" in doc.text


def test_entities_are_not_expanded(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT", encoding="utf-8")
    path = tmp_path / "xxe.rss"
    path.write_text(
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">'
        '<!ENTITY lol "lollollollollollollollollollol">]>'
        '<rss version="2.0"><channel><item><title>Kharkiv</title><description>'
        "L'armée russe a bombardé mercredi le centre de Kharkiv, faisant au moins 21 morts "
        "&xxe; &lol;</description></item></channel></rss>", encoding="utf-8")
    docs, errors = split(iter_documents([path]))
    text = " ".join(d.text for d in docs) + " ".join(map(str, errors))
    assert "TOP-SECRET" not in text and "lollol" not in text
    assert docs and "faisant au moins 21 morts" in docs[0].text


def test_item_without_description_uses_its_title(tmp_path):
    path = tmp_path / "titres.rss"
    path.write_text('<rss version="2.0"><channel><item><title>Russia shells Mariupol as '
                    "evacuation of civilians stalls for a third day</title></item>"
                    "<item><description>  </description></item></channel></rss>",
                    encoding="utf-8")
    results = list(iter_documents([path]))
    assert results[0].text == results[0].title
    assert str(results[1]) == f"{path}#item-2: empty document"


@pytest.mark.parametrize("content, reason", [
    ('<?xml version="1.0"?><catalog><book>x</book></catalog>',
     "XML but not an RSS or Atom feed (root <catalog>)"),
    ('<rss version="2.0"><channel><title>Vide</title></channel></rss>', "feed has no items"),
    ("   \n", "empty document"),
])
def test_bad_feeds(tmp_path, content, reason):
    path = tmp_path / "flux.xml"
    path.write_text(content, encoding="utf-8")
    assert [str(r) for r in iter_documents([path])] == [f"{path}: {reason}"]


def test_truncated_feed_keeps_the_items_before_the_cut(tmp_path):
    path = tmp_path / "coupe.rss"
    path.write_text(f'<rss version="2.0"><channel>{ITEM}{ITEM.replace("21", "22")}'
                    "<item><title>Cut</title><descr", encoding="utf-8")
    docs, errors = split(iter_documents([path]))
    assert [d.origin for d in docs][:2] == [f"{path}#item-1", f"{path}#item-2"]
    assert "22 morts" in docs[1].text
