"""Events and documents written by hand for the store's tests: no extraction, so the tests
that use them run in milliseconds and say exactly what each report claims."""

from __future__ import annotations

from datetime import date

from chronique.records import Document, Event, event_from_dict

# (lat, lon) of the cities the cases use, as facts.
CITIES = {"Kharkiv": (49.99, 36.23, "UKR"), "Odesa": (46.48, 30.72, "UKR"),
          "Kyiv": (50.45, 30.52, "UKR"), "Khartoum": (15.50, 32.56, "SDN"),
          "Paris": (48.86, 2.35, "FRA")}


def doc(doc_id: str, text: str | None = None, url: str | None = None,
        published: str = "2024-05-22", lang: str = "en", source: str | None = None) -> Document:
    return Document(id=doc_id, text=text or f"Report {doc_id}: the text of this article.",
                    url=url, published=date.fromisoformat(published), lang=lang,
                    source=source, title=f"Title of {doc_id}")


def event(doc_id: str, *, type_: str = "ASSAULT", mode: str | None = "aerial",
          city: str | None = "Kharkiv", day: str = "2024-05-21", end: str | None = None,
          source: str | None = "RUS", target: str | None = "UKR",
          target_sector: str | None = None, dead: int | None = None,
          cumulative: bool = False, published: str = "2024-05-22", start: int = 0,
          status: str = "occurred", updated: bool = False, civilian: bool | None = None
          ) -> Event:
    """One report's event, as extraction would give it (ids follow the document)."""
    loc = None
    if city is not None:
        lat, lon, country = CITIES[city]
        loc = {"name": city, "country": country, "admin1": None, "lat": lat, "lon": lon,
               "precision": "city", "geonames_id": None}
    end = end or day
    d = {
        "id": f"evt_{doc_id}_{start}", "type": type_, "mode": mode, "status": status,
        "date": {"start": day, "end": end, "precision": "day" if end == day else "range",
                 "text": None},
        "source_actors": [{"name": f"{source} forces", "code": source, "country": source,
                           "sector": "MIL"}] if source else [],
        "target_actors": [{"name": f"{target} people", "code": target, "country": target,
                           "sector": target_sector}] if target else [],
        "location": loc,
        "fatalities": {"count": dead, "cumulative": cumulative, "civilian": civilian,
                       "text": f"{dead} dead"} if dead is not None else None,
        "claimed_by": [],
        "mentions": [{"doc_id": doc_id, "sentence": f"Sentence {start} of {doc_id}.",
                      "start": start, "end": start + 30, "trigger": "strike",
                      "published": published}],
        "sources": [doc_id], "confidence": 0.7,
        "toll_claims": [{"kind": "dead", "count": dead, "cumulative": cumulative,
                         "doc_id": doc_id, "published": published, "updated": updated}]
        if dead is not None else [],
    }
    return event_from_dict(d)
