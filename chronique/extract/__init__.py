"""Extraction: from a parsed report to typed, attributed event mentions (spans, not values).

For each sentence: time expressions and place names are found first (their words never
trigger: "depuis le début de l'offensive" dates an event, it is not one); then triggers; then,
for every trigger that is not the content of another, its arguments, status, attribution, time
expression and toll. A trigger whose own arguments name several places ("frappes sur Kiev et
Kharkiv") gives one mention per place. A toll with no trigger in its sentence ("la mort de 28
personnes") becomes an anaphoric mention that merging attaches to the event it counts.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from chronique.dateline import DATELINE_REACH, dateline_length
from chronique.extract import syntax as sx
from chronique.extract.arguments import (Arguments, Range, SentenceContext, actor_like,
                                         find_arguments, finite, relative_place, with_person)
from chronique.extract.attribution import attribution, is_reporting
from chronique.extract.lexicon import Lexicon, lexicon
from chronique.extract.status import counterfactual, habitual, status_of
from chronique.extract.triggers import Trigger, find_triggers, misparsed_disaster
from chronique.records import Document, EventMention, Location, Span
from chronique.resolve.actors import report_countries, resolve_actor
from chronique.resolve.place_words import place_words
from chronique.resolve.places import find_places, load_gazetteer, resolve_place
from chronique.resolve.quantities import find_tolls
from chronique.resolve.time import find_time_expressions
from chronique.textnorm import fold

# Types whose event is the act of speaking: a time said of the verb of speech is theirs
# ("a déclaré lundi ... exiger" -> the demand is Monday's).
SPEECH_TYPES = {"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "AGREE", "CONCEDE"}
# Events between parties, each acting on the other: "agreed with each other" stays one event
# ("accused each other" splits), and a side named alone in talks is on both sides.
MUTUAL_TYPES = {"CONSULT", "AGREE", "COOPERATE"}
_PLACE_LABELS = {"LOC", "GPE", "FAC"}
SMALL_TOWN = 100_000   # below it, a town's name read as a person or a word is not the town
_PRECISION = {"point": 0, "city": 1, "admin1": 2, "region": 3, "country": 4}
_KILL_KINDS = {"dead", "injured"}


def _token_range(doc: Doc, start: int, end: int) -> Range | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return (span.start, span.end) if span is not None and len(span) else None


def _span(doc: Doc, r: Range) -> Span:
    # Words come from the document's own text: the parser may have read a headline in
    # another case (nlp.headline_case).
    s = doc[r[0]:r[1]]
    return Span(doc.user_data["text"][s.start_char:s.end_char], s.start_char, s.end_char)


def _sentence(sent: SpacySpan) -> Span:
    text = sent.doc.user_data["text"][sent.start_char:sent.end_char]
    return Span(text.rstrip(), sent.start_char, sent.start_char + len(text.rstrip()))


# Sectors of actors whose names are never places: a group, an organisation, a person's title.
_NOT_PLACES = {"REB", "NGO", "MED", "BUS"}   # not IGO: "Bruxelles" stands for the EU and is a city


def _names_an_actor(name: str, lang: str) -> bool:
    actor = resolve_actor(name, lang)
    return actor is not None and (actor.sector in _NOT_PLACES or actor.role is not None)


def _coordinated(a: Token, b: Token) -> bool:
    """Whether two words sit in coordinated phrases: "Kiev et Kharkiv", "l'usine d'Abqaiq et le
    champ de Khurais" — a conjunct arc on the way from either to where they meet."""
    up_a = [(a, "")] + sx.ancestors_path(a, limit=8)
    up_b = [(b, "")] + sx.ancestors_path(b, limit=8)
    index_b = {t.i: k for k, (t, _) in enumerate(up_b)}
    for k, (t, _) in enumerate(up_a):
        if t.i in index_b:
            labels = [lab for _, lab in up_a[1:k + 1]] + [lab for _, lab in up_b[1:index_b[t.i] + 1]]
            return "conj" in labels
    return False


def _top(trig: Trigger) -> Trigger:
    while trig.nested_in is not None:
        trig = trig.nested_in
    return trig


def _toll_conjuncts(triggers: list[Trigger], toll_of: dict[int, list],
                    places: list[Range]) -> list[Trigger]:
    """"a missile struck an industrial site and killed 10 people": the kill verb joined to an
    attack, with no subject and no place of its own, tells that attack's toll, not a second
    attack. Each such trigger is nested in the attack it is joined to."""
    by_token = {t.token.i: t for t in triggers if t.nested_in is None}
    out = []
    for trig in triggers:
        first = by_token.get(trig.token.head.i)
        if trig.nested_in is not None or not toll_of.get(id(trig)) or first is None \
                or first is trig or first.type != trig.type or trig.nominal \
                or sx.base(trig.token) != "conj" \
                or sx.children(trig.token, sx.SUBJ | sx.PASS_SUBJ):
            continue
        own = {t.i for t in trig.token.subtree}
        if any(r[0] in own for r in places):
            continue   # "struck Kyiv and killed five in Kharkiv": two places, two strikes
        trig.nested_in = first
        out.append(trig)
    return out


def _small_town(loc: Location) -> bool:
    """A town small enough for its name to be more often a person's or a word."""
    place = load_gazetteer().city(str(loc.geonames_id)) if loc.geonames_id else None
    return place is None or place.population < SMALL_TOWN


def _owner(tok: Token, triggers: list[Trigger], lex: Lexicon) -> tuple[str, object, str | None]:
    """Which trigger (or clause, or verb of speech) a word hangs from, and the tense of the
    nearest verb on the way (a time in "le retrait, qui devra s'achever en deux semaines" is
    read in the future). A relative clause is a boundary: what it says belongs to it."""
    # Every word of a trigger phrase stands for it ("s'est entretenu par téléphone").
    by_token = {i: t for t in triggers for i in range(t.start, t.end)}
    by_token.update((t.token.i, t) for t in triggers)
    by_clause: dict[int, list[Trigger]] = {}
    for t in triggers:
        by_clause.setdefault(t.clause.i, []).append(t)
        if t.support is not None:
            by_clause.setdefault(t.support.i, []).append(t)
    tense = None
    steps = [(tok, "")] + sx.ancestors_path(tok)
    own = {t.i for t in tok.subtree}
    # "a ouvert le feu à quatre reprises samedi matin": a day hung with no preposition on a
    # count of times is the parser's slip, not that noun's date ("l'attaque de samedi", "la
    # dénonciation fin novembre").
    bare = sx.base(tok) == "nmod" and not any(sx.base(c) == "case" for c in tok.children) \
        and any(sx.base(c) == "nummod" for c in tok.head.children)
    for k, (anc, _) in enumerate(steps):
        if k and anc.i not in own and anc.i not in by_token and anc.i not in by_clause \
                and anc.pos_ == "NOUN" and sx.base(anc) in ("pobj", "obl", "obl:mod", "nmod") \
                and not (bare and k == 1) and not actor_like(anc, lex.code):
            # "despite a warning broadcast on Friday evening": the time of that noun; not
            # of a partner the parser hangs it on ("avec son homologue russe mardi")
            return "none", None, tense
        if tense is None and sx.is_verb(anc) and not (
                sx.base(anc) == "acl" and "VerbForm=Part" in str(anc.morph)):
            # (a participle qualifying a noun has no tense of its own: "will hold a session
            # devoted to Tigray on Friday" is next Friday)
            tense = sx.tense(anc, lex.future_auxiliaries)
        if anc.i in by_token:
            return "trigger", [_top(by_token[anc.i])], tense
        if anc.i in by_clause:
            return "trigger", list({id(_top(t)): _top(t) for t in by_clause[anc.i]}.values()), tense
        if is_reporting(anc, lex):
            return "speech", anc, tense
        if k + 1 < len(steps) and steps[k + 1][1] in sx.RELATIVE and not _schedules(anc, lex):
            return "none", None, tense
        if k + 1 < len(steps) and steps[k + 1][1] == "acl" and steps[k + 1][0].i not in by_token \
                and not _caught_doing(anc, steps[k + 1][0], by_token):
            # "despite a warning broadcast on Friday evening": the participle's own time
            return "none", None, tense
    return "sentence", None, tense


def _caught_doing(participle: Token, noun: Token, by_token: dict) -> bool:
    """"attacked students putting up posters overnight": what the victims were doing when it
    happened is dated by that event."""
    return sx.present_participle(participle) \
        and sx.base(noun) in ("dobj", "obj", "nsubjpass") and noun.head.i in by_token


def _schedules(verb: Token, lex: Lexicon) -> bool:
    """A relative clause that tells when its noun happens: "a meeting, which was scheduled for
    Friday", "which diplomats said would take place on Tuesday", "qui doit se tenir lundi"."""
    forms = {fold(verb.lemma_), fold(verb.text)}
    if forms & lex.planned_markers and not any("VerbForm=Inf" in str(c.morph) for c in verb.children):
        return True   # (not "qui devait débuter dimanche": the infinitive's own clause)
    return any(f"{fold(verb.lemma_)} {fold(c.text)}" in lex.happening_phrases
               for c in verb.children)


@lru_cache(maxsize=None)
def _landmark_ends(lang: str) -> frozenset[str]:
    """The last words of the language's landmarks ("Kremlin", "House"): most nouns are none."""
    return frozenset(k.split()[-1] for k in place_words(lang).landmarks if k.split())


class _SentenceExtractor:
    def __init__(self, document: Document, lang: str):
        self.document = document
        self.lang = lang
        self.lex = lexicon(lang)
        # (a town of these countries is found by any of its spellings)
        self.countries = report_countries(document.text, lang)
        self.antecedent: Range | None = None
        self.persons: list[Range] = []
        self.last_city: Range | None = None   # the place named last, when it is a city
        self.since_city = 0                     # sentences read since it was named
        self.shifts: dict[int, int] = {}        # trigger id -> days its time is moved by
        self.frames: dict[int, Token] = {}      # trigger id -> the clause it is the setting of

    def run(self, sent: SpacySpan) -> list[EventMention]:
        doc, off = sent.doc, sent.start_char
        text = doc.user_data["text"][sent.start_char:sent.end_char]
        times = [r for s in find_time_expressions(text, self.lang)
                 if (r := _token_range(doc, off + s.start, off + s.end))]
        # "N'DJAMENA, 21 octobre 2022 (AFP) - ... ont été tuées jeudi": the dateline tells
        # where and when the report was filed; its words are no event's place, time or actor
        cut = dateline_length(text) if off < DATELINE_REACH else 0
        filed = {t.i for t in sent if t.idx < off + cut} if cut else set()
        times = [r for r in times if r[0] not in filed]
        blocked = {i for r in times for i in range(*r)} | filed
        # "la prolongation jusqu'au 30 novembre du couvre-feu instauré vendredi": the end of a
        # span dates no event; its words are still no actor or place.
        times = [r for r in times if fold(doc[r[0]].text) not in self.lex.bounds]
        places = self._place_ranges(sent, blocked)
        # "Saint-Denis de La Réunion", "Camp Protest": a capitalised word inside a place's
        # name is that place, not the event its common noun names.
        named = {i for r in places for i in range(*r)
                 if doc[i].text[:1].isupper() and i != sent.start}
        doc.user_data["time_tokens"] = blocked
        triggers = find_triggers(sent, self.lex, blocked | named)
        ctx = SentenceContext(self.lex, places, triggers, antecedent=self.antecedent,
                              recent_persons=self.persons, times=blocked,
                              place_refs=self._place_refs(sent, places),
                              countries={r for r in places
                                         if self.precision.get(r) == _PRECISION["country"]})
        out: list[EventMention] = []
        toll_of, orphans = self._assign_tolls(sent, triggers)
        for trig in _toll_conjuncts(triggers, toll_of, places):
            toll_of.setdefault(id(trig.nested_in), []).extend(toll_of.pop(id(trig)))
        top = [t for t in triggers if t.nested_in is None]
        time_of = self._assign_times(times, triggers, doc)
        loose = self._loose_places(sent, places, triggers, ctx)
        for trig in top:
            out.extend(self._mentions(trig, ctx, sent, time_of.get(id(trig), []),
                                      toll_of.get(id(trig), []), loose))
        free_times = [r for r in times if not any(r in v for v in
                                                   [[x for x, _ in ts] for ts in time_of.values()])]
        for toll in orphans:
            out.append(self._orphan(toll, sent, [_span(doc, r) for r in free_times]))
        self._remember_subject(sent, ctx)
        self._remember_persons(sent)
        return out

    def _place_ranges(self, sent: SpacySpan, blocked: set[int]) -> list[Range]:
        doc, off = sent.doc, sent.start_char
        found: list[Range] = []
        self.precision: dict[Range, int] = {}
        # The parsed text, where a title-case headline's common words are lower case: "Agree
        # to Week-Long Truce" names no town (nlp.headline_case keeps names capitalised).
        for span, loc in find_places(doc.user_data["parsed_text"][off:sent.end_char], self.lang,
                                     home=self.countries):
            if _names_an_actor(span.text, self.lang):
                continue   # "Hamas" is also a German town's alternate name: the group wins
            r = _token_range(doc, off + span.start, off + span.end)
            if r and loc.precision == "city" and _small_town(loc) \
                    and self._not_a_town(doc, r, sent):
                continue
            if r and any(e.label_ in ("PER", "PERSON") and e.start <= r[0] and r[1] <= e.end
                         and e.end - e.start > r[1] - r[0] for e in sx.entities(sent)):
                continue   # "Dominique Bernard", "Israel Katz": a first name, not a country
            if not (r and loc.precision == "city" and self._seat_acting(doc[r[0]:r[1]])):
                doc.user_data["places"].append(loc)
            if r and not any(i in blocked for i in range(*r)) and not self._on_behalf(doc[r[0]:r[1]].root) \
                    and not self._seat(doc, r, sent):
                found.append(r)
                self.precision[r] = _PRECISION.get(loc.precision, 5)
        for ent in sx.entities(sent):
            # What the parser's NER calls a place and the gazetteer did not find: kept when
            # it resolves (a spelling the scan missed) and names no actor ("l'Alliance").
            nxt = doc[ent.end] if ent.end < sent.end else None
            if nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper():
                continue   # "Theresa May": the first word of a longer name the NER cut
            if ent.label_ in _PLACE_LABELS and not any(a <= ent.start < b for a, b in found) \
                    and not _names_an_actor(ent.text, self.lang) and not self._on_behalf(ent.root) \
                    and not self._seat(doc, (ent.start, ent.end), sent):
                loc = resolve_place(doc.user_data["text"][ent.start_char:ent.end_char], self.lang,
                                    named_only=True)
                if loc is not None:
                    found.append((ent.start, ent.end))
                    self.precision[(ent.start, ent.end)] = _PRECISION.get(loc.precision, 5)
        return found

    def _seat(self, doc: Doc, r: Range, sent: SpacySpan) -> bool:
        """"the Geneva-based ICRC", "l'ONG Iran Human Rights, basée à Oslo": where a body sits
        is no place of what it does or says."""
        seats = self.lex.seat_words
        after = [fold(t.text) for t in doc[r[1]:min(r[1] + 2, sent.end)]]
        if after[:1] == ["-"] and after[1:2] and after[1] in seats:
            return True
        j = r[0] - 1
        while j >= sent.start and doc[j].pos_ in ("ADP", "DET"):
            j -= 1
        return j >= sent.start and j < r[0] - 1 and fold(doc[j].text) in seats

    def _seat_acting(self, span: SpacySpan) -> bool:
        """"Ankara said", "Ankara's claim": a capital standing for its government, as the
        subject of a verb or a possessor, names who acts, not where the report is."""
        root = span.root
        if sx.base(root) in ("poss", "nmod:poss"):
            # (whose act or word it is, not where: "Kyiv's children's hospital" is a place)
            owned = {fold(root.head.lemma_), fold(root.head.text)}
            if not owned & (self.lex.nouns.keys() | self.lex.statement_nouns):
                return False
        elif sx.base(root) not in sx.SUBJ:
            return False
        actor = resolve_actor(span.text, self.lang)
        return actor is not None and actor.sector == "GOV" and actor.role is None

    def _place_refs(self, sent: SpacySpan, places: list[Range]) -> dict[int, Range]:
        """"on the eastern edge of the city": a definite city noun with no name of its own
        stands for the city last named, here or in an earlier sentence."""
        refs: dict[int, Range] = {}
        named = sorted(places)
        landmarks = place_words(self.lang).landmarks
        ends = _landmark_ends(self.lang)
        capitals = place_words(self.lang).nouns["capital_noun"]
        for tok in sent:
            if tok.pos_ in ("PROPN", "NOUN") and fold(tok.text) in ends \
                    and sx.preposition(tok) in self.lex.place_prepositions:
                # "talks at the Kremlin": the building says where (Moscow); as a subject it
                # stays an actor
                first = min((c.i for c in tok.lefts if sx.base(c) in ("compound", "flat", "amod")
                             and c.text[:1].isupper()), default=tok.i)
                name = fold(sent.doc[first:tok.i + 1].text)
                if name in landmarks:
                    refs[tok.i] = (first, tok.i + 1)
                    continue
            if tok.pos_ == "NOUN" and fold(tok.lemma_) in capitals \
                    and sx.preposition(tok) in self.lex.place_prepositions \
                    and not any(a <= tok.i < b for a, b in places) \
                    and all(sx.base(c) in ("det", "case") for c in tok.children) \
                    and any(sx.base(c) == "det" and fold(c.text) in self.lex.anaphoric_place_dets
                            for c in tok.children):
                # "met Zelenskiy in the capital": the capital of the country the report is
                # about, which resolution knows ("the capital" read with its countries)
                refs[tok.i] = (tok.i - 1, tok.i + 1)
                continue
            if tok.pos_ != "NOUN" or fold(tok.lemma_) not in self.lex.anaphoric_place_nouns \
                    or any(a <= tok.i < b for a, b in places):
                continue
            if not any(sx.base(c) == "det" and fold(c.text) in self.lex.anaphoric_place_dets
                       for c in tok.children):
                continue
            if any(c.pos_ == "PROPN" or sx.base(c) in ("compound", "appos", "flat", "nmod",
                                                        "prep", "amod", "acl", "relcl")
                   for c in tok.children if sx.base(c) != "det"):
                continue   # "the city of Kramatorsk", "the port city", "a town where ..."
            # Only when the place named last is a city: after "Hong Kong" (a territory) and
            # "Shenzhen" in passing, "the city" is not Shenzhen.
            before = [r for r in named if r[1] <= tok.i]
            if before:
                ante = before[-1] if self.precision.get(before[-1]) == _PRECISION["city"] \
                    else None
            else:   # (named in the sentence before or the one before it; further back, stale)
                ante = self.last_city if self.since_city <= 1 else None
            if ante is not None:
                refs[tok.i] = ante
        self.since_city += 1
        if named:
            last = named[-1]
            self.last_city = last if self.precision.get(last) == _PRECISION["city"] else None
            self.since_city = 0
        return refs

    def _not_a_town(self, doc: Doc, r: Range, sent: SpacySpan) -> bool:
        """What the parse says is no town, whatever town bears the name: a person with no
        preposition before ("met Kim twice", "Lee said"; the NER also calls "d'Abqaiq" a
        person), or a common word capitalised as a sentence's first ("Human rights groups",
        one of Uman's names)."""
        toks = doc[r[0]:r[1]]
        if all(t.ent_type_ in ("PER", "PERSON") for t in toks) and (
                r[0] == sent.start or doc[r[0] - 1].pos_ not in ("ADP", "DET", "CCONJ", "PUNCT")):
            # (unless the report names it as a place elsewhere, after a preposition of place:
            # "shelled Kherson", which the NER calls a person, and "in Kherson" further on)
            n = r[1] - r[0]
            return not any(
                doc[i:i + n].text == toks.text and fold(doc[i - 1].text) in self.lex.place_prepositions
                for i in range(1, len(doc) - n + 1) if i != r[0] and doc[i].text == toks[0].text)
        return r[1] - r[0] == 1 and r[0] == sent.start and toks[0].pos_ not in ("PROPN", "X")

    def _on_behalf(self, tok: Token) -> bool:
        """"à la demande des Etats-Unis, du Royaume-Uni, de la France", "at the request of
        Kyiv": states named as who asked for an act, not where it happens."""
        for anc, label in sx.ancestors_path(tok, limit=4):
            if fold(anc.lemma_) in self.lex.behalf_nouns:
                return True
            if label not in ("nmod", "pobj", "prep", "conj", "appos", "case", "flat"):
                return False
        return False

    def _loose_places(self, sent: SpacySpan, places: list[Range], triggers: list[Trigger],
                      ctx: SentenceContext) -> list[Range]:
        """Places introduced by a locative preposition that hang from no trigger: "A Kharkiv,
        le bilan des frappes ...". They are the place of the sentence's events that have none.
        Places inside an argument of some trigger, or in its topic, are not loose."""
        doc = sent.doc
        used: set[int] = set()
        for trig in triggers:
            args = find_arguments(trig, ctx)
            # ("a visit to Moscow, where he met Putin in the Kremlin": Moscow is the meeting's
            # even when the Kremlin says it more closely)
            for r in args.sources + args.targets + args.partners + args.places \
                    + relative_place(trig, ctx):
                used.update(range(*r))
        out = []
        settlements = place_words(self.lang).nouns["city_noun"]
        for r in places:
            if any(i in used for i in range(*r)):
                continue
            root = doc[r[0]:r[1]].root
            # "in the neighbouring city of Iligan": the preposition of place stands before the
            # settlement noun the name is the genitive of, and before that noun's own words
            owner = root.head.head if sx.base(root.head) == "prep" else root.head
            settled = owner is not root and {fold(owner.lemma_), fold(owner.text)} & settlements.keys()
            head = owner if settled else root
            start = r[0]
            if settled or {fold(root.lemma_), fold(root.text)} & settlements.keys():
                start = min([r[0], head.i] + [c.left_edge.i for c in head.lefts
                                              if sx.base(c) in ("det", "amod", "nummod")])
            if not (self._locative_before(doc, r[0], sent.start)
                    or self._locative_before(doc, start, sent.start)):
                continue
            # A genitive ("un statut neutre de Kiev") ties a place to a noun, not to an
            # event; a state's mission stands abroad ("into Iran's embassy" in Damascus).
            if (self._role_before(doc, r[0], sent.start, "genitive") and not settled) or (
                    sx.base(root) in ("poss", "nmod:poss")
                    and fold(root.head.lemma_) in self.lex.mission_nouns):
                # ("un village du nord du Burkina Faso": where the unnamed village is, is
                # where its events are)
                continue
            if self._role_before(doc, r[0], sent.start, "origin") \
                    or self._role_before(doc, r[0], sent.start, "destination"):
                continue   # "Biden, who travelled by train from Poland", "Rohingya flee
                # toward Bangladesh": where from or where to, not where
            if self._said_at(root):
                continue   # "told reporters in Kinshasa that ... Rwanda's aggression": where
                # it was said, not where what was said happened
            out.append(r)
        return out

    def _said_at(self, place: Token) -> bool:
        """Whether the place hangs from a verb of saying (through its preposition)."""
        head = place.head
        if sx.base(head) == "prep":
            head = head.head
        # (only after the verb, and not a passive: "In Lviv, strikes cut power, the mayor
        # said" hangs the fronted place on "said"; "explosions were reported in Dnipro")
        # (and the content follows: "dépêché des renforts, a annoncé la présidence à
        # Saint-Domingue" reports from there what happened elsewhere, but "a annoncé à
        # Kingston une contribution" made the pledge there)
        return head is not place and head.i < place.i and sx.is_verb(head) \
            and fold(head.lemma_) in self.lex.reporting_verbs and not sx.is_passive(head) \
            and any(sx.base(c) == "ccomp" and c.i > place.i for c in head.children)

    def _locative_before(self, doc: Doc, i: int, floor: int) -> bool:
        """Whether a locative preposition ("à", "dans la", "in the") comes just before token i."""
        j = i - 1
        while j >= floor and doc[j].pos_ == "DET":
            j -= 1
        if j < floor:
            return False
        one = fold(doc[j].text)
        two = fold(doc[j - 1].text + " " + doc[j].text) if j - 1 >= floor else ""
        preps = self.lex.place_prepositions
        return (one in preps or two in preps) and one not in self.lex.role_preps("CONSULT", "topic")

    def _role_before(self, doc: Doc, i: int, floor: int, role: str) -> bool:
        """Whether a preposition of `role` ("genitive": "de", "of"; "origin": "from") comes
        just before token i, perhaps with articles between."""
        j = i - 1
        while j >= floor and doc[j].pos_ == "DET":
            j -= 1
        if j < floor or fold(doc[j].text) not in self.lex.role_preps("CONSULT", role):
            return False
        # ("près de Kidal", "aux abords de Goma": the last word of a preposition of place)
        return not any(fold(doc[j - n + 1:j + 1].text) in self.lex.place_prepositions
                       for n in (2, 3, 4) if j - n + 1 >= floor)

    def _from_since(self, r: Range, doc: Doc) -> Range:
        """A clause hung on "since July 7, 2005" happened on July 7, 2005: the span without
        its "since"."""
        if r[1] - r[0] > 1 and fold(doc[r[0]].text) in self.lex.since_markers:
            return (r[0] + 1, r[1])
        return r

    def _dates_a_figure(self, tok: Token) -> bool:
        """"The number of people killed by a missile that struck the station rose to 52 on
        Saturday": the day the figure was given, not the day of the strike."""
        verb = next((a for a in tok.ancestors if sx.is_verb(a)), None)
        return verb is not None and any(fold(s.lemma_) in self.lex.figure_nouns
                                        for s in sx.children(verb, sx.SUBJ))

    def _offset(self, tok: Token) -> tuple[int, Token, Token, bool] | None:
        """(days, the word the offset is counted from, the offset clause, whether a frame
        noun says it) when `tok` lies in "a day after ...", "two days before ...", "deux jours
        après ...", "au lendemain de ...", "au terme de ...": the days are negative after,
        positive before."""
        lex = self.lex
        for node in [tok] + [a for a, _ in sx.ancestors_path(tok, limit=4)]:
            head = node.head
            word = fold(head.lemma_)
            if (word in lex.offset_nouns or word in lex.frame_nouns) \
                    and sx.base(node) in ("nmod", "pobj", "prep"):
                # "au lendemain de la mort", "on the eve of the summit"; a frame moves no day:
                # "au terme d'un sommet", "on the sidelines of the summit"
                anchor = head.head if sx.base(head) != "pobj" else head.head.head
                if anchor is not head:
                    return lex.offset_nouns.get(word, 0), anchor, node, True
            markers = [c for c in node.children if sx.base(c) in ("mark", "case")
                       and fold(c.text) in lex.offset_markers]
            governor = node.head
            if not markers and sx.base(node) == "pobj" and fold(head.text) in lex.offset_markers:
                markers, node, governor = [head], head, head.head   # "two days after the attack"
            if not markers:
                continue
            # (the measure comes before its marker: "two days after", not "after weeks of")
            unit = next((c for c in node.children if c.i < markers[0].i
                         and (fold(c.lemma_) in lex.offset_units
                              or fold(c.text) in lex.offset_units)), None)
            if unit is None or governor is node:
                return None
            per = lex.offset_units.get(fold(unit.text), lex.offset_units.get(fold(unit.lemma_), 0))
            count = next((c for c in unit.children if sx.base(c) in ("nummod", "det")), None)
            n = 1 if count is None else (int(count.text) if count.text.isdigit()
                                          else lex.numbers.get(fold(count.text), 1))
            return lex.offset_markers[fold(markers[0].text)] * per * n, governor, node, False
        return None

    def _assign_times(self, times: list[Range], triggers: list[Trigger], doc: Doc
                      ) -> dict[int, list[tuple[Range, str | None]]]:
        """Time spans per top trigger id, each with the tense of the verb it hangs from."""
        out: dict[int, list[tuple[Range, str | None]]] = {}
        loose: list[Range] = []
        top = [t for t in triggers if t.nested_in is None]
        for r in times:
            root = doc[r[0]:r[1]].root
            if sx.base(root) in ("poss", "nmod:poss") and not any(
                    t.start <= root.head.i < t.end for t in triggers):
                continue   # "leaders blocking last year's peace deal": a thing's time
            kind, who, path_tense = _owner(root, triggers, self.lex)
            if kind == "trigger":
                for t in who:  # type: ignore[union-attr]
                    own = path_tense if path_tense and path_tense != sx.tense(
                        t.clause, self.lex.future_auxiliaries) else None
                    out.setdefault(id(t), []).append((r, own))
            elif kind == "none" or (kind == "sentence" and self._dates_a_figure(root)):
                continue
            elif kind == "speech":
                verb: Token = who  # type: ignore[assignment]
                tense = sx.tense(verb, self.lex.future_auxiliaries)
                for t in top:
                    if t.type in SPEECH_TYPES and (verb.is_ancestor(t.token) or t.token.head == verb):
                        out.setdefault(id(t), []).append((r, tense))
            else:
                loose.append(r)
        # "came on Thursday, when a rocket struck ...": a clause hung on a time is dated by it.
        for t in top:
            if id(t) in out:
                continue
            for anc, _ in sx.ancestors_path(t.token, limit=3):
                r = next((r for r in times if r[0] <= anc.i < r[1]), None)
                if r is not None:
                    out[id(t)] = [(self._from_since(r, doc), None)]
                    break
        # "the deadliest since July 7, 2005, when four bombers killed 52": a clause opened by
        # "when" right after a time, whatever the parser hung it on, happened then
        for t in top:
            if not any(sx.base(c) in ("advmod", "mark") and fold(c.text) in self.lex.when_words
                       for c in t.token.children):
                continue
            start = t.token.left_edge.i
            r = next((r for r in times if 0 < start - r[1] + 1 <= 2
                      and all(doc[i].is_punct for i in range(r[1], start))), None)
            if r is None:
                continue
            day = self._from_since(r, doc)
            if id(t) in out:
                # (the parser hung the clause on "since August 2013" and it was dated above;
                # still that day is no time of the sentence's verb, when the "since" only
                # measures a superlative: "the deadliest incident since ...")
                if out[id(t)] != [(day, None)] or day == r \
                        or sx.is_verb(sx.attached_to(doc[r[0]:r[1]].root)):
                    continue
            for other in top:   # (the day is the clause's: "the deadliest since ...")
                if id(other) in out:
                    out[id(other)] = [x for x in out[id(other)] if x[0] != r]
                    if not out[id(other)]:
                        del out[id(other)]
            out[id(t)] = [(day, None)]
            if day != r:   # (nor does it date a clause with no time)
                loose = [x for x in loose if x != r]
        # "the downing of MH17 in 2014, which killed all 298 on board": a relative clause
        # with no time of its own happened when the thing it describes did
        for t in top:
            if id(t) in out or sx.base(t.token) not in ("relcl", "acl"):
                continue
            noun = t.token.head
            r = next((r for r in times if sx.attached_to(doc[r[0]:r[1]].root) == noun
                      and not t.token.left_edge.i <= r[0] <= t.token.right_edge.i), None)
            if r is not None:
                out[id(t)] = [(r, None)]
        # "a day after a gunman killed 49 worshippers": the clause's event is dated from the
        # time of the clause it hangs on, moved by the stated offset.
        self.shifts.clear()
        self.frames.clear()
        for t in top:
            found = self._offset(t.token)
            if found is None:
                continue
            days, governor, clause, framed = found
            own = range(clause.left_edge.i, clause.right_edge.i + 1)
            if framed and days == 0:
                self.frames[id(t)] = governor
            if any(r[0] in own for r, _ in out.get(id(t), [])):
                continue   # "two days after Monday's attack": its own day
            outside = [r for r in times if r[0] not in own]
            r = None
            # the time of the nearest clause above: "convenus mercredi de renvoyer ..., au
            # terme d'un sommet" (the day hangs on "convenus", above "renvoyer")
            for g in [governor] + [a for a, _ in sx.ancestors_path(governor, limit=3)]:
                r = next((r for r in outside if g.i in range(*r)
                          or doc[r[0]:r[1]].root.head == g
                          or doc[r[0]:r[1]].root.head.head == g), None)
                if r is not None:
                    break
            if r is not None:
                out[id(t)] = [(r, None)]
                self.shifts[id(t)] = days
        # A time that hangs from no event dates the events that have no time of their own.
        for t in top:
            if id(t) not in out and (sx.base(t.token) not in ("acl", "amod")
                                     or t.token.tag_ == "VBG"   # ("planes carrying aid")
                                     or sx.tensed(t.token)):
                for r in loose:   # (not "les personnes tuées": they refer back)
                    out.setdefault(id(t), []).append((r, None))
        return out

    def _assign_tolls(self, sent: SpacySpan, triggers: list[Trigger]):
        doc, off = sent.doc, sent.start_char
        toll_of: dict[int, list] = {}
        orphans = []
        for toll in find_tolls(doc.user_data["text"][off:sent.end_char], self.lang):
            toll = _shift(toll, off)
            # The dead and the wounded are an attack's; the arrested, a crackdown's.
            typ = "COERCE" if toll.kind == "arrested" else "ASSAULT"
            candidates = [t for t in triggers if t.nested_in is None and t.type == typ]
            r = _token_range(doc, toll.start, toll.end)
            owner = None
            if r is not None:
                kind, who, _ = _owner(doc[r[0]:r[1]].root, triggers, self.lex)
                if kind == "trigger":
                    owner = next((t for t in who if t.type == typ), None)  # type: ignore
                inside = [t for t in triggers if r[0] <= t.token.i < r[1] and t.type == typ]
                if owner is None and inside and _top(inside[0]).type == typ:
                    # (not the accusation an attack is told in: "accused the RSF of shelling
                    # a hospital, killing nine" counts no dead for the accusation)
                    owner = _top(inside[0])
            if owner is None and candidates:
                owner = min(candidates, key=lambda t: abs(t.token.i - (r[0] if r else 0)))
            if owner is not None:
                toll_of.setdefault(id(owner), []).append(toll)
            elif toll.kind in _KILL_KINDS and not (r is not None and
                                                   self._by_disaster(doc[r[0]:r[1]].root)):
                orphans.append(toll)
        return toll_of, orphans

    def _by_disaster(self, tok) -> bool:
        """"the worst earthquake in 80 years killed at least 2,430 people", "an avalanche
        swept through base camp, killing 17": a toll a disaster took is no attack."""
        verb = next((a for a in [tok, *tok.ancestors] if sx.is_verb(a)), None)
        if verb is None:
            return False
        if misparsed_disaster(verb, self.lex):
            return True
        verbs = [verb] + ([verb.head] if sx.base(verb) in ("advcl", "acl", "conj") else [])
        accidents = self.lex.accident_nouns
        for v in verbs:
            for c in v.children:
                if sx.base(c) in sx.SUBJ | sx.AGENT or (
                        sx.base(c) in ("prep", "obl", "obl:mod") and v is verb):
                    words = {fold(t.lemma_) for t in c.subtree} | {fold(t.text) for t in c.subtree}
                    if words & accidents:
                        return True
        return False

    def _mentions(self, trig: Trigger, ctx: SentenceContext, sent: SpacySpan,
                  times: list[tuple[Range, str | None]], tolls: list,
                  loose: list[Range]) -> list[EventMention]:
        doc = sent.doc
        args = replace(find_arguments(trig, ctx))
        frame = self.frames.get(id(trig))
        if frame is not None and not args.places:
            # "convenus mercredi à Genève ..., au terme d'un sommet": held where it frames
            for g in [frame] + [a for a, _ in sx.ancestors_path(frame, limit=3)]:
                above = next((o for o in ctx.triggers if o.token == g and o is not trig), None)
                if above is not None:
                    args.places = list(find_arguments(above, ctx).places)
                    break
        if not args.places and loose and trig.type not in SPEECH_TYPES:
            # (a statement is located where it is made, not where the sentence's fighting is)
            # "ont eu lieu à Gumri et à Vanadzor": the first loose place and its conjuncts
            row = {t.i for t in sx.conjuncts(doc[loose[0][0]:loose[0][1]].root)}
            args.places = [r for r in loose if r == loose[0] or doc[r[0]:r[1]].root.i in row]
        if trig.type == "ASSAULT" and not trig.nominal and not (args.places or args.targets):
            # "ont frappé Kharkiv lundi", the place read as a determiner of the day: a place
            # named right after the verb is what it struck
            nxt = next((r for r in ctx.place_spans if r[0] == trig.end), None)
            if nxt is not None:
                args.places = [nxt]
        if trig.rule.dated and not (times or trig.support or tolls):
            return []   # "Russia's war in Ukraine": the war itself, not an event of this report
        if trig.rule.specific and not (args.places or times or trig.support or tolls):
            return []   # "la fin de l'invasion": the war itself, not an event of this report
        if counterfactual(trig, self.lex) or habitual(trig, self.lex):
            return []
        status, tense = status_of(trig.pledged_by or trig, sent, self.lex)
        if status == "hypothetical":
            return []   # "warned that if they were attacked, Serbia would win": no event
        if trig.called and status == "occurred":
            status, tense = "planned", "future"   # called for, not yet held
        speakers = attribution(trig.pledged_by or trig, sent, self.lex)
        if trig.type == "THREATEN" and status == "planned" and speakers:
            # "said those responsible would face punishment": the threat is the saying,
            # made now; only what it promises lies ahead.
            status, tense = "occurred", "past"
        claimed = []
        for sp in speakers:
            r = sx.chunk(sp) if sp.pos_ != "PRON" else ctx.antecedent
            if r:
                claimed.append(_span(doc, r))
        echo = self._echo(trig, ctx)
        if echo is not None:   # the strikes are what killed, not who
            args.sources = [r for r in args.sources if not r[0] <= echo.token.i < r[1]]
        time_spans = [_span(doc, r) for r, _ in times]
        if times and times[0][1] is not None:
            tense = times[0][1]
        content = []
        content_types = []
        content_words = []
        for other in ctx.triggers:
            if other is not trig and (_top(other) is trig or other.asked_by is trig):
                sub = find_arguments(other, ctx)
                content.extend(_span(doc, r) for r in sub.sources)
                if not sub.sources and other.type != trig.type and other.nominal \
                        and other.token.head == trig.token and sx.base(other.token) in sx.OBJ:
                    content_types.append(other.type)   # "condemned the raid"
                    content_words.append(fold(other.token.lemma_))
                if other.type == trig.type:
                    # "A Russian missile attack on the port city of Odesa killed 21 people":
                    # the nested noun names the same event and brings its place.
                    args.places = args.places or list(sub.places)
                    args.targets = args.targets or list(sub.targets)
                    # "five people were killed in a Russian missile strike": and its attacker;
                    # "will travel to Beijing for talks with Xi": and whom it is with
                    args.sources = args.sources or list(sub.sources)
                    args.partners = args.partners or list(sub.partners)
        if trig.type == "THREATEN" and not trig.nominal:
            # "warned that any Israeli response would be met with crushing attacks": the
            # threat is aimed at whoever the warned-of clause is about
            for clause in sx.children(trig.token, {"ccomp"}):
                for subj in sx.children(clause, sx.SUBJ | sx.PASS_SUBJ):
                    # (not a person: "warned that Sonko could be arrested" aims at no state)
                    r = sx.chunk(subj) if subj.pos_ not in ("PRON", "DET") \
                        and subj.ent_type_ not in ("PER", "PERSON") else None
                    if r:
                        content.append(_span(doc, r))
        kind, mode = trig.type, trig.mode
        if kind == "REJECT" and status == "negated" and self._left_open(trig):
            # "Erdogan n'exclut pas une offensive terrestre", "did not rule out military
            # action": force left open is a threat
            kind, mode, status = "THREATEN", "violence", "occurred"
        if kind == "ACCUSE" and status == "planned" and mode == "allege":
            # "ils en seront tenus pour entièrement responsables", "will be held accountable":
            # blame promised for what may come is a warning, made now
            kind, mode, status, tense = "THREATEN", None, "occurred", "past"
        base = dict(
            content_actors=content, content_types=content_types, content_words=content_words,
            doc_id=self.document.id, type=kind, mode=mode, status=status,
            trigger=_span(doc, (trig.start, trig.end)),
            sentence=_sentence(sent),
            sources=[_span(doc, r) for r in args.sources],
            targets=[_span(doc, r) for r in args.targets],
            partners=[_span(doc, r) for r in args.partners],
            times=time_spans, claimed_by=claimed, tolls=tolls, tense=tense,
            confidence=0.75 if not trig.nominal else 0.65,
            anaphoric=self._anaphoric(trig, args, times, tolls) or echo is not None,
            # a participle qualifying a noun; a finite verb read as one is a misparsed clause
            # ("la junte expulse l'ambassadeur" in a headline)
            reference=not trig.nominal and sx.base(trig.token) in ("acl", "amod")
            and not finite(trig.token, self.lex) and not sx.tensed(trig.token),
            status_weak=tense is None and status == "occurred",
            headline=self._in_title(sent),
            reciprocal=self._reciprocal(trig),
            time_shift=self.shifts.get(id(trig), 0),
        )
        places = self._separate_places(args.places, doc) or [None]
        out = []
        for k, p in enumerate(places):
            # "struck the Kharkiv and Poltava regions, killing three": one event per place,
            # the toll told once (on the first), never counted twice.
            mention = EventMention(places=[_span(doc, p)] if p else [], **base)
            if k:
                mention.tolls = []
            out.append(mention)
        return out

    def _reciprocal(self, trig: Trigger) -> bool:
        """"se sont mutuellement accusés", "accused each other": the act goes both ways."""
        if trig.type in MUTUAL_TYPES:
            return False   # talks, deals: both ways already
        verb = trig.support or trig.governor or trig.token
        # the verb's own dependents, through a preposition ("against each other"), not a
        # clause below it ("agreed not to use force against each other")
        near = [g for c in verb.children for g in [c, *c.children]
                if sx.base(g) not in ("ccomp", "xcomp", "advcl", "acl", "relcl", "conj")
                and sx.base(c) not in ("ccomp", "xcomp", "advcl", "acl", "relcl", "conj")]
        words = [fold(t.text) for t in sorted(near, key=lambda t: t.i)]
        return bool(sx.phrases_in(words, self.lex.reciprocal))

    def _separate_places(self, places: list[Range], doc: Doc) -> list[Range]:
        """Places that are separate events ("sur Kiev et Kharkiv"): coordinated ones. Of places
        that only narrow each other ("the Nuseirat camp in central Gaza"), the most precise."""
        if len(places) < 2:
            return places
        heads = {r: doc[r[0]:r[1]].root for r in places}
        coordinated = [r for r in places
                       if any(_coordinated(heads[r], heads[o]) for o in places if o != r)]
        if coordinated:
            return sorted(coordinated)
        return [min(places, key=lambda r: (self._precision_of(r), r))]

    def _precision_of(self, r: Range) -> int:
        """How precise a place span is (city 1 ... country 4); a span the scan found inside
        a longer one counts as that one."""
        if r in self.precision:
            return self.precision[r]
        for (a, b), p in self.precision.items():
            if a <= r[0] and r[1] <= b:
                return p
        return 5

    def _in_title(self, sent: SpacySpan) -> bool:
        """Whether `sent` is (in) the report's title, which the text opens with."""
        title = (self.document.title or "").strip()
        return bool(title) and sent.start_char < len(title) \
            and self.document.text.startswith(title)

    def _anaphoric(self, trig: Trigger, args: Arguments, times: list, tolls: list) -> bool:
        """"une heure après l'attaque", "cette réunion": a definite or demonstrative noun with
        nothing of its own refers back to an event already reported; so does a participle that
        qualifies a noun ("les personnes tuées dans le centre commercial")."""
        if not trig.nominal:
            return sx.base(trig.token) in ("acl", "amod") and not sx.tensed(trig.token) \
                and not times and not args.sources
        dets = [c for c in trig.token.children if sx.base(c) == "det"]
        if any("PronType=Dem" in str(d.morph) for d in dets):
            return True   # "cette réunion", "these strikes"
        if sx.base(trig.token) == "attr" or any(sx.base(c) == "cop" for c in trig.token.children):
            return True   # "It was the first deadly attack inside the UAE": said of one told
        
        if args.sources or args.places or times:
            return False
        return any("Definite=Def" in str(d.morph) for d in dets)

    def _echo(self, trig: Trigger, ctx: SentenceContext) -> Trigger | None:
        """"The strikes killed at least 14 people": a verb whose subject is a bare definite
        noun of its own type tells more of an event already reported; the noun is no actor."""
        if trig.nominal:
            return None
        for other in ctx.triggers:
            if other.nested_in is not trig or not other.nominal or other.type != trig.type \
                    or sx.base(other.token) not in sx.SUBJ:
                continue
            kids = list(other.token.children)
            dets = [c for c in kids if sx.base(c) == "det"]
            if not dets or any(sx.base(c) not in ("det", "punct") for c in kids):
                continue   # "Russian strikes", "the strikes on Kyiv" name their own event
            if any("Definite=Def" in str(d.morph) or "PronType=Dem" in str(d.morph)
                   for d in dets):
                return other
        return None

    def _orphan(self, toll, sent: SpacySpan, times: list[Span]) -> EventMention:
        return EventMention(
            times=times,
            doc_id=self.document.id, type="ASSAULT", mode=None, status="occurred",
            trigger=Span(toll.text, toll.start, toll.end),
            sentence=_sentence(sent),
            tolls=[toll], anaphoric=True, toll_only=True, confidence=0.5)

    def _remember_persons(self, sent: SpacySpan) -> None:
        """Remember the people the sentence names, each once, for "les deux chefs d'État"."""
        for ent in sx.entities(sent):
            if ent.label_ in ("PER", "PERSON"):
                self.persons = with_person(self.persons, ent)

    def _left_open(self, trig: Trigger) -> bool:
        """Whether what a negated rejection bears on is force ("une offensive terrestre")."""
        tok = trig.token
        near = [g for c in tok.children for g in [c, *c.children]
                if sx.base(c) in sx.OBJ or sx.base(c) in ("obl", "obl:arg", "prep", "xcomp")]
        return any(fold(t.lemma_) in self.lex.open_threats or fold(t.text) in self.lex.open_threats
                   for t in near)

    def _remember_subject(self, sent: SpacySpan, ctx: SentenceContext) -> None:
        if sent[0].text in _OPENING_QUOTES:
            return   # ('« Européens, réveillez-vous ! », a-t-il exhorté': who is addressed in a
            # quote is not who "il" is next)
        root = sent.root
        for s in sx.children(root, sx.SUBJ | sx.PASS_SUBJ):
            if s.pos_ in ("PROPN", "NOUN"):
                self.antecedent = sx.chunk(s)
                return


_OPENING_QUOTES = {'"', "«", "“"}


def _shift(toll, offset: int):
    from dataclasses import replace
    return replace(toll, start=toll.start + offset, end=toll.end + offset,
                   number_start=toll.number_start + offset, number_end=toll.number_end + offset)


def places_seen(doc: Doc) -> list:
    """Every place `extract_mentions` found in the document (resolve.places Locations)."""
    return list(doc.user_data.get("places", []))


def extract_mentions(document: Document, doc: Doc) -> list[EventMention]:
    """Every event mention in a parsed document, in text order."""
    ex = _SentenceExtractor(document, document.lang or "en")
    doc.user_data["text"] = document.text
    # spaCy rebuilds Doc.text from every token on each access: build it once per document.
    doc.user_data["parsed_text"] = doc.text
    doc.user_data["places"] = []   # every place named, for the report's context (places_seen)
    out: list[EventMention] = []
    for sent in doc.sents:
        if not document.text[sent.start_char:sent.end_char].strip():
            continue
        out.extend(ex.run(sent))
    return out
