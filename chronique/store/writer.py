"""Folding one document's events into the store, inside the document's transaction.

Across reports, an event of the new document is compared with the stored events that could be
the same (same type, dates within a few days, same country or none; an event already fed by
this document is never a candidate: the report itself kept its events apart). `same_event`
decides, `combine` folds, and the stored event keeps its id.

Each document's own extraction is kept in `event_sources`, so a stored event can be folded
again from its sources. That is how a revision works: when a newer chronique re-processes a
document, its old contributions are taken out of the events they fed, its new events are put
back into the same events where they are the same (ids stay stable, the revision count goes
up), and only what is really new or really gone is added or removed.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import timedelta
from typing import Any

from chronique.merge import PLACE_KM, combine, same_event
from chronique.records import Document, Event
from chronique.store.base import Tx
from chronique.store.filters import Near
from chronique.store.rows import (actor_rows, document_row, dump, event_columns, load,
                                  mention_rows, place_key)

# Candidates are fetched with this slack on each side of the new event's dates; `same_event`
# then asks for a real overlap.
SLACK_DAYS = 3
MAX_CANDIDATES = 2000
# A document's events are ordered by document, then by their order in it.
_SEQ_STRIDE = 100_000


@dataclass
class EventOutcome:
    """What became of one event of the document: `new`, `merged` into a stored event,
    `revised` (re-processed by a newer chronique) or `removed` (no longer found)."""

    id: str
    action: str
    event: Event | None = None

    def to_dict(self, full: bool = True) -> dict[str, Any]:
        d: dict[str, Any] = {"id": self.id, "action": self.action}
        if full and self.event is not None:
            d["event"] = self.event.to_dict()
        return d


@dataclass
class Outcome:
    """What `Store.add` did with a document: `added`, `skipped` (already stored) or `revised`."""

    doc_id: str
    status: str
    events: list[EventOutcome] = field(default_factory=list)
    reason: str | None = None

    def count(self, action: str) -> int:
        return sum(1 for e in self.events if e.action == action)

    @property
    def new(self) -> int:
        return self.count("new")

    @property
    def merged(self) -> int:
        return self.count("merged")

    @property
    def revised(self) -> int:
        return self.count("revised")

    @property
    def removed(self) -> int:
        return self.count("removed")

    def to_dict(self, full: bool = True) -> dict[str, Any]:
        return {"document": self.doc_id, "status": self.status, "reason": self.reason,
                "counts": {"new": self.new, "merged": self.merged, "revised": self.revised,
                           "removed": self.removed},
                "events": [e.to_dict(full) for e in self.events]}


class Writer:
    """Writes inside one open write transaction; `stamp` dates every row it touches."""

    def __init__(self, tx: Tx, version: str, stamp: str):
        self.tx = tx
        self.version = version
        self.stamp = stamp

    # --- documents --------------------------------------------------------------------------

    def insert_document(self, doc: Document) -> int:
        row = document_row(doc, self.version, self.stamp)
        cols = list(row)
        self.tx.execute(f"INSERT INTO documents ({', '.join(cols)}) VALUES "
                        f"({', '.join('?' * len(cols))})", [row[c] for c in cols])
        return self.tx.scalar("SELECT pk FROM documents WHERE id = ?", (doc.id,))

    def add_events(self, doc: Document, doc_pk: int, events: list[Event]) -> list[EventOutcome]:
        out = []
        for i, e in enumerate(events):
            out.append(self._place(doc.id, doc_pk * _SEQ_STRIDE + i, e))
        self._count_events(doc.id)
        return out

    def revise(self, doc: Document, events: list[Event]) -> list[EventOutcome]:
        """Replace what `doc` (already stored, same id) contributed with `events`."""
        doc_pk = self.tx.scalar("SELECT pk FROM documents WHERE id = ?", (doc.id,))
        row = document_row(doc, self.version, self.stamp)
        self.tx.execute("UPDATE documents SET text = ?, title = COALESCE(?, title), "
                        "source = COALESCE(?, source), published = COALESCE(?, published), "
                        "lang = ?, version = ?, processed_at = ?, text_hash = ? WHERE id = ?",
                        (row["text"], row["title"], row["source"], row["published"],
                         row["lang"], self.version, self.stamp, row["text_hash"], doc.id))
        old = [(r["event_id"], load(r["data"])) for r in self.tx.all(
            "SELECT event_id, data FROM event_sources WHERE doc_id = ? ORDER BY seq", (doc.id,))]
        self.tx.execute("DELETE FROM event_sources WHERE doc_id = ?", (doc.id,))
        self.tx.execute("DELETE FROM mentions WHERE doc_id = ?", (doc.id,))
        # What each event is without this document; None where it was all this document said.
        rest = {eid: self._refold(eid) for eid, _ in old}
        out: list[EventOutcome] = []
        pending: list[tuple[int, Event]] = []
        free = list(old)
        for i, e in enumerate(events):
            seq = doc_pk * _SEQ_STRIDE + i
            match = next((o for o in free if _same_report(o[1], e)), None)
            if match is None:
                pending.append((seq, e))
                continue
            free.remove(match)
            eid = match[0]
            self._source(eid, doc.id, seq, e)
            folded = self._refold(eid)
            self._write_event(folded, created=False, bump=1)
            out.append(EventOutcome(eid, "revised", folded))
        for eid, _ in free:   # events of the old version the new one does not find
            if rest[eid] is None:
                self._delete_event(eid)
                out.append(EventOutcome(eid, "removed"))
            else:
                self._write_event(rest[eid], created=False, bump=1)
                out.append(EventOutcome(eid, "revised", rest[eid]))
        for seq, e in pending:
            out.append(self._place(doc.id, seq, e))
        self._count_events(doc.id)
        return out

    # --- events ------------------------------------------------------------------------------

    def _place(self, doc_id: str, seq: int, e: Event) -> EventOutcome:
        host = self._best_candidate(doc_id, e)
        if host is not None:
            # Folded again from every source in order, so that the event is the same whatever
            # order its reports were (re-)processed in.
            self._source(host.id, doc_id, seq, e)
            folded = self._refold(host.id)
            self._write_event(folded, created=False, bump=0)
            return EventOutcome(host.id, "merged", folded)
        eid = self._free_id(e.id)
        e = _with_id(e, eid)
        self._source(eid, doc_id, seq, e)
        self._write_event(e, created=True, bump=0)
        return EventOutcome(eid, "new", e)

    def _best_candidate(self, doc_id: str, e: Event) -> Event | None:
        # Read as a union of index ranges, each on (type, country, date_end): an event ends
        # after the new one starts (3 days' slack), and starts before it ends. The ranges
        # stay small however large the store grows (events ending after a date are the
        # recent ones when reports come in order); an OR over countries, or a range on
        # date_start alone, would read every older event of the type.
        dated = ""
        dates: list[Any] = []
        start, end = e.date.start, e.date.end or e.date.start
        if start is not None and end is not None:
            # `date_start || ''`: a range on date_start is not to be read through an index,
            # which would walk every older event of the type.
            dated = " AND date_end >= ? AND date_start || '' <= ? AND date_start <> ''"
            dates = [(start - timedelta(days=SLACK_DAYS)).isoformat(),
                     (end + timedelta(days=SLACK_DAYS)).isoformat()]
        times = [(dated, dates), (" AND date_start = ''", [])] if dated else [("", [])]
        places: list[tuple[str, list[Any]]] = [("", [])]
        loc = e.location
        if loc is not None and loc.country:
            # `places_agree` wants the same country and precision, and a city within
            # PLACE_KM (or of the same name): read only those, and the events with no place.
            here = " AND country = ? AND geo_precision = ?"
            near: list[Any] = [loc.country, loc.precision]
            if loc.precision != "country" and loc.lat is not None and loc.lon is not None:
                here += (" AND ((lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?) "
                         "OR lower(location) = ?)")
                near += [*Near(loc.lat, loc.lon, PLACE_KM + 1).box(), (loc.name or "").lower()]
            places = [(" AND country IS NULL", []), (here, near)]
        parts: list[str] = []
        params: list[Any] = []
        for where, values in places:
            for when, days in times:
                parts.append("SELECT pk, id, data, date_start FROM events WHERE type = ?"
                             + where + when)
                params += [e.type, *values, *days]
        sql = ("SELECT data FROM (" + " UNION ALL ".join(parts) + ") AS c "
               "WHERE id NOT IN (SELECT event_id FROM event_sources WHERE doc_id = ?) "
               "ORDER BY date_start DESC, pk LIMIT ?")
        params += [doc_id, MAX_CANDIDATES]
        found = [load(r["data"]) for r in self.tx.all(sql, params)]
        same = [c for c in found if same_event(c, e)]
        return max(same, key=lambda c: _closeness(c, e)) if same else None

    def _refold(self, event_id: str) -> Event | None:
        rows = self.tx.all("SELECT data FROM event_sources WHERE event_id = ? ORDER BY seq",
                           (event_id,))
        if not rows:
            return None
        folded = load(rows[0]["data"])
        for r in rows[1:]:
            folded = combine(folded, load(r["data"]))
        return _with_id(folded, event_id)

    def _source(self, event_id: str, doc_id: str, seq: int, e: Event) -> None:
        self.tx.execute("INSERT INTO event_sources (event_id, doc_id, seq, data) "
                        "VALUES (?, ?, ?, ?)", (event_id, doc_id, seq, dump(e)))
        self.tx.executemany(
            "INSERT INTO mentions (event_id, doc_id, start_char, end_char, trigger, "
            "trigger_start, trigger_end, sentence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            mention_rows(_with_id(e, event_id), doc_id))

    def _free_id(self, eid: str) -> str:
        """`eid`, or `eid-2`, `eid-3`... when another event already holds it."""
        candidate, n = eid, 1
        while self.tx.scalar("SELECT 1 FROM events WHERE id = ?", (candidate,)):
            n += 1
            candidate = f"{eid}-{n}"
        return candidate

    def _write_event(self, e: Event, created: bool, bump: int) -> None:
        cols = event_columns(e)
        cols["place_pk"] = self._place_pk(e)
        names = list(cols)
        if created:
            names_all = names + ["id", "revision", "created_at", "updated_at"]
            values = [cols[n] for n in names] + [e.id, 0, self.stamp, self.stamp]
            self.tx.execute(f"INSERT INTO events ({', '.join(names_all)}) VALUES "
                            f"({', '.join('?' * len(names_all))})", values)
        else:
            sets = ", ".join(f"{n} = ?" for n in names)
            self.tx.execute(f"UPDATE events SET {sets}, revision = revision + ?, updated_at = ? "
                            f"WHERE id = ?", [cols[n] for n in names] + [bump, self.stamp, e.id])
            self.tx.execute("DELETE FROM actors WHERE event_id = ?", (e.id,))
        rows = actor_rows(e)
        self.tx.executemany("INSERT INTO actors (event_id, side, code, country, sector, name, "
                            "name_norm) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        self.tx.executemany("INSERT INTO actor_names (name_norm) VALUES (?) "
                            "ON CONFLICT (name_norm) DO NOTHING",
                            [(n,) for n in sorted({r[-1] for r in rows})])

    def _place_pk(self, e: Event) -> int | None:
        key = place_key(e)
        if key is None or e.location is None:
            return None
        loc = e.location
        self.tx.execute("INSERT INTO places (key, name, country, admin1, lat, lon, precision, "
                        "geonames_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING",
                        (key, loc.name, loc.country, loc.admin1, loc.lat, loc.lon, loc.precision,
                         loc.geonames_id))
        return self.tx.scalar("SELECT pk FROM places WHERE key = ?", (key,))

    def _delete_event(self, eid: str) -> None:
        for table in ("actors", "mentions", "event_sources"):
            self.tx.execute(f"DELETE FROM {table} WHERE event_id = ?", (eid,))
        self.tx.execute("DELETE FROM events WHERE id = ?", (eid,))

    def _count_events(self, doc_id: str) -> None:
        self.tx.execute("UPDATE documents SET n_events = (SELECT COUNT(*) FROM event_sources "
                        "WHERE doc_id = ?) WHERE id = ?", (doc_id, doc_id))


def _with_id(e: Event, eid: str) -> Event:
    return e if e.id == eid else replace(e, id=eid)


def _same_report(old: Event, new: Event) -> bool:
    """Whether `new`, from a re-processing of a document, is what `old` was in the earlier
    processing: same type, and a sentence in common, or the same event by `same_event`."""
    if old.type != new.type:
        return False
    spans = {(m.start, m.end) for m in old.mentions}
    return any((m.start, m.end) in spans for m in new.mentions) or same_event(old, new)


def _closeness(c: Event, e: Event) -> tuple:
    """Rank the stored events that are the same as `e`: the same place, then the nearest date,
    then the best attested."""
    same_place = bool(c.location and e.location and (
        (c.location.geonames_id is not None and c.location.geonames_id == e.location.geonames_id)
        or (c.location.name or "").casefold() == (e.location.name or "").casefold()))
    gap = abs((c.date.start - e.date.start).days) if c.date.start and e.date.start else 99999
    return (same_place, -gap, len(c.sources))

