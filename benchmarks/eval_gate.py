"""The quality gate: the product path's figures against pinned floors.

Everything is measured through ``pipeline.process``, the path ``multivector
run`` and the API take:

- ``plover.*``: the PLOVER dev records, each coded as a one-sentence article;
- ``articles.*``: the development articles in ``../shared/gold/articles``;
- ``seeds.*``: the two seed articles;
- ``heldout.*``: the project's first held-out articles (``benchmarks/heldout``), written for the
  project apart from the coder. Their per-article errors have since been read to find rules
  that generalise, so they are now partly tuned-on;
- ``fresh.*``: the second held-out set (``benchmarks/heldout2``), written by a separate writer
  who never saw the coder, measured first after the rules of that session were in: only its
  totals are looked at, never its articles' errors.

The first three are development data the coder was tuned on: their figures show
regressions, not how well it generalises (``docs/coder.md`` gives
cross-validated and held-out figures beside them). The gate exits non-zero when a figure
falls below its floor (beyond a rounding tolerance), when the data files
changed since the floors were pinned, or when ``../shared`` is missing: it
fails, never skips.

``--update`` pins the current figures and the data fingerprint. A floor only
moves up, unless ``--allow-regression "reason"`` is given: then floors may go
down, and the reason is kept in the baseline file with the figures it moved.

    .venv/bin/python benchmarks/eval_gate.py [--update [--allow-regression "reason"]] [--shared DIR]

Events per sentence, where lower is better, has a fixed ceiling (1.3) instead.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BASELINE = Path(__file__).with_name("eval_baseline.json")
HELDOUT = Path(__file__).with_name("heldout")
FRESH = Path(__file__).with_name("heldout2")
TOLERANCE = 1e-6
CEILINGS = {"plover.events_per_sentence": 1.3}  # fixed caps (the target), not moved by --update
PRINTED = (".date_interval_coverage", ".date_median_width_days")  # shown beside the others, not pinned yet


def inputs(shared: Path) -> dict[str, Path]:
    return {"gold": shared / "gold", "seeds": shared / "seeds", "articles": shared / "gold" / "articles",
            "plover": shared / "gold" / "plover_gsr_dev.jsonl"}


def missing(shared: Path) -> list[str]:
    return [f"{name}: {path} is missing" for name, path in inputs(shared).items() if not path.exists()]


def fingerprint(shared: Path) -> dict[str, str]:
    out = {}
    for path in (shared / "gold", shared / "seeds"):
        for f in sorted(p for p in path.rglob("*") if p.is_file()):
            out[str(f.relative_to(shared))] = hashlib.sha256(f.read_bytes()).hexdigest()
    return out


def _gold_figures(prefix: str, report: dict) -> dict[str, float]:
    out = {f"{prefix}.event_{part}": report["event_f1"][part] for part in ("f1", "precision", "recall")}
    out.update({
        f"{prefix}.event_type_only_f1": report["event_type_only_f1"]["f1"],
        f"{prefix}.event_with_sectors_f1": report["event_with_sectors_f1"]["f1"],
        f"{prefix}.negated_f1": report["negated_f1"]["f1"],
        f"{prefix}.actor_f1": report["actor_f1"]["f1"],
        f"{prefix}.quote_f1": report["quote_f1"]["f1"],
        f"{prefix}.date_hit_rate": report["date_hit_rate"],
        f"{prefix}.date_interval_coverage": report["date_interval_coverage"],
        f"{prefix}.date_median_width_days": float("inf") if report["date_median_width_days"] is None else report["date_median_width_days"],
    })
    return out


def figures(shared: Path) -> dict[str, float]:
    from multivector.evaluate import evaluate_gold
    from multivector.evaluate.plover import evaluate_records

    paths = inputs(shared)
    p = evaluate_records(paths["plover"]).as_dict()
    out = {
        "plover.coverage": p["coverage"],
        "plover.type_accuracy": p["type_accuracy"],
        "plover.macro_f1": p["macro_f1"],
        "plover.dyad_f1": p["dyad_f1"]["f1"],
        "plover.events_per_sentence": p["events_per_sentence"],
    }
    out.update(_gold_figures("articles", evaluate_gold(paths["articles"], docs=paths["articles"]).as_dict()))
    out.update(_gold_figures("seeds", evaluate_gold(paths["gold"], docs=paths["seeds"]).as_dict()))
    out.update(_gold_figures("heldout", evaluate_gold(HELDOUT, docs=HELDOUT).as_dict()))
    out.update(_gold_figures("fresh", evaluate_gold(FRESH, docs=FRESH).as_dict()))
    return out


def check(current: dict[str, float], baseline: dict, prints: dict[str, str]) -> list[str]:
    problems = []
    pinned = baseline.get("data", {})
    if pinned != prints:
        changed = sorted(set(prints) ^ set(pinned) | {k for k in prints if pinned.get(k) not in (None, prints[k])})
        problems.append(f"data changed since the baseline was pinned ({', '.join(changed) or 'fingerprint'}): check the figures, then re-pin with --update")
    for name, cap in CEILINGS.items():
        if current.get(name, 0.0) > cap + TOLERANCE:
            problems.append(f"{name}: {current[name]:.4f} above its ceiling {cap:.4f}")
    for name, floor in sorted(baseline.get("floors", {}).items()):
        value = current.get(name)
        if value is None:
            problems.append(f"{name}: no longer measured")
        elif value < floor - TOLERANCE:
            problems.append(f"{name}: {value:.4f} below its floor {floor:.4f}")
    return problems


def update(current: dict[str, float], baseline: dict, prints: dict[str, str], *, allow_regression: str | None = None) -> dict:
    """New floors: raised to the current figures; lowered only with a reason, which is recorded."""
    floors = dict(baseline.get("floors", {}))
    lowered = {}
    for name, value in current.items():
        if name in CEILINGS or name.endswith(PRINTED):
            continue
        old = floors.get(name)
        if old is not None and value < old - TOLERANCE and allow_regression:
            lowered[name] = [old, value]
            floors[name] = value
        else:
            floors[name] = value if old is None else max(old, value)
    regressions = list(baseline.get("regressions", []))
    if lowered:
        regressions.append({"date": datetime.date.today().isoformat(), "reason": allow_regression, "floors": lowered})
    return {"_doc": "Floors of benchmarks/eval_gate.py, all measured through pipeline.process on development data (tuned-on figures). "
                    "They only move up, except with --allow-regression, whose reason is kept under 'regressions'. data: sha256 of the evaluation files.",
            "floors": floors, "regressions": regressions, "data": prints}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--update", action="store_true", help="pin the current figures (floors only rise) and the data")
    ap.add_argument("--allow-regression", metavar="REASON", help="with --update: let floors go down, recording REASON")
    ap.add_argument("--shared", type=Path, default=SHARED, help="the shared folder with gold/ and seeds/")
    ap.add_argument("--baseline", type=Path, default=BASELINE)
    args = ap.parse_args(argv)
    absent = missing(args.shared)
    if absent:
        for line in absent:
            print(f"FAIL {line}: the gate cannot measure without its data", file=sys.stderr)
        return 1
    prints = fingerprint(args.shared)
    current = figures(args.shared)
    baseline = json.loads(args.baseline.read_text("utf-8")) if args.baseline.is_file() else {}
    for name, value in current.items():
        floor = CEILINGS.get(name, baseline.get("floors", {}).get(name))
        kind = "ceiling" if name in CEILINGS else "printed, not gated" if name.endswith(PRINTED) else "floor"
        print(f"{name:32s} {value:8.4f}   {kind} {floor if floor is not None else '-'}")
    if args.update:
        new = update(current, baseline, prints, allow_regression=args.allow_regression)
        below = [p for p in check(current, new, prints) if "below its floor" in p]
        args.baseline.write_text(json.dumps(new, indent=2, sort_keys=True) + "\n", "utf-8")
        print(f"pinned {args.baseline}")
        for p in below:
            print(f"FAIL {p} (lowering a floor needs --allow-regression \"reason\")", file=sys.stderr)
        return 1 if below else 0
    problems = check(current, baseline, prints) if baseline else ["no baseline: run with --update"]
    for p in problems:
        print(f"FAIL {p}", file=sys.stderr)
    if not problems:
        print("gate: all figures at or above their floors")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
