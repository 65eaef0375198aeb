"""What a report is about, as resolution reads it: the attacker and the victim that settle the
sides a sentence leaves unnamed. An attack told in passing does not change them."""

from __future__ import annotations

from datetime import date

import pytest

from chronique import nlp
from chronique.extract import extract_mentions, places_seen
from chronique.records import Document
from chronique.resolve.report import build_context

pytestmark = pytest.mark.slow


def _context(text: str, published: date):
    doc = Document(id="t", text=text, lang="en", published=published)
    parsed = next(nlp.parse([text], "en"))
    return build_context(doc, extract_mentions(doc, parsed), places_seen(parsed))


def test_a_country_attacked_in_passing_is_not_the_reports_victim():
    ctx = _context(
        "WASHINGTON, Jan 7 (Reuters) - Police fired tear gas at rioters who stormed the Capitol "
        "in Washington on Wednesday, and officers shot a woman inside the building. British "
        "Prime Minister Boris Johnson called the scenes disgraceful, and Britain's foreign "
        "secretary said Britain stood with the United States. German Chancellor Angela Merkel "
        "said Germany was angry. In Beijing, a spokeswoman recalled the praise of U.S. "
        "politicians for protesters who stormed Hong Kong's legislature in 2019.",
        date(2021, 1, 7))
    assert ctx.victim == "USA"


def test_a_war_within_one_country_keeps_that_country_as_attacker_beside_a_foreign_strike():
    ctx = _context(
        "ERBIL, Oct 17 (Reuters) - Iraqi troops attacked Islamic State positions south of Mosul "
        "on Monday, and Kurdish peshmerga fighters attacked villages east of the Iraqi city. "
        "Islamic State fighters attacked the peshmerga with car bombs near Mosul, and Iraqi "
        "special forces killed dozens of militants in Nineveh. A U.S. air strike hit a "
        "militant convoy near Mosul.",
        date(2016, 10, 17))
    assert ctx.victim == "IRQ" and ctx.attacker == "IRQ"


@pytest.mark.parametrize("text,place", [
    # After the headline, with the country in brackets, with a city in title case before an
    # agency's name.
    ("Ukraine : à Dnipro, le bilan de la frappe atteint 40 morts\n\nDNIPRO (Ukraine), 16 janvier "
     "2023 (AFP) - Les secouristes fouillaient toujours lundi les décombres.", "Dnipro"),
    ("Kramatorsk Station Toll Rises to 52 as West Condemns \"Atrocity\"\nKRAMATORSK, Ukraine, "
     "April 9 (DBN) - The number of people killed rose to 52.", "Kramatorsk"),
    ("Banjul (AFP) - Les troupes ouest-africaines sont entrées jeudi en Gambie.", "Banjul"),
])
def test_the_dateline_is_read_wherever_the_first_lines_put_it(text, place):
    from chronique.ingest.text import guess_title
    from chronique.resolve.report import _dateline

    lang = "fr" if "(AFP)" in text else "en"
    doc = Document(id="t", text=text, lang=lang, published=date(2023, 1, 16),
                   title=guess_title(text))
    assert [loc.name for loc in _dateline(doc, ())] == [place]


def test_a_dateline_needs_its_dash():
    from chronique.resolve.report import _dateline

    doc = Document(id="t", text="Paris a condamné l'attaque (communiqué) vendredi soir.",
                   lang="fr", published=date(2023, 1, 16))
    assert _dateline(doc, ()) == []


def test_a_city_of_a_state_the_report_never_names_is_not_its_focus():
    # The Burkinabè village is missing from the gazetteer; a Turkish town bears its name.
    ctx = _context(
        "OUAGADOUGOU, June 6 (Reuters) - Gunmen killed at least 132 civilians in Solhan, a "
        "village in northeastern Burkina Faso, the government said. Residents of Solhan fled "
        "to Sebba. The Solhan massacre was the deadliest attack in Burkina Faso since 2015.",
        date(2021, 6, 6))
    assert ctx.focus is None
    assert [loc.name for loc in ctx.dateline] == ["Ouagadougou"]
