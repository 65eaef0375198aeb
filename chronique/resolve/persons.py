"""The knowledge base of persons: who held which office, where, and when.

Facts live in `chronique/data/persons.yaml` (names in French and English spellings, roles with
start and end dates). This module loads and checks them, and answers two questions for the
actor resolver: which person a name is, and who held an office in a country or organisation
on a given day (so "le président américain" is Biden in March 2022 and Trump in March 2025).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from chronique.errors import LanguageDataError
from chronique.resolve.demonyms import valid_alpha3
from chronique.resolve.orgs import armed_groups, igo_code, load_data, organisations

WHERE = "data/persons.yaml"

# Office ids whose holder is the head of state unless a role says otherwise.
_HEAD_OF_STATE_OFFICES = frozenset({"president", "monarch", "supreme_leader", "pope"})


@dataclass(frozen=True)
class Role:
    office: str
    code: str              # alpha-3, an organisation id (EC, NATO) or an armed-group id
    start: date | None     # None: before the period the data covers
    end: date | None       # None: still in office
    sector: str | None
    title: str
    head_of_state: bool

    def active(self, when: date | None) -> bool:
        """Whether the role is held on `when`; with no date, whether it is held now."""
        if when is None:
            return self.end is None
        return (self.start is None or self.start <= when) and (self.end is None or when < self.end)

    @property
    def kind(self) -> str:
        """'state', 'igo' or 'group': what `code` names."""
        if self.code in armed_groups():
            return "group"
        if self.code in organisations():
            return "igo"
        return "state"


@dataclass(frozen=True)
class Person:
    name: str                 # display name, the first of `names`
    names: tuple[str, ...]
    country: str              # nationality
    roles: tuple[Role, ...]

    def role_on(self, when: date | None) -> Role | None:
        """The role held on `when`; of several, the one taken up last."""
        held = [r for r in self.roles if r.active(when)]
        if not held:
            return None
        return max(held, key=lambda r: r.start or date.min)

    def last_role(self) -> Role | None:
        """The most recent role, to say who a person out of office was."""
        if not self.roles:
            return None
        return max(self.roles, key=lambda r: (r.end or date.max, r.start or date.min))


@dataclass(frozen=True)
class KnowledgeBase:
    persons: tuple[Person, ...]
    leader_office: dict[str, str]
    head_offices: frozenset[str]
    single_holder: frozenset[str]

    def holders(self, code: str, offices: tuple[str, ...], when: date | None,
                head_of_state: bool = False) -> list[tuple[Person, Role]]:
        """Who held one of `offices` for `code` on `when`, in the order `offices` is given.

        `code` may be an organ ("EC") or the organisation events use ("EU"): roles of its organs
        answer for an organisation only when none of the offices is recorded for it directly.
        """
        found: list[tuple[Person, Role]] = []
        for exact in (True, False):
            for office in offices:
                for person in self.persons:
                    for role in person.roles:
                        if role.office != office or not role.active(when):
                            continue
                        if head_of_state and not role.head_of_state:
                            continue
                        same = role.code == code if exact else (
                            role.code != code and igo_code(role.code) == code)
                        if same:
                            found.append((person, role))
            if found:
                return found
        return found


def _date(value: Any, what: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise LanguageDataError(f"{WHERE}: {what}: '{value}' is not an ISO date") from None


def _valid_code(code: str) -> bool:
    return valid_alpha3(code) or code in organisations() or code in armed_groups()


def _title(office: str, code: str, labels: dict, titles: dict, places: dict) -> str:
    template = places.get("_format", "{label} ({place})")
    if office in (titles.get(code) or {}):
        return titles[code][office]  # a title of its own ("United States Secretary of State")
    label = labels.get(office, office)
    orgs = organisations()
    if code in places:
        place = places[code]
    elif code in orgs:
        place = orgs[code].name
    else:
        from chronique.resolve.countries import country_name
        place = country_name(code, "en") or code
    return template.format(label=label, place=place)


def _role(raw: dict, who: str, labels: dict, titles: dict, places: dict) -> Role:
    what = f"{who}, role {raw}"
    office, code = raw.get("office"), raw.get("code")
    if office not in labels:
        raise LanguageDataError(f"{WHERE}: {what}: unknown office '{office}'")
    if not isinstance(code, str) or not _valid_code(code):
        raise LanguageDataError(f"{WHERE}: {what}: unknown code '{code}'")
    start, end = _date(raw.get("start"), what), _date(raw.get("end"), what)
    if start and end and start > end:
        raise LanguageDataError(f"{WHERE}: {what}: starts after it ends")
    default_sector = "IGO" if code in organisations() else (
        "REB" if code in armed_groups() else "GOV")
    return Role(office, code, start, end, raw.get("sector", default_sector),
                raw.get("title") or _title(office, code, labels, titles, places),
                bool(raw.get("head_of_state", office in _HEAD_OF_STATE_OFFICES)))


@lru_cache(maxsize=None)
def knowledge_base() -> KnowledgeBase:
    """The persons of data/persons.yaml, validated (bad codes, offices or dates fail loudly)."""
    data = load_data("persons.yaml")
    labels = data.get("office_labels") or {}
    titles = data.get("office_titles") or {}
    places = data.get("place_names") or {}
    persons: list[Person] = []
    for raw in data.get("persons") or []:
        names = tuple(raw.get("names") or ())
        if not names:
            raise LanguageDataError(f"{WHERE}: a person has no names: {raw}")
        country = raw.get("country")
        if not isinstance(country, str) or not valid_alpha3(country):
            raise LanguageDataError(f"{WHERE}: {names[0]}: bad nationality '{country}'")
        roles = tuple(_role(r, names[0], labels, titles, places) for r in raw.get("roles") or ())
        persons.append(Person(names[0], names, country, roles))
    return KnowledgeBase(tuple(persons), dict(data.get("leader_office") or {}),
                         frozenset(data.get("head_offices") or ()),
                         frozenset(data.get("single_holder") or ()))


def role_label(person: Person, role: Role) -> str:
    """'President of the United States (Joe Biden)': what Actor.role carries."""
    return f"{role.title} ({person.name})"
