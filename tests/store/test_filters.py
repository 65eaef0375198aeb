"""Listing events: every filter of `chronique events` and GET /events, paging and totals, on
both backends; and the messages a wrong filter value gets."""

from __future__ import annotations

import pytest
from store_helpers import doc, event

from chronique.store import EventFilter, FilterError
from chronique.store import store as store_module


@pytest.fixture
def filled(store):
    """Five events: strikes on Kharkiv, Odesa and Khartoum, a Paris protest, a planned
    consultation in Kyiv over a week."""
    store.add(doc("a"), [event("a", dead=3)])
    store.add(doc("b"), [event("b", city="Odesa", day="2024-05-10", mode="drone")])
    store.add(doc("c"), [event("c", city="Khartoum", source="SDN", target="SDN",
                               target_sector="CVL", day="2024-04-01", mode="firearms")])
    store.add(doc("d"), [event("d", type_="PROTEST", mode="demo", city="Paris", source=None,
                               target="FRA", day="2024-05-20")])
    store.add(doc("e"), [event("e", type_="CONSULT", mode=None, city="Kyiv", status="planned",
                               source="USA", target="UKR", day="2024-05-25",
                               end="2024-06-01")])
    return store


def ids(store, **kw) -> list[str]:
    return [s.event.id for s in store.events(EventFilter.parse(**kw), limit=100).events]


@pytest.mark.parametrize("kw, expected", [
    ({}, ["evt_e_0", "evt_a_0", "evt_d_0", "evt_b_0", "evt_c_0"]),   # newest first
    ({"type": "assault"}, ["evt_a_0", "evt_b_0", "evt_c_0"]),
    ({"type": "PROTEST,CONSULT"}, ["evt_e_0", "evt_d_0"]),
    ({"country": "ukr"}, ["evt_e_0", "evt_a_0", "evt_b_0"]),
    ({"country": "Sudan"}, ["evt_c_0"]),
    ({"country": "FRA,SDN"}, ["evt_d_0", "evt_c_0"]),
    ({"since": "2024-05-21"}, ["evt_e_0", "evt_a_0"]),
    ({"until": "2024-05-10"}, ["evt_b_0", "evt_c_0"]),
    # A week-long consultation overlaps a window inside it.
    ({"since": "2024-05-28", "until": "2024-05-29"}, ["evt_e_0"]),
    ({"status": "planned"}, ["evt_e_0"]),
    ({"actor": "RUS"}, ["evt_a_0", "evt_b_0"]),
    ({"actor": "usa forces"}, ["evt_e_0"]),          # part of a name, any case
    ({"actor": "usa"}, ["evt_e_0"]),                 # a lower-case code reads as a name too
    ({"actor": "nobody"}, []),
    ({"near": "50.0,36.2,30"}, ["evt_a_0"]),         # Kharkiv, not Kyiv 410 km away
    ({"near": "48.5,33.5,500"}, ["evt_e_0", "evt_a_0", "evt_b_0"]),
    ({"type": "ASSAULT", "country": "UKR", "until": "2024-05-15"}, ["evt_b_0"]),
])
def test_filters(filled, kw, expected):
    assert ids(filled, **kw) == expected


def test_the_actor_and_place_filters_are_the_same_whichever_plan_reads_them(filled, monkeypatch):
    """Past MANY candidates a filter is checked along the date index: same answers."""
    from chronique.store import filters
    cases = [{"actor": "RUS"}, {"actor": "forces"}, {"near": "48.5,33.5,500"}]
    few = [ids(filled, **kw) for kw in cases]
    monkeypatch.setattr(filters, "MANY", 0)
    assert [ids(filled, **kw) for kw in cases] == few


def test_pages(filled, monkeypatch):
    first = filled.events(limit=2)
    assert [s.event.id for s in first.events] == ["evt_e_0", "evt_a_0"]
    assert (first.total, first.exact, first.more) == (5, True, True)
    last = filled.events(limit=2, offset=4)
    assert [s.event.id for s in last.events] == ["evt_c_0"] and not last.more
    assert last.total == 5
    monkeypatch.setattr(store_module, "COUNT_CAP", 3)
    capped = filled.events(limit=2)
    assert (capped.total, capped.exact) == (3, False)   # "3 or more"


@pytest.mark.parametrize("kw, message", [
    ({"type": "BOMBING"}, "type: unknown value 'BOMBING'"),
    ({"status": "done"}, "status: unknown value 'done'"),
    ({"country": "Atlantis"}, "country: unknown country 'Atlantis'"),
    ({"since": "yesterday"}, "since: not a date"),
    ({"near": "50.4,30.5"}, "near: expected LAT,LON,KM"),
    ({"near": "95,30,10"}, "near: latitude -90..90"),
    ({"since": "2024-05-02", "until": "2024-05-01"}, "is after until"),
])
def test_wrong_filter_values_are_named(kw, message):
    with pytest.raises(FilterError, match=message):
        EventFilter.parse(**kw)


def test_event_and_document_views(filled):
    stored = filled.event("evt_a_0")
    assert stored.event.fatalities.count == 3 and stored.revision == 0
    assert [d.document.id for d in stored.documents] == ["a"]
    assert filled.event("evt_nope") is None
    d = filled.document("a")
    assert d.event_ids == ["evt_a_0"] and d.document.text.startswith("Report a")
    assert filled.document("nope") is None
    stats = filled.stats()
    assert stats["events"] == 5 and stats["by_type"]["ASSAULT"] == 3
    assert (stats["first_date"], stats["last_date"]) == ("2024-04-01", "2024-06-01")
