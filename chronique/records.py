"""The records that flow through chronique, stage to stage.

    Document --extract--> EventMention (spans) --resolve--> Event (values) --merge--> Event

`Event.to_dict()` is the output contract of ../shared/spec/EVENTS.md: fields may be added, never
renamed or dropped.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
# The modes PLOVER defines for each type (manual v0.8, as digested in ../shared/spec/PLOVER.md).
PLOVER_MODES: dict[str, tuple[str, ...]] = {
    "CONSULT": ("visit", "third-party", "multilateral", "phone"),
    "RETREAT": ("withdraw", "release", "disarm", "ceasefire", "access", "resign"),
    "REQUEST": ("assist", "change", "yield", "meet"),
    "ACCUSE": ("disapprove", "investigate", "allege"),
    "REJECT": ("assist", "change", "yield", "meet"),
    "THREATEN": ("restrict", "arrest", "relations", "expel", "territory", "violence"),
    "PROTEST": ("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"),
    "SANCTION": ("convict", "expel", "withdraw", "discontinue"),
    "MOBILIZE": ("troops", "weapons", "police", "militia"),
    "COERCE": ("seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
               "withhold", "misinformation", "cyber"),
    "ASSAULT": ("abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive",
                "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons",
                "crowd-control", "unconventional"),
}
STATUSES = ("occurred", "planned", "negated", "uncertain")
DATE_PRECISIONS = ("day", "range", "month", "year", "unknown")
PLACE_PRECISIONS = ("point", "city", "admin1", "country", "region")
SECTORS = ("GOV", "MIL", "REB", "CVL", "MED", "BUS", "OPP", "POL", "JUD", "REL", "IGO", "NGO")


@dataclass
class Document:
    """One report. `origin` is what error messages name: a path, `path:line`, or a URL."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: date | None = None
    lang: str | None = None
    origin: str | None = None
    # Things the reader should know but that did not stop reading (a guessed encoding, an
    # unknown publication date); the CLI prints them on stderr.
    notes: list[str] = field(default_factory=list)

    @staticmethod
    def make_id(text: str) -> str:
        """A stable id from the normalised text, so the same article always gets the same id."""
        norm = " ".join(text.split()).lower()
        return "doc_" + hashlib.sha1(norm.encode("utf-8")).hexdigest()[:12]

    @property
    def name(self) -> str:
        return self.origin or self.id


@dataclass
class Span:
    """A piece of a document's text; offsets are characters in `Document.text`."""

    text: str
    start: int
    end: int


@dataclass
class Actor:
    name: str
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    # Extra fields beyond the contract's four: who the person is, and how sure we are.
    role: str | None = None
    confidence: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "code": self.code, "country": self.country,
                "sector": self.sector, "role": self.role, "confidence": round(self.confidence, 2)}


@dataclass
class Location:
    name: str | None
    country: str | None
    precision: str
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "admin1": self.admin1,
                "lat": self.lat, "lon": self.lon, "precision": self.precision,
                "geonames_id": self.geonames_id}


@dataclass
class EventDate:
    start: date | None
    end: date | None
    precision: str
    text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start.isoformat() if self.start else None,
                "end": self.end.isoformat() if self.end else None,
                "precision": self.precision, "text": self.text}


@dataclass
class Toll:
    """A count of people (dead, injured, arrested). For a range, `count` is the lower bound."""

    count: int
    cumulative: bool = False
    civilian: bool | None = None
    text: str | None = None
    min: int | None = None
    max: int | None = None

    def to_dict(self) -> dict[str, Any]:
        d = {"count": self.count, "cumulative": self.cumulative, "civilian": self.civilian,
             "text": self.text}
        if self.min is not None or self.max is not None:
            d["min"], d["max"] = self.min, self.max
        return d


@dataclass
class TollClaim:
    """One report's figure for one kind of count, kept so that later reports can revise it."""

    kind: str                    # dead | injured | arrested
    count: int
    cumulative: bool = False
    doc_id: str | None = None
    published: date | None = None
    updated: bool = False        # the report says it is an updated figure
    text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "count": self.count, "cumulative": self.cumulative,
                "doc_id": self.doc_id,
                "published": self.published.isoformat() if self.published else None,
                "updated": self.updated, "text": self.text}


@dataclass
class Mention:
    """Where an event is reported: the sentence, its offsets in the document, the trigger."""

    doc_id: str
    sentence: str
    start: int
    end: int
    trigger: str
    trigger_start: int | None = None
    trigger_end: int | None = None
    # Where the document came from (a path, an URL): what a reader opens to check the event.
    document: str | None = None
    published: date | None = None

    def to_dict(self) -> dict[str, Any]:
        # Written out rather than dataclasses.asdict, which deep-copies every field: the
        # writer turns each stored event's mentions into JSON, hundreds of times a second.
        return {"doc_id": self.doc_id, "sentence": self.sentence, "start": self.start,
                "end": self.end, "trigger": self.trigger, "trigger_start": self.trigger_start,
                "trigger_end": self.trigger_end, "document": self.document,
                "published": self.published.isoformat() if self.published else None}


@dataclass
class EventMention:
    """What extraction finds around one trigger: typed spans, not yet resolved to values.

    `tense` is past / present / future / None, read from the trigger's verb chain; the time
    resolver uses it to choose between the last and the next weekday.
    """

    doc_id: str
    type: str
    mode: str | None
    status: str
    trigger: Span
    sentence: Span
    sources: list[Span] = field(default_factory=list)
    targets: list[Span] = field(default_factory=list)
    places: list[Span] = field(default_factory=list)
    times: list[Span] = field(default_factory=list)
    claimed_by: list[Span] = field(default_factory=list)
    # Counts of people tied to this event (resolve.quantities.TollMention, document offsets).
    tolls: list[Any] = field(default_factory=list)
    # Symmetric participants ("entre X et Y", "talks with X"): on both sides of the event.
    partners: list[Span] = field(default_factory=list)
    # The actors of the act this one is about ("condamné les frappes russes", "denied
    # attacking the station"): who is accused, denied or warned when nobody else is named.
    content_actors: list[Span] = field(default_factory=list)
    # The types of such acts named with no actor ("condemned the raid"): the act is one the
    # report told before, whose author is the one accused.
    content_types: list[str] = field(default_factory=list)
    # Their words, folded ("raid"): the telling that used the same word is the one meant.
    content_words: list[str] = field(default_factory=list)
    tense: str | None = None
    # A bare toll with no trigger of its own ("la mort de 28 personnes"): it belongs to an
    # event reported elsewhere in the document, and merging attaches it there.
    anaphoric: bool = False
    toll_only: bool = False
    # A participle qualifying a noun ("les personnes tuées dans le centre commercial", "a girl
    # killed in Gaza"): it refers to an event, and is dropped if the report tells no such event.
    reference: bool = False
    # No verb told the status (a noun in an adjunct, a headline): it yields to a stated one.
    status_weak: bool = False
    # Told in the report's title: a summary of an event the body tells in full.
    headline: bool = False
    # "Kyiv and Moscow accused each other": each of the coordinated sources acts on the others.
    reciprocal: bool = False
    # "a day after a gunman killed 49": days to move the date its time expression gives.
    time_shift: int = 0
    confidence: float = 0.7


@dataclass
class Event:
    id: str
    type: str
    status: str
    date: EventDate
    mode: str | None = None
    source_actors: list[Actor] = field(default_factory=list)
    target_actors: list[Actor] = field(default_factory=list)
    location: Location | None = None
    fatalities: Toll | None = None
    injured: Toll | None = None
    arrested: Toll | None = None
    claimed_by: list[Actor] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    confidence: float = 0.5
    # Every report's figures, with their report and date: the counts above are chosen from them.
    toll_claims: list[TollClaim] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "mode": self.mode,
            "status": self.status,
            "date": self.date.to_dict(),
            "source_actors": [a.to_dict() for a in self.source_actors],
            "target_actors": [a.to_dict() for a in self.target_actors],
            "location": self.location.to_dict() if self.location else None,
            "fatalities": self.fatalities.to_dict() if self.fatalities else None,
            "injured": self.injured.to_dict() if self.injured else None,
            "arrested": self.arrested.to_dict() if self.arrested else None,
            "claimed_by": [a.to_dict() for a in self.claimed_by],
            "mentions": [m.to_dict() for m in self.mentions],
            "sources": list(self.sources),
            "confidence": round(self.confidence, 2),
            "toll_claims": [c.to_dict() for c in self.toll_claims],
        }


def _day(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def event_from_dict(d: dict[str, Any]) -> Event:
    """The inverse of `Event.to_dict`: an event read back from JSON (a store, a file)."""

    def actor(a: dict[str, Any]) -> Actor:
        return Actor(name=a.get("name") or "", code=a.get("code"), country=a.get("country"),
                     sector=a.get("sector"), role=a.get("role"),
                     confidence=a.get("confidence", 1.0))

    def toll(t: dict[str, Any] | None) -> Toll | None:
        if not t:
            return None
        return Toll(count=t["count"], cumulative=t.get("cumulative", False),
                    civilian=t.get("civilian"), text=t.get("text"), min=t.get("min"),
                    max=t.get("max"))

    loc = d.get("location")
    dt = d.get("date") or {}
    return Event(
        id=d.get("id", ""), type=d["type"], status=d["status"], mode=d.get("mode"),
        date=EventDate(_day(dt.get("start")), _day(dt.get("end")),
                       dt.get("precision", "unknown"), dt.get("text")),
        source_actors=[actor(a) for a in d.get("source_actors", [])],
        target_actors=[actor(a) for a in d.get("target_actors", [])],
        location=Location(name=loc.get("name"), country=loc.get("country"),
                          precision=loc.get("precision", "country"), admin1=loc.get("admin1"),
                          lat=loc.get("lat"), lon=loc.get("lon"),
                          geonames_id=loc.get("geonames_id")) if loc else None,
        fatalities=toll(d.get("fatalities")), injured=toll(d.get("injured")),
        arrested=toll(d.get("arrested")),
        claimed_by=[actor(a) for a in d.get("claimed_by", [])],
        mentions=[Mention(doc_id=m["doc_id"], sentence=m["sentence"], start=m["start"],
                          end=m["end"], trigger=m["trigger"],
                          trigger_start=m.get("trigger_start"), trigger_end=m.get("trigger_end"),
                          document=m.get("document"), published=_day(m.get("published")))
                  for m in d.get("mentions", [])],
        sources=list(d.get("sources", [])),
        confidence=d.get("confidence", 0.5),
        toll_claims=[TollClaim(kind=c["kind"], count=c["count"],
                               cumulative=c.get("cumulative", False), doc_id=c.get("doc_id"),
                               published=_day(c.get("published")), updated=c.get("updated", False),
                               text=c.get("text"))
                     for c in d.get("toll_claims", [])],
    )
