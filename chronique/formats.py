"""Writing events out: JSON Lines, JSON, CSV and a readable terminal table.

JSON and JSON Lines carry the contract of ../shared/spec/EVENTS.md as is. CSV flattens an event
into one row with the columns analysts expect; the table is for reading in a terminal.
"""

from __future__ import annotations

import csv
import json
import shutil
from collections.abc import Iterable
from typing import TextIO

from chronique.records import Actor, Event

FORMATS = ("jsonl", "json", "table", "csv")

CSV_COLUMNS = [
    "event_id", "event_date", "end_date", "time_precision", "plover_type", "mode", "status",
    "actor1", "actor1_code", "actor1_sector", "actor2", "actor2_code", "actor2_sector",
    "country", "admin1", "location", "latitude", "longitude", "geo_precision",
    "fatalities", "fatalities_cumulative", "injured", "claimed_by", "sources", "trigger",
    "sentence", "confidence",
]


def _actors(actors: list[Actor]) -> str:
    return "; ".join(a.name for a in actors)


def _codes(actors: list[Actor], attr: str = "code") -> str:
    seen: list[str] = []
    for a in actors:
        v = getattr(a, attr)
        if v and v not in seen:
            seen.append(v)
    return "; ".join(seen)


def csv_row(e: Event) -> dict[str, object]:
    loc = e.location
    first = e.mentions[0] if e.mentions else None
    return {
        "event_id": e.id,
        "event_date": e.date.start.isoformat() if e.date.start else "",
        "end_date": e.date.end.isoformat() if e.date.end else "",
        "time_precision": e.date.precision,
        "plover_type": e.type, "mode": e.mode or "", "status": e.status,
        "actor1": _actors(e.source_actors), "actor1_code": _codes(e.source_actors),
        "actor1_sector": _codes(e.source_actors, "sector"),
        "actor2": _actors(e.target_actors), "actor2_code": _codes(e.target_actors),
        "actor2_sector": _codes(e.target_actors, "sector"),
        "country": loc.country if loc else "", "admin1": (loc.admin1 or "") if loc else "",
        "location": (loc.name or "") if loc else "",
        "latitude": loc.lat if loc and loc.lat is not None else "",
        "longitude": loc.lon if loc and loc.lon is not None else "",
        "geo_precision": loc.precision if loc else "",
        "fatalities": e.fatalities.count if e.fatalities else "",
        "fatalities_cumulative": e.fatalities.cumulative if e.fatalities else "",
        "injured": e.injured.count if e.injured else "",
        "claimed_by": _codes(e.claimed_by) or _actors(e.claimed_by),
        "sources": "; ".join(e.sources),
        "trigger": first.trigger if first else "",
        "sentence": first.sentence if first else "",
        "confidence": round(e.confidence, 2),
    }


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: max(0, width - 1)] + "…"


def _side(actors: list[Actor]) -> str:
    return ",".join(dict.fromkeys(f"{a.code or '?'}{'/' + a.sector if a.sector else ''}"
                                  for a in actors)) or "-"


def table(events: Iterable[Event], out: TextIO, width: int | None = None,
          header: bool = True) -> None:
    """A line per event; cut to the terminal's width only when writing to a terminal."""
    if width is None:
        width = shutil.get_terminal_size().columns if out.isatty() else 10_000
    head = f"{'date':<23} {'type':<22} {'status':<9} {'source -> target':<24} {'place':<18} {'dead':>5}  claimed  trigger"
    if header:
        out.write(head[:width] + "\n")
    for e in events:
        d = e.date
        if d.start and d.end and d.start != d.end:
            when = f"{d.start}..{d.end:%m-%d}"
        else:
            when = str(d.start) if d.start else "?"
        typ = e.type + (f"/{e.mode}" if e.mode else "")
        who = f"{_side(e.source_actors)} -> {_side(e.target_actors)}"
        loc = e.location
        place = (loc.name or loc.country or "") if loc else "-"
        if loc and loc.precision == "country":
            place = f"{loc.country} (country)"
        dead = ""
        if e.fatalities:
            dead = str(e.fatalities.count) + ("+" if e.fatalities.cumulative else "")
        claimed = _codes(e.claimed_by) or "-"
        trig = e.mentions[0].trigger if e.mentions else ""
        line = (f"{_cut(when, 23):<23} {_cut(typ, 22):<22} {e.status:<9} {_cut(who, 24):<24} "
                f"{_cut(place, 18):<18} {dead:>5}  {_cut(claimed, 7):<7}  {trig}")
        out.write((line if len(line) <= width else line[: width - 1] + "…") + "\n")


def write(events: list[Event], fmt: str, out: TextIO, header: bool = True) -> None:
    """Write events in `fmt`; `header` False continues a CSV or table already started."""
    if fmt == "jsonl":
        for e in events:
            out.write(json.dumps(e.to_dict(), ensure_ascii=False) + "\n")
    elif fmt == "json":
        json.dump([e.to_dict() for e in events], out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "csv":
        w = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
        if header:
            w.writeheader()
        for e in events:
            w.writerow(csv_row(e))
    elif fmt == "table":
        table(events, out, header=header)
    else:
        raise ValueError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
