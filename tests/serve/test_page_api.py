"""What the web page needs from the server, over a real socket and without a browser: the page
and its files (all local, under a strict Content-Security-Policy), the text search, sorting,
the timeline and map summaries; and checks on the page's own files (no markup built from
strings, country outlines that a map can draw, everything shipped as package data)."""

from __future__ import annotations

import importlib.util
import json
import re
import tomllib
from pathlib import Path

import pytest
from store_helpers import doc, event

from chronique.serve import create_app
from chronique.serve.page import STATIC
from chronique.store import Store

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def api(tmp_path, serve):
    s = Store(tmp_path / "events.db")
    s.add(doc("a"), [event("a", city="Odesa", day="2024-05-10", dead=7)])
    s.add(doc("b"), [event("b", dead=3)])
    s.add(doc("c"), [event("c", type_="PROTEST", mode="demo", city="Paris", source=None,
                           target="FRA", day="2024-05-20")])
    with serve(create_app(s)) as client:
        yield client
    s.close()


def test_the_page_and_every_file_it_loads_come_from_this_server(api):
    r = api.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert "'unsafe-inline'" not in csp and "connect-src 'self'" in csp
    refs = re.findall(r'(?:src|href)="([^"]+)"', r.text)
    assert refs and all(u.startswith(("/static/", "data:")) for u in refs), refs
    for url in [u for u in refs if u.startswith("/static/")]:
        asset = api.get(url)
        assert asset.status_code == 200, url
        assert asset.headers["x-content-type-options"] == "nosniff"
    modules = api.get("/static/js/main.js").text
    for name in re.findall(r'from "\./([\w.]+)"', modules):
        assert api.get(f"/static/js/{name}").status_code == 200, name


def test_search_sort_and_links(api):
    r = api.get("/events", params={"q": "kharkiv", "limit": 1})
    assert [e["id"] for e in r.json()["events"]] == ["evt_b_0"]
    page = api.get("/events", params={"sort": "-fatalities", "limit": 2}).json()
    assert [e["id"] for e in page["events"]] == ["evt_a_0", "evt_b_0"]
    assert "sort=-fatalities" in page["next"] and "offset=2" in page["next"]
    assert [e["id"] for e in api.get(page["next"]).json()["events"]] == ["evt_c_0"]
    assert [e["id"] for e in api.get("/events", params={"doc": "c"}).json()["events"]] == \
        ["evt_c_0"]


def test_a_wrong_sort_or_search_is_an_error_in_the_one_shape(api):
    r = api.get("/events", params={"sort": "deaths"})
    assert r.status_code == 400 and r.json()["error"]["code"] == "invalid_filter"
    assert "sort: unknown value 'deaths'" in r.json()["error"]["message"]
    r = api.get("/timeline", params={"type": "BOMBING"})
    assert r.status_code == 400 and "type: unknown value" in r.json()["error"]["message"]


def test_timeline_and_points_take_the_same_filters(api):
    t = api.get("/timeline", params={"country": "UKR"}).json()
    assert [(d["date"], d["counts"]) for d in t["days"]] == [("2024-05-10", {"ASSAULT": 1}),
                                                             ("2024-05-21", {"ASSAULT": 1})]
    p = api.get("/points", params={"type": "ASSAULT", "since": "2024-05-15"}).json()
    rows = [dict(zip(p["fields"], r)) for r in p["rows"]]
    assert [(r["id"], r["place"], r["fatalities"]) for r in rows] == [("evt_b_0", "Kharkiv", 3)]
    assert api.get("/points", params={"limit": 0}).status_code == 422
    assert {"/timeline", "/points"} <= set(api.get("/openapi.json").json()["paths"])


@pytest.mark.parametrize("argv, db", [
    (["serve", "events.db"], "events.db"),                     # like `datasette data.db`
    (["serve", "--db", "events.db"], "events.db"),
    (["serve", "events.db", "--db", "events.db"], "events.db"),
    (["serve"], None),                                         # $CHRONIQUE_DB or chronique.db
])
def test_serve_takes_the_database_as_an_argument_or_an_option(argv, db, monkeypatch):
    import io

    import chronique.serve
    from chronique.cli import main
    seen = {}
    monkeypatch.setattr(chronique.serve, "run", lambda **kw: seen.update(kw) or 0)
    assert main(argv, io.StringIO(), io.StringIO()) == 0
    assert (seen["db"], seen["host"], seen["port"]) == (db, "127.0.0.1", 8000)


def test_serve_refuses_two_different_databases():
    import io

    from chronique.cli import main
    err = io.StringIO()
    assert main(["serve", "a.db", "--db", "b.db"], io.StringIO(), err) == 1
    assert "two databases given (a.db and --db b.db)" in err.getvalue()


# --- the page's own files ----------------------------------------------------------------------

MARKUP_SINKS = re.compile(r"\binnerHTML\b|\bouterHTML\b|insertAdjacentHTML|document\.write|"
                          r"\beval\(|new Function\(")


@pytest.mark.parametrize("path", sorted((STATIC / "js").glob("*.js")), ids=lambda p: p.name)
def test_no_module_of_the_page_parses_strings_as_markup(path):
    """Article text and everything else reach the page as text nodes only."""
    assert not MARKUP_SINKS.search(path.read_text(encoding="utf-8"))


def test_every_file_of_the_page_is_package_data():
    conf = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    globs = conf["tool"]["setuptools"]["package-data"]["chronique"]
    package = REPO / "chronique"
    shipped = {p for g in globs for p in package.glob(g) if p.is_file()}
    missing = [str(p.relative_to(package)) for p in STATIC.rglob("*")
               if p.is_file() and p not in shipped]
    assert not missing


@pytest.fixture(scope="module")
def vendor():
    spec = importlib.util.spec_from_file_location("vendor_assets",
                                                  REPO / "scripts" / "vendor_assets.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_topojson_is_decoded_into_closed_rings(vendor):
    # Two squares sharing an edge (arc 1), quantized with a scale of 1 and delta-encoded.
    topology = {"type": "Topology", "transform": {"scale": [1, 1], "translate": [10, 20]},
                "arcs": [[[1, 0], [-1, 0], [0, 1], [1, 0]], [[1, 1], [0, -1]],
                         [[1, 1], [1, 0], [0, -1], [-1, 0]]],
                "objects": {"countries": {"type": "GeometryCollection", "geometries": [
                    {"type": "Polygon", "id": "804", "arcs": [[0, 1]],
                     "properties": {"name": "Ukraine"}},
                    {"type": "Polygon", "arcs": [[2, ~1]], "properties": {"name": "Kosovo"}},
                ]}}}
    geo = vendor.to_geojson(topology)
    by_code = {f["properties"]["iso3"]: f["geometry"]["coordinates"] for f in geo["features"]}
    assert by_code["UKR"] == [[[[11, 20], [10, 20], [10, 21], [11, 21], [11, 20]]]]
    assert by_code["XKX"] == [[[[11, 21], [12, 21], [12, 20], [11, 20], [11, 21]]]]


def test_rings_across_the_antimeridian_stay_continuous(vendor):
    ring = [[179.5, 65.0], [180.0, 66.0], [-179.0, 66.0], [-179.0, 65.0], [179.5, 65.0]]
    assert vendor.unwrap(ring) == [[179.5, 65.0], [180.0, 66.0], [181.0, 66.0], [181.0, 65.0],
                                   [179.5, 65.0]]


def _inside(lon: float, lat: float, ring: list[list[float]]) -> bool:
    hit = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
            hit = not hit
    return hit


def test_the_shipped_country_outlines_can_be_drawn_and_filtered_on():
    geo = json.loads((STATIC / "vendor" / "world" / "countries.geojson").read_text("utf-8"))
    features = geo["features"]
    assert geo["type"] == "FeatureCollection" and len(features) > 200
    codes = {f["properties"]["iso3"] for f in features}
    assert {"UKR", "RUS", "FRA", "SDN", "XKX", "USA"} <= codes
    for f in features:
        for polygon in f["geometry"]["coordinates"]:
            for ring in polygon:
                assert len(ring) >= 4 and ring[0] == ring[-1]
                assert all(abs(a[0] - b[0]) <= 180 for a, b in zip(ring, ring[1:]))

    def country_at(lon: float, lat: float) -> set[str]:
        return {f["properties"]["iso3"] for f in features
                if any(_inside(lon, lat, poly[0]) for poly in f["geometry"]["coordinates"])}
    assert country_at(30.52, 50.45) == {"UKR"}      # Kyiv
    assert country_at(32.56, 15.50) == {"SDN"}      # Khartoum
    assert country_at(2.35, 48.86) == {"FRA"}       # Paris
