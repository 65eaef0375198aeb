"""The one schema every language folder follows.

For each data file (by stem): its required top-level keys and the type of each value. Values are
`dict`, `list` or `str`; `check` verifies the top level and that mapping keys are strings, which
catches the common mistakes (a list where a mapping was meant, a misspelt section) with a message
naming the file. Optional keys may be added to a file; required ones may not be missing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from chronique.errors import LanguageDataError

SCHEMA: dict[str, dict[str, type]] = {
    # Event triggers by PLOVER type; owned by extract/.
    "triggers": {"verbs": dict, "nouns": dict, "phrases": dict, "modes": dict,
                 "support_verbs": list, "aspect_verbs": list, "roles": dict,
                 "quantifier_nouns": list, "protester_nouns": list, "accident_nouns": list,
                 "figure_nouns": list},
    # Speech and attribution; owned by extract/attribution.
    "reporting": {"verbs": list, "according_to": list, "statement_nouns": list},
    # Status markers: negation, denial, modality, hedges, future; owned by extract/status.
    "status": {"negation": list, "denial_verbs": list, "hedges": list, "modal_verbs": list,
               "modal_adjectives": list, "planned_markers": list, "future_auxiliaries": list},
    # Weekdays, months, relative days, parts of day, period words; owned by resolve/time.
    "time": {"weekdays": dict, "months": dict, "numbers": dict, "units": dict,
             "relative_days": dict, "directions": dict, "period_parts": dict,
             "conflict_words": dict, "macros": dict, "templates": dict,
             "offset_markers": dict, "offset_units": dict, "offset_nouns": dict},
    # Number words and approximations, toll nouns; owned by resolve/quantities.
    "quantities": {"numbers": dict, "approximations": dict, "modifiers": dict, "tolls": dict,
                   "persons": list},
    # Sector nouns, titles, seats of government, demonyms; owned by resolve/actors.
    "actors": {"sectors": dict},
    # Country demonyms and their inflection; owned by resolve/demonyms.
    "demonyms": {"countries": dict},
    # Scraping debris and metadata words; owned by ingest/.
    "ingest": {"debris": list, "debris_prefixes": list, "header_keys": dict},
    # Place descriptions ("la capitale ukrainienne"), locative prepositions; owned by resolve/places.
    "places": {"prepositions": list, "articles": list, "not_places": list, "first_names": list,
               "transliteration": dict, "place_nouns": dict, "directions": dict,
               "descriptions": dict},
}


def check(path: Path, data: Any, required: dict[str, type]) -> None:
    if not isinstance(data, dict):
        raise LanguageDataError(f"{path}: expected a mapping at the top level")
    for key, kind in required.items():
        if key not in data:
            raise LanguageDataError(f"{path}: missing required section '{key}'")
        if not isinstance(data[key], kind):
            raise LanguageDataError(
                f"{path}: section '{key}' should be a {kind.__name__}, "
                f"not a {type(data[key]).__name__}")
        if isinstance(data[key], dict) and not all(isinstance(k, str) for k in data[key]):
            raise LanguageDataError(f"{path}: section '{key}' has a key that is not a string")
