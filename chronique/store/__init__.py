"""The event store: an embedded SQLite file by default, PostgreSQL for teams.

    from chronique.store import Store, EventFilter
    with Store("chronique.db") as store:
        summary = ingest(store, iter_documents(["reports/"]))
        for e in store.events(EventFilter.parse(type="ASSAULT")).events:
            ...
"""

from chronique.store.base import DEFAULT_DB, ENV_DB, default_location
from chronique.store.filters import EventFilter, FilterError, Near
from chronique.store.ingest import IngestSummary, ingest
from chronique.store.rows import StoredDocument, StoredEvent
from chronique.store.store import Page, Store, Triage
from chronique.store.writer import EventOutcome, Outcome

__all__ = [
    "DEFAULT_DB", "ENV_DB", "EventFilter", "EventOutcome", "FilterError", "IngestSummary",
    "Near", "Outcome", "Page", "Store", "StoredDocument", "StoredEvent", "Triage",
    "default_location", "ingest",
]
