"""The scorer: alignment, optional events, field agreement, and the CLI on files."""

from __future__ import annotations

import json

import pytest

from chronique.evaluate import (actors_agree, date_agrees, evaluate, place_agrees, toll_agrees)

GOLD = {
    "doc": "a.txt", "lang": "fr", "published": "2022-03-02",
    "events": [
        {"id": "kyiv", "type": "ASSAULT", "status": "occurred", "date": ["2022-03-01", "2022-03-02"],
         "source": ["RUS"], "target": ["UKR"],
         "place": {"country": "UKR", "name": "Kyiv", "lat": 50.45, "lon": 30.52, "precision": "city"},
         "fatalities": {"count": 5, "cumulative": False}},
        {"id": "talks", "type": "CONSULT", "status": "planned", "date": ["2022-03-03", "2022-03-03"],
         "source": ["RUS", "UKR"], "target": ["UKR", "RUS"],
         "place": {"country": "BLR", "precision": "country"}, "fatalities": None},
        {"id": "bg", "type": "ASSAULT", "status": "occurred", "date": ["2022-02-24", "2022-03-02"],
         "source": ["RUS"], "target": ["UKR"], "place": {"country": "UKR", "precision": "country"},
         "fatalities": None, "optional": True},
    ],
}


def ev(type_, start, end, src=(), tgt=(), loc=None, dead=None, status="occurred"):
    return {"type": type_, "status": status, "date": {"start": start, "end": end},
            "source_actors": [{"code": c, "country": c} for c in src],
            "target_actors": [{"code": c, "country": c} for c in tgt],
            "location": loc, "fatalities": dead, "claimed_by": [], "mentions": []}


KYIV = {"name": "Kyiv", "country": "UKR", "lat": 50.45, "lon": 30.52, "precision": "city"}


def test_perfect_predictions_score_one():
    preds = [ev("ASSAULT", "2022-03-01", "2022-03-02", ["RUS"], ["UKR"], KYIV,
                {"count": 5, "cumulative": False}),
             ev("CONSULT", "2022-03-03", "2022-03-03", ["RUS"], ["UKR"],
                {"country": "BLR", "precision": "country"}, status="planned")]
    t = evaluate([GOLD], preds).totals()
    assert t["full"]["precision"] == 1.0 and t["full"]["recall"] == 1.0
    assert all(v == 1.0 for k, v in t["fields"].items() if v is not None)


def test_optional_event_counts_neither_way():
    preds = [ev("ASSAULT", "2022-02-24", "2022-03-02", ["RUS"], ["UKR"],
                {"country": "UKR", "precision": "country"})]
    t = evaluate([GOLD], preds).totals()
    assert t["full"]["fp"] == 0          # matched the optional event: not a false positive
    assert t["full"]["tp"] == 0 and t["full"]["fn"] == 2


def test_wrong_type_is_a_miss_and_an_extra():
    preds = [ev("PROTEST", "2022-03-01", "2022-03-02", ["RUS"], ["UKR"], KYIV)]
    t = evaluate([GOLD], preds).totals()
    assert t["type"]["fp"] == 1 and t["full"]["fn"] == 2


def test_field_errors_show_in_accuracy_not_in_matching():
    wrong_toll = ev("ASSAULT", "2022-03-01", "2022-03-02", ["RUS"], ["UKR"], KYIV,
                    {"count": 7, "cumulative": False})
    t = evaluate([GOLD], [wrong_toll]).totals()
    assert t["full"]["tp"] == 1
    assert t["fields"]["fatalities"] == 0.0 and t["fields"]["place"] == 1.0


@pytest.mark.parametrize("gold,pred,ok", [
    (["2022-03-03", "2022-03-03"], {"start": "2022-03-03", "end": "2022-03-03"}, True),
    (["2022-03-03", "2022-03-03"], {"start": "2022-03-02", "end": "2022-03-03"}, True),   # a day's slack
    (["2022-03-03", "2022-03-03"], {"start": "2022-03-05", "end": "2022-03-05"}, False),
    (["2022-02-24", "2022-03-02"], {"start": "2022-03-01", "end": "2022-03-02"}, True),
    (["2022-03-01", "2022-03-02"], {"start": "2022-02-24", "end": "2022-03-02"}, False),  # too wide
    (["2022-03-01", "2022-03-02"], {"start": None, "end": None}, False),
])
def test_date_agreement(gold, pred, ok):
    assert date_agrees(gold, pred) is ok


@pytest.mark.parametrize("gold,pred,ok", [
    ({"country": "UKR", "precision": "country"}, KYIV, True),
    ({"country": "UKR", "name": "Kharkiv", "lat": 49.99, "lon": 36.23, "precision": "city"}, KYIV, False),
    ({"country": "UKR", "name": "Kyiv", "lat": 50.4501, "lon": 30.5234, "precision": "city"},
     {"name": "Kyiv", "country": "UKR", "lat": 50.6, "lon": 30.6, "precision": "city"}, True),
    ({"country": "BEL", "precision": "country"}, None, False),
    (None, KYIV, None),
])
def test_place_agreement(gold, pred, ok):
    assert place_agrees(gold, pred) is ok


def test_actor_and_toll_agreement():
    assert actors_agree(["UKR", "FRA"], [{"code": "FRA"}]) is True
    assert actors_agree([], [{"code": "RUS"}]) is False
    assert actors_agree([], [{"code": None, "country": None}]) is True
    assert toll_agrees({"count": 29, "cumulative": True}, {"count": 29, "cumulative": False}) is False
    assert toll_agrees(None, None) is True


def test_eval_command_reads_gold_and_stdin(tmp_path, monkeypatch, capsys):
    from io import StringIO

    from chronique.cli import main

    gold = tmp_path / "a.expected.json"
    gold.write_text(json.dumps(GOLD), encoding="utf-8")
    preds = [ev("CONSULT", "2022-03-03", "2022-03-03", ["RUS"], ["UKR"],
                {"country": "BLR", "precision": "country"}, status="planned")]
    monkeypatch.setattr("sys.stdin", StringIO("\n".join(json.dumps(p) for p in preds)))
    out = StringIO()
    assert main(["eval", "--gold", str(gold), "-"], out=out) == 0
    text = out.getvalue()
    assert "P 1.000" in text and "R 0.500" in text
