"""Each export opens in its consumer: pandas reads the CSV and the Parquet file, the GeoJSON
passes an RFC 7946 check, JSON Lines reads back as events."""

from __future__ import annotations

import io
import json
import math

import pandas as pd
import pytest
from store_helpers import doc, event

from chronique.exports import COLUMNS
from chronique.records import event_from_dict
from chronique.store import EventFilter, Store


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "events.db")
    s.add(doc("fr", lang="fr", source="Le Quotidien", url="https://q.example/fr"),
          [event("fr", dead=12)])
    s.add(doc("en", source="EastWire"), [event("en", dead=12, start=40)])
    s.add(doc("b"), [event("b", city="Khartoum", source="SDN", target="SDN",
                           target_sector="CVL", mode="firearms", dead=5, day="2024-04-01"),
                     event("b", type_="ASSAULT", mode=None, city=None, target=None,
                           day="2022-02-24", end="2024-05-22", dead=2000, cumulative=True,
                           start=100)])
    s.add(doc("c"), [event("c", type_="PROTEST", mode="riot", city="Paris", source=None,
                           target="FRA", day="2024-05-20")])
    yield s
    s.close()


def test_csv_opens_in_pandas_with_acled_columns(store):
    out = io.StringIO()
    assert store.export("csv", out) == 4
    df = pd.read_csv(io.StringIO(out.getvalue()), dtype={"cameo_root": str})
    assert list(df.columns) == list(COLUMNS)
    rows = {r.event_id: r for r in df.itertuples()}
    kharkiv = rows["evt_fr_0"]
    assert (kharkiv.event_type, kharkiv.sub_event_type) == ("Explosions/Remote violence",
                                                           "Air/drone strike")
    assert (kharkiv.country, kharkiv.iso3, kharkiv.location) == ("Ukraine", "UKR", "Kharkiv")
    assert kharkiv.source == "Le Quotidien; EastWire" and kharkiv.n_sources == 2
    assert kharkiv.source_urls == "https://q.example/fr"
    assert (kharkiv.cameo_root, kharkiv.time_precision, kharkiv.geo_precision) == ("19", 1, 1)
    assert str(df["event_date"].dtype) == "object" and kharkiv.event_date == "2024-05-21"
    assert rows["evt_b_0"].event_type == "Violence against civilians"
    assert rows["evt_c_0"].event_type == "Riots"
    # A running total is visible, but adds nothing to the fatalities column.
    total = rows["evt_b_100"]
    assert (total.fatalities, total.fatalities_reported) == (0, 2000)
    assert math.isnan(total.latitude) and total.time_precision == 3
    assert df["fatalities"].sum() == 12 + 5


def test_parquet_opens_in_pandas_with_types(store, tmp_path):
    path = tmp_path / "events.parquet"
    assert store.export("parquet", str(path)) == 4
    df = pd.read_parquet(path)
    assert list(df.columns) == list(COLUMNS) and len(df) == 4
    assert str(df["fatalities"].dtype) == "int64"
    assert str(df["latitude"].dtype) == "float64"
    first = df.sort_values("event_date").iloc[0]
    assert str(first["event_date"]) == "2022-02-24" and math.isnan(first["latitude"])


def test_parquet_export_of_a_filter(store, tmp_path):
    path = tmp_path / "protests.parquet"
    assert store.export("parquet", str(path), EventFilter.parse(type="PROTEST")) == 1
    assert pd.read_parquet(path)["plover_type"].tolist() == ["PROTEST"]


def validate_geojson(doc: dict) -> list[str]:
    """The RFC 7946 rules a map library relies on, for a FeatureCollection of points."""
    problems = []
    if doc.get("type") != "FeatureCollection" or not isinstance(doc.get("features"), list):
        return ["not a FeatureCollection with a list of features"]
    for i, f in enumerate(doc["features"]):
        where = f"feature {i}"
        if f.get("type") != "Feature":
            problems.append(f"{where}: type is not Feature")
        g = f.get("geometry")
        if not isinstance(g, dict) or g.get("type") != "Point":
            problems.append(f"{where}: geometry is not a Point")
            continue
        c = g.get("coordinates")
        numbers = isinstance(c, list) and all(isinstance(x, (int, float)) for x in c)
        if not (numbers and len(c) == 2):
            problems.append(f"{where}: coordinates are not [lon, lat]")
        elif not (-180 <= c[0] <= 180 and -90 <= c[1] <= 90):
            problems.append(f"{where}: coordinates out of range")
        if not isinstance(f.get("properties"), dict):
            problems.append(f"{where}: properties is not an object")
        if "id" in f and not isinstance(f["id"], (str, int)):
            problems.append(f"{where}: id is neither a string nor a number")
    return problems


def test_geojson_is_valid_and_holds_the_located_events(store):
    out = io.StringIO()
    n = store.export("geojson", out)
    data = json.loads(out.getvalue())
    assert validate_geojson(data) == []
    assert n == 3 == len(data["features"])   # the running total has no place
    khartoum = next(f for f in data["features"] if f["id"] == "evt_b_0")
    assert khartoum["geometry"]["coordinates"] == [32.56, 15.5]   # lon first
    assert khartoum["properties"]["plover_type"] == "ASSAULT"


def test_the_geojson_check_catches_swapped_coordinates():
    bad = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [15.5, 132.56]},
         "properties": {}}]}
    assert validate_geojson(bad) == ["feature 0: coordinates out of range"]


def test_jsonl_reads_back_as_the_stored_events(store):
    out = io.StringIO()
    assert store.export("jsonl", out) == 4
    lines = [json.loads(x) for x in out.getvalue().splitlines()]
    assert all("revision" in d for d in lines)
    back = {d["id"]: event_from_dict(d) for d in lines}
    assert back["evt_fr_0"].sources == ["fr", "en"]
    assert back["evt_fr_0"] == store.event("evt_fr_0").event


def test_an_unknown_format_is_refused(store):
    with pytest.raises(ValueError, match="unknown export format 'xlsx'"):
        store.export("xlsx", io.StringIO())
