"""Calendar arithmetic for the time resolver: weekdays, weeks, months, and choosing the year.

Weeks run Monday to Sunday (ISO). A weekend is the Saturday and Sunday of one ISO week.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

Interval = tuple[date, date]

# How far a day-precise date may fall on the "wrong" side of publication and still be read in
# the publication's year: a timestamp a day or two off, or a verb whose tense belongs to the
# report rather than the event ("a annoncé une réunion le 30 juin"), is likelier than an event
# a year away.
DAY_GRACE = timedelta(days=3)
# Month thirds for "début / mi / fin mars", "early / mid / late March".
MONTH_PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
# Year thirds for "début 2022", "mid-2022", "late 2021".
YEAR_PARTS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}


def on_or_before(ref: date, weekday: int) -> date:
    return ref - timedelta(days=(ref.weekday() - weekday) % 7)


def on_or_after(ref: date, weekday: int) -> date:
    return ref + timedelta(days=(weekday - ref.weekday()) % 7)


def strictly_before(ref: date, weekday: int) -> date:
    return on_or_before(ref - timedelta(days=1), weekday)


def strictly_after(ref: date, weekday: int) -> date:
    return on_or_after(ref + timedelta(days=1), weekday)


def in_same_week(ref: date, weekday: int) -> date:
    return ref + timedelta(days=weekday - ref.weekday())


def week_of(ref: date) -> Interval:
    monday = ref - timedelta(days=ref.weekday())
    return monday, monday + timedelta(days=6)


def month_of(year: int, month: int) -> Interval:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def year_of(year: int) -> Interval:
    return date(year, 1, 1), date(year, 12, 31)


def add_months(ref: date, months: int) -> date:
    """The same day `months` later (or earlier), clamped to the end of a shorter month."""
    index = ref.year * 12 + ref.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(ref.day, calendar.monthrange(year, month + 1)[1]))


def shift(ref: date, amount: int, unit: str, *, round_up: bool = False) -> date:
    """`ref` moved by `amount` units (negative: back). Hours count in whole days, rounded down
    (an event "two hours ago" is today) or up (a toll "in 24 hours" spans two dates)."""
    if unit == "hour":
        days = -(-abs(amount) // 24) if round_up else abs(amount) // 24
        return ref + timedelta(days=days if amount >= 0 else -days)
    if unit == "day":
        return ref + timedelta(days=amount)
    if unit in ("week", "weekend"):
        return ref + timedelta(weeks=amount)
    if unit == "month":
        return add_months(ref, amount)
    return add_months(ref, 12 * amount)


def unit_of(ref: date, unit: str) -> Interval:
    """The calendar unit that contains `ref` (a weekend: the one of `ref`'s week)."""
    if unit == "week":
        return week_of(ref)
    if unit == "weekend":
        monday = week_of(ref)[0]
        return monday + timedelta(days=5), monday + timedelta(days=6)
    if unit == "month":
        return month_of(ref.year, ref.month)
    if unit == "year":
        return year_of(ref.year)
    return ref, ref


def part_of_month(year: int, month: int, part: str) -> Interval:
    first, last = MONTH_PARTS[part]
    end = month_of(year, month)[1]
    return date(year, month, first), date(year, month, min(last, end.day))


def part_of_year(year: int, part: str) -> Interval:
    first, last = YEAR_PARTS[part]
    return date(year, first, 1), month_of(year, last)[1]


def _distance(iv: Interval, ref: date) -> int:
    if iv[0] <= ref <= iv[1]:
        return 0
    return min(abs((iv[0] - ref).days), abs((iv[1] - ref).days))


def nearest(candidates: list[Interval], ref: date, tense: str | None,
            grace: timedelta = timedelta(0)) -> Interval:
    """Of the readings of a date without a year (one per candidate year), the one closest to
    `ref` among those the tense allows: a past event starts by `ref` (+ grace), a future one
    ends on or after it (- grace). When the tense allows none, the closest of all."""
    if tense == "past":
        allowed = [c for c in candidates if c[0] <= ref + grace]
    elif tense == "future":
        allowed = [c for c in candidates if c[1] >= ref - grace]
    else:
        allowed = candidates
    pool = allowed or candidates
    late_first = tense == "future"
    return min(pool, key=lambda c: (_distance(c, ref), -c[0].toordinal() if late_first
                                    else c[0].toordinal()))
