"""The quality gate runs with the tests: no figure below its pinned floor, data unchanged, never skipped."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

GATE = Path(__file__).resolve().parents[1] / "benchmarks" / "eval_gate.py"


def _gate():
    spec = importlib.util.spec_from_file_location("eval_gate", GATE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.model
def test_gate_passes():
    assert _gate().main([]) == 0


def test_gate_fails_without_the_shared_data(tmp_path, capsys):
    assert _gate().main(["--shared", str(tmp_path / "nowhere")]) == 1
    assert "missing" in capsys.readouterr().err


def test_floors_only_move_up_unless_a_reason_is_given():
    gate = _gate()
    baseline = {"floors": {"plover.type_accuracy": 0.6, "plover.macro_f1": 0.5}, "data": {}}
    raised = gate.update({"plover.type_accuracy": 0.5, "plover.macro_f1": 0.55, "plover.events_per_sentence": 1.2}, baseline, {"x": "1"})
    assert raised["floors"] == {"plover.type_accuracy": 0.6, "plover.macro_f1": 0.55}
    assert raised["regressions"] == []
    assert gate.check({"plover.type_accuracy": 0.59, "plover.macro_f1": 0.55, "plover.events_per_sentence": 1.4}, raised, {"x": "1"}) == [
        "plover.events_per_sentence: 1.4000 above its ceiling 1.3000", "plover.type_accuracy: 0.5900 below its floor 0.6000"]
    assert gate.check({"plover.type_accuracy": 0.7, "plover.macro_f1": 0.6}, raised, {"x": "2"})[0].startswith("data changed")
    lowered = gate.update({"plover.type_accuracy": 0.5, "plover.macro_f1": 0.55}, raised, {"x": "1"}, allow_regression="new convention for X")
    assert lowered["floors"]["plover.type_accuracy"] == 0.5
    assert lowered["regressions"][-1]["reason"] == "new convention for X"
    assert lowered["regressions"][-1]["floors"] == {"plover.type_accuracy": [0.6, 0.5]}
    json.dumps(lowered)
