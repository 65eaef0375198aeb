"""The event's own date, from the time words of its sentence, the publication date and the tense.

`find_time_expressions(sentence, lang)` finds the spans; `resolve_time(expr, published, lang,
tense=...)` turns one into an `EventDate`. Modules behind them: `timewords` (the grammar
compiled from lang/<code>/time.yaml), `timeexpr` (finding and parsing), `timekinds` (what
each kind of expression means), `timecal` (calendar arithmetic), `conflicts`.

The rules, in the order a reader applies them:

- **No expression.** A freshly reported event happened on the publication day or the day
  before: `[published - 1 day, published]`, precision `range`, `text` None. A future event
  whose date is not stated is not dated by its report: precision `unknown`, `start` =
  published (it comes after the report), `end` None. Unknown publication: `unknown`, no bounds.
- **Weekdays** are read against the tense of the event's verb. Future: the nearest such day
  on or after publication (in a Wednesday report, "jeudi" is tomorrow, "mercredi" today).
  Past, present or unknown tense: the nearest on or before (wire reports say "Friday" for
  today). "dernier / last" is strictly before, "prochain / next" strictly after; "ce jeudi /
  this Thursday" follows the tense, and with a present verb or none means the Thursday of the
  current (Monday-Sunday) week.
  Parts of day and clock times ("jeudi matin", "vendredi à 15 heures") keep precision `day`.
- **Relative days** ("hier", "tomorrow", "ce matin") count from publication; "overnight", "last
  night", "la nuit dernière" are `[published - 1, published]`. "Cette nuit" is the night just
  gone, or the coming one with a future verb. "Dans la nuit de mardi à mercredi" is the two
  days, the latest such pair ending by publication (the next one starting from it if future).
- **Dates without a year** take the year that puts them closest to publication among the
  readings the tense allows (past: not after publication; future: not before), with three
  days' grace for day-precise dates; a weekday given with the date ("le lundi 28 février")
  picks the year in which that date is that weekday. Months ("en mars"), parts of months
  ("fin mars": 21st to end; "début": 1st-10th; "mi": 11th-20th) and of years work alike.
- **Periods.** "Last week" is the previous Monday-Sunday, "next week" the following one,
  "last month / year" the previous calendar unit (precision month / year). "Le week-end
  dernier / last weekend" is the previous week's Saturday-Sunday; "ce week-end / this weekend"
  the one just gone with a past verb in a Monday-Friday report, else the current week's.
  "This week / month / year" runs from its start to publication (a future verb: from
  publication to its end); "earlier / later this month" likewise whatever the verb.
  Running periods end on publication: "en deux jours", "over the past three days" ->
  `[published - 2 or 3 days, published]` (with a future verb "en deux jours" is the two days
  after publication and "in two days" the day two days after); vague ones ("ces derniers
  jours", "in recent days") reach back a week (weeks: 4, months: 6, years: 5). "Il y a deux
  jours / two days ago" is a day.
- **Since.** "Depuis le 24 février", "since January", "so far this year" run from that start to
  publication. "Depuis le début de l'offensive / since the invasion began" start on
  `context.conflict_start` (see `conflicts.conflict_start_for`); unknown conflict ->
  precision `unknown`, start None, end published.
- **Unknown publication date**: only absolute expressions ("le 4 mars 2022", "en 2021") resolve;
  anything relative gives precision `unknown` with no bounds (a known start is kept).

An expression none of the language's templates can read is treated like no expression.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from chronique.records import EventDate, Span
from chronique.resolve.conflicts import conflict_start_for
from chronique.resolve.timeexpr import find_time_expressions, parse
from chronique.resolve.timekinds import ABSOLUTE, RESOLVERS, Read
from chronique.resolve.timewords import lexicon

__all__ = ["TimeContext", "find_time_expressions", "resolve_time", "conflict_start_for", "Span",
           "runs_to_now", "same_day_as_before"]

# Kinds of expression that count from a start up to publication ("since Monday", "so far").
RUNNING_KINDS = {"since", "since_conflict", "to_date"}

TENSES = ("past", "present", "future")


@dataclass(frozen=True)
class TimeContext:
    """What the article tells about itself beyond one sentence (set by the extraction engine)."""

    # ISO alpha-3 codes the article is about, most salient first.
    countries: tuple[str, ...] = ()
    # Start of the conflict the article is about, if known.
    conflict_start: date | None = None


def _default(published: date | None, tense: str | None) -> EventDate:
    if published is None:
        return EventDate(None, None, "unknown", None)
    if tense == "future":
        return EventDate(published, None, "unknown", None)
    return EventDate(published - timedelta(days=1), published, "range", None)


def same_day_as_before(expr: str | None, lang: str) -> bool:
    """Whether `expr` dates an event by the one told before it ("on the same day", "hours
    earlier", "le même jour"): only the report as a whole can resolve it."""
    if not expr:
        return False
    x = parse(expr, lang)
    return x is not None and x.kind == "same_day"


def runs_to_now(expr: str | None, lang: str) -> bool:
    """Whether `expr` counts from a start up to publication ("since the state of emergency
    took effect on Monday", "depuis lundi"), as a running total does; "en deux jours" is a
    span, not a count from a start."""
    x = parse(expr, lang) if expr and expr.strip() else None
    return x is not None and x.kind in RUNNING_KINDS


def resolve_time(expr: str | None, published: date | None, lang: str, *,
                 tense: str | None = None, context: TimeContext | None = None) -> EventDate:
    """`tense` is 'past' | 'present' | 'future' | None (from the event's verb).

    resolve_time("jeudi matin", date(2022, 3, 2), "fr", tense="future")
        -> EventDate(2022-03-03, 2022-03-03, "day", "jeudi matin")
    resolve_time(None, date(2022, 3, 2), "fr")
        -> EventDate(2022-03-01, 2022-03-02, "range", None)
    """
    if tense is not None and tense not in TENSES:
        raise ValueError(f"tense must be one of {', '.join(TENSES)} or None, not {tense!r}")
    if expr is None or not expr.strip():
        return _default(published, tense)
    x = parse(expr, lang)
    if x is None:
        return _default(published, tense)
    if published is None and x.kind not in ABSOLUTE:
        return EventDate(None, None, "unknown", expr)
    r = Read(x, lexicon(lang), published, tense, context or TimeContext(), expr)
    start, end, precision = RESOLVERS[x.kind](r)
    if start is None and end is None:
        # An impossible date ("le 31 février") reads as no date; without a publication date
        # nothing is known.
        return EventDate(None, None, "unknown", expr) if published is None \
            else _default(published, tense)
    if start is None or end is None:
        return EventDate(start, end, "unknown", expr)
    if precision is None:
        precision = "day" if start == end else "range"
    return EventDate(start, end, precision, expr)
