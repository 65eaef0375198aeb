"""Fixtures for extraction tests: the spaCy models load once per session (tests marked slow)."""

from __future__ import annotations

from datetime import date

import pytest

import chronique
from chronique.records import Event


@pytest.fixture(scope="session")
def extract():
    """chronique.extract with the models loaded once; returns the events of a text."""
    def run(text: str, published: str | date | None = "2022-03-02", lang: str | None = None
            ) -> list[Event]:
        return chronique.extract(text, published=published, lang=lang)
    return run
