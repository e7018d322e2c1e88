"""``multivector eval``: the pipeline scored against gold annotations and/or PLOVER sentence records."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer
from rich.table import Table

from ...errors import Errors, EvalError
from .common import DbOption, out, settings


def evaluate(gold: Optional[Path] = typer.Option(None, "--gold", help="Folder of *.gold.json files."),
             docs: Optional[Path] = typer.Option(None, "--docs", help="Folder of the articles (default: score the store)."),
             db: Optional[str] = DbOption, as_json: bool = typer.Option(False, "--json", help="Print a machine-readable report."),
             plover_records: Optional[Path] = typer.Option(None, "--plover-records", help="PLOVER sentence records (JSONL): code each text alone and score it.")) -> None:
    """Score the pipeline against gold annotations (format: gold/SCHEMA.md) and/or PLOVER sentence records."""
    from ...evaluate import evaluate_gold

    if gold is None:
        if plover_records is None:
            raise EvalError(Errors.E044)
        return _eval_plover(plover_records, as_json)

    data = _report_data(lambda: evaluate_gold(gold, docs=docs, db=None if docs else settings(db=db).db), as_json)
    if data is None:
        return
    table = Table(title=f"multivector eval: {data['documents']} documents")
    for col in ("metric", "precision", "recall", "F1", "tp/fp/fn"):
        table.add_column(col)
    rows = [("events (type, source, target)", data["event_f1"]), ("events, type only", data["event_type_only_f1"]),
            ("events with sectors", data["event_with_sectors_f1"]), ("negated events", data["negated_f1"]),
            ("actors (name, country, sector)", data["actor_f1"]), ("quotes (speaker, text)", data["quote_f1"])]
    rows += [(f"  {etype}", prf) for etype, prf in data["per_type"].items()]
    for name, prf in rows:
        table.add_row(name, f"{prf['precision']:.2f}", f"{prf['recall']:.2f}", f"{prf['f1']:.2f}", f"{prf['tp']}/{prf['fp']}/{prf['fn']}")
    out.print(table)
    width = data["date_median_width_days"]
    out.print(f"publication date: hit rate {data['date_hit_rate']:.2f}, mean error {data['date_mean_error_days']} days, "
              f"interval coverage {data['date_interval_coverage']:.2f}, median interval width "
              f"{'open' if width is None else f'{width:g} days'}")
    if plover_records is not None:
        _eval_plover(plover_records, as_json)


def _report_data(compute, as_json: bool) -> dict | None:
    """Compute a report; print it as JSON and return None with --json, else return its data for a table."""
    data = compute().as_dict()
    if as_json:
        out.print_json(json.dumps(data))
        return None
    return data


def _eval_plover(path: Path, as_json: bool) -> None:
    """Code every PLOVER record's text alone and print coverage, accuracy, F1s and the confusion matrix."""
    from ...evaluate.plover import evaluate_records
    from ...model import EVENT_TYPES

    data = _report_data(lambda: evaluate_records(path), as_json)
    if data is None:
        return
    table = Table(title=f"multivector eval: {data['sentences']} PLOVER records ({path.name})")
    table.add_column("metric")
    table.add_column("value", justify="right")
    dy = data["dyad_f1"]
    table.add_row("coverage (sentences with an event)", f"{data['coverage']:.3f}")
    table.add_row("type accuracy (primary event)", f"{data['type_accuracy']:.3f}")
    table.add_row("macro F1 over types", f"{data['macro_f1']:.3f}")
    table.add_row("dyad F1 (type, source, target country)", f"{dy['f1']:.3f}  (P {dy['precision']:.2f} R {dy['recall']:.2f}; {dy['tp']}/{dy['fp']}/{dy['fn']})")
    table.add_row("events per sentence", f"{data['events_per_sentence']:.3f}")
    out.print(table)
    per = Table(title="per type (primary event)")
    for col in ("type", "precision", "recall", "F1", "tp/fp/fn"):
        per.add_column(col)
    for etype, prf in data["per_type"].items():
        per.add_row(etype, f"{prf['precision']:.2f}", f"{prf['recall']:.2f}", f"{prf['f1']:.2f}", f"{prf['tp']}/{prf['fp']}/{prf['fn']}")
    out.print(per)
    labels = [t for t in EVENT_TYPES if t in data["confusion"] or any(t in row for row in data["confusion"].values())] + ["None"]
    short = {t: t[:3] if t not in ("CONSULT", "CONCEDE", "COOPERATE") else {"CONSULT": "CNS", "CONCEDE": "CND", "COOPERATE": "COP"}[t] for t in labels}
    short["None"] = "-"
    conf = Table(title="confusion (rows gold, columns predicted primary type; - no event)", box=None, padding=(0, 1, 0, 0), pad_edge=False)
    conf.add_column("gold", no_wrap=True)
    for t in labels:
        conf.add_column(short[t], justify="right", no_wrap=True)
    for g in labels:
        row = data["confusion"].get(g)
        if not row:
            continue
        conf.add_row(short[g], *[(f"[bold]{row.get(t, 0)}[/bold]" if t == g else str(row.get(t, 0) or "")) for t in labels])
    out.print(conf)
