"""The quality gate: both evaluations against pinned floors.

Runs `multivector eval` on the seed gold (articles) and on the PLOVER dev
records (sentences), compares every figure with its floor in
``eval_baseline.json`` and exits non-zero when a figure falls below its floor
(beyond a rounding tolerance), or when the data files changed since the
baseline was pinned (their sha256 differs): re-pin then with ``--update``.

``--update`` writes the current figures as floors, only ever raising them (a
floor never moves down), and pins the current data fingerprint.

    .venv/bin/python benchmarks/eval_gate.py [--update] [--gold DIR] [--docs DIR] [--plover FILE]

Events per sentence, where lower is better, has a fixed ceiling (1.3) instead.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BASELINE = Path(__file__).with_name("eval_baseline.json")
TOLERANCE = 1e-6
CEILINGS = {"plover.events_per_sentence": 1.3}  # fixed caps (the target), not moved by --update


def fingerprint(paths: list[Path]) -> dict[str, str]:
    out = {}
    for path in paths:
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for f in files:
            out[str(f.relative_to(SHARED) if f.is_relative_to(SHARED) else f)] = hashlib.sha256(f.read_bytes()).hexdigest()
    return out


def figures(gold: Path, docs: Path, plover: Path) -> dict[str, float]:
    from multivector.evaluate import evaluate_gold
    from multivector.evaluate.plover import evaluate_records

    g = evaluate_gold(gold, docs=docs).as_dict()
    p = evaluate_records(plover).as_dict()
    return {
        "seeds.event_f1": g["event_f1"]["f1"],
        "seeds.event_type_only_f1": g["event_type_only_f1"]["f1"],
        "seeds.event_with_sectors_f1": g["event_with_sectors_f1"]["f1"],
        "seeds.negated_f1": g["negated_f1"]["f1"],
        "seeds.actor_f1": g["actor_f1"]["f1"],
        "seeds.quote_f1": g["quote_f1"]["f1"],
        "seeds.date_hit_rate": g["date_hit_rate"],
        "plover.coverage": p["coverage"],
        "plover.type_accuracy": p["type_accuracy"],
        "plover.macro_f1": p["macro_f1"],
        "plover.dyad_f1": p["dyad_f1"]["f1"],
        "plover.events_per_sentence": p["events_per_sentence"],
    }


def check(current: dict[str, float], baseline: dict, prints: dict[str, str]) -> list[str]:
    problems = []
    if baseline.get("data") != prints:
        changed = sorted(set(prints) ^ set(baseline.get("data", {})) | {k for k in prints if baseline.get("data", {}).get(k) not in (None, prints[k])})
        problems.append(f"data changed since the baseline was pinned ({', '.join(changed) or 'fingerprint'}): check the figures, then re-pin with --update")
    for name, cap in CEILINGS.items():
        if current.get(name, 0.0) > cap + TOLERANCE:
            problems.append(f"{name}: {current[name]:.4f} above its ceiling {cap:.4f}")
    for name, floor in baseline.get("floors", {}).items():
        value = current.get(name)
        if value is None:
            problems.append(f"{name}: no longer measured")
        elif value < floor - TOLERANCE:
            problems.append(f"{name}: {value:.4f} below its floor {floor:.4f}")
    return problems


def update(current: dict[str, float], baseline: dict, prints: dict[str, str]) -> dict:
    floors = dict(baseline.get("floors", {}))
    for name, value in current.items():
        if name not in CEILINGS:
            floors[name] = max(floors.get(name, value), value)
    return {"_doc": "Floors of benchmarks/eval_gate.py; they only move up (events_per_sentence has a fixed ceiling in the script). data: sha256 of the evaluation files.",
            "floors": floors, "data": prints}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--update", action="store_true", help="raise the floors to the current figures and pin the data")
    ap.add_argument("--gold", type=Path, default=SHARED / "gold")
    ap.add_argument("--docs", type=Path, default=SHARED / "seeds")
    ap.add_argument("--plover", type=Path, default=SHARED / "gold" / "plover_gsr_dev.jsonl")
    ap.add_argument("--baseline", type=Path, default=BASELINE)
    args = ap.parse_args(argv)
    prints = fingerprint([args.gold, args.docs])
    current = figures(args.gold, args.docs, args.plover)
    baseline = json.loads(args.baseline.read_text("utf-8")) if args.baseline.is_file() else {}
    for name, value in current.items():
        floor = CEILINGS.get(name, baseline.get("floors", {}).get(name))
        print(f"{name:32s} {value:8.4f}   {'ceiling' if name in CEILINGS else 'floor'} {floor if floor is not None else '-'}")
    if args.update:
        args.baseline.write_text(json.dumps(update(current, baseline, prints), indent=2, sort_keys=True) + "\n", "utf-8")
        print(f"pinned {args.baseline}")
        return 0
    problems = check(current, baseline, prints) if baseline else ["no baseline: run with --update"]
    for p in problems:
        print(f"FAIL {p}", file=sys.stderr)
    if not problems:
        print("gate: all figures at or above their floors")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
