"""Vendor the web page's third-party files from npm into chronique/serve/static/vendor/.

    python scripts/vendor_assets.py            # fetch the pinned packages, write the files
    python scripts/vendor_assets.py --check    # exit 1 if the committed files differ

Each package is fetched with `npm pack` at the version pinned in PACKAGES and its tarball is
checked against the pinned sha512 integrity before anything is read from it; only the files
the page uses are copied, with their licences. The country outlines are world-atlas's
Natural Earth 1:50m TopoJSON turned into GeoJSON here (arcs decoded, coordinates rounded to
0.01 degree, ISO 3166 numeric ids turned into the alpha-3 codes chronique's events carry), so
that the page needs no TopoJSON library. The output is a pure function of the tarballs and
this script: sorted, fixed precision, no timestamps. npm is needed only to run this script;
the page, the server and the tests use the committed output.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import io
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
VENDOR = REPO / "chronique" / "serve" / "static" / "vendor"

# name -> (version, npm integrity, {file in the package: where it goes under vendor/})
PACKAGES: dict[str, tuple[str, str, dict[str, str]]] = {
    "leaflet": ("1.9.4", "sha512-nxS1ynzJOmOlHp+iL3FyWqK89GtNL8U8rvlMOsQdTTssxZwCXh8N2NB3GDQOL+"
                         "YR3XnWyZAxwQixURb+FA74PA==", {
        "dist/leaflet.js": "leaflet/leaflet.js",
        "dist/leaflet.css": "leaflet/leaflet.css",
        "dist/images/layers.png": "leaflet/images/layers.png",
        "dist/images/layers-2x.png": "leaflet/images/layers-2x.png",
        "dist/images/marker-icon.png": "leaflet/images/marker-icon.png",
        "dist/images/marker-icon-2x.png": "leaflet/images/marker-icon-2x.png",
        "dist/images/marker-shadow.png": "leaflet/images/marker-shadow.png",
        "LICENSE": "leaflet/LICENSE"}),
    "leaflet.markercluster": ("1.5.3", "sha512-vPTw/Bndq7eQHjLBVlWpnGeLa3t+3zGiuM7fJwCkiMFq+nm"
                                       "RuG3RI3f7f4N4TDX7T4NpbAXpR2+NTRSEGfCSeA==", {
        "dist/leaflet.markercluster.js": "markercluster/leaflet.markercluster.js",
        "dist/MarkerCluster.css": "markercluster/MarkerCluster.css",
        "dist/MarkerCluster.Default.css": "markercluster/MarkerCluster.Default.css",
        "MIT-LICENCE.txt": "markercluster/MIT-LICENCE.txt"}),
    "world-atlas": ("2.0.2", "sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgX"
                             "OpM8IkcPBoXnyTU5lFHcYa5ChG0LQ==", {
        "LICENSE": "world/LICENSE"}),
}
TOPOLOGY = ("world-atlas", "countries-50m.json")
GEOJSON = "world/countries.geojson"
DIGITS = 2
# Antarctica: nothing chronique codes happens there, and Mercator blows it up.
DROPPED = {"010"}
# Outlines without an ISO 3166 numeric id in Natural Earth, and the code events there carry.
NO_NUMERIC = {"Kosovo": "XKX", "Somaliland": "SOM", "N. Cyprus": "CYP",
              "Indian Ocean Ter.": "AUS", "Siachen Glacier": None}


def fetch(name: str, version: str, integrity: str, where: Path) -> bytes:
    """The package's tarball from npm, checked against its pinned integrity."""
    if shutil.which("npm") is None:
        raise SystemExit("vendor_assets: npm is needed to fetch the packages (apt-get install "
                         "npm); the page itself uses the committed files")
    subprocess.run(["npm", "pack", f"{name}@{version}", "--pack-destination", str(where),
                    "--ignore-scripts", "--silent"], check=True, stdout=subprocess.DEVNULL)
    tarballs = sorted(where.glob(f"{name}-{version}.tgz"))
    if len(tarballs) != 1:
        raise SystemExit(f"npm pack {name}@{version} left no tarball in {where}")
    data = tarballs[0].read_bytes()
    algo, _, expected = integrity.partition("-")
    got = base64.b64encode(hashlib.new(algo, data).digest()).decode()
    if got != expected:
        raise SystemExit(f"{name}@{version}: the tarball's {algo} is {got}, not the pinned "
                         f"{expected}")
    return data


def members(tarball: bytes) -> dict[str, bytes]:
    """The tarball's files by their path inside the package (without npm's `package/`)."""
    out: dict[str, bytes] = {}
    with tarfile.open(fileobj=io.BytesIO(tarball), mode="r:gz") as tar:
        for m in tar.getmembers():
            if m.isfile():
                path = m.name.split("/", 1)[1] if "/" in m.name else m.name
                out[path] = tar.extractfile(m).read()  # type: ignore[union-attr]
    return out


def decode_arcs(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """A quantized TopoJSON's arcs as absolute (lon, lat) points."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(arcs: list[list[tuple[float, float]]], indexes: list[int]) -> list[list[float]]:
    """One closed ring from its arcs (a negative index ~i is arc i backwards), rounded; shared
    end points appear once, and points that rounding made equal collapse."""
    out: list[list[float]] = []
    for i in indexes:
        points = arcs[i] if i >= 0 else arcs[~i][::-1]
        for lon, lat in points:
            p = [round(lon, DIGITS), round(lat, DIGITS)]
            if not out or p != out[-1]:
                out.append(p)
    out = unwrap(out)
    if out and out[0] != out[-1]:
        out.append(out[0])
    return out


def unwrap(points: list[list[float]]) -> list[list[float]]:
    """Longitudes made continuous along a ring: Natural Earth closes Russia's and Fiji's rings
    across the antimeridian (179.9 then -180), which a flat map draws as a line across the
    world; past the jump the ring goes on beyond 180 instead."""
    out: list[list[float]] = []
    offset = 0.0
    for i, (lon, lat) in enumerate(points):
        if i:
            step = lon - points[i - 1][0]
            offset += -360.0 if step > 180 else 360.0 if step < -180 else 0.0
        out.append([round(lon + offset, DIGITS), lat])
    return out


def polygon(arcs: list[list[tuple[float, float]]], rings: list[list[int]]) -> list[Any]:
    built = [ring(arcs, r) for r in rings]
    if len(built[0]) < 4:         # an islet that rounding reduced to a line
        return []
    return [r for r in built if len(r) >= 4]


def to_geojson(topology: dict[str, Any], object_name: str = "countries") -> dict[str, Any]:
    """The topology's countries as a GeoJSON FeatureCollection with `iso3` and `name`."""
    import pycountry

    arcs = decode_arcs(topology)
    features = []
    for g in topology["objects"][object_name]["geometries"]:
        if g.get("id") in DROPPED or g["type"] not in ("Polygon", "MultiPolygon"):
            continue
        name = g.get("properties", {}).get("name")
        if g.get("id") is not None:
            country = pycountry.countries.get(numeric=g["id"])
            iso3 = country.alpha_3 if country else None
        else:
            iso3 = NO_NUMERIC.get(name)
        parts = [g["arcs"]] if g["type"] == "Polygon" else g["arcs"]
        polygons = [p for p in (polygon(arcs, rings) for rings in parts) if p]
        if not polygons:
            continue
        features.append({"type": "Feature", "properties": {"iso3": iso3, "name": name},
                         "geometry": {"type": "MultiPolygon", "coordinates": polygons}})
    features.sort(key=lambda f: (f["properties"]["iso3"] or "~", f["properties"]["name"] or ""))
    return {"type": "FeatureCollection", "features": features}


def build(where: Path) -> dict[str, bytes]:
    """Every vendored file, path under vendor/ -> bytes, plus the manifest."""
    files: dict[str, bytes] = {}
    manifest: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, (version, integrity, wanted) in sorted(PACKAGES.items()):
            content = members(fetch(name, version, integrity, Path(tmp)))
            for src, dst in wanted.items():
                files[dst] = content[src]
            if name == TOPOLOGY[0]:
                topology = json.loads(content[TOPOLOGY[1]])
                geo = to_geojson(topology)
                files[GEOJSON] = (json.dumps(geo, separators=(",", ":"), ensure_ascii=False)
                                  + "\n").encode()
            manifest[name] = {"version": version, "integrity": integrity}
    manifest = {"packages": manifest,
                "files": {p: hashlib.sha256(b).hexdigest() for p, b in sorted(files.items())}}
    files["VENDORED.json"] = (json.dumps(manifest, indent=2) + "\n").encode()
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="compare with the committed files instead of writing them")
    args = parser.parse_args(argv)
    files = build(VENDOR)
    if args.check:
        stale = [p for p, b in files.items()
                 if not (VENDOR / p).is_file() or (VENDOR / p).read_bytes() != b]
        for p in stale:
            print(f"vendor_assets: {p} differs: run scripts/vendor_assets.py", file=sys.stderr)
        return 1 if stale else 0
    for path, data in files.items():
        target = VENDOR / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    size = sum(len(b) for b in files.values())
    print(f"vendor_assets: {len(files)} files, {size:,} bytes in {VENDOR.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
