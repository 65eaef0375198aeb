"""PLOVER -> ACLED event types and CAMEO root codes (mappings.py, data/mappings.yaml)."""

from __future__ import annotations

import pytest

from chronique.mappings import acled_types, cameo_name, cameo_root, tables
from chronique.records import PLOVER_TYPES, Actor, Event, EventDate, Toll


def ev(type_: str, mode: str | None = None, target_sector: str | None = None,
       civilian: bool | None = None) -> Event:
    return Event(id="e", type=type_, mode=mode, status="occurred",
                 date=EventDate(None, None, "unknown"),
                 target_actors=[Actor("x", "UKR", "UKR", target_sector)] if target_sector else [],
                 fatalities=Toll(3, civilian=civilian) if civilian is not None else None)


@pytest.mark.parametrize("event, expected", [
    (ev("ASSAULT", "aerial"), ("Explosions/Remote violence", "Air/drone strike")),
    (ev("ASSAULT", "drone", "CVL"), ("Explosions/Remote violence", "Air/drone strike")),
    (ev("ASSAULT", "heavy-weapons"), ("Explosions/Remote violence",
                                      "Shelling/artillery/missile attack")),
    (ev("ASSAULT", "explosives"), ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    (ev("ASSAULT", "suicide-attack"), ("Explosions/Remote violence", "Suicide bomb")),
    (ev("ASSAULT", "firearms", "CVL"), ("Violence against civilians", "Attack")),
    (ev("ASSAULT", None, civilian=True), ("Violence against civilians", "Attack")),
    (ev("ASSAULT", "firearms", "MIL"), ("Battles", "Armed clash")),
    (ev("ASSAULT", None, "REB"), ("Battles", "Armed clash")),
    (ev("ASSAULT", "abduct", "MIL"), ("Violence against civilians",
                                      "Abduction/forced disappearance")),
    (ev("ASSAULT", "destroy"), ("Strategic developments", "Looting/property destruction")),
    (ev("PROTEST", "demo"), ("Protests", "Peaceful protest")),
    (ev("PROTEST", None), ("Protests", "Peaceful protest")),
    (ev("PROTEST", "riot"), ("Riots", "Violent demonstration")),
    (ev("COERCE", "arrest"), ("Strategic developments", "Arrests")),
    (ev("AGREE"), ("Strategic developments", "Agreement")),
    (ev("MOBILIZE", "troops"), ("Strategic developments", "Other")),
    (ev("SANCTION"), ("Strategic developments", "Other")),
])
def test_acled_types(event, expected):
    assert acled_types(event) == expected


@pytest.mark.parametrize("type_, mode, root", [
    ("AGREE", None, "03"), ("CONSULT", "phone", "04"), ("SUPPORT", None, "05"),
    ("COOPERATE", None, "06"), ("AID", None, "07"), ("CONCEDE", None, "08"),
    ("RETREAT", "release", "08"), ("REQUEST", "assist", "10"), ("ACCUSE", "disapprove", "11"),
    ("ACCUSE", "investigate", "09"), ("REJECT", None, "12"), ("THREATEN", None, "13"),
    ("PROTEST", "riot", "14"), ("MOBILIZE", None, "15"), ("SANCTION", None, "16"),
    ("COERCE", "arrest", "17"), ("ASSAULT", "abduct", "18"), ("ASSAULT", "aerial", "19"),
    ("ASSAULT", "unconventional", "20"), ("ASSAULT", None, "18"),
])
def test_cameo_roots(type_, mode, root):
    assert cameo_root(ev(type_, mode)) == root


def test_every_plover_type_maps():
    assert set(tables()["cameo"]["root"]) == set(PLOVER_TYPES)
    for t in PLOVER_TYPES:
        assert cameo_name(cameo_root(ev(t)))
        assert all(acled_types(ev(t)))
