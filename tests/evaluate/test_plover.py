"""The PLOVER record scorer on hand-made records: exact figures."""

from __future__ import annotations

import json

import pytest

from multivector.evaluate.plover import gold_triples, load_records, norm_code, score_records


def _a(code):
    return {"text": code, "code": code, "sector": None}


RECORDS = [
    {"id": "r1", "text": "-", "event": "AGREE", "source": [_a("USA")], "target": [_a("JAP")]},
    {"id": "r2", "text": "-", "event": "ASSAULT", "source": [_a("IGO")], "target": [_a("SRB")]},
    {"id": "r3", "text": "-", "event": "REJECT", "source": [_a("ISR"), _a("PSE")], "target": []},
    {"id": "r4", "text": "-", "event": "PROTEST", "source": [_a("FRA")], "target": []},
]


def _ev(etype, src, tar):
    return {"type": etype, "source": [{"code": c} for c in src], "target": [{"code": c} for c in tar]}


PREDICTIONS = [
    [_ev("AGREE", ["USA"], ["JPN"])],  # right; JAP is mapped to JPN by the scorer
    [_ev("ACCUSE", ["IGO"], ["SRB"]), _ev("ASSAULT", ["IGO"], ["SRB"])],  # primary wrong; second dyad right
    [_ev("REJECT", ["PSE"], ["ISR"])],  # symmetric gold: compared unordered
    [],  # no event: wrong, not covered
]


def test_figures_exact():
    report = score_records(RECORDS, PREDICTIONS)
    data = report.as_dict()
    assert data["sentences"] == 4
    assert data["coverage"] == 0.75
    assert data["type_accuracy"] == 0.5
    assert data["events_per_sentence"] == 1.0
    assert data["dyad_f1"] == {"precision": 0.75, "recall": 0.75, "f1": 0.75, "tp": 3, "fp": 1, "fn": 1}
    # AGREE 1, REJECT 1, ASSAULT 0, ACCUSE 0, PROTEST 0
    assert data["macro_f1"] == pytest.approx(0.4)
    assert data["confusion"] == {"AGREE": {"AGREE": 1}, "ASSAULT": {"ACCUSE": 1}, "PROTEST": {"None": 1}, "REJECT": {"REJECT": 1}}


def test_codes_and_triples():
    assert norm_code("JAP") == "JPN" and norm_code("ITL") == "ITA" and norm_code("IGO") == "IGO" and norm_code(None) is None
    assert gold_triples(RECORDS[3]) == {("PROTEST", "FRA", None)}
    assert gold_triples(RECORDS[2]) == {("REJECT", "ISR", "PSE")}


def test_load_records(tmp_path):
    path = tmp_path / "r.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in RECORDS) + "\n")
    assert [r["id"] for r in load_records(path)] == ["r1", "r2", "r3", "r4"]
