"""Which events to list: the filters the CLI, the HTTP API and exports share.

    f = EventFilter.parse(since="2022-03-01", type="assault,protest", country="ukr",
                          near="50.45,30.52,25")
    where, params = f.sql()

Every value is checked here, so a typo is an error naming the filter and what it expected, not
an empty result. Dates: an event is kept when its own period overlaps [since, until]. `q` is a
text search: part of a sentence that reports the event, of an actor's name or of the place.
`order_by` gives the ORDER BY of a listing sorted by one of the columns in ORDERS.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

import pycountry

from chronique.errors import StoreError
from chronique.records import PLOVER_TYPES, STATUSES


# Past this many candidates, a filter is checked along the date index (see EventFilter.sql).
MANY = 2000
MAX_NAMES = 200
MAX_QUERY = 200

# How a listing may be sorted (`-` first for descending): key -> column. Empty values sort
# last either way; ties go newest first.
ORDERS = {"date": "date_start", "type": "type", "status": "status", "country": "country",
          "place": "location", "fatalities": "fatalities", "sources": "n_sources",
          "confidence": "confidence"}
DEFAULT_ORDER = "-date"


class FilterError(StoreError):
    """A filter value that cannot be understood; the message names the filter."""


@dataclass(frozen=True)
class Near:
    lat: float
    lon: float
    km: float

    def box(self) -> tuple[float, float, float, float]:
        """(lat_min, lat_max, lon_min, lon_max) around the circle: a range the index can read
        before the exact distance is computed."""
        dlat = self.km / 111.0
        coslat = max(math.cos(math.radians(self.lat)), 0.01)
        dlon = min(180.0, self.km / (111.0 * coslat))
        return self.lat - dlat, self.lat + dlat, self.lon - dlon, self.lon + dlon


@dataclass(frozen=True)
class EventFilter:
    since: date | None = None
    until: date | None = None
    types: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    actor: str | None = None
    near: Near | None = None
    statuses: tuple[str, ...] = ()
    doc_id: str | None = None
    q: str | None = None

    @classmethod
    def parse(cls, *, since: Any = None, until: Any = None, type: Any = None,
              country: Any = None, actor: Any = None, near: Any = None, status: Any = None,
              doc_id: str | None = None, q: Any = None) -> EventFilter:
        """Filters from user input (strings, lists or already typed values); FilterError on
        anything that is not one of the accepted values."""
        f = cls(since=_day("since", since), until=_day("until", until),
                types=_choices("type", type, PLOVER_TYPES), countries=_countries(country),
                actor=(str(actor).strip() or None) if actor else None, near=_near(near),
                statuses=_choices("status", status, STATUSES), doc_id=doc_id or None,
                q=_text(q))
        if f.since and f.until and f.since > f.until:
            raise FilterError(f"since ({f.since}) is after until ({f.until})")
        return f

    def sql(self, tx: Any = None) -> tuple[str, list[Any]]:
        """A WHERE clause over `events` (without the word WHERE; '1=1' when empty) and its
        parameters, in the `?` style of the store's SQL.

        Listings are ordered by date, so a filter that matches many events is best checked
        row by row along the date index, and one that matches few is best read from its own
        index and sorted. PostgreSQL's planner weighs that from its statistics; for SQLite,
        given the transaction `tx`, the actor and place filters count their candidates first
        (index only, capped) and take the right form."""
        parts: list[str] = []
        params: list[Any] = []
        if self.since:
            parts.append("date_end >= ?")
            params.append(self.since.isoformat())
        if self.until:
            parts.append("date_start <= ? AND date_start <> ''")
            params.append(self.until.isoformat())
        for column, values in (("type", self.types), ("country", self.countries),
                               ("status", self.statuses)):
            if len(values) == 1:
                parts.append(f"{column} = ?")
                params.append(values[0])
            elif values:
                parts.append(f"{column} IN ({', '.join('?' * len(values))})")
                params.extend(values)
        if self.actor:
            cond, cond_params = self._actor_condition(tx)
            if _many(tx, f"SELECT 1 FROM actors WHERE {cond}", cond_params, elsewhere=True):
                parts.append(f"EXISTS (SELECT 1 FROM actors a WHERE a.event_id = events.id "
                             f"AND ({cond}))")
            else:
                parts.append(f"id IN (SELECT event_id FROM actors WHERE {cond})")
            params += cond_params
        if self.near:
            lat0, lat1, lon0, lon1 = self.near.box()
            box = [lat0, lat1, lon0, lon1]
            # "+lat" keeps the column out of index use: the date index leads instead.
            plus = "+" if _many(tx, "SELECT 1 FROM events WHERE lat BETWEEN ? AND ? "
                                    "AND lon BETWEEN ? AND ?", box) else ""
            parts.append(f"{plus}lat BETWEEN ? AND ? AND {plus}lon BETWEEN ? AND ? "
                         f"AND chronique_km(lat, lon, ?, ?) <= ?")
            params += box + [self.near.lat, self.near.lon, self.near.km]
        if self.doc_id:
            parts.append("id IN (SELECT event_id FROM event_sources WHERE doc_id = ?)")
            params.append(self.doc_id)
        if self.q:
            cond, cond_params = self._text_condition(tx)
            parts.append(cond)
            params += cond_params
        return (" AND ".join(parts) or "1=1"), params

    def _actor_condition(self, tx: Any) -> tuple[str, list[Any]]:
        """Over `actors`: the code, or (for a value that is not an upper-case code) the names
        that contain it, looked up in the short list of distinct names."""
        assert self.actor is not None
        code = self.actor.upper()
        if re.fullmatch(r"[A-Z]{2,8}", self.actor):
            return "code = ?", [code]
        pattern = "%" + _like(norm_name(self.actor)) + "%"
        if tx is None:
            return "(code = ? OR name_norm LIKE ? ESCAPE '\\')", [code, pattern]
        names = [r[0] for r in tx.all("SELECT name_norm FROM actor_names WHERE name_norm LIKE ? "
                                      "ESCAPE '\\' ORDER BY name_norm LIMIT ?",
                                      (pattern, MAX_NAMES))]
        if not names:
            return "code = ?", [code]
        return f"(code = ? OR name_norm IN ({', '.join('?' * len(names))}))", [code] + names

    def _text_condition(self, tx: Any) -> tuple[str, list[Any]]:
        """`q` in a sentence that reports the event, in an actor's name or in the place's
        name. Case is ignored: fully by PostgreSQL's ILIKE, for ASCII letters by SQLite's LIKE
        (actor names are stored case-folded, so they match in any script)."""
        assert self.q is not None
        like = "ILIKE" if tx is not None and tx.dialect == "postgresql" else "LIKE"
        pattern = "%" + _like(self.q) + "%"
        return (f"(location {like} ? ESCAPE '\\' "
                f"OR id IN (SELECT event_id FROM mentions WHERE sentence {like} ? ESCAPE '\\') "
                f"OR id IN (SELECT event_id FROM actors WHERE name_norm LIKE ? ESCAPE '\\'))",
                [pattern, pattern, "%" + _like(norm_name(self.q)) + "%"])

    def query(self) -> dict[str, str]:
        """The filters as query-string values (for a next-page link)."""
        q: dict[str, str] = {}
        if self.since:
            q["since"] = self.since.isoformat()
        if self.until:
            q["until"] = self.until.isoformat()
        if self.types:
            q["type"] = ",".join(self.types)
        if self.countries:
            q["country"] = ",".join(self.countries)
        if self.actor:
            q["actor"] = self.actor
        if self.near:
            q["near"] = f"{self.near.lat},{self.near.lon},{self.near.km}"
        if self.statuses:
            q["status"] = ",".join(self.statuses)
        if self.q:
            q["q"] = self.q
        if self.doc_id:
            q["doc"] = self.doc_id
        return q


def order_by(order: str | None) -> str:
    """The ORDER BY of a listing sorted by `order` (a key of ORDERS, `-` first for
    descending); FilterError on any other value."""
    key = (order or DEFAULT_ORDER).strip()
    desc = key.startswith("-")
    column = ORDERS.get(key.lstrip("-+").lower())
    if column is None:
        raise FilterError(f"sort: unknown value {order!r} (one of: {', '.join(ORDERS)}, "
                          f"each with '-' first for descending)")
    way = "DESC" if desc else "ASC"
    if column == "date_start":
        # Newest first is the default and reads the date index as it is ('' - an unknown
        # date - sorts last); oldest first puts '' last by hand.
        if desc:
            return "date_start DESC, pk DESC"
        return "(date_start = '') ASC, date_start ASC, pk ASC"
    return f"({column} IS NULL) ASC, {column} {way}, date_start DESC, pk DESC"


def norm_name(name: str) -> str:
    """How actor names are compared: case-folded, spaces collapsed."""
    return " ".join(name.casefold().split())


def _many(tx: Any, select: str, params: list[Any], elsewhere: bool = False) -> bool:
    """Whether `select` returns more than MANY rows. Only SQLite counts; PostgreSQL, whose
    planner knows better, gets `elsewhere`; without a transaction, False."""
    if tx is None:
        return False
    if tx.dialect != "sqlite":
        return elsewhere
    n = tx.scalar(f"SELECT COUNT(*) FROM ({select} LIMIT {MANY + 1}) AS candidates", params)
    return n > MANY


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _items(value: Any) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, (list, tuple, set)):
        out: list[str] = []
        for v in value:
            out += _items(v)
        return out
    return [v.strip() for v in str(value).split(",") if v.strip()]


def _text(value: Any) -> str | None:
    text = " ".join(str(value).split()) if value is not None else ""
    if len(text) > MAX_QUERY:
        raise FilterError(f"q: a text search of at most {MAX_QUERY} characters, not "
                          f"{len(text)}")
    return text or None


def _day(name: str, value: Any) -> date | None:
    if value is None or value == "" or isinstance(value, date):
        return value or None
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise FilterError(f"{name}: not a date (YYYY-MM-DD): {value!r}") from None


def _choices(name: str, value: Any, allowed: tuple[str, ...]) -> tuple[str, ...]:
    out = []
    for item in _items(value):
        key = item.upper() if name == "type" else item.lower()
        if key not in allowed:
            raise FilterError(f"{name}: unknown value {item!r} (one of: {', '.join(allowed)})")
        out.append(key)
    return tuple(dict.fromkeys(out))


def _countries(value: Any) -> tuple[str, ...]:
    out = []
    for item in _items(value):
        code = _country_code(item)
        if code is None:
            raise FilterError(f"country: unknown country {item!r} (an ISO 3166 code such as "
                              f"UKR, or an English name)")
        out.append(code)
    return tuple(dict.fromkeys(out))


def _country_code(item: str) -> str | None:
    if item.upper() == "XKX":
        return "XKX"
    try:
        return pycountry.countries.lookup(item).alpha_3
    except LookupError:
        return None


def _near(value: Any) -> Near | None:
    if value is None or value == "" or isinstance(value, Near):
        return value or None
    parts = _items(value)
    try:
        lat, lon, km = (float(p) for p in parts)
    except ValueError:
        raise FilterError(f"near: expected LAT,LON,KM (e.g. 50.45,30.52,25), "
                          f"not {value!r}") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180 and 0 < km <= 20000):
        raise FilterError(f"near: latitude -90..90, longitude -180..180 and a radius of "
                          f"0..20000 km, not {value!r}")
    return Near(lat, lon, km)
