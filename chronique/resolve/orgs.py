"""Organisations that act: international organisations, non-state armed groups, news media.

The facts are language-neutral data under `chronique/data/` (igos.yaml, armed_groups.yaml,
media.yaml), checked when first loaded so that a bad code fails loudly with the file's name.
Their names in each language are in `lang/<code>/actors.yaml`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from chronique.errors import LanguageDataError
from chronique.lang import load_yaml
from chronique.resolve.demonyms import valid_alpha3

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def load_data(name: str) -> dict[str, Any]:
    """One YAML file of `chronique/data/`, as a mapping."""
    path = DATA_DIR / name
    try:
        with path.open(encoding="utf-8") as f:
            data = load_yaml(f)
    except (OSError, yaml.YAMLError) as exc:
        raise LanguageDataError(f"{path}: cannot be read: {exc}") from None
    if not isinstance(data, dict):
        raise LanguageDataError(f"{path}: expected a mapping at the top level")
    return data


@dataclass(frozen=True)
class Organisation:
    id: str
    name: str
    part_of: str | None
    members: tuple[str, ...] = ()
    joined: dict[str, date] = field(default_factory=dict)
    left: dict[str, date] = field(default_factory=dict)
    seat: str | None = None        # the city of its headquarters, as the gazetteer names it


@lru_cache(maxsize=None)
def organisations() -> dict[str, Organisation]:
    """Every international organisation by id (EU, EC, NATO, UNHCR...), validated."""
    raw = load_data("igos.yaml").get("organisations") or {}
    out: dict[str, Organisation] = {}
    for oid, spec in raw.items():
        spec = spec or {}
        members = tuple(spec.get("members") or ())
        joined = dict(spec.get("joined") or {})
        left = dict(spec.get("left") or {})
        for code in (*members, *joined, *left):
            if not valid_alpha3(code):
                raise LanguageDataError(f"data/igos.yaml: {oid}: '{code}' is not an alpha-3 code")
        out[oid] = Organisation(oid, spec.get("name", oid), spec.get("part_of"),
                                members, joined, left, spec.get("seat"))
    for org in out.values():
        if org.part_of and org.part_of not in out:
            raise LanguageDataError(
                f"data/igos.yaml: {org.id} is part of unknown organisation '{org.part_of}'")
    return out


def igo_code(oid: str) -> str | None:
    """The code an event carries for an organisation or organ: 'UNHCR' -> 'UN', 'EC' -> 'EU'."""
    orgs = organisations()
    seen: set[str] = set()
    while oid in orgs and orgs[oid].part_of and oid not in seen:
        seen.add(oid)
        oid = orgs[oid].part_of  # type: ignore[assignment]
    return oid if oid in orgs else None


def seat(code: str) -> str | None:
    """The city where an organisation sits: 'NATO' -> 'Brussels', 'AU' -> 'Addis Ababa'."""
    org = organisations().get(code)
    return org.seat if org is not None else None


def is_member(oid: str, alpha3: str, when: date | None = None) -> bool:
    """Whether a state belongs to an organisation, as of `when` when given."""
    org = organisations().get(oid)
    if org is None or alpha3 not in org.members:
        return False
    if when is not None:
        if alpha3 in org.joined and when < org.joined[alpha3]:
            return False
        if alpha3 in org.left and when >= org.left[alpha3]:
            return False
    elif alpha3 in org.left:
        return False
    return True


@dataclass(frozen=True)
class ArmedGroup:
    id: str
    country: str | None
    operates_in: tuple[str, ...]
    sector: str
    sector_from: tuple[tuple[date, str], ...]
    anywhere: bool = False   # strikes through cells of the country it attacks

    def sector_on(self, when: date | None) -> str:
        """The group's sector as of `when` (a group that took power becomes GOV)."""
        sector = self.sector
        for start, later in self.sector_from:
            if when is None or when >= start:
                sector = later
        return sector

    def country_for(self, salient: tuple[str, ...], here: str | None = None) -> str | None:
        """The country the group acts in: the event's, else the report's main country, when
        the group fights there."""
        if here is not None and (here in self.operates_in or self.anywhere):
            return here
        if salient and (salient[0] in self.operates_in or self.anywhere):
            return salient[0]   # (a network's cell: of the country the report is about)
        return self.country


@lru_cache(maxsize=None)
def armed_groups() -> dict[str, ArmedGroup]:
    """Every non-state armed group by id, validated."""
    raw = load_data("armed_groups.yaml").get("groups") or {}
    out: dict[str, ArmedGroup] = {}
    for gid, spec in raw.items():
        country = spec.get("country")
        operates = tuple(spec.get("operates_in") or ((country,) if country else ()))
        for code in (country, *operates):
            if code is not None and not valid_alpha3(code):
                raise LanguageDataError(
                    f"data/armed_groups.yaml: {gid}: '{code}' is not an alpha-3 code")
        changes = tuple(sorted((d, s) for d, s in (spec.get("sector_from") or {}).items()))
        out[gid] = ArmedGroup(gid, country, operates, spec.get("sector", "REB"), changes,
                              bool(spec.get("anywhere", False)))
    return out


@lru_cache(maxsize=None)
def media_outlets() -> dict[str, str]:
    """News organisation name -> alpha-3 of its country."""
    raw = load_data("media.yaml").get("media") or {}
    for name, code in raw.items():
        if not valid_alpha3(code):
            raise LanguageDataError(f"data/media.yaml: {name}: '{code}' is not an alpha-3 code")
    return dict(raw)


@lru_cache(maxsize=None)
def sovereigns() -> dict[str, str]:
    """Territory alpha-3 -> the alpha-3 of the state that governs it."""
    out: dict[str, str] = {}
    for state, territories in (load_data("territories.yaml").get("sovereigns") or {}).items():
        for code in (state, *territories):
            if not valid_alpha3(code):
                raise LanguageDataError(f"data/territories.yaml: '{code}' is not an alpha-3 code")
        out.update({t: state for t in territories})
    return out
