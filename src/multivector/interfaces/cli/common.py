"""What the commands share: the consoles, the one error-to-exit handler, the settings, opening the store, the
shared options, the validators of arguments, and a run with its progress and summary (``run`` and ``demo``)."""

from __future__ import annotations

import functools
import json
import threading
import time
from collections import Counter
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn
from rich.table import Table
from rich.text import Text

from ...errors import Errors, MultivectorError, QueryError
from ...settings import Settings, load_settings

out = Console()
err = Console(stderr=True)
MAX_LIMIT = 1_000_000
PROGRESS_MIN_FILES = 5
PLAIN_PROGRESS_SECONDS = 5  # on a non-terminal, a progress line this often
PERIODS = ("month", "quarter", "year")

DbOption = typer.Option(None, "--db", show_default=False,
                        help="The DuckDB store (default: the setting db).")
ByOption = typer.Option("year", "--by", help="Period: month, quarter or year.")
JsonOption = typer.Option(False, "--json", help="JSON instead of a table.")
FoldEuOption = typer.Option(False, "--fold-eu", help="Count EU member states as EU.")
CountOption = typer.Option("clusters", "--count",
                           help="clusters: each happening once, however many articles report it; mentions: every report.")
PartnersOption = typer.Option(None, help="Comma-separated, e.g. RUS,USA,CHN,EU (default: the 4 with most events).")


def exits_on_error(command: Callable) -> Callable:
    """A command whose coded errors end it with the message on stderr and exit status 1, never a traceback."""
    @functools.wraps(command)
    def guarded(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except MultivectorError as error:
            err.print(f"[red]error:[/red] {escape(str(error))}", soft_wrap=True)
            raise typer.Exit(1) from None
    return guarded


_config_file: Path | None = None


def use_config_file(path: Path | None) -> None:
    """Read the settings from ``path`` in this invocation (``multivector --config FILE``; None: the usual places)."""
    global _config_file
    _config_file = path


def settings(**options: object) -> Settings:
    """The settings in force for this command: defaults, the settings file (``--config FILE``,
    ``MULTIVECTOR_CONFIG`` or ``./multivector.toml``), ``MULTIVECTOR_*`` variables, then ``options`` given."""
    return load_settings(_config_file, **options)


def open_reader(db: str | None):
    """The store named by ``--db`` (or the setting ``db``), opened for reading."""
    from ...store import Reader

    chosen = settings(db=db)
    return Reader(chosen.db, lock_wait=chosen.lock_wait)


def check_number(option: str, value: int, low: int, high: int = MAX_LIMIT) -> int:
    """A count option within its bounds, or a coded error (E080) that says them."""
    if not low <= value <= high:
        raise QueryError(Errors.E080.format(option=option, rule=f"a whole number from {low} to {high:,}", value=value))
    return value


def check_out(path: Path | str | None) -> None:
    """An output file whose folder exists (E081), before any work is done."""
    if path is None:
        return
    folder = Path(path).expanduser().resolve().parent
    if not folder.is_dir():
        raise QueryError(Errors.E081.format(path=path, folder=folder))


def check_by(by: str) -> str:
    if by not in PERIODS:
        raise QueryError(f"--by must be month, quarter or year, not {by!r}")
    return by


def resolve_country(reader, value: str | None, *, needs_events: bool = False) -> str | None:
    """A country or organisation as a code or a name → its key (E038 with the closest matches if unknown);
    with ``needs_events``, E039 when the store has no events with it."""
    from ...actors.lookup import label, resolve

    if value is None:
        return None
    counts = reader.participants()
    key = resolve(value, counts)
    if needs_events and not counts.get(key):
        total = reader.count_events()
        top = ", ".join(f"{k} ({n})" for k, n in list(counts.items())[:5]) or "nobody"
        raise QueryError(Errors.E039.format(value=label(key), events=total, top=top))
    return key


def partner_keys(reader, partners: str | None) -> list[str] | None:
    """--partners as typed ("RUS, China, EU") → store keys, each checked."""
    return [resolve_country(reader, p.strip()) for p in partners.split(",") if p.strip()] if partners else None


def print_json(data) -> None:
    out.print_json(json.dumps(data, default=str, ensure_ascii=False))


def run_and_summarise(paths: list[str], chosen: Settings, *, dask: str | None = None) -> None:
    """Run the pipeline over ``paths`` with a progress display on stderr, then print what it stored and what
    failed; exit 1 (E050) when nothing could be processed."""
    from ...runner import classifier_untrained, count_inputs, run, train_classifier
    from ...scale import available_cores

    workers = chosen.workers or available_cores()
    if classifier_untrained():
        with status("training the event-type classifier (first run only, about a minute; 'make model' ships it)"):
            train_classifier()
    total = count_inputs(paths)
    if total and total > PROGRESS_MIN_FILES:
        with progress(total, workers) as advance:
            summary = run(paths, chosen, workers=workers, dask=dask, on_parsed=advance)
    else:
        with status("loading the language model and coding"):
            summary = run(paths, chosen, workers=workers, dask=dask)
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


@contextmanager
def status(message: str):
    """Say on stderr what a long step is doing: a spinner on a terminal, one plain line otherwise."""
    if err.is_terminal:
        with err.status(message):
            yield
    else:
        err.print(f"{message} …", soft_wrap=True)
        yield


class _RateColumn(ProgressColumn):
    """Articles per second since the start, and the time left at that pace: articles come out of each worker in
    bursts (the rest of a batch is coded before its next one is parsed), so a pace over the last instants swings."""

    def render(self, task) -> Text:
        elapsed = task.finished_time if task.finished else task.elapsed  # frozen once all are parsed
        rate = task.completed / elapsed if task.completed and elapsed else 0.0
        if not rate:
            return Text("– articles/s")
        left = f"about {_duration((task.total - task.completed) / rate)} left" if task.completed < task.total else "all parsed, storing the last"
        return Text(f"{rate:.1f} articles/s, {left}")


def _plain_line(done: int, total: int, started: float, *, finished: bool = False) -> str:
    elapsed = time.monotonic() - started
    rate = done / elapsed if done and elapsed else 0.0
    if finished:
        left = f", done in {_duration(elapsed)}"
    elif done >= total:
        left = ", all parsed, storing the last"
    else:
        left = f", about {_duration((total - done) / rate)} left" if rate else ", starting (loading the language model)"
    return f"articles {done}/{total} ({rate:.1f} articles/s{left})"


def _duration(seconds: float) -> str:
    seconds = round(seconds)
    return f"{seconds // 60} min {seconds % 60} s" if seconds >= 60 else f"{seconds} s"


@contextmanager
def progress(total: int, workers: int):
    """Yield a function to call per parsed article: a bar with done/total, rate and time left on a terminal,
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
        err.print(_plain_line(done[0], total, started, finished=True), soft_wrap=True)
