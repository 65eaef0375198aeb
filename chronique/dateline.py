"""The dateline that opens a wire report: "KYIV, March 2 (Reuters) -", "NIAMEY/ABUJA —",
"DNIPRO (Ukraine), 16 janvier 2023 (AFP) -", "Banjul (AFP) -".

It says where the report was filed and when, not where or when its events happened: resolution
reads it as the report's place of last resort (resolve/report.py), and extraction never takes
its place or its date for an event's (extract/).
"""

from __future__ import annotations

import re

# One or more places in capitals, maybe the country in brackets, a date and an agency, then a
# dash; a city in title case counts only before an agency's name in brackets.
DATELINE = re.compile(r"^\s*([A-ZÀ-Ý][A-ZÀ-Ý'’. \-]{1,40}(?:/[A-ZÀ-Ý][A-ZÀ-Ý'’. \-]{1,40})*)"
                      r"(?:\s*\([^)\n]{1,30}\))?"
                      r"(?:,[^\n—–]{0,40}?)?\s*(?:\([^)\n]{1,30}\))?\s*[—–-]{1,2}\s"
                      r"|^\s*([A-ZÀ-Ý][\w'’\-]+(?: [A-ZÀ-Ý][\w'’\-]+)?)\s*\([^)\n]{1,30}\)"
                      r"\s*[—–-]{1,2}\s", re.M)

# How far into the text a dateline may open a line: after the headline, a byline, a date.
DATELINE_REACH = 400


def dateline_length(text: str) -> int:
    """The length of the dateline `text` opens with, 0 when it opens with none."""
    m = DATELINE.match(text)
    return m.end() if m else 0
