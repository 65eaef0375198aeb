"""What each kind of time expression means: one resolver per template kind of `timewords`.

Each resolver reads the slots of one parsed expression (`Read`) and returns the start, end and
precision of the date it names (precision None: day or range, from the bounds). The rules are
described in the docstring of `resolve/time.py`; the calendar arithmetic is in `timecal`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from chronique.resolve import timecal as cal
from chronique.resolve.conflicts import conflict_start_for
from chronique.resolve.timeexpr import TimeExpr
from chronique.resolve.timewords import TimeLexicon

if TYPE_CHECKING:
    from chronique.resolve.time import TimeContext

# How far back a vague running period reaches, by unit ("ces derniers jours": a week).
VAGUE = {"hour": (2, 24), "day": (2, 7), "week": (2, 4), "weekend": (2, 4), "month": (2, 6),
         "year": (2, 5)}
Result = tuple[date | None, date | None, str | None]


@dataclass(frozen=True)
class Read:
    """One parsed expression with what resolving it needs."""

    x: TimeExpr
    lex: TimeLexicon
    pub: date | None
    tense: str | None
    context: TimeContext
    text: str

    def has(self, slot: str) -> bool:
        return slot in self.x.slots

    def get(self, slot: str, default: Any = None) -> Any:
        if slot not in self.x.slots:
            return default
        value = self.lex.value(slot, self.x.slots[slot])
        return default if value is None else value

    def month(self, n: str = "") -> int | None:
        return self.get("month" + n) or self.get("monthnum" + n)

    def direction(self) -> str | None:
        return next((d for d in ("last", "next", "this") if self.has(d)), None)

    def count(self, unit: str) -> tuple[int, int]:
        n = self.get("num") or self.get("num2")
        if n is None:
            return (1, 1) if self.x.kind in ("ago", "ahead", "in_period") else VAGUE[unit]
        if n == "few":
            return VAGUE[unit]
        return (n[0], n[1]) if isinstance(n, list) else (n, n)


def _weekday(r: Read, wd: int, ref: date, direction: str | None) -> date:
    if r.has("aimed"):
        # "called a march for Wednesday", "prévue pour jeudi": the day aimed at lies ahead
        # of the report, whatever the tense of the verb that names it.
        return cal.on_or_after(ref, wd)
    if direction == "last":
        return cal.strictly_before(ref, wd)
    if direction == "next":
        return cal.strictly_after(ref, wd)
    if direction == "this" and r.tense not in ("past", "future"):
        return cal.in_same_week(ref, wd)
    return cal.on_or_after(ref, wd) if r.tense == "future" else cal.on_or_before(ref, wd)


def _weekday_kind(r: Read) -> Result:
    day = _weekday(r, r.get("weekday"), r.pub, r.direction())
    return day, day, "day"


def _day_date(r: Read, tense: str | None, n: str = "") -> date | None:
    day, month, year = r.get("day" + n), r.month(n) or r.month(), _calendar_year(r)
    if day is None or month is None:
        return None
    try:
        if year:
            return date(year, month, day)
    except ValueError:
        return None
    if r.pub is None:
        return None
    cands = []
    for y in (r.pub.year - 1, r.pub.year, r.pub.year + 1):
        try:
            cands.append(date(y, month, day))
        except ValueError:
            continue
    if r.has("weekday"):
        cands = [d for d in cands if d.weekday() == r.get("weekday")] or cands
    if not cands:
        return None
    if r.has("aimed"):
        tense = None   # "extended until 30 November": a bound, whatever the verb's tense
    return cal.nearest([(d, d) for d in cands], r.pub, tense, cal.DAY_GRACE)[0]


def _calendar_year(r: Read) -> int | None:
    """A year given outright, or by "last / this / next year" beside a month."""
    if r.get("year"):
        return r.get("year")
    if r.pub and r.get("unit") == "year":
        return r.pub.year + {"last": -1, "next": 1}.get(r.direction(), 0)
    return None


def _month_like(r: Read, make: Callable[[int], cal.Interval], precision: str,
                tense: str | None) -> Result:
    year = _calendar_year(r)
    if year:
        return (*make(year), precision)
    if r.pub is None:
        return None, None, None
    cands = [make(y) for y in (r.pub.year - 1, r.pub.year, r.pub.year + 1)]
    this_month = cal.month_of(r.pub.year, r.pub.month)
    if r.has("last"):
        return (*max(c for c in cands if c[1] < this_month[0]), precision)
    if r.has("next"):
        return (*min(c for c in cands if c[0] > this_month[1]), precision)
    return (*cal.nearest(cands, r.pub, tense), precision)


def _month(r: Read) -> Result:
    return _month_like(r, lambda y: cal.month_of(y, r.month()), "month", r.tense)


def _month_part(r: Read) -> Result:
    return _month_like(r, lambda y: cal.part_of_month(y, r.month(), r.get("mpart")), "range",
                       r.tense)


def _date(r: Read) -> Result:
    d = _day_date(r, r.tense)
    return d, d, "day"


def _date_range(r: Read) -> Result:
    end = _day_date(r, r.tense, "2")
    if end is None:
        return None, None, None
    month = r.month() or r.month("2")
    try:
        start = date(end.year, month, r.get("day"))
        if start > end:
            start = date(end.year - 1, month, r.get("day"))
    except ValueError:
        return None, None, None
    return start, end, "range"


def _since(r: Read) -> Result:
    pub = r.pub
    if r.has("day"):
        start = _day_date(r, "past")
    elif r.has("month"):
        start = _month_like(r, (lambda y: cal.part_of_month(y, r.month(), r.get("mpart")))
                            if r.has("mpart") else (lambda y: cal.month_of(y, r.month())),
                            "range", "past")[0]
    elif r.has("year"):
        start = date(r.get("year"), 1, 1)
    elif r.has("weekday") and pub:
        before = cal.strictly_before if r.has("last") else cal.on_or_before
        start = before(pub, r.get("weekday"))
    elif r.has("relday") and pub:
        start = _relative(r)[0]
    else:
        start = None
    return start, pub, "range" if start and pub else None


def _since_conflict(r: Read) -> Result:
    start = r.context.conflict_start
    if start is None and r.context.countries:
        start = conflict_start_for(r.text, r.lex.code, r.context.countries)
    if start and r.pub and start > r.pub:
        start = None  # a conflict that began after the report cannot be the one it speaks of
    return start, r.pub, "range" if start and r.pub else None


def _relative(r: Read) -> Result:
    v = r.get("relday")
    if isinstance(v, dict):
        v = v["future"] if r.tense == "future" else v["past"]
    a, b = (v, v) if isinstance(v, int) else v
    return r.pub + timedelta(days=a), r.pub + timedelta(days=b), None


def _night(r: Read) -> Result:
    first, second = r.get("weekday"), r.get("weekday2")
    gap = timedelta(days=(second - first) % 7 or 7)
    if r.tense == "future":
        start = cal.on_or_after(r.pub, first)
        return start, start + gap, "range"
    end = cal.on_or_before(r.pub, second)
    return end - gap, end, "range"


def _ago(r: Read) -> Result:
    unit = r.get("unit")
    lo, hi = r.count(unit)
    return cal.shift(r.pub, -hi, unit), cal.shift(r.pub, -lo, unit), None


def _ahead(r: Read) -> Result:
    unit = r.get("unit")
    lo, hi = r.count(unit)
    return cal.shift(r.pub, lo, unit), cal.shift(r.pub, hi, unit), None


def _past_period(r: Read) -> Result:
    unit = r.get("unit")
    return cal.shift(r.pub, -r.count(unit)[1], unit, round_up=True), r.pub, "range"


def _next_period(r: Read) -> Result:
    unit = r.get("unit")
    return r.pub, cal.shift(r.pub, r.count(unit)[1], unit, round_up=True), "range"


def _in_period(r: Read) -> Result:
    return _ahead(r) if r.tense == "future" else _past_period(r)


def _within(r: Read) -> Result:
    return _next_period(r) if r.tense == "future" else _past_period(r)


def _unit_rel(r: Read) -> Result:
    unit, d, pub = r.get("unit"), r.direction(), r.pub
    step = {"last": -1, "next": 1}.get(d, 0)
    if unit in ("hour", "day"):
        day = pub + timedelta(days=step)
        return day, day, "day"
    if unit == "weekend" and d not in ("last", "next"):
        step = -1 if r.tense == "past" and pub.weekday() < 5 else 0
    if step:
        iv = cal.unit_of(cal.shift(pub, step, unit), unit)
        return iv[0], iv[1], {"month": "month", "year": "year"}.get(unit, "range")
    iv = cal.unit_of(pub, unit)
    if unit == "weekend":
        return iv[0], iv[1], "range"
    return (pub, iv[1], "range") if r.tense == "future" else (iv[0], pub, "range")


def _to_date(r: Read) -> Result:
    return cal.unit_of(r.pub, r.get("unit"))[0], r.pub, "range"


def _rest_of(r: Read) -> Result:
    return r.pub, cal.unit_of(r.pub, r.get("unit"))[1], "range"


def _year(r: Read) -> Result:
    return (*cal.year_of(r.get("year")), "year")


def _year_part(r: Read) -> Result:
    return (*cal.part_of_year(r.get("year"), r.get("mpart")), "range")


def _same_day(r: Read) -> Result:
    # "on the same day", "hours earlier": the day of the event told before, which only the
    # report as a whole knows (resolve.mentions); alone, the default of an undated event.
    return r.pub - timedelta(days=1), r.pub, "range"


RESOLVERS: dict[str, Callable[[Read], Result]] = {
    "since_conflict": _since_conflict, "since": _since, "to_date": _to_date,
    "rest_of": _rest_of, "night": _night, "date_range": _date_range, "date": _date,
    "month_part": _month_part, "year_part": _year_part, "month": _month, "year": _year,
    "ago": _ago, "ahead": _ahead, "in_period": _in_period, "within": _within,
    "past_period": _past_period, "next_period": _next_period, "unit_rel": _unit_rel,
    "relative": _relative, "weekday": _weekday_kind, "same_day": _same_day,
}
# Kinds that can be read without a publication date (when they carry a year, or a start).
ABSOLUTE = {"date", "date_range", "month", "month_part", "year", "year_part", "since",
             "since_conflict"}
