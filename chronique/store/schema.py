"""The store's tables, one schema for SQLite and PostgreSQL.

    documents      one row per article: where it came from, its text and the hash that makes
                   ingest idempotent, the chronique version that processed it
    events         one row per real-world event: the columns queries filter on, and `data`,
                   the whole event as EVENTS.md has it
    event_sources  what each document contributed to each event (its own extraction, as
                   JSON), so that an event can be folded again when a document is revised
    mentions       where each event is reported: document, sentence, offsets, trigger
    actors         who acts (source), who is acted on (target), who claims it (claimed)
    actor_names    every distinct actor name once: a name search reads this short list,
                   then the index of `actors`
    places         the distinct places events happen at

Dates are ISO strings, '' when unknown, so that they sort and compare the same way in both
databases and an event of unknown date sorts last. The statements are written once, with
`{serial}`, `{real}` and `{c}` filled in per dialect.
"""

from __future__ import annotations

SCHEMA_VERSION = 1

_TABLES = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS documents (
    pk {serial},
    id TEXT NOT NULL UNIQUE,
    url TEXT UNIQUE,
    text_hash TEXT NOT NULL UNIQUE,
    text TEXT NOT NULL,
    title TEXT,
    source TEXT,
    published TEXT{c},
    lang TEXT,
    origin TEXT,
    version TEXT NOT NULL,
    added_at TEXT NOT NULL,
    processed_at TEXT NOT NULL,
    n_events INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS places (
    pk {serial},
    key TEXT NOT NULL UNIQUE,
    name TEXT,
    country TEXT{c},
    admin1 TEXT,
    lat {real},
    lon {real},
    precision TEXT,
    geonames_id INTEGER
);
CREATE TABLE IF NOT EXISTS events (
    pk {serial},
    id TEXT NOT NULL UNIQUE,
    type TEXT{c} NOT NULL,
    mode TEXT,
    status TEXT{c} NOT NULL,
    date_start TEXT{c} NOT NULL,
    date_end TEXT{c} NOT NULL,
    date_precision TEXT NOT NULL,
    place_pk INTEGER REFERENCES places (pk),
    location TEXT,
    country TEXT{c},
    admin1 TEXT,
    lat {real},
    lon {real},
    geo_precision TEXT,
    fatalities INTEGER,
    fatalities_cumulative INTEGER,
    injured INTEGER,
    arrested INTEGER,
    confidence {real} NOT NULL,
    n_sources INTEGER NOT NULL,
    revision INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS event_sources (
    event_id TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (event_id, doc_id)
);
CREATE TABLE IF NOT EXISTS mentions (
    event_id TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    trigger TEXT,
    trigger_start INTEGER,
    trigger_end INTEGER,
    sentence TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS actors (
    event_id TEXT NOT NULL,
    side TEXT NOT NULL,
    code TEXT{c},
    country TEXT{c},
    sector TEXT,
    name TEXT NOT NULL,
    name_norm TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS actor_names (
    name_norm TEXT PRIMARY KEY
);
"""

# Every listing is ordered by date, newest first, then by insertion: each filter column leads
# an index that ends with the date, so a filtered page is an index range read backwards.
# (SQLite appends the rowid, `pk`, to every index by itself; PostgreSQL needs it spelt.)
_INDEXES = [
    "events_date ON events (date_start{pk})",
    "events_type_date ON events (type, date_start{pk})",
    "events_country_date ON events (country, date_start{pk})",
    "events_status_date ON events (status, date_start{pk})",
    "events_type_country_date ON events (type, country, date_start{pk})",
    "events_lat_lon ON events (lat, lon)",
    # Merge candidates: events of a type (and country) ending after a date (store/writer.py).
    # The start and the id are in the index too: the range is read without touching the
    # table, and only the few events that also start early enough are read whole.
    "events_type_end_start ON events (type, date_end, date_start, id{pk})",
    "events_type_country_end_start ON events (type, country, date_end, date_start, id{pk})",
    "event_sources_doc ON event_sources (doc_id)",
    "mentions_event ON mentions (event_id)",
    "mentions_doc ON mentions (doc_id)",
    "actors_event ON actors (event_id)",
    "actors_code ON actors (code, event_id)",
    "actors_name ON actors (name_norm)",
]

# Great-circle distance in km, for the `near` filter; SQLite gets the same function from Python.
_PG_KM = """
CREATE OR REPLACE FUNCTION chronique_km(lat1 double precision, lon1 double precision,
                                        lat2 double precision, lon2 double precision)
RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT 6371.0 * 2 * asin(least(1.0, sqrt(
        power(sin(radians(lat2 - lat1) / 2), 2)
        + cos(radians(lat1)) * cos(radians(lat2)) * power(sin(radians(lon2 - lon1) / 2), 2))))
$$
"""

_DIALECT = {
    "sqlite": {"serial": "INTEGER PRIMARY KEY", "real": "REAL", "c": "", "pk": ""},
    "postgresql": {"serial": "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY",
                   "real": "DOUBLE PRECISION", "c": ' COLLATE "C"', "pk": ", pk"},
}


# Indexes an earlier chronique made that the present one replaces.
_REPLACED_INDEXES = ["events_type_end", "events_type_country_end"]


def statements(dialect: str) -> list[str]:
    """The statements that create the schema in `dialect` ('sqlite' or 'postgresql'); each
    is idempotent, so running them on an existing database changes nothing."""
    fill = _DIALECT[dialect]
    out = [s.strip().format(**fill) for s in _TABLES.split(";") if s.strip()]
    out += ["DROP INDEX IF EXISTS " + name for name in _REPLACED_INDEXES]
    out += ["CREATE INDEX IF NOT EXISTS " + ix.format(**fill) for ix in _INDEXES]
    if dialect == "postgresql":
        out.append(_PG_KM.strip())
    return out
