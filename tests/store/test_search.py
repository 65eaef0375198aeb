"""What the web page asks of the store beyond the CLI's filters, on both backends: a text
search (`q`), listings sorted by a column, events per day and type for the timeline, and
compact points for the map."""

from __future__ import annotations

from dataclasses import replace

import pytest
from store_helpers import doc, event

from chronique.records import Actor
from chronique.store import EventFilter, FilterError
from chronique.store.filters import order_by


def said(e, sentence: str):
    """`e` reported in `sentence` (the helper's events all say "Sentence 0 of ...")."""
    return replace(e, mentions=[replace(m, sentence=sentence) for m in e.mentions])


@pytest.fixture
def filled(store):
    """Four reports: a drone strike on Odesa (7 dead), a strike on Kharkiv (3 dead), a protest
    in Paris called by a union with an accented name, and a strike of unknown place and date."""
    store.add(doc("a"), [said(event("a", city="Odesa", day="2024-05-10", dead=7, mode="drone"),
                              "Russian drones hit the port of Odesa overnight.")])
    store.add(doc("b"), [said(event("b", dead=3), "Missiles struck Kharkiv at dawn, "
                                                  "50% of the district lost power.")])
    protest = said(event("c", type_="PROTEST", mode="demo", city="Paris", source=None,
                         target="FRA", day="2024-05-20"),
                   "Des milliers de manifestants ont défilé à l'appel de l'Élysée Ouvrière.")
    protest = replace(protest, source_actors=[Actor("l'Élysée Ouvrière", "FRA", "FRA", "CVL")])
    store.add(doc("c"), [protest])
    unknown = said(event("d", city=None, day="2024-05-01"), "A strike was reported.")
    unknown = replace(unknown, date=replace(unknown.date, start=None, end=None,
                                            precision="unknown"))
    store.add(doc("d"), [unknown])
    return store


def ids(store, order=None, **kw) -> list[str]:
    page = store.events(EventFilter.parse(**kw), limit=100, order=order)
    return [s.event.id for s in page.events]


@pytest.mark.parametrize("q, expected", [
    ("drones", ["evt_a_0"]),                     # a word of the sentence
    ("ODESA", ["evt_a_0"]),                      # the place, any case
    ("kharkiv at dawn", ["evt_b_0"]),            # a phrase, case ignored
    ("rus forces", ["evt_b_0", "evt_a_0", "evt_d_0"]),   # part of an actor's name
    ("élysée ouvrière", ["evt_c_0"]),            # an accented name, in another case
    ("50%", ["evt_b_0"]),                        # % and _ are text, not wildcards
    ("100%", []),
    ("_", []),
    ("  port   of  ", ["evt_a_0"]),              # spaces collapsed
    ("nothing like this", []),
])
def test_text_search(filled, q, expected):
    assert ids(filled, q=q) == expected


def test_text_search_combines_with_the_other_filters(filled):
    assert ids(filled, q="forces", type="ASSAULT", country="UKR") == ["evt_b_0", "evt_a_0"]
    assert ids(filled, q="forces", since="2024-05-15") == ["evt_b_0"]
    assert ids(filled, q="odesa", type="PROTEST") == []


def test_text_search_is_kept_in_next_page_links():
    f = EventFilter.parse(q=" Odesa  port ", doc_id="doc_1")
    assert f.query() == {"q": "Odesa port", "doc": "doc_1"}


def test_a_text_search_too_long_is_refused():
    with pytest.raises(FilterError, match="q: a text search of at most 200 characters"):
        EventFilter.parse(q="x" * 201)


@pytest.mark.parametrize("order, expected", [
    (None, ["evt_b_0", "evt_c_0", "evt_a_0", "evt_d_0"]),          # newest first, undated last
    ("-date", ["evt_b_0", "evt_c_0", "evt_a_0", "evt_d_0"]),
    ("date", ["evt_a_0", "evt_c_0", "evt_b_0", "evt_d_0"]),        # undated last either way
    ("-fatalities", ["evt_a_0", "evt_b_0", "evt_c_0", "evt_d_0"]),  # no toll last
    ("fatalities", ["evt_b_0", "evt_a_0", "evt_c_0", "evt_d_0"]),
    ("place", ["evt_b_0", "evt_a_0", "evt_c_0", "evt_d_0"]),       # Kharkiv, Odesa, Paris, none
    ("-place", ["evt_c_0", "evt_a_0", "evt_b_0", "evt_d_0"]),
    ("type", ["evt_b_0", "evt_a_0", "evt_d_0", "evt_c_0"]),        # ties newest first
])
def test_sorted_listings(filled, order, expected):
    assert ids(filled, order=order) == expected


def test_sorted_pages_do_not_overlap(filled):
    seen = []
    for offset in range(0, 4, 3):
        page = filled.events(limit=3, offset=offset, order="-fatalities")
        seen += [s.event.id for s in page.events]
    assert sorted(seen) == ["evt_a_0", "evt_b_0", "evt_c_0", "evt_d_0"]


def test_an_unknown_sort_is_named():
    with pytest.raises(FilterError, match="sort: unknown value 'deaths'"):
        order_by("deaths")


def test_timeline_counts_events_per_first_day_and_type(filled):
    t = filled.timeline()
    assert t["days"] == [{"date": "2024-05-10", "counts": {"ASSAULT": 1}},
                         {"date": "2024-05-20", "counts": {"PROTEST": 1}},
                         {"date": "2024-05-21", "counts": {"ASSAULT": 1}}]
    assert (t["undated"], t["total"]) == (1, 4)
    only = filled.timeline(EventFilter.parse(type="PROTEST"))
    assert only["days"] == [{"date": "2024-05-20", "counts": {"PROTEST": 1}}]


def test_points_are_the_events_a_map_can_place(filled):
    p = filled.points()
    rows = [dict(zip(p["fields"], r)) for r in p["rows"]]
    assert [r["id"] for r in rows] == ["evt_b_0", "evt_c_0", "evt_a_0"]
    assert rows[2]["lat"] == pytest.approx(46.48) and rows[2]["fatalities"] == 7
    assert rows[2]["mode"] == "drone" and rows[2]["place"] == "Odesa"
    assert (p["truncated"], p["unplaced"]) == (False, 1)
    newest = filled.points(EventFilter.parse(type="ASSAULT"), limit=1)
    assert [r[0] for r in newest["rows"]] == ["evt_b_0"] and newest["truncated"]
