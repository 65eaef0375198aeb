"""PLOVER events in other datasets' terms: ACLED event types, CAMEO root codes.

The tables are data (chronique/data/mappings.yaml); this module only applies them:

    acled_types(event)  -> ("Explosions/Remote violence", "Air/drone strike")
    cameo_root(event)   -> "19"

ACLED: remote violence is read from the ASSAULT mode (aerial, drone, heavy weapons,
explosives...); other attacks are "Violence against civilians" when the target is civilian
(sector CVL, or a toll of civilians) or the act is one ACLED always counts so (abduction,
sexual violence), and "Battles" otherwise; PROTEST is "Protests" or, for riots, "Riots";
everything else is a "Strategic development". CAMEO: the root of the PLOVER type, or of its
mode where CAMEO files that mode elsewhere (aerial weapons under 19 Fight).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

from chronique.lang import load_yaml
from chronique.records import Event


@lru_cache(maxsize=1)
def tables() -> dict[str, Any]:
    text = resources.files("chronique").joinpath("data/mappings.yaml").read_text("utf-8")
    return load_yaml(text)


def acled_types(e: Event) -> tuple[str, str]:
    """(event_type, sub_event_type) in ACLED's terms."""
    t = tables()["acled"]
    mode = e.mode or ""
    if e.type in t["by_mode"]:
        modes = t["by_mode"][e.type]
        pair = modes.get(mode) or modes["*"]
        return pair[0], pair[1]
    if e.type != "ASSAULT":
        return tuple(t["other"])  # type: ignore[return-value]
    if mode in t["assault_remote"]:
        return t["assault_remote_type"], t["assault_remote"][mode]
    if mode == "destroy":
        return tuple(t["assault_destroy"])  # type: ignore[return-value]
    civilian_acts = t["against_civilians"]
    sectors = {a.sector for a in e.target_actors if a.sector}
    civilians = "CVL" in sectors or bool(e.fatalities and e.fatalities.civilian)
    if mode in civilian_acts and mode != "*":
        return tuple(civilian_acts[mode])  # type: ignore[return-value]
    if civilians and not sectors & set(t["armed_sectors"]):
        return tuple(civilian_acts["*"])  # type: ignore[return-value]
    return tuple(t["battles"])  # type: ignore[return-value]


def cameo_root(e: Event) -> str:
    """The CAMEO root code (two digits) GDELT users filter on."""
    t = tables()["cameo"]
    by_mode = t["by_mode"].get(e.type, {})
    return by_mode.get(e.mode or "", t["root"][e.type])


def cameo_name(code: str) -> str:
    return tables()["cameo"]["names"][code]
