"""The quality gate runs with the tests: no figure below its pinned floor, data unchanged."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

pytestmark = pytest.mark.model

GATE = Path(__file__).resolve().parents[1] / "benchmarks" / "eval_gate.py"


def _gate():
    spec = importlib.util.spec_from_file_location("eval_gate", GATE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_gate_passes(gold_dir, seeds_dir):
    assert _gate().main([]) == 0


def test_floors_only_move_up():
    gate = _gate()
    baseline = {"floors": {"plover.type_accuracy": 0.6, "plover.macro_f1": 0.5}, "data": {}}
    raised = gate.update({"plover.type_accuracy": 0.5, "plover.macro_f1": 0.55, "plover.events_per_sentence": 1.2}, baseline, {"x": "1"})
    assert raised["floors"] == {"plover.type_accuracy": 0.6, "plover.macro_f1": 0.55}
    assert gate.check({"plover.type_accuracy": 0.59, "plover.macro_f1": 0.55, "plover.events_per_sentence": 1.4}, raised, {"x": "1"}) == [
        "plover.events_per_sentence: 1.4000 above its ceiling 1.3000", "plover.type_accuracy: 0.5900 below its floor 0.6000"]
    assert gate.check({"plover.type_accuracy": 0.7, "plover.macro_f1": 0.6}, raised, {"x": "2"})[0].startswith("data changed")
    json.dumps(raised)
