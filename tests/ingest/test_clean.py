"""Cleaning: debris lines go, the report's own lines stay exactly as written."""

from __future__ import annotations

import pytest

from chronique.ingest.clean import clean_text, is_debris


@pytest.mark.parametrize("line", [
    "Lire aussi", "À lire aussi", "Lire Aussi", "LIRE AUSSI :", "A LIRE AUSSI", "Read more",
    "READ MORE:", "Read also", "Related:", "Advertisement", "Publicité", "Partager",
    "Share this article", "Sign up for our newsletter", "  Publicité  ",
    "Lire aussi : Guerre en Ukraine, ce que l'on sait au septième jour",
    "Lire aussi | Les Vingt-Sept s'accordent sur de nouvelles sanctions",
    "Read more: Ukraine war latest", "» Lire aussi - notre direct",
    ".", "…", "* * *", "—", "|", "•",
])
def test_debris_lines(line):
    assert is_debris(line)


@pytest.mark.parametrize("line", [
    "Lire aussi le communiqué de la présidence, qui détaille les conditions d'un cessez-le-feu.",
    "Read more about the sanctions in the Foreign Office statement published on Thursday.",
    "Publicité mensongère : le ministère ouvre une enquête.",
    "Related talks are scheduled for Thursday in Belarus.",
    "Partager le pouvoir reste exclu, a déclaré le président.",
    "2.000", "29 morts", "Kharkiv",
])
def test_report_lines_are_kept(line):
    assert not is_debris(line)


def test_seed_opening_debris_is_removed():
    raw = (".\nUn cessez-le-feu sera au menu de nouveaux pourparlers, jeudi.\nLire Aussi\n"
           "Des émissaires ukrainiens se dirigeaient vers le lieu des négociations.\n")
    assert clean_text(raw) == ("Un cessez-le-feu sera au menu de nouveaux pourparlers, jeudi.\n"
                               "Des émissaires ukrainiens se dirigeaient vers le lieu des "
                               "négociations.")


@pytest.mark.parametrize("raw, expected", [
    # the same headline twice in a row, with or without a blank line between
    ("Frappes sur Kiev\nFrappes sur Kiev\nLe texte.", "Frappes sur Kiev\nLe texte."),
    ("Frappes sur Kiev\n\nFrappes sur Kiev\nLe texte.", "Frappes sur Kiev\n\nLe texte."),
    ("Strikes on Kyiv\n\nSTRIKES ON KYIV  \nThe text.", "Strikes on Kyiv\n\nThe text."),
    # a line repeated later, not in a row, is part of the report
    ("Bilan : 5 morts\nLe texte.\nBilan : 5 morts", "Bilan : 5 morts\nLe texte.\nBilan : 5 morts"),
])
def test_repeated_headline(raw, expected):
    assert clean_text(raw) == expected


def test_lines_are_never_joined_and_blank_lines_collapse():
    raw = "Premier paragraphe.   \r\n\r\n\r\n\n  Deuxième, indenté.\nTroisième.\t\n\n\n"
    assert clean_text(raw) == "Premier paragraphe.\n\n  Deuxième, indenté.\nTroisième."


def test_every_kept_line_is_an_input_line(fixtures):
    raw = (fixtures / "fr_pourparlers.txt").read_text(encoding="utf-8")
    cleaned = clean_text(raw)
    inputs = {line.rstrip() for line in raw.splitlines()}
    assert all(line in inputs for line in cleaned.split("\n"))
    assert "Publicité" not in cleaned and "LIRE AUSSI" not in cleaned
    assert cleaned.startswith("Les délégations russe et ukrainienne")


def test_invisible_characters_and_odd_line_breaks():
    raw = "\ufeffKiev\u200b bombardée\u2028Deuxième ligne\x0cTroisième\x07"
    assert clean_text(raw) == "Kiev bombardée\nDeuxième ligne\nTroisième"
