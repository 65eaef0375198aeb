"""Demonyms in French and English: every inflected form a report may use finds its country."""

from __future__ import annotations

import pytest

from chronique.resolve.demonyms import (
    ambiguous_demonyms,
    combining_form_country,
    country_demonyms,
    demonym_country,
    demonym_table,
    valid_alpha3,
)
from chronique.resolve.orgs import organisations
from chronique.textnorm import fold


@pytest.fixture(scope="module")
def un_members():
    return organisations()["UN"].members

FRENCH = [
    ("russe", "RUS"), ("russes", "RUS"), ("Russes", "RUS"),
    ("ukrainien", "UKR"), ("ukrainienne", "UKR"), ("ukrainiens", "UKR"), ("Ukrainiennes", "UKR"),
    ("américain", "USA"), ("américaine", "USA"), ("Américains", "USA"), ("americaines", "USA"),
    ("français", "FRA"), ("française", "FRA"), ("françaises", "FRA"),
    ("britannique", "GBR"), ("britanniques", "GBR"),
    ("biélorusse", "BLR"), ("bélarusse", "BLR"), ("bélarusses", "BLR"),
    ("israélien", "ISR"), ("israéliennes", "ISR"),
    ("palestinien", "PSE"), ("Palestiniens", "PSE"),
    ("soudanais", "SDN"), ("soudanaise", "SDN"), ("sud-soudanais", "SSD"),
    ("congolais", "COD"), ("congolaises", "COD"),
    ("allemand", "DEU"), ("allemande", "DEU"), ("chinois", "CHN"), ("chinoise", "CHN"),
    ("grecque", "GRC"), ("turque", "TUR"), ("turcs", "TUR"),
    ("nigérien", "NER"), ("nigériane", "NGA"), ("malien", "MLI"), ("maliennes", "MLI"),
    ("burkinabè", "BFA"), ("Burkinabés", "BFA"), ("kosovar", "XKX"), ("taïwanais", "TWN"),
    ("sud-coréen", "KOR"), ("nord-coréenne", "PRK"), ("sud-africaine", "ZAF"),
    ("émirati", "ARE"), ("saoudienne", "SAU"), ("iranien", "IRN"), ("syrienne", "SYR"),
    ("libyenne", "LBY"), ("lettonne", "LVA"), ("haïtiens", "HTI"), ("afghane", "AFG"),
    ("néo-zélandais", "NZL"), ("néo zélandaise", "NZL"), ("polonais", "POL"),
]

ENGLISH = [
    ("Russian", "RUS"), ("Russians", "RUS"), ("russian", "RUS"),
    ("Ukrainian", "UKR"), ("Ukrainians", "UKR"),
    ("American", "USA"), ("Americans", "USA"), ("U.S.", "USA"), ("US", "USA"),
    ("British", "GBR"), ("Briton", "GBR"), ("Britons", "GBR"), ("UK", "GBR"),
    ("French", "FRA"), ("Frenchmen", "FRA"),
    ("Belarusian", "BLR"), ("Belarussian", "BLR"), ("Belarusians", "BLR"),
    ("Israeli", "ISR"), ("Israelis", "ISR"), ("Palestinian", "PSE"), ("Palestinians", "PSE"),
    ("Sudanese", "SDN"), ("South Sudanese", "SSD"), ("Congolese", "COD"),
    ("Germans", "DEU"), ("Poles", "POL"), ("Polish", "POL"), ("Czechs", "CZE"),
    ("Turk", "TUR"), ("Turkish", "TUR"), ("Swiss", "CHE"), ("Dutch", "NLD"),
    ("Kosovar", "XKX"), ("Taiwanese", "TWN"), ("South Korean", "KOR"), ("North Koreans", "PRK"),
    ("Nigerien", "NER"), ("Nigerian", "NGA"), ("Burkinabe", "BFA"), ("Malians", "MLI"),
    ("Saudi", "SAU"), ("Emirati", "ARE"), ("Iraqis", "IRQ"), ("Filipinos", "PHL"),
    ("Welsh", "GBR"), ("Afghans", "AFG"), ("Haitian", "HTI"),
]


@pytest.mark.parametrize("word,code", FRENCH)
def test_french_forms(word, code):
    assert demonym_country(word, "fr") == code


@pytest.mark.parametrize("word,code", ENGLISH)
def test_english_forms(word, code):
    assert demonym_country(word, "en") == code


@pytest.mark.parametrize("word,lang", [
    ("la", "fr"), ("armée", "fr"), ("Russie", "fr"), ("malaise", "fr"), ("", "fr"),
    ("us", "en"), ("the", "en"), ("army", "en"), ("Russia", "en"), ("Europe", "en"),
])
def test_not_demonyms(word, lang):
    assert demonym_country(word, lang) is None


def test_punctuation_around_a_word_is_ignored():
    assert demonym_country("russe,", "fr") == "RUS"
    assert demonym_country("(Ukrainians)", "en") == "UKR"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_un_member_has_a_demonym(lang, un_members):
    missing = [c for c in un_members if not country_demonyms(c, lang)]
    assert missing == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_code_is_valid(lang):
    table = demonym_table(lang)
    bad = [c for c in set(table.by_form.values()) | set(table.combining.values())
           if not valid_alpha3(c)]
    assert bad == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_shared_forms_are_declared_ambiguous(lang):
    """A form two countries list must come from a word explained in the `ambiguous` section."""
    owners: dict[str, set[str]] = {}
    for code, forms in demonym_table(lang).forms.items():
        for form in forms:
            owners.setdefault(fold(form), set()).add(code)
    shared = {f for f, codes in owners.items() if len(codes) > 1}
    declared = [fold(w) for w in ambiguous_demonyms(lang)]
    unexplained = {f for f in shared if not any(f.startswith(d) for d in declared)}
    assert unexplained == set()


def test_country_demonyms_lists_inflections():
    assert set(country_demonyms("UKR", "fr")) == {
        "ukrainien", "ukrainienne", "ukrainiens", "ukrainiennes"}
    assert {"Russian", "Russians"} <= set(country_demonyms("RUS", "en"))
    assert country_demonyms("rus", "fr") == country_demonyms("RUS", "fr")
    assert country_demonyms("ZZZ", "fr") == []


@pytest.mark.parametrize("prefix,lang,code", [
    ("russo", "fr", "RUS"), ("sino", "fr", "CHN"), ("israélo", "fr", "ISR"),
    ("Russo", "en", "RUS"), ("Sino", "en", "CHN"),
])
def test_combining_forms(prefix, lang, code):
    assert combining_form_country(prefix, lang) == code
