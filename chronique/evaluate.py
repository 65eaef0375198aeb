"""Scoring extracted events against gold files in the compact form of the examples'
`.expected.json` (../shared/spec/CODING.md).

Events are aligned per document. A predicted event and a gold event can be paired when they
have the same type; among pairs, the ones that agree on more fields go first. Two scores:

- **type**: a pair of the same type is a match (how well events are found and typed);
- **full**: a match must also agree on at least two of date, place, source and target (how
  well they are found *and* told apart).

Optional gold events count neither way: matching one is neither a hit nor a false positive.
Field accuracy is measured over the full matches, skipping fields the gold leaves open
(a null place). Agreement rules: dates agree when the predicted span lies within the gold one
(a day's slack on each side); places when the country is the same and, for a city, within
30 km or the same name; actors when the codes overlap, or both sides name none; fatalities
when the count and the running-total flag are the same, or both are absent.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from chronique.errors import InputError
from chronique.geo import km

FIELDS = ("date", "place", "source", "target", "fatalities", "status", "claimed_by")
KEY_FIELDS = ("date", "place", "source", "target")
SLACK = timedelta(days=1)


@dataclass
class Pair:
    gold: dict
    pred: dict
    agree: dict[str, bool | None]   # None: the gold leaves the field open

    @property
    def key_score(self) -> int:
        return sum(1 for f in KEY_FIELDS if self.agree.get(f))


@dataclass
class DocScore:
    doc: str
    lang: str
    pairs: list[Pair] = field(default_factory=list)        # full matches, required gold
    type_hits: int = 0
    missed: list[dict] = field(default_factory=list)       # required gold with no full match
    extra: list[dict] = field(default_factory=list)        # predictions matching no gold
    type_missed: int = 0
    type_extra: int = 0
    required: int = 0


@dataclass
class Report:
    docs: list[DocScore]

    def totals(self, lang: str | None = None) -> dict[str, Any]:
        docs = [d for d in self.docs if lang is None or d.lang == lang]
        tp = sum(len(d.pairs) for d in docs)
        fn = sum(len(d.missed) for d in docs)
        fp = sum(len(d.extra) for d in docs)
        ttp = sum(d.type_hits for d in docs)
        tfn = sum(d.type_missed for d in docs)
        tfp = sum(d.type_extra for d in docs)
        acc: dict[str, float | None] = {}
        for f in FIELDS:
            vals = [p.agree[f] for d in docs for p in d.pairs if p.agree.get(f) is not None]
            acc[f] = sum(vals) / len(vals) if vals else None
        return {"docs": len(docs), "required": sum(d.required for d in docs),
                "full": _prf(tp, fp, fn), "type": _prf(ttp, tfp, tfn), "fields": acc}


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r, "f1": f}


# --- field agreement -------------------------------------------------------------------------

def _d(s: str | None) -> date | None:
    return date.fromisoformat(s) if s else None


def date_agrees(gold: list[str] | None, pred: dict | None) -> bool | None:
    if not gold:
        return None
    g0, g1 = _d(gold[0]), _d(gold[1] if len(gold) > 1 else gold[0])
    p0, p1 = (_d(pred.get("start")), _d(pred.get("end"))) if pred else (None, None)
    if p0 is None:
        return False
    p1 = p1 or p0
    return g0 - SLACK <= p0 <= g1 and g0 <= p1 <= g1 + SLACK  # type: ignore[operator]


def place_agrees(gold: dict | None, pred: dict | None) -> bool | None:
    if gold is None:
        return None
    if not pred:
        return False
    if gold.get("country") and pred.get("country") != gold["country"]:
        return False
    if gold.get("precision") != "city":
        return True
    if gold.get("lat") is not None and pred.get("lat") is not None:
        d = km(gold["lat"], gold["lon"], pred["lat"], pred["lon"])
        if d is not None and d <= 30:
            return True
    return bool(pred.get("name")) and pred["name"].lower() == str(gold.get("name", "")).lower()


def _codes(actors: list[dict]) -> set[str]:
    out = set()
    for a in actors or []:
        for k in ("code", "country"):
            if a.get(k):
                out.add(a[k])
    return out


def actors_agree(gold: list[str] | None, pred: list[dict]) -> bool | None:
    if gold is None:
        return None
    codes = _codes(pred)
    if not gold:
        return not codes
    return bool(codes & set(gold))


def toll_agrees(gold: dict | None, pred: dict | None) -> bool:
    if not gold:
        return not pred or not pred.get("count")
    if not pred:
        return False
    return pred.get("count") == gold.get("count") and \
        bool(pred.get("cumulative")) == bool(gold.get("cumulative"))


def agreement(gold: dict, pred: dict) -> dict[str, bool | None]:
    return {
        "date": date_agrees(gold.get("date"), pred.get("date")),
        "place": place_agrees(gold.get("place"), pred.get("location")),
        "source": actors_agree(gold.get("source"), pred.get("source_actors", [])),
        "target": actors_agree(gold.get("target"), pred.get("target_actors", [])),
        "fatalities": toll_agrees(gold.get("fatalities"), pred.get("fatalities")),
        "status": gold.get("status") == pred.get("status") if gold.get("status") else None,
        "claimed_by": (actors_agree(gold["claimed_by"], pred.get("claimed_by", []))
                       if "claimed_by" in gold else None),
    }


# --- alignment -------------------------------------------------------------------------------

def _align(gold: list[dict], pred: list[dict], need: int) -> tuple[list[Pair], set[int], set[int]]:
    """Greedy one-to-one alignment, best agreement first; `need` key fields must agree."""
    cands = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if g.get("type") != p.get("type"):
                continue
            pair = Pair(g, p, agreement(g, p))
            if pair.key_score >= need:
                full = sum(1 for v in pair.agree.values() if v)
                cands.append((-pair.key_score, -full, gi, pi, pair))
    cands.sort(key=lambda c: c[:4])
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[Pair] = []
    for _, _, gi, pi, pair in cands:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append(pair)
    return pairs, used_g, used_p


def score_document(gold_doc: dict, pred: list[dict]) -> DocScore:
    events = gold_doc.get("events", [])
    ds = DocScore(gold_doc.get("doc", "?"), gold_doc.get("lang", "?"))
    ds.required = sum(1 for g in events if not g.get("optional"))
    pairs, used_g, used_p = _align(events, pred, need=2)
    ds.pairs = [p for p in pairs if not p.gold.get("optional")]
    ds.missed = [g for i, g in enumerate(events) if i not in used_g and not g.get("optional")]
    ds.extra = [p for i, p in enumerate(pred) if i not in used_p]
    tpairs, tg, tp = _align(events, pred, need=0)
    ds.type_hits = sum(1 for p in tpairs if not p.gold.get("optional"))
    ds.type_missed = sum(1 for i, g in enumerate(events) if i not in tg and not g.get("optional"))
    ds.type_extra = sum(1 for i in range(len(pred)) if i not in tp)
    return ds


# --- files -----------------------------------------------------------------------------------

def load_gold(path: str | Path) -> list[dict]:
    path = Path(path)
    files = sorted(path.rglob("*.expected.json")) if path.is_dir() else [path]
    if not files:
        raise InputError(str(path), "no *.expected.json gold file found")
    out = []
    for f in files:
        try:
            out.append(json.loads(f.read_text(encoding="utf-8")))
        except (OSError, ValueError) as exc:
            raise InputError(str(f), f"not a readable gold file: {exc}") from None
    return out


def load_predictions(path: str) -> list[dict]:
    stream = sys.stdin if path == "-" else open(path, encoding="utf-8")
    out = []
    with stream if path != "-" else _nullcontext(stream) as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    out.append(json.loads(line))
                except ValueError as exc:
                    raise InputError(f"{path}:{n}", f"not a JSON event: {exc}") from None
    return out


class _nullcontext:
    def __init__(self, obj):
        self.obj = obj

    def __enter__(self):
        return self.obj

    def __exit__(self, *exc):
        return False


def _doc_names(event: dict) -> set[str]:
    names = set()
    for m in event.get("mentions", []):
        for key in ("document", "doc_id"):
            if m.get(key):
                names.add(Path(str(m[key])).name)
    return names


def evaluate(gold_docs: list[dict], predictions: list[dict]) -> Report:
    """Score predictions (event dicts) against gold documents. With one gold document every
    prediction is its; with several, predictions go to the gold whose file they came from."""
    scores = []
    for g in gold_docs:
        if len(gold_docs) == 1:
            mine = predictions
        else:
            mine = [p for p in predictions if g.get("doc") in _doc_names(p)]
        scores.append(score_document(g, mine))
    return Report(scores)


def evaluate_files(gold: str, pred: str, lang: str | None = None) -> Report:
    gold_docs = [g for g in load_gold(gold) if lang is None or g.get("lang") == lang]
    return evaluate(gold_docs, load_predictions(pred))


def render(report: Report, verbose: bool = False) -> str:
    lines = []
    langs = sorted({d.lang for d in report.docs})
    for lang in ([None] + langs if len(langs) > 1 else [None]):
        t = report.totals(lang)
        name = lang or "all"
        lines.append(f"[{name}] documents {t['docs']}, required events {t['required']}")
        for kind in ("type", "full"):
            s = t[kind]
            lines.append(f"  {kind:<5} P {s['precision']:.3f}  R {s['recall']:.3f}  "
                         f"F1 {s['f1']:.3f}   (tp {s['tp']}, fp {s['fp']}, fn {s['fn']})")
        acc = "  ".join(f"{f} {v:.2f}" if v is not None else f"{f} -"
                        for f, v in t["fields"].items())
        lines.append(f"  field accuracy: {acc}")
    if verbose:
        for d in report.docs:
            for p in d.pairs:
                bad = [f for f, v in p.agree.items() if v is False]
                if bad:
                    lines.append(f"  ~ {d.doc} {p.gold.get('id')}: wrong {', '.join(bad)}")
            for g in d.missed:
                lines.append(f"  - {d.doc} missed {g.get('id')} ({g.get('type')})")
            for p in d.extra:
                m = (p.get("mentions") or [{}])[0]
                lines.append(f"  + {d.doc} extra {p.get('type')} {p.get('status')} "
                             f"{(p.get('date') or {}).get('start')} '{m.get('trigger')}'")
    counts = Counter(d.lang for d in report.docs)
    lines.append("gold documents: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return "\n".join(lines) + "\n"
