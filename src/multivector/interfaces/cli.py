"""The command line: each command a thin wrapper over a function Python code can call."""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..errors import Errors, EvalError, MultivectorError, QueryError
from ..ingest import SUPPORTED_SUFFIXES
from ..settings import DEFAULTS

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False, help="News articles in, verifiable PLOVER political events out.")
out = Console()
err = Console(stderr=True)
DbOption = typer.Option(DEFAULTS["db"], "--db", help="The DuckDB store.")
EXPORT_FORMATS = ("plover-jsonl", "jsonl", "csv", "parquet")
PROGRESS_MIN_FILES = 5


def main() -> None:
    try:
        app()
    except MultivectorError as error:
        err.print(f"[red]error:[/red] {error}")
        sys.exit(1)


def _fail(error: MultivectorError) -> None:
    err.print(f"[red]error:[/red] {error}")
    raise typer.Exit(1)


def _actors(actors: list[dict]) -> str:
    return "+".join(
        (a.get("org") if a.get("code") == "IGO" else a.get("code") or "?") + (f"/{a['sector']}" if a.get("sector") else "")
        for a in actors
    ) or "-"


@app.command()
def run(paths: Optional[list[str]] = typer.Argument(None, help="Files, folders (read recursively) or - for stdin."),
        db: str = DbOption,
        batch_size: int = typer.Option(DEFAULTS["batch_size"], min=1, help="Articles per batch and per transaction."),
        workers: int = typer.Option(0, min=0, help="Processes that parse and code (0: one per available core)."),
        dask: Optional[str] = typer.Option(None, help="Run on a Dask cluster: a scheduler address, or 'local' for one on this machine."),
        files_from: Optional[Path] = typer.Option(None, "--files-from", help="A text file listing input paths, one a line.")) -> None:
    """Process articles into the store and print a summary."""
    from rich.progress import Progress

    from ..runner import count_inputs, read_path_list
    from ..runner import run as run_pipeline
    from ..scale import available_cores

    try:
        paths = list(paths or []) + (read_path_list(files_from) if files_from else [])
        if not paths:
            raise typer.BadParameter("give at least one path, or --files-from FILE", param_hint="PATHS")
        options = {"db": db, "batch_size": batch_size, "workers": workers or available_cores(), "dask": dask}
        total = count_inputs(paths)
        if total and total > PROGRESS_MIN_FILES:
            with Progress(console=err, transient=True) as progress:
                task = progress.add_task("articles", total=total)
                summary = run_pipeline(paths, **options, on_batch=lambda n: progress.advance(task, n))
        else:
            summary = run_pipeline(paths, **options)
    except MultivectorError as error:
        _fail(error)
    table = Table(title=f"multivector run → {summary.db}", show_header=False)
    table.add_row("articles stored", str(summary.articles))
    table.add_row("already stored (same text)", str(summary.duplicates))
    table.add_row("events", str(summary.events))
    for etype, n in summary.events_by_type.most_common():
        table.add_row(f"  {etype}", str(n))
    table.add_row("failures", str(len(summary.failures)))
    for code, n in Counter(f.code for f in summary.failures).most_common():
        table.add_row(f"  {code}", str(n))
    out.print(table)
    for failure in summary.failures:
        out.print(f"[yellow]failed:[/yellow] {failure.path}: {failure.reason}")
    if summary.nothing_processed:
        err.print(f"[red]error:[/red] {Errors.E050.format(count=len(summary.failures))}")
        raise typer.Exit(1)


def _reader(db: str):
    from ..store import Reader

    try:
        return Reader(db)
    except MultivectorError as error:
        _fail(error)


@app.command()
def events(db: str = DbOption, country: Optional[str] = typer.Option(None, help="ISO3 code or organisation (e.g. KAZ, CSTO)."),
           actor: Optional[str] = typer.Option(None, help="Part of an actor's name."),
           type: Optional[str] = typer.Option(None, "--type", help="PLOVER event type."),
           since: Optional[str] = typer.Option(None, help="YYYY[-MM[-DD]]"), until: Optional[str] = typer.Option(None, help="YYYY[-MM[-DD]]"),
           doc: Optional[str] = typer.Option(None, help="Document id."), limit: int = typer.Option(200, help="At most this many."),
           as_json: bool = typer.Option(False, "--json", help="JSON lines instead of a table.")) -> None:
    """List events, filtered."""
    with _reader(db) as reader:
        try:
            rows = reader.events(country=country, actor=actor, type=type, since=since, until=until, doc=doc, limit=limit)
        except QueryError as error:
            _fail(error)
    if as_json:
        from ..store.reader import plover_record

        for row in rows:
            out.print_json(json.dumps(plover_record(row), default=str))
        return
    table = Table(title=f"{len(rows)} events")
    for col in ("date", "type", "mode", "source", "target", "neg", "modality", "doc", "evidence"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(r["date"] or "", r["type"], r["mode"] or "", _actors(r["source"]), _actors(r["target"]),
                      "yes" if r["negated"] else "", r["modality"], r["doc_id"], r["sentence"][:160])
    out.print(table)


@app.command()
def actors(db: str = DbOption, country: Optional[str] = typer.Option(None, help="ISO3 code or organisation.")) -> None:
    """List the actors found, with how often and in how many articles."""
    with _reader(db) as reader:
        rows = reader.actors(country=country)
    table = Table(title=f"{len(rows)} actors")
    for col in ("actor", "code", "sector", "name", "mentions", "articles"):
        table.add_column(col)
    for r in rows:
        table.add_row(r["actor_key"], r["code"] or "", r["sector"] or "", r["name"] or "", str(r["mentions"]), str(r["documents"]))
    out.print(table)


@app.command()
def quotes(db: str = DbOption, doc: Optional[str] = typer.Option(None, help="Document id."),
           speaker: Optional[str] = typer.Option(None, help="Part of the speaker's name.")) -> None:
    """List direct quotations with their speakers."""
    with _reader(db) as reader:
        rows = reader.quotes(doc=doc, speaker=speaker)
    table = Table(title=f"{len(rows)} quotes")
    for col in ("speaker", "code", "quote", "doc"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(r["speaker"] or "?", r["speaker_code"] or "", r["text"], r["doc_id"])
    out.print(table)


@app.command()
def show(doc_id: str, db: str = DbOption) -> None:
    """Show one article with its events highlighted, its actors, quotes and date reasoning."""
    with _reader(db) as reader:
        try:
            doc = reader.document(doc_id)
        except QueryError as error:
            _fail(error)
    out.rule(doc["title"] or doc["doc_id"])
    first, last = doc.get("date_earliest"), doc.get("date_latest")
    between = f", between {first or 'open'} and {last or 'open'}" if (first or last) and first != last else ""
    out.print(f"[bold]date[/bold] {doc['date'] or 'unknown'} ({doc['date_precision'] or '-'}{between}): {doc['date_reason']}")
    if doc.get("near_duplicate_of"):
        out.print(f"[bold]near-duplicate of[/bold] {doc['near_duplicate_of']}")
    text = Text(doc["text"])
    for ev in doc["events"]:
        text.stylize("underline", ev["sent_start"], ev["sent_end"])
        text.stylize("bold reverse", ev["trigger_start"], ev["trigger_end"])
    out.print(text)
    table = Table(title="events", caption="cluster: the happening each reports, with the other reports at /api/clusters/ID")
    for col in ("type", "source", "target", "neg", "modality", "date", "trigger", "cluster"):
        table.add_column(col)
    for ev in doc["events"]:
        table.add_row(ev["type"], _actors(ev["source"]), _actors(ev["target"]), "yes" if ev["negated"] else "", ev["modality"],
                      ev["date"] or "", ev["trigger"], ev["cluster_id"] or "")
    out.print(table)
    table = Table(title="actors")
    for col in ("name", "code", "sector", "mentions"):
        table.add_column(col)
    for a in doc["actors"]:
        table.add_row(a["name"] or a["actor_key"], a["code"] or "", a["sector"] or "", str(a["mentions"]))
    out.print(table)
    for q in doc["quotes"]:
        out.print(f"[bold]{q['speaker'] or '?'}[/bold]: “{q['text']}”")


def export_rows(reader, table: str, fmt: str) -> list[dict]:
    from ..store.reader import plover_record

    rows = reader.table(table)
    if table == "events" and fmt == "plover-jsonl":
        return [plover_record(r) for r in rows]
    return rows


def write_partitioned(rows: list[dict], folder: Path) -> int:
    """Rows as a Hive-partitioned Parquet dataset (``folder/year=2014/part-0.parquet``) that Spark, BigQuery and DuckDB read.

    The partition is the year of the row's ``date`` ("unknown" without one). Returns the number of partitions."""
    import pyarrow as pa
    import pyarrow.dataset as ds

    flat = [{**{k: json.dumps(v, default=str) if isinstance(v, (list, dict)) else v for k, v in r.items()},
             "year": str(r.get("date") or "")[:4] or "unknown"} for r in rows]
    table = pa.Table.from_pylist(flat) if flat else pa.table({"year": pa.array([], pa.string())})
    partitioning = ds.partitioning(pa.schema([("year", pa.string())]), flavor="hive")
    ds.write_dataset(table, folder, format="parquet", partitioning=partitioning, existing_data_behavior="delete_matching")
    return len(set(table.column("year").to_pylist()))


def write_export(rows: list[dict], fmt: str, dest) -> None:
    """Write rows as JSONL, CSV or Parquet to a path or a text stream."""
    if fmt in ("jsonl", "plover-jsonl"):
        text = "".join(json.dumps(r, default=str, ensure_ascii=False) + "\n" for r in rows)
    elif fmt == "csv":
        buf = io.StringIO()
        if rows:
            writer = csv.DictWriter(buf, fieldnames=list(rows[0]))
            writer.writeheader()
            for r in rows:
                writer.writerow({k: json.dumps(v, default=str) if isinstance(v, (list, dict)) else v for k, v in r.items()})
        text = buf.getvalue()
    else:
        import pyarrow as pa
        import pyarrow.parquet as pq

        flat = [{k: json.dumps(v, default=str) if isinstance(v, (list, dict)) else v for k, v in r.items()} for r in rows]
        pq.write_table(pa.Table.from_pylist(flat), dest if isinstance(dest, (str, Path)) else dest.buffer)
        return
    if isinstance(dest, (str, Path)):
        Path(dest).write_text(text, encoding="utf-8")
    else:
        dest.write(text)


@app.command()
def export(db: str = DbOption, table: str = typer.Option("events", help="events, documents, actors, quotes, memberships or failures."),
           format: str = typer.Option("plover-jsonl", "--format", help="plover-jsonl, jsonl, csv or parquet."),
           out_file: Optional[Path] = typer.Option(None, "--out", help="Output file (stdout if absent); a folder with --partition-by."),
           partition_by: Optional[str] = typer.Option(None, "--partition-by", help="'year': Parquet partitioned by year into the --out folder.")) -> None:
    """Export a table."""
    if format not in EXPORT_FORMATS:
        _fail(QueryError(Errors.E032.format(value=format, choices=", ".join(EXPORT_FORMATS))))
    if format == "parquet" and out_file is None:
        _fail(QueryError(Errors.E032.format(value="parquet to stdout", choices="parquet with --out FILE")))
    if partition_by is not None and (partition_by != "year" or format != "parquet"):
        _fail(QueryError(Errors.E037.format(value=partition_by)))
    with _reader(db) as reader:
        try:
            rows = export_rows(reader, table, format)
        except QueryError as error:
            _fail(error)
    if partition_by:
        parts = write_partitioned(rows, out_file)
        err.print(f"wrote {len(rows)} rows in {parts} year partitions under {out_file}")
        return
    write_export(rows, format, out_file or sys.stdout)
    if out_file:
        err.print(f"wrote {len(rows)} rows to {out_file}")


def example_corpus() -> Path:
    return Path(str(resources.files("multivector").joinpath("examples/corpus")))


@app.command()
def demo(db: str = typer.Option("demo.duckdb", "--db", help="Where to store the demo.")) -> None:
    """Run everything on the bundled example corpus."""
    corpus = example_corpus()
    out.print(f"[bold]multivector demo[/bold]: {corpus}")
    articles = [str(p) for p in sorted(corpus.iterdir()) if p.suffix in SUPPORTED_SUFFIXES]  # its MANIFEST is not an article
    run(articles, db=db, batch_size=DEFAULTS["batch_size"], workers=0, dask=None, files_from=None)
    launcher = Path(sys.argv[0])
    command = os.path.relpath(launcher) if launcher.name == "multivector" and launcher.exists() else "multivector"
    out.print(f"\nResults are in [bold]{Path(db).resolve()}[/bold]. Try: {command} events --db {db} --country KAZ")


@app.command("eval")
def evaluate(gold: Optional[Path] = typer.Option(None, "--gold", help="Folder of *.gold.json files."),
             docs: Optional[Path] = typer.Option(None, "--docs", help="Folder of the articles (default: score the store)."),
             db: str = DbOption, as_json: bool = typer.Option(False, "--json", help="Print a machine-readable report."),
             plover_records: Optional[Path] = typer.Option(None, "--plover-records", help="PLOVER sentence records (JSONL): code each text alone and score it.")) -> None:
    """Score the pipeline against gold annotations (format: gold/SCHEMA.md) and/or PLOVER sentence records."""
    from ..evaluate import evaluate_gold

    if gold is None:
        if plover_records is None:
            _fail(EvalError(Errors.E044))
        return _eval_plover(plover_records, as_json)

    data = _report_data(lambda: evaluate_gold(gold, docs=docs, db=None if docs else db), as_json)
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
    try:
        data = compute().as_dict()
    except MultivectorError as error:
        _fail(error)
    if as_json:
        out.print_json(json.dumps(data))
        return None
    return data


def _eval_plover(path: Path, as_json: bool) -> None:
    """Code every PLOVER record's text alone and print coverage, accuracy, F1s and the confusion matrix."""
    from ..evaluate.plover import evaluate_records
    from ..model import EVENT_TYPES

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
from . import cli_analytics  # noqa: E402,F401  (registers the analytics commands)
from . import cli_report  # noqa: E402,F401  (registers the report command)
from . import cli_serve  # noqa: E402,F401  (registers the serve command)
