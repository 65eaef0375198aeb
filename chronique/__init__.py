"""chronique: news reports in, event data out (PLOVER events, French and English, offline).

    import chronique
    events = chronique.extract(text, published="2022-03-02", lang="fr")
    for e in events:
        print(e.type, e.status, e.date.start, e.location and e.location.name)
"""

__version__ = "0.1.0"

# `chronique.extract` is the function; the engine package of the same name stays reachable
# as `from chronique.extract import ...` (the import below binds the function last).
from chronique.api import extract, extract_documents, extract_paths  # noqa: E402
from chronique.errors import (ChroniqueError, ExtractionError, InputError,  # noqa: E402
                              LanguageDataError, StoreError)
from chronique.pipeline import Result  # noqa: E402
from chronique.records import (Actor, Document, Event, EventDate, Location, Mention,  # noqa: E402
                               Toll)

__all__ = [
    "Actor", "ChroniqueError", "Document", "Event", "EventDate", "ExtractionError",
    "InputError", "LanguageDataError", "Location", "Mention", "Result", "StoreError", "Toll",
    "extract", "extract_documents", "extract_paths", "__version__",
]
