"""The store on both backends: idempotent ingest, merging across reports, revision in place,
one transaction per document (a savepoint of its own inside a batch). Events are written by hand (store_helpers), so these tests say
what each report claims and run without spaCy."""

from __future__ import annotations

import threading

import pytest
from store_helpers import doc, event

from chronique.errors import StoreError
from chronique.store import Store
from chronique.store.writer import Writer


def counts(store: Store) -> tuple[int, int, int]:
    s = store.stats()
    return s["documents"], s["events"], s["mentions"]


def test_a_new_document_adds_its_events(store):
    outcome = store.add(doc("d1"), [event("d1", dead=12), event("d1", city="Odesa", start=80)])
    assert (outcome.status, outcome.new, outcome.merged) == ("added", 2, 0)
    assert counts(store) == (1, 2, 2)
    assert store.triage(doc("d1")).status == "stored"


@pytest.mark.parametrize("again", [
    doc("d1"),                                                   # the same document
    doc("other-id", text="REPORT d1:   the text of\nthis article."),  # same text, respaced
    doc("d9", text="A re-scrape with another text.", url="https://x.example/a"),  # same URL
])
def test_the_same_article_twice_adds_nothing(store, again):
    store.add(doc("d1", url="https://x.example/a"), [event("d1", dead=12)])
    before = counts(store)
    outcome = store.add(again, [event(again.id, dead=12)])
    assert outcome.status == "skipped" and outcome.reason
    assert counts(store) == before


def test_a_french_and_an_english_report_of_one_strike_are_one_event(store):
    store.add(doc("fr", lang="fr"), [event("fr", dead=12)])
    outcome = store.add(doc("en"), [event("en", dead=12, start=40)])
    assert (outcome.new, outcome.merged) == (0, 1)
    [stored] = store.events().events
    assert stored.event.id == "evt_fr_0"   # the first report's id is kept
    assert stored.event.sources == ["fr", "en"]
    assert {m.doc_id for m in stored.event.mentions} == {"fr", "en"}
    assert [d.document.id for d in store.event("evt_fr_0").documents] == ["fr", "en"]


@pytest.mark.parametrize("second", [
    event("b", city="Odesa"),                          # strikes on two cities
    event("b", day="2024-05-10"),                      # the same city eleven days earlier
    event("b", type_="PROTEST", mode="demo"),          # another kind of event
    event("b", source="UKR", target="RUS"),            # the other side's strike
    event("b", status="negated"),                      # a denial is not the strike it denies
])
def test_different_events_stay_apart(store, second):
    store.add(doc("a"), [event("a")])
    outcome = store.add(doc("b"), [second])
    assert outcome.new == 1 and outcome.merged == 0
    assert store.stats()["events"] == 2


def test_two_events_of_one_report_never_fold_into_one_stored_event(store):
    store.add(doc("a"), [event("a")])
    outcome = store.add(doc("b"), [event("b"), event("b", start=90, mode=None)])
    assert [e.action for e in outcome.events] == ["merged", "new"]


def test_tolls_across_reports_follow_acled(store):
    store.add(doc("a", published="2024-05-21"), [event("a", dead=12, published="2024-05-21")])
    store.add(doc("b", published="2024-05-22"), [event("b", dead=15, published="2024-05-22")])
    store.add(doc("c", published="2024-05-22"), [event("c", dead=14, published="2024-05-22")])
    [stored] = store.events().events
    # The most recent reports' figure, the lowest where reports of that day conflict.
    assert stored.event.fatalities.count == 14
    assert sorted(c.count for c in stored.event.toll_claims) == [12, 14, 15]


def test_a_running_total_never_merges_with_a_single_strike(store):
    store.add(doc("a"), [event("a", dead=12)])
    store.add(doc("b"), [event("b", day="2022-02-24", end="2024-05-22", dead=2000,
                               cumulative=True)])
    assert store.stats()["events"] == 2


def test_a_newer_chronique_revises_in_place_with_stable_ids(location):
    with Store(location, version="0.1.0") as old:
        old.add(doc("a"), [event("a", dead=12), event("a", city="Odesa", start=80)])
        old.add(doc("b"), [event("b", dead=12, start=5)])
        ids = {s.event.id for s in old.events().events}
    with Store(location, version="0.2.0") as new:
        assert new.triage(doc("a")).status == "outdated"
        # The newer extraction finds the Kharkiv toll updated, no longer the Odesa strike,
        # and a protest it missed before.
        outcome = new.add(doc("a"), [event("a", dead=20, updated=True),
                                     event("a", type_="PROTEST", mode="demo", start=200)])
        assert outcome.status == "revised"
        assert {e.action for e in outcome.events} == {"revised", "removed", "new"}
        by_id = {s.event.id: s for s in new.events().events}
        kharkiv = by_id["evt_a_0"]
        assert kharkiv.revision == 1 and kharkiv.event.sources == ["a", "b"]
        assert kharkiv.event.fatalities.count == 20
        assert "evt_a_80" not in by_id and "evt_a_200" in by_id
        assert ids - {"evt_a_80"} <= set(by_id)
        assert new.triage(doc("a")).status == "stored"   # done once, not at every run
    with Store(location, version="0.1.0") as older:
        assert older.add(doc("a"), [event("a")]).status == "skipped"  # never downgraded


def test_each_document_is_one_transaction(store, monkeypatch):
    store.add(doc("a"), [event("a")])
    before = counts(store)
    real = Writer._write_event
    calls = []

    def failing(self, e, created, bump):
        calls.append(e.id)
        if len(calls) == 2:
            raise RuntimeError("disk gone")
        return real(self, e, created, bump)

    monkeypatch.setattr(Writer, "_write_event", failing)
    with pytest.raises(RuntimeError):
        store.add(doc("b"), [event("b", start=3), event("b", city="Odesa", start=50)])
    monkeypatch.undo()
    assert counts(store) == before
    assert store.triage(doc("b")).status == "new"


def test_a_document_that_fails_inside_a_batch_is_undone_alone(store, monkeypatch):
    # A batch is one transaction; each document in it is whole or not there at all.
    real = Writer._write_event

    def failing(self, e, created, bump):
        if e.id.startswith("evt_b"):
            raise StoreError("disk full while writing b")
        return real(self, e, created, bump)

    monkeypatch.setattr(Writer, "_write_event", failing)
    with store.batch():
        store.add(doc("a"), [event("a")])
        with pytest.raises(StoreError):
            store.add(doc("b"), [event("b", city="Odesa"), event("b", city="Kyiv", start=50)])
        store.add(doc("c"), [event("c", city="Paris")])
    monkeypatch.undo()
    assert counts(store) == (2, 2, 2)
    assert [store.triage(doc(d)).status for d in "abc"] == ["stored", "new", "stored"]


def test_an_id_taken_by_another_article_gets_an_id_of_its_own(store):
    store.add(doc("1", text="First feed, article one."), [event("1")])
    t = store.triage(doc("1", text="Second feed, a different article."))
    assert t.status == "new" and t.doc_id != "1"
    outcome = store.add(doc("1", text="Second feed, a different article."),
                        [event("1", city="Odesa")])
    assert outcome.status == "added" and outcome.doc_id == t.doc_id
    stored = store.document(t.doc_id)
    assert stored.document.text.startswith("Second feed")
    assert stored.event_ids and store.event(stored.event_ids[0]).event.sources == [t.doc_id]


def test_reading_the_store_while_a_document_is_written(tmp_path):
    """SQLite in WAL mode: a reader sees the last committed state and does not wait."""
    path = tmp_path / "events.db"
    writer, reader = Store(path), Store(path)
    writer.add(doc("a"), [event("a")])
    inside, release = threading.Event(), threading.Event()

    def write():
        with writer.backend.write() as tx:
            tx.execute("UPDATE documents SET title = 'changing' WHERE id = 'a'")
            inside.set()
            release.wait(10)

    t = threading.Thread(target=write)
    t.start()
    inside.wait(10)
    try:
        assert reader.stats()["events"] == 1
        assert reader.document("a").document.title == "Title of a"
    finally:
        release.set()
        t.join()
    assert reader.document("a").document.title == "changing"
    writer.close()
    reader.close()


def test_a_database_of_another_schema_version_is_refused(tmp_path):
    path = tmp_path / "events.db"
    with Store(path) as s, s.backend.write() as tx:
        tx.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="schema v99"):
        Store(path)


def test_a_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no such folder"):
        Store(tmp_path / "nowhere" / "events.db")


def test_outdated_lists_what_an_older_chronique_processed(location):
    with Store(location, version="0.1.0") as old:
        old.add(doc("a"), [event("a")])
    with Store(location, version="0.1.0") as same:
        assert list(same.outdated()) == []
    with Store(location, version="0.3.0") as new:
        assert [d.id for d in new.outdated()] == ["a"]
