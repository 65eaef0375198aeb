"""The knowledge base of persons holds together: codes, dates, one holder per office."""

from __future__ import annotations

from datetime import date
from itertools import combinations

import pytest
import yaml

from chronique.resolve.demonyms import valid_alpha3
from chronique.resolve.orgs import DATA_DIR, armed_groups, igo_code, organisations
from chronique.resolve.persons import knowledge_base
from chronique.textnorm import fold

KB = knowledge_base()
RAW = yaml.safe_load((DATA_DIR / "persons.yaml").read_text(encoding="utf-8"))


def test_every_date_parses_and_starts_before_it_ends():
    for person in RAW["persons"]:
        for role in person["roles"]:
            for key in ("start", "end"):
                value = role[key]
                assert value is None or isinstance(value, date), (person["names"][0], role)
            if role["start"] and role["end"]:
                assert role["start"] <= role["end"], (person["names"][0], role)


def test_every_code_is_a_state_an_organisation_or_a_group():
    for person in KB.persons:
        assert valid_alpha3(person.country), person.name
        for role in person.roles:
            assert (valid_alpha3(role.code) or role.code in organisations()
                    or role.code in armed_groups()), (person.name, role.code)


def test_no_two_holders_of_a_single_holder_office_at_once():
    tenures: dict[tuple[str, str], list] = {}
    for person in KB.persons:
        for role in person.roles:
            if role.office in KB.single_holder:
                tenures.setdefault((role.code, role.office), []).append((person.name, role))
    clashes = []
    for key, held in tenures.items():
        for (a, ra), (b, rb) in combinations(held, 2):
            start_a, end_a = ra.start or date.min, ra.end or date.max
            start_b, end_b = rb.start or date.min, rb.end or date.max
            # A tenure ending the day the next begins is a hand-over, not an overlap.
            if start_a < end_b and start_b < end_a:
                clashes.append((key, a, b))
    assert clashes == []


def test_offices_are_known():
    labels = RAW["office_labels"]
    for person in RAW["persons"]:
        for role in person["roles"]:
            assert role["office"] in labels, (person["names"][0], role["office"])
    assert set(KB.single_holder) <= set(labels)
    assert set(KB.leader_office.values()) <= set(labels)


def test_no_name_points_to_two_persons():
    owner: dict[str, str] = {}
    clashes = []
    for person in KB.persons:
        for name in person.names:
            key = fold(name)
            if owner.setdefault(key, person.name) != person.name:
                clashes.append((name, owner[key], person.name))
    assert clashes == []


# The offices the brief requires the knowledge base to cover, at dates within 2015–2025.
@pytest.mark.parametrize("code,office,when,holder", [
    ("USA", "president", date(2016, 6, 1), "Barack Obama"),
    ("USA", "president", date(2019, 6, 1), "Donald Trump"),
    ("USA", "foreign_minister", date(2019, 6, 1), "Mike Pompeo"),
    ("USA", "defence_minister", date(2022, 6, 1), "Lloyd Austin"),
    ("RUS", "president", date(2015, 6, 1), "Vladimir Putin"),
    ("RUS", "prime_minister", date(2018, 6, 1), "Dmitry Medvedev"),
    ("RUS", "defence_minister", date(2022, 6, 1), "Sergei Shoigu"),
    ("UKR", "president", date(2017, 6, 1), "Petro Poroshenko"),
    ("UKR", "defence_minister", date(2022, 6, 1), "Oleksii Reznikov"),
    ("BLR", "president", date(2020, 8, 9), "Alexander Lukashenko"),
    ("CHN", "foreign_minister", date(2023, 3, 1), "Qin Gang"),
    ("GBR", "foreign_minister", date(2020, 6, 1), "Dominic Raab"),
    ("FRA", "prime_minister", date(2024, 10, 1), "Michel Barnier"),
    ("DEU", "defence_minister", date(2022, 6, 1), "Christine Lambrecht"),
    ("EC", "president", date(2017, 6, 1), "Jean-Claude Juncker"),
    ("EUCO", "president", date(2022, 6, 1), "Charles Michel"),
    ("EP", "president", date(2022, 6, 1), "Roberta Metsola"),
    ("UN", "secretary_general", date(2022, 6, 1), "António Guterres"),
    ("IAEA", "director_general", date(2022, 6, 1), "Rafael Grossi"),
    ("WHO", "director_general", date(2020, 6, 1), "Tedros Adhanom Ghebreyesus"),
    ("ICRC", "president", date(2020, 6, 1), "Peter Maurer"),
    ("JPN", "prime_minister", date(2022, 6, 1), "Fumio Kishida"),
    ("BRA", "president", date(2020, 6, 1), "Jair Bolsonaro"),
    ("TUR", "president", date(2020, 6, 1), "Recep Tayyip Erdoğan"),
    ("ISR", "prime_minister", date(2024, 6, 1), "Benjamin Netanyahu"),
    ("IRN", "president", date(2022, 6, 1), "Ebrahim Raisi"),
    ("SDN", "president", date(2023, 6, 1), "Abdel Fattah al-Burhan"),
    ("MLI", "president", date(2023, 6, 1), "Assimi Goïta"),
    ("BFA", "president", date(2023, 6, 1), "Ibrahim Traoré"),
    ("NER", "president", date(2024, 6, 1), "Abdourahamane Tiani"),
    ("SYR", "president", date(2020, 6, 1), "Bashar al-Assad"),
    # Beyond the G20: coups, interim leaders and transitions count.
    ("KAZ", "president", date(2018, 6, 1), "Nursultan Nazarbayev"),
    ("KGZ", "president", date(2020, 12, 1), "Talant Mamytov"),
    ("GEO", "prime_minister", date(2022, 6, 1), "Irakli Garibashvili"),
    ("XKX", "president", date(2018, 6, 1), "Hashim Thaçi"),
    ("SRB", "prime_minister", date(2020, 6, 1), "Ana Brnabić"),
    ("MLI", "president", date(2020, 9, 1), "Assimi Goïta"),
    ("GIN", "president", date(2021, 6, 1), "Alpha Condé"),
    ("TUN", "president", date(2019, 9, 1), "Mohamed Ennaceur"),
    ("LBN", "president", date(2025, 3, 1), "Joseph Aoun"),
    ("SYR", "foreign_minister", date(2025, 3, 1), "Asaad al-Shaibani"),
    ("YEM", "president", date(2023, 6, 1), "Rashad al-Alimi"),
    ("ZWE", "president", date(2016, 6, 1), "Robert Mugabe"),
    ("PAK", "army_chief", date(2019, 6, 1), "Qamar Javed Bajwa"),
    ("LKA", "president", date(2021, 6, 1), "Gotabaya Rajapaksa"),
    ("JPN", "foreign_minister", date(2016, 6, 1), "Fumio Kishida"),
    ("PER", "president", date(2023, 6, 1), "Dina Boluarte"),
    ("BOL", "president", date(2020, 6, 1), "Jeanine Áñez"),
    ("HTI", "prime_minister", date(2022, 6, 1), "Ariel Henry"),
    ("CAN", "foreign_minister", date(2022, 6, 1), "Mélanie Joly"),
    # Interior ministers (home affairs, homeland security).
    ("GBR", "interior_minister", date(2017, 6, 1), "Amber Rudd"),
    ("GBR", "interior_minister", date(2022, 10, 20), "Grant Shapps"),
    ("FRA", "interior_minister", date(2016, 6, 1), "Bernard Cazeneuve"),
    ("FRA", "interior_minister", date(2019, 6, 1), "Christophe Castaner"),
    ("DEU", "interior_minister", date(2022, 6, 1), "Nancy Faeser"),
    ("USA", "interior_minister", date(2022, 6, 1), "Alejandro Mayorkas"),
    ("RUS", "interior_minister", date(2022, 6, 1), "Vladimir Kolokoltsev"),
    ("UKR", "interior_minister", date(2022, 6, 1), "Denys Monastyrsky"),
    ("TUR", "interior_minister", date(2020, 6, 1), "Süleyman Soylu"),
    ("IND", "interior_minister", date(2022, 6, 1), "Amit Shah"),
])
def test_office_holders(code, office, when, holder):
    found = KB.holders(code, (office,), when)
    assert [p.name for p, _ in found] == [holder]


def test_organ_roles_answer_for_their_organisation():
    assert igo_code("EC") == "EU"
    found = KB.holders("EU", ("foreign_minister",), date(2025, 3, 1))
    assert [p.name for p, _ in found] == ["Kaja Kallas"]


def test_persons_named_out_of_office_keep_their_country():
    johnson = next(p for p in KB.persons if p.name == "Boris Johnson")
    assert johnson.role_on(date(2024, 1, 1)) is None
    assert johnson.country == "GBR"
