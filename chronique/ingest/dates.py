"""Publication dates as documents state them: ISO 8601, RFC 822 (RSS), or a written date.

The date is taken as the document states it, in its own time zone: "Fri, 08 Apr 2022 23:30 -0500"
is 8 April for the paper that printed it, even though it was already the 9th in Kyiv.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

# An ISO date at the start of a longer timestamp: "2022-04-08T10:00:00+02:00", "2022-04-08 10:00".
_ISO_PREFIX = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ]|$)")


def parse_date(value: object, languages: tuple[str, ...] = ()) -> date | None:
    """A calendar date from a metadata value, or None when it is not one.

    Accepts date/datetime objects, ISO strings, RFC 822 strings ("Fri, 08 Apr 2022 10:00:00 GMT")
    and, as a last resort, a full written date in one of `languages` ("8 avril 2022"), read by
    dateparser with strict parsing (day, month and year required: a lone "jeudi" is not a date).
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text:
        return None
    match = _ISO_PREFIX.match(text)
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    return _written_date(text, languages)


def _written_date(text: str, languages: tuple[str, ...]) -> date | None:
    if not languages or len(text) > 60 or not any(c.isdigit() for c in text):
        return None
    import dateparser  # slow to import; most documents never get here

    settings = {"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"],
                "RETURN_AS_TIMEZONE_AWARE": False}
    try:
        parsed = dateparser.parse(text, languages=list(languages), settings=settings)
    except (ValueError, OverflowError):
        return None
    return parsed.date() if parsed else None
