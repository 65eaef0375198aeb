"""Language data compiled into lookup tables for the extraction engine.

Everything here is built from `chronique/lang/<code>/{triggers,reporting,status,places}.yaml`;
nothing is language-specific in the code. Keys are folded (`textnorm.fold`), so the tables
match "Kharkiv" and "kharkiv", "pourparlers" and the lemma "pourparler" alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from chronique import lang as langdata
from chronique.errors import LanguageDataError
from chronique.records import PLOVER_TYPES
from chronique.textnorm import fold


@dataclass(frozen=True)
class TriggerRule:
    """One reading of a trigger word, with the conditions under which it holds."""

    type: str
    mode: str | None = None
    voice: str | None = None                  # "passive" / "active": only in that voice
    preps: frozenset[str] = frozenset()       # needs a dependent introduced by one of these
    objects: frozenset[str] = frozenset()     # needs a direct object with one of these lemmas
    governors: frozenset[str] = frozenset()   # (nouns) needs one of these verbs above it
    particle: frozenset[str] = frozenset()    # (phrasal verbs) needs this particle
    not_with: frozenset[str] = frozenset()    # not when modified by one of these words
    subjects: frozenset[str] = frozenset()    # only with a subject whose lemma is one of these
    complements: frozenset[str] = frozenset()  # only with one of these words among its
                                               # complements ("called the killings a genocide")
    reflexive: bool = False                   # only with a reflexive pronoun ("se rendre")
    infinitive: bool = False                  # only with an infinitive complement
    actor_object: bool = False                # only with an object that is an actor or a place
    recipient: bool = False                   # the subject receives: "recevoir", "host", "accepter
                                              # l'aide de X" -- sides are swapped
    dated: bool = False                       # (a war, a conflict) only with a time of its own
                                              # or a verb that carries it: "the war in
                                              # Ukraine" names no new event
    promised: bool = False                    # only said of the future: "would retaliate",
                                              # "ripostera" -- the saying is the event (a threat)
    demand: bool = False                      # a modal of obligation said of another: "Moscow
                                              # should apologise, he said" -- the speaker asks
    halts: bool = False                       # a party stops its own attacks: "would stop
                                              # bombing the Houthis" -- a concession
    specific: bool = False                    # (campaign nouns: "l'invasion") only with a place
                                              # or a time of its own, or a verb that carries it


@dataclass
class Lexicon:
    code: str
    verbs: dict[str, list[TriggerRule]]
    nouns: dict[str, list[TriggerRule]]
    phrases: dict[str, list[tuple[tuple[str, ...], TriggerRule]]]  # by first word
    modes: dict[str, str]
    support_verbs: frozenset[str]
    quantifier_nouns: frozenset[str]
    protester_nouns: frozenset[str]
    slogan_openers: tuple[tuple[str, ...], ...]   # "death to", "mort à": whom a protest is against
    protest_adjuncts: frozenset[str]   # "stormed the building in protest": a riot
    protest_manner_preps: frozenset[str]   # "in protest at": a manner, not a protest
    accident_nouns: frozenset[str]
    figure_nouns: frozenset[str]          # "the toll rose to 52 on Saturday"
    frame_nouns: frozenset[str]           # "au terme d'un sommet": a setting, not content
    # "a day after a gunman killed 49": marker -> sign, unit -> days, noun -> days, number words
    offset_markers: dict[str, int]
    offset_units: dict[str, int]
    offset_nouns: dict[str, int]
    numbers: dict[str, int]
    since_markers: frozenset[str]         # "since July 7, 2005, when bombers killed 52"
    when_words: frozenset[str]            # "..., when bombers killed 52"
    aspect_verbs: frozenset[str]
    undergoing_verbs: frozenset[str]   # support verbs whose subject is the target
    projectile_verbs: frozenset[str]   # whose object is what is thrown, not who is hit
    opposing_verbs: frozenset[str]     # "des combats ont opposé X à Y": X and Y fight
    opposing_preps: frozenset[str]
    calling_verbs: frozenset[str]      # "called for a strike": the protest called for is it
    acceptance_verbs: frozenset[str]   # "accepted the resignation": the act accepted is it
    commitment_verbs: frozenset[str]   # "s'engager à", "commit to": the act promised is the event
    behalf_nouns: frozenset[str]       # "à la demande de X": X asked, it is no place
    mission_nouns: frozenset[str]      # "Iran's embassy": the state owns it, it stands abroad
    seat_words: frozenset[str]         # "Geneva-based", "basée à Oslo": where a body sits
    topic_participles: frozenset[str]  # "une réunion consacrée au Tigré": what it is about
    victim_set_preps: frozenset[str]   # "were among those killed": the subject was killed
    aiming_verbs: frozenset[str]       # "sanctions targeting 20 officials": whom, no act
    demand_modals: frozenset[str]      # "X must withdraw, Y said": Y demands it of X
    halting_verbs: frozenset[str]      # "would stop bombing the Houthis": a concession
    facility_nouns: frozenset[str]     # "Manila's main airport": a site of the place
    gathering_nouns: frozenset[str]    # "the Munich Security Conference": held in Munich
    anaphoric_place_nouns: frozenset[str]   # "the city": the city last named
    anaphoric_place_dets: frozenset[str]
    announcing_verbs: frozenset[str]   # "announced sanctions": who announces imposes
    participle_endings: dict[str, tuple[str, ...]]   # infinitive ending -> participle endings
    conditional_endings: dict[str, tuple[str, ...]]  # infinitive ending -> conditional endings
    setting_verbs: frozenset[str]      # "Speaking in New York, X accused": where it was said
    warning_verbs: frozenset[str]      # a warning is a threat only of the warner's own act
    threat_words: frozenset[str]       # what makes it one: measures, force, consequences
    open_threats: frozenset[str]       # "n'exclut pas une offensive": a threat left open
    warning_preps: frozenset[str]      # "warned of", "mis en garde contre": what it is about
    roles: dict[str, dict[str, frozenset[str]]]   # type -> role -> prepositions
    reporting_verbs: frozenset[str]
    according_to: tuple[tuple[str, ...], ...]
    statement_nouns: frozenset[str]
    first_person: frozenset[str]
    possessives: frozenset[str]
    negation: frozenset[str]
    denial_verbs: frozenset[str]
    hedges: tuple[tuple[str, ...], ...]
    reciprocal: tuple[tuple[str, ...], ...]
    bounds: frozenset[str]
    modal_verbs: frozenset[str]
    modal_adjectives: frozenset[str]      # "ready to talk", not "the summit opened"
    planned_markers: frozenset[str]
    infinitive_markers: frozenset[str]   # planned only before an infinitive ("entend frapper")
    future_auxiliaries: frozenset[str]
    weak_negation: frozenset[str]
    cancel_verbs: frozenset[str]
    halt_verbs: frozenset[str]
    joining_verbs: frozenset[str]
    audience_verbs: frozenset[str]      # "speaking at a meeting": the meeting is a setting
    rehearsal: frozenset[str]            # "rehearsed striking", "des frappes simulées"
    conditional_marks: frozenset[str]
    enabling_verbs: frozenset[str]     # "allow the authorities to detain": a power, no act
    counterfactual: tuple[tuple[str, ...], ...]
    habitual: frozenset[str]              # "who frequently fire missiles": no one event
    standing: frozenset[str]              # "qui réunit depuis 2010": a standing arrangement
    perfect_auxiliaries: frozenset[str]   # "has hosted since 2012": the perfect's auxiliary
    happening_phrases: frozenset[str]     # "take place", "avoir lieu": verb and particle
    unaccusative: frozenset[str]          # "sont entrées": être as a tense, not a passive
    negative_pronouns: frozenset[str]     # "nothing to mediate": the infinitive is negated
    reported_future: frozenset[str]
    near_future: frozenset[str]         # "va riposter", "is going to retaliate"
    place_prepositions: frozenset[str]
    border_nouns: frozenset[str] = field(default_factory=frozenset)

    def role_preps(self, type_: str, role: str) -> frozenset[str]:
        own = self.roles.get(type_, {})
        if role in own:
            return own[role]
        return self.roles.get("default", {}).get(role, frozenset())


def _words(items: Any) -> frozenset[str]:
    return frozenset(fold(str(w)) for w in (items or []))


def _phrase(text: str) -> tuple[str, ...]:
    """Split a phrase into folded words the way the tokenizer splits elisions ("d'otages")."""
    out: list[str] = []
    for w in fold(text).split():
        while "'" in w[:-1]:
            head, _, w = w.partition("'")
            out.append(head + "'")
        out.append(w)
    return tuple(out)


def _rule(word: str, spec: Any, where: str) -> TriggerRule:
    if isinstance(spec, str):
        parts = spec.split()
        kwargs: dict[str, Any] = {"type": parts[0], "mode": parts[1] if len(parts) > 1 else None}
    elif isinstance(spec, dict):
        kwargs = dict(spec)
        for key in ("preps", "objects", "governors", "particle", "not_with", "subjects",
                    "complements"):
            if key in kwargs:
                val = kwargs[key]
                kwargs[key] = _words([val] if isinstance(val, str) else val)
        unknown = set(kwargs) - set(TriggerRule.__dataclass_fields__)
        if unknown:
            raise LanguageDataError(f"{where}: '{word}' has unknown keys {sorted(unknown)}")
    else:
        raise LanguageDataError(f"{where}: '{word}' must be a string or a mapping")
    if kwargs.get("type") not in PLOVER_TYPES:
        raise LanguageDataError(f"{where}: '{word}' has unknown type {kwargs.get('type')!r}")
    return TriggerRule(**kwargs)


def _rules(table: dict[str, Any], where: str) -> dict[str, list[TriggerRule]]:
    out: dict[str, list[TriggerRule]] = {}
    for word, spec in table.items():
        specs = spec if isinstance(spec, list) else [spec]
        out.setdefault(fold(word), []).extend(_rule(word, s, where) for s in specs)
    return out


@lru_cache(maxsize=None)
def lexicon(code: str) -> Lexicon:
    """The compiled tables of language `code`, built once per process."""
    data = langdata.load(code)
    trig, rep, status, time = data["triggers"], data["reporting"], data["status"], data["time"]
    where = f"lang/{code}/triggers.yaml"
    phrases: dict[str, list[tuple[tuple[str, ...], TriggerRule]]] = {}
    for text, spec in trig["phrases"].items():
        words = _phrase(text)
        phrases.setdefault(words[0], []).append((words, _rule(text, spec, where)))
    for table in ("nouns", "verbs"):
        # A tokenizer that splits "sit-in" into three tokens finds the word as a phrase.
        for text, spec in trig[table].items():
            if "-" in text.strip("-"):
                words = _phrase(text.replace("-", " - "))
                for s in (spec if isinstance(spec, list) else [spec]):
                    phrases.setdefault(words[0], []).append((words, _rule(text, s, where)))
    for entries in phrases.values():
        entries.sort(key=lambda e: -len(e[0]))   # longest phrase first
    roles = {t: {r: _words(p) for r, p in table.items()} for t, table in trig["roles"].items()}
    places = data.get("places", {})
    return Lexicon(
        code=code,
        verbs=_rules(trig["verbs"], where),
        nouns=_rules(trig["nouns"], where),
        phrases=phrases,
        modes={fold(k): v for k, v in trig["modes"].items()},
        support_verbs=_words(trig["support_verbs"]),
        quantifier_nouns=_words(trig["quantifier_nouns"]),
        protester_nouns=_words(trig["protester_nouns"]),
        slogan_openers=tuple(_phrase(p) for p in trig.get("slogan_openers", [])),
        protest_adjuncts=_words(trig.get("protest_adjuncts", [])),
        protest_manner_preps=_words(trig.get("protest_manner_preps", [])),
        accident_nouns=_words(trig["accident_nouns"]),
        figure_nouns=_words(trig["figure_nouns"]),
        frame_nouns=_words(trig.get("frame_nouns", [])),
        offset_markers={fold(k): int(v) for k, v in time["offset_markers"].items()},
        offset_units={fold(k): int(v) for k, v in time["offset_units"].items()},
        offset_nouns={fold(k): int(v) for k, v in time["offset_nouns"].items()},
        numbers={fold(k): v for k, v in time["numbers"].items() if isinstance(v, int)},
        since_markers=_words(time.get("since_markers", [])),
        when_words=_words(time.get("when_words", [])),
        aspect_verbs=_words(trig["aspect_verbs"]),
        undergoing_verbs=_words(trig.get("undergoing_verbs", [])),
        projectile_verbs=_words(trig.get("projectile_verbs", [])),
        opposing_verbs=_words(trig.get("opposing_verbs", [])),
        opposing_preps=_words(trig.get("opposing_preps", [])),
        commitment_verbs=_words(trig.get("commitment_verbs", [])),
        acceptance_verbs=_words(trig.get("acceptance_verbs", [])),
        calling_verbs=_words(trig.get("calling_verbs", [])),
        behalf_nouns=_words(trig.get("behalf_nouns", [])),
        mission_nouns=_words(trig.get("mission_nouns", [])),
        seat_words=_words(trig.get("seat_words", [])),
        topic_participles=_words(trig.get("topic_participles", [])),
        victim_set_preps=_words(trig.get("victim_set_preps", [])),
        aiming_verbs=_words(trig.get("aiming_verbs", [])),
        demand_modals=_words(trig.get("demand_modals", [])),
        halting_verbs=_words(trig.get("halting_verbs", [])),
        announcing_verbs=_words(trig.get("announcing_verbs", [])),
        setting_verbs=_words(trig.get("setting_verbs", [])),
        participle_endings={fold(k): tuple(v) for k, v in
                            (trig.get("participle_endings") or {}).items()},
        conditional_endings={fold(k): tuple(fold(e) for e in v) for k, v in
                             (trig.get("conditional_endings") or {}).items()},
        warning_verbs=_words(trig.get("warning_verbs", [])),
        reciprocal=tuple(_phrase(p) for p in trig.get("reciprocal", [])),
        threat_words=_words(trig.get("threat_words", [])),
        open_threats=_words(trig.get("open_threats", [])),
        warning_preps=_words(trig.get("warning_preps", [])),
        roles=roles,
        reporting_verbs=_words(rep["verbs"]),
        according_to=tuple(_phrase(p) for p in rep["according_to"]),
        statement_nouns=_words(rep["statement_nouns"]),
        first_person=_words(rep.get("first_person", [])),
        possessives=_words(rep.get("possessives", [])),
        negation=_words(status["negation"]),
        denial_verbs=_words(status["denial_verbs"]),
        hedges=tuple(_phrase(h) for h in status["hedges"]),
        modal_verbs=_words(status["modal_verbs"]),
        modal_adjectives=_words(status["modal_adjectives"]),
        planned_markers=_words(status["planned_markers"]),
        infinitive_markers=_words(status.get("infinitive_markers", [])),
        future_auxiliaries=_words(status["future_auxiliaries"]),
        weak_negation=_words(status.get("weak_negation", [])),
        cancel_verbs=_words(status.get("cancel_verbs", [])),
        halt_verbs=_words(status.get("halt_verbs", [])),
        joining_verbs=_words(status.get("joining_verbs", [])),
        audience_verbs=_words(status.get("audience_verbs", [])),
        rehearsal=_words(status.get("rehearsal_verbs", []))
        | _words(status.get("rehearsal_adjectives", [])),
        conditional_marks=_words(status.get("conditional_marks", [])),
        enabling_verbs=_words(status.get("enabling_verbs", [])),
        counterfactual=tuple(_phrase(p) for p in status.get("counterfactual", [])),
        habitual=_words(status.get("habitual", [])),
        standing=_words(status.get("standing", [])),
        perfect_auxiliaries=_words(status.get("perfect_auxiliaries", [])),
        happening_phrases=_words(status.get("happening_phrases", [])),
        unaccusative=_words(status.get("unaccusative", [])),
        negative_pronouns=_words(status.get("negative_pronouns", [])),
        reported_future=_words(status.get("reported_future", [])),
        near_future=_words(status.get("near_future", [])),
        bounds=_words(status.get("bounds", [])),
        place_prepositions=_words(places.get("prepositions", [])),
        border_nouns=_words(places.get("border_nouns", [])),
        facility_nouns=_words(places.get("facility_nouns", [])),
        gathering_nouns=_words(places.get("gathering_nouns", [])),
        anaphoric_place_nouns=_words((places.get("anaphoric_places") or {}).get("nouns", [])),
        anaphoric_place_dets=_words((places.get("anaphoric_places") or {}).get("determiners", [])),
    )
