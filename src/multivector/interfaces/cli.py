"""The command line: each command a thin wrapper over a function Python code can call."""

from __future__ import annotations

import json
import os
import shlex
import sys
import threading
import time
from collections import Counter
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn
from rich.table import Table
from rich.text import Text

from ..errors import Errors, EvalError, MultivectorError, QueryError
from ..ingest import SUPPORTED_SUFFIXES
from ..settings import DEFAULTS

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False, help="News articles in, verifiable PLOVER political events out.")
out = Console()
err = Console(stderr=True)
DbOption = typer.Option(DEFAULTS["db"], "--db", help="The DuckDB store.")
PROGRESS_MIN_FILES = 5
PLAIN_PROGRESS_SECONDS = 5  # on a non-terminal, a progress line this often
MAX_LIMIT = 1_000_000


def main() -> None:
    try:
        app()
    except MultivectorError as error:
        err.print(f"[red]error:[/red] {escape(str(error))}", soft_wrap=True)
        sys.exit(1)


def _fail(error: MultivectorError) -> None:
    err.print(f"[red]error:[/red] {escape(str(error))}", soft_wrap=True)
    raise typer.Exit(1)


def _actors(actors: list[dict]) -> str:
    return "+".join(
        (a.get("org") if a.get("code") == "IGO" else a.get("code") or "?") + (f"/{a['sector']}" if a.get("sector") else "")
        for a in actors
    ) or "-"


@contextmanager
def _status(message: str):
    """Say on stderr what a long step is doing: a spinner on a terminal, one plain line otherwise."""
    if err.is_terminal:
        with err.status(message):
            yield
    else:
        err.print(f"{message} …", soft_wrap=True)
        yield


class _RateColumn(ProgressColumn):
    """Articles per second since the start, and the time left at that pace: batches arrive whole, so a pace over
    the last instants would swing between nothing and thousands."""

    def render(self, task) -> Text:
        rate = task.completed / task.elapsed if task.completed and task.elapsed else 0.0
        if not rate:
            return Text("– articles/s")
        left = f"about {_duration((task.total - task.completed) / rate)} left" if task.completed < task.total else "done"
        return Text(f"{rate:.1f} articles/s, {left}")


def _plain_line(done: int, total: int, started: float) -> str:
    elapsed = time.monotonic() - started
    rate = done / elapsed if done and elapsed else 0.0
    if done >= total:
        left = f", done in {_duration(elapsed)}"
    else:
        left = f", about {_duration((total - done) / rate)} left" if rate else ", starting (loading the language model)"
    return f"articles {done}/{total} ({rate:.1f} articles/s{left})"


def _duration(seconds: float) -> str:
    seconds = round(seconds)
    return f"{seconds // 60} min {seconds % 60} s" if seconds >= 60 else f"{seconds} s"


@contextmanager
def _progress(total: int, workers: int):
    """Yield a function to call per stored article: a bar with done/total, rate and time left on a terminal,
    a plain line every few seconds (and a last one) when stderr is a file or a pipe."""
    if err.is_terminal:
        columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), _RateColumn())
        with Progress(*columns, console=err, transient=True) as bar:
            task = bar.add_task(f"loading the language model ({workers} worker{'s' if workers > 1 else ''})", total=total)

            def advance() -> None:
                bar.update(task, advance=1, description="articles")
            yield advance
        return
    started, done, stop = time.monotonic(), [0], threading.Event()

    def report() -> None:
        while not stop.wait(PLAIN_PROGRESS_SECONDS):
            err.print(_plain_line(done[0], total, started), soft_wrap=True)
    reporter = threading.Thread(target=report, daemon=True)
    reporter.start()
    try:
        yield lambda: done.__setitem__(0, done[0] + 1)
    finally:
        stop.set()
        reporter.join()
        err.print(_plain_line(done[0], total, started), soft_wrap=True)


@app.command()
def run(paths: Optional[list[str]] = typer.Argument(None, help="Files, folders (read recursively) or - for stdin."),
        db: str = DbOption,
        batch_size: int = typer.Option(DEFAULTS["batch_size"], help="Articles per batch and per transaction."),
        workers: int = typer.Option(0, help="Processes that parse and code (0: one per available core)."),
        dask: Optional[str] = typer.Option(None, help="Run on a Dask cluster: a scheduler address, or 'local' for one on this machine."),
        files_from: Optional[Path] = typer.Option(None, "--files-from", help="A text file listing input paths, one a line.")) -> None:
    """Process articles into the store and print a summary."""
    from ..events.classifier import load_classifier, origin
    from ..runner import count_inputs, read_path_list
    from ..runner import run as run_pipeline
    from ..scale import available_cores

    check_number("--batch-size", batch_size, 1, 10_000)
    check_number("--workers", workers, 0, 1024)
    try:
        paths = list(paths or []) + (read_path_list(files_from) if files_from else [])
        if not paths:
            raise typer.BadParameter("give at least one path, or --files-from FILE", param_hint="PATHS")
        options = {"db": db, "batch_size": batch_size, "workers": workers or available_cores(), "dask": dask}
        if origin() == "training":  # once, here, so that no worker trains its own
            with _status("training the event-type classifier (first run only, about a minute; 'make model' ships it)"):
                load_classifier()
        total = count_inputs(paths)
        if total and total > PROGRESS_MIN_FILES:
            with _progress(total, options["workers"]) as advance:
                summary = run_pipeline(paths, **options, on_article=lambda _: advance())
        else:
            with _status("loading the language model and coding"):
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


def check_number(option: str, value: int, low: int, high: int = MAX_LIMIT) -> int:
    """A count option within its bounds, or a coded error (E080) that says them."""
    if not low <= value <= high:
        _fail(QueryError(Errors.E080.format(option=option, rule=f"a whole number from {low} to {high:,}", value=value)))
    return value


def check_out(path: Path | str | None) -> None:
    """An output file whose folder exists (E081), before any work is done."""
    if path is None:
        return
    folder = Path(path).expanduser().resolve().parent
    if not folder.is_dir():
        _fail(QueryError(Errors.E081.format(path=path, folder=folder)))


def event_counts(reader) -> dict[str, int]:
    """Every country or organisation key in the store's events, with the number of events it takes part in."""
    rows = reader.con.execute(
        "SELECT k, count(DISTINCT event_id) FROM (SELECT code AS k, event_id FROM event_actors UNION ALL "
        "SELECT actor_key, event_id FROM event_actors) WHERE k IS NOT NULL AND k <> 'IGO' GROUP BY k ORDER BY 2 DESC, k").fetchall()
    return dict(rows)


def resolve_country(reader, value: str | None, *, needs_events: bool = False) -> str | None:
    """A country or organisation as a code or a name → its key (E038 with the closest matches if unknown);
    with ``needs_events``, E039 when the store has no events with it."""
    from ..actors.lookup import label, resolve

    if value is None:
        return None
    counts = event_counts(reader)
    try:
        key = resolve(value, counts)
    except QueryError as error:
        _fail(error)
    if needs_events and not counts.get(key):
        total = reader.con.execute("SELECT count(*) FROM events").fetchone()[0]
        top = ", ".join(f"{k} ({n})" for k, n in list(counts.items())[:5]) or "nobody"
        _fail(QueryError(Errors.E039.format(value=label(key), events=total, top=top)))
    return key


def _why_empty(reader, filters: dict) -> str:
    """What each filter alone matches, so an empty result says which one empties it."""
    from ..actors.lookup import label

    total = reader.count_events()
    given = {k: v for k, v in filters.items() if v}
    if not given:
        return f"no events: the store {reader.path} has none yet"
    alone = [f"--{k} {label(v) if k == 'country' else v}: {reader.count_events(**{k: v})}" for k, v in given.items()]
    first, last = reader.con.execute("SELECT min(date), max(date) FROM events").fetchone()
    span = f", dated {first} to {last}" if first else ""
    if len(alone) == 1:
        return f"no events match --{alone[0].removeprefix('--').rsplit(':', 1)[0]} (of {total} events{span})"
    return f"no events match all of these filters; each alone matches {'; '.join(alone)} (of {total} events{span})"


@app.command()
def events(db: str = DbOption, country: Optional[str] = typer.Option(None, help="Country or organisation, as a code or a name (KAZ, Kazakhstan, CSTO)."),
           actor: Optional[str] = typer.Option(None, help="Part of an actor's name."),
           type: Optional[str] = typer.Option(None, "--type", help="PLOVER event type."),
           since: Optional[str] = typer.Option(None, help="YYYY[-MM[-DD]]"), until: Optional[str] = typer.Option(None, help="YYYY[-MM[-DD]]"),
           doc: Optional[str] = typer.Option(None, help="Document id."),
           limit: int = typer.Option(200, help=f"At most this many (1 to {MAX_LIMIT:,}; 'export' writes them all)."),
           as_json: bool = typer.Option(False, "--json", help="JSON lines (one PLOVER record a line) instead of a table.")) -> None:
    """List events, filtered."""
    from ..store.reader import check_type
    from ..text import check_date

    check_number("--limit", limit, 1)
    try:
        since, until, type = check_date(since), check_date(until), check_type(type)
    except QueryError as error:
        _fail(error)
    with _reader(db) as reader:
        country = resolve_country(reader, country)
        filters = {"country": country, "actor": actor, "type": type, "since": since, "until": until, "doc": doc}
        rows = reader.events(**filters, limit=limit)
        why = _why_empty(reader, filters) if not rows else None
    if why:
        err.print(why, soft_wrap=True, markup=False)
        return
    if as_json:
        from ..store.exports import plover_record

        for row in rows:
            typer.echo(json.dumps(plover_record(row), default=str, ensure_ascii=False))
        return
    table = Table(title=f"{len(rows)} events")
    for col in ("date", "type", "mode", "source", "target", "neg", "modality", "doc", "evidence"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(r["date"] or "", r["type"], r["mode"] or "", _actors(r["source"]), _actors(r["target"]),
                      "yes" if r["negated"] else "", r["modality"], r["doc_id"], r["sentence"][:160])
    out.print(table)


@app.command()
def actors(db: str = DbOption, country: Optional[str] = typer.Option(None, help="Country or organisation, as a code or a name.")) -> None:
    """List the actors found, with how often and in how many articles."""
    with _reader(db) as reader:
        country = resolve_country(reader, country)
        rows = reader.actors(country=country)
    if not rows:
        err.print(f"no actors{f' of {country}' if country else ''} in {db}", soft_wrap=True, markup=False)
        return
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


@app.command()
def export(db: str = DbOption, table: str = typer.Option("events", help="events, documents, actors, quotes, memberships or failures."),
           format: str = typer.Option("plover-jsonl", "--format", help="plover-jsonl, jsonl, csv, parquet (the same PLOVER fields, typed) or icews (ICEWS coded-event columns, tab-separated)."),
           out_file: Optional[Path] = typer.Option(None, "--out", help="Output file (stdout if absent); a folder with --partition-by."),
           partition_by: Optional[str] = typer.Option(None, "--partition-by", help="'year': Parquet partitioned by year into the --out folder.")) -> None:
    """Export a table; the events in PLOVER's fields whatever the format (docs/plover-record.schema.json)."""
    from ..store.exports import check_export
    from ..store.exports import export as export_to

    try:
        check_export(table, format, out_file, partition_by)
    except QueryError as error:
        _fail(error)
    check_out(out_file)
    with _reader(db) as reader:
        try:
            done = export_to(reader, table, format, out_file or sys.stdout, partition_by=partition_by)
        except QueryError as error:
            _fail(error)
    if out_file:
        err.print(done)


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
    out.print(f"\nResults are in [bold]{Path(db).resolve()}[/bold]. Try:")
    for args in (["events", "--db", db, "--country", "KAZ"], ["report", "KAZ", "--db", db, "--out", "demo-report.html"]):
        out.print(shlex.join([command, *args]), soft_wrap=True, markup=False, highlight=False)


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
