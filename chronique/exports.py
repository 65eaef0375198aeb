"""Exports of the store: JSON Lines, ACLED-like CSV, GeoJSON and Parquet.

    store.export("csv", open("events.csv", "w", newline=""))
    chronique export --format parquet -o events.parquet

JSON Lines carries the contract of EVENTS.md (plus `revision`, `created_at`, `updated_at`).
The flat formats share one row per event, with ACLED's column names where ACLED has one, so
that scripts written for ACLED read it:

- `time_precision` and `geo_precision` use ACLED's codes: 1 a day (a town), 2 a few days
  (a province), 3 longer (a region or the country); `date_precision` and
  `location_precision` keep chronique's words.
- `fatalities` follows ACLED: the deaths of this event, 0 when none is stated, and 0 for a
  running total ("2,000 killed since the start"), whose figure is in `fatalities_reported`
  with `fatalities_cumulative` true, so that summing the column never counts a death twice.
- `event_type`/`sub_event_type` map PLOVER to ACLED, `cameo_root` to CAMEO (mappings.py).
- `source` names the publishers, `notes` is the sentence of the first mention.

Events are streamed from the store in batches: an export of millions never holds them all.
GeoJSON holds the events that have coordinates (a point per event, RFC 7946).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import date
from functools import lru_cache
from itertools import islice
from typing import IO, TYPE_CHECKING, Any
from urllib.parse import urlsplit

import pycountry
from babel import Locale

from chronique.mappings import acled_types, cameo_root
from chronique.records import Actor
from chronique.store.rows import StoredEvent

if TYPE_CHECKING:
    from chronique.store.filters import EventFilter
    from chronique.store.store import Store

EXPORT_FORMATS = ("jsonl", "csv", "geojson", "parquet")
BATCH = 1000

# Column name -> type, for Parquet (and the order of every flat format).
COLUMNS: dict[str, str] = {
    "event_id": "string", "event_date": "date", "end_date": "date", "time_precision": "int",
    "date_precision": "string", "event_type": "string", "sub_event_type": "string",
    "actor1": "string", "actor1_code": "string", "actor2": "string", "actor2_code": "string",
    "country": "string", "iso3": "string", "admin1": "string", "location": "string",
    "latitude": "float", "longitude": "float", "geo_precision": "int",
    "location_precision": "string", "source": "string", "source_urls": "string",
    "notes": "string", "fatalities": "int", "fatalities_reported": "int",
    "fatalities_cumulative": "bool", "injured": "int", "plover_type": "string",
    "mode": "string", "status": "string", "claimed_by": "string", "cameo_root": "string",
    "sources": "string", "n_sources": "int", "confidence": "float", "revision": "int",
}
_TIME_PRECISION = {"day": 1, "range": 2, "month": 3, "year": 3, "unknown": 3}
_GEO_PRECISION = {"point": 1, "city": 1, "admin1": 2, "region": 3, "country": 3}


@lru_cache(maxsize=512)
def country_name(code: str | None) -> str | None:
    """The English short name ACLED's `country` column uses ("Russia", not "Russian
    Federation"): CLDR's, else ISO's, else the code itself."""
    if not code:
        return None
    c = pycountry.countries.get(alpha_3=code)
    alpha2 = c.alpha_2 if c is not None else {"XKX": "XK"}.get(code)
    cldr = Locale("en").territories.get(alpha2) if alpha2 else None
    return cldr or (getattr(c, "common_name", None) or c.name if c is not None else code)


def _names(actors: list[Actor]) -> str:
    return "; ".join(dict.fromkeys(a.name for a in actors if a.name))


def _codes(actors: list[Actor]) -> str:
    return "; ".join(dict.fromkeys(a.code for a in actors if a.code))


def _publisher(doc: dict[str, Any] | None, doc_id: str) -> str:
    if doc is None:
        return doc_id
    if doc.get("source"):
        return doc["source"]
    if doc.get("url"):
        return urlsplit(doc["url"]).hostname or doc["url"]
    return doc_id


def flat_row(stored: StoredEvent, docs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """One event as a flat row of typed values (None where nothing is known)."""
    e = stored.event
    loc = e.location
    event_type, sub_type = acled_types(e)
    tol = e.fatalities
    span = (e.date.end - e.date.start).days if e.date.start and e.date.end else 0
    tp = _TIME_PRECISION.get(e.date.precision, 3)
    if e.date.precision == "range" and span > 7:
        tp = 3
    first = e.mentions[0] if e.mentions else None
    return {
        "event_id": e.id, "event_date": e.date.start, "end_date": e.date.end,
        "time_precision": tp, "date_precision": e.date.precision,
        "event_type": event_type, "sub_event_type": sub_type,
        "actor1": _names(e.source_actors) or None, "actor1_code": _codes(e.source_actors) or None,
        "actor2": _names(e.target_actors) or None, "actor2_code": _codes(e.target_actors) or None,
        "country": country_name(loc.country) if loc else None,
        "iso3": loc.country if loc else None, "admin1": loc.admin1 if loc else None,
        "location": loc.name if loc else None,
        "latitude": loc.lat if loc else None, "longitude": loc.lon if loc else None,
        "geo_precision": _GEO_PRECISION.get(loc.precision) if loc else None,
        "location_precision": loc.precision if loc else None,
        "source": "; ".join(dict.fromkeys(_publisher(docs.get(d), d) for d in e.sources)),
        "source_urls": "; ".join(u for u in (docs.get(d, {}).get("url") for d in e.sources)
                                 if u) or None,
        "notes": " ".join(first.sentence.split()) if first else None,
        "fatalities": tol.count if tol and not tol.cumulative else 0,
        "fatalities_reported": tol.count if tol else None,
        "fatalities_cumulative": tol.cumulative if tol else None,
        "injured": e.injured.count if e.injured else None,
        "plover_type": e.type, "mode": e.mode, "status": e.status,
        "claimed_by": _codes(e.claimed_by) or _names(e.claimed_by) or None,
        "cameo_root": cameo_root(e), "sources": "; ".join(e.sources),
        "n_sources": len(e.sources), "confidence": round(e.confidence, 2),
        "revision": stored.revision,
    }


def _batches(store: Store, filters: EventFilter | None) -> Iterator[list[StoredEvent]]:
    it = store.iter_events(filters)
    while batch := list(islice(it, BATCH)):
        yield batch


def _rows(store: Store, filters: EventFilter | None) -> Iterator[list[dict[str, Any]]]:
    for batch in _batches(store, filters):
        ids = sorted({d for s in batch for d in s.event.sources})
        docs = store.documents_brief(ids)
        yield [flat_row(s, docs) for s in batch]


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def export(store: Store, fmt: str, out: IO, filters: EventFilter | None = None) -> int:
    """Write the store's events matching `filters` to `out` in `fmt`; returns how many.
    `out` is a text stream, except for parquet (a binary stream or a path)."""
    if fmt == "jsonl":
        n = 0
        for batch in _batches(store, filters):
            for s in batch:
                out.write(json.dumps(s.to_dict(), ensure_ascii=False) + "\n")
            n += len(batch)
        return n
    if fmt == "csv":
        return _csv(store, out, filters)
    if fmt == "geojson":
        return _geojson(store, out, filters)
    if fmt == "parquet":
        return _parquet(store, out, filters)
    raise ValueError(f"unknown export format {fmt!r} (choose from {', '.join(EXPORT_FORMATS)})")


def _csv(store: Store, out: IO, filters: EventFilter | None) -> int:
    w = csv.DictWriter(out, fieldnames=list(COLUMNS))
    w.writeheader()
    n = 0
    for rows in _rows(store, filters):
        for r in rows:
            w.writerow({k: ("" if v is None else _plain(v)) for k, v in r.items()})
        n += len(rows)
    return n


def _geojson(store: Store, out: IO, filters: EventFilter | None) -> int:
    out.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for rows in _rows(store, filters):
        for r in rows:
            lat, lon = r["latitude"], r["longitude"]
            if lat is None or lon is None:
                continue
            props = {k: _plain(v) for k, v in r.items() if k not in ("latitude", "longitude")}
            feature = {"type": "Feature", "id": r["event_id"],
                       "geometry": {"type": "Point", "coordinates": [lon, lat]},
                       "properties": props}
            out.write((",\n" if n else "") + json.dumps(feature, ensure_ascii=False))
            n += 1
    out.write("\n]}\n")
    return n


def _parquet(store: Store, out: Any, filters: EventFilter | None) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {"string": pa.string(), "date": pa.date32(), "int": pa.int64(),
             "float": pa.float64(), "bool": pa.bool_()}
    schema = pa.schema([(name, types[t]) for name, t in COLUMNS.items()])
    n = 0
    with pq.ParquetWriter(out, schema, compression="zstd") as writer:
        for rows in _rows(store, filters):
            arrays = [pa.array([r[name] for r in rows], type=schema.field(name).type)
                      for name in COLUMNS]
            writer.write_batch(pa.record_batch(arrays, schema=schema))
            n += len(rows)
    return n
