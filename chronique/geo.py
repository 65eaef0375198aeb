"""Great-circle distance, the one formula every stage uses (merging, completion, the store's
`--near` filter, evaluation)."""

from __future__ import annotations

import math

EARTH_RADIUS_KM = 6371.0


def km(lat1: float | None, lon1: float | None, lat2: float | None, lon2: float | None
       ) -> float | None:
    """Great-circle distance in km (None when a coordinate is missing)."""
    if lat1 is None or lon1 is None or lat2 is None or lon2 is None:
        return None
    la1, lo1, la2, lo2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = (math.sin((la2 - la1) / 2) ** 2
         + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2)
    return EARTH_RADIUS_KM * 2 * math.asin(min(1.0, math.sqrt(h)))
