"""What a page draws over many events without fetching them whole: counts per day and type
for a timeline, and compact points for a map. Both read only the filter columns of `events`.

    tx = ...  # an open read transaction of the store's backend
    timeline(tx, EventFilter.parse(type="ASSAULT"))
    # {"days": [{"date": "2024-03-15", "counts": {"ASSAULT": 2}}, ...], "undated": 0, "total": 2}
    points(tx, EventFilter(), limit=5000)
    # {"fields": ["id", "lat", "lon", ...], "rows": [[...], ...], "truncated": False, ...}
"""

from __future__ import annotations

from typing import Any

from chronique.store.filters import EventFilter

POINT_FIELDS = ("id", "lat", "lon", "type", "mode", "status", "fatalities", "place",
                "country", "date_start", "date_end", "sources")
# Counting the events a map cannot place is a courtesy: past this budget it is left out.
COUNT_BUDGET_S = 0.05


def timeline(tx: Any, filters: EventFilter) -> dict[str, Any]:
    """Matching events per day and type, the day being the event's first day; events of
    unknown date are counted apart (`undated`). Days without events are not listed."""
    where, params = filters.sql(tx)
    rows = tx.all(f"SELECT date_start, type, COUNT(*) AS n FROM events WHERE {where} "
                  f"GROUP BY date_start, type ORDER BY date_start, type", params)
    days: dict[str, dict[str, int]] = {}
    undated = 0
    for day, type_, n in ((r[0], r[1], int(r[2])) for r in rows):
        if not day:
            undated += n
            continue
        days.setdefault(day, {})[type_] = n
    total = undated + sum(sum(c.values()) for c in days.values())
    return {"days": [{"date": d, "counts": c} for d, c in days.items()],
            "undated": undated, "total": total}


def points(tx: Any, filters: EventFilter, limit: int) -> dict[str, Any]:
    """The newest `limit` matching events that have coordinates, one row each (POINT_FIELDS);
    `truncated` when more exist, `unplaced` the matching events without coordinates (None
    when counting them took too long)."""
    if limit < 1:
        raise ValueError(f"limit must be 1 or more, not {limit}")
    where, params = filters.sql(tx)
    rows = tx.all(f"SELECT id, lat, lon, type, mode, status, fatalities, location, country, "
                  f"date_start, date_end, n_sources FROM events WHERE {where} "
                  f"AND lat IS NOT NULL AND lon IS NOT NULL "
                  f"ORDER BY date_start DESC, pk DESC LIMIT ?", params + [limit + 1])
    unplaced = tx.scalar_within(f"SELECT COUNT(*) FROM events WHERE {where} "
                                f"AND (lat IS NULL OR lon IS NULL)", params, COUNT_BUDGET_S)
    return {"fields": list(POINT_FIELDS),
            "rows": [[r[i] if r[i] != "" else None for i in range(len(POINT_FIELDS))]
                     for r in rows[:limit]],
            "truncated": len(rows) > limit, "unplaced": unplaced}
