"""The Python API: the public surface is locked, extract() works on a text, errors are ours."""

from __future__ import annotations

import pytest

import chronique
from chronique.errors import ChroniqueError, InputError


def test_public_surface():
    assert set(chronique.__all__) == {
        "Actor", "ChroniqueError", "Document", "Event", "EventDate", "ExtractionError",
        "InputError", "LanguageDataError", "Location", "Mention", "Result", "StoreError", "Toll",
        "extract", "extract_documents", "extract_paths", "__version__"}
    assert callable(chronique.extract)   # the function, not the engine package of that name


def test_errors_form_one_tree():
    for cls in (chronique.InputError, chronique.ExtractionError, chronique.LanguageDataError,
                chronique.StoreError):
        assert issubclass(cls, ChroniqueError)


def test_empty_text_is_an_input_error():
    with pytest.raises(InputError, match="empty"):
        chronique.extract("   \n  ")


def test_unsupported_language_is_an_input_error():
    with pytest.raises(InputError, match="not supported"):
        chronique.extract("Die Regierung hat neue Sanktionen beschlossen.", lang="de")


@pytest.mark.slow
def test_extract_returns_events_with_the_contract_shape():
    events = chronique.extract("Les ministres de l'OTAN se réuniront vendredi à Bruxelles.",
                               published="2022-03-02", lang="fr")
    assert len(events) == 1
    d = events[0].to_dict()
    for key in ("id", "type", "mode", "status", "date", "source_actors", "target_actors",
                "location", "fatalities", "injured", "claimed_by", "mentions", "sources",
                "confidence"):
        assert key in d
    assert d["type"] == "CONSULT" and d["status"] == "planned"
    assert d["date"] == {"start": "2022-03-04", "end": "2022-03-04", "precision": "day",
                         "text": "vendredi"}
