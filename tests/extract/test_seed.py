"""The worked example, end to end through the real command: the acceptance of the core issue."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from chronique.evaluate import evaluate, load_gold
from chronique.ingest import iter_documents
from chronique.pipeline import process

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seed(shared_dir):
    path = shared_dir / "examples" / "seed_fr_2022-03-02.txt"
    gold = load_gold(shared_dir / "examples" / "seed_fr_2022-03-02.expected.json")
    out = subprocess.run(
        [sys.executable, "-m", "chronique.cli", "extract", str(path), "--published", "2022-03-02",
         "--format", "jsonl"], capture_output=True, text=True, check=True)
    events = [json.loads(line) for line in out.stdout.splitlines() if line.strip()]
    return path, gold, events


def test_every_required_event_is_found_and_fully_right(seed):
    _, gold, events = seed
    report = evaluate(gold, events)
    doc = report.docs[0]
    assert not doc.missed, [g["id"] for g in doc.missed]
    for pair in doc.pairs:
        wrong = [f for f in ("date", "place", "source", "target", "fatalities", "status")
                 if pair.agree[f] is False]
        assert not wrong, (pair.gold["id"], wrong)


def test_at_most_two_events_the_analyst_did_not_list(seed):
    _, gold, events = seed
    doc = evaluate(gold, events).docs[0]
    assert len(doc.extra) <= 2, [(e["type"], e["mentions"][0]["trigger"]) for e in doc.extra]
    assert evaluate(gold, events).totals()["full"]["precision"] >= 0.85


@pytest.mark.parametrize("gold_id,claimant", [
    ("talks", "RUS"), ("civilian_toll", "UKR"), ("putin_demands", "RUS"), ("eu_fac", "EU")])
def test_attributed_events_say_who_claims_them(seed, gold_id, claimant):
    _, gold, events = seed
    pair = next(p for p in evaluate(gold, events).docs[0].pairs if p.gold["id"] == gold_id)
    assert claimant in {a["code"] for a in pair.pred["claimed_by"]}


def test_every_event_carries_its_trigger_sentence_and_offsets(shared_dir):
    path = shared_dir / "examples" / "seed_fr_2022-03-02.txt"
    from datetime import date
    result = next(process(iter_documents([path], published=date(2022, 3, 2))))
    text = result.document.text
    assert result.events
    for event in result.events:
        for m in event.mentions:
            assert text[m.start:m.end] == m.sentence
            assert m.start <= m.trigger_start < m.trigger_end <= m.end
            assert text[m.trigger_start:m.trigger_end] == m.trigger
