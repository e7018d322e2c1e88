"""``run``: read inputs, run the pipeline, store the results. The function behind ``multivector run``."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import Errors, InputError
from .ingest import input_files, iter_articles
from .model import Extraction, Failure
from .pipeline import batched
from .scale import engine
from .settings import Settings, load_settings
from .store import Store


@dataclass
class RunSummary:
    db: str
    articles: int = 0
    duplicates: int = 0
    events_by_type: Counter = field(default_factory=Counter)
    failures: list[Failure] = field(default_factory=list)

    @property
    def events(self) -> int:
        return sum(self.events_by_type.values())

    @property
    def nothing_processed(self) -> bool:
        return self.articles == 0 and self.duplicates == 0 and bool(self.failures)


def classifier_untrained() -> bool:
    """No packaged or cached event-type classifier matches its training data: the next run trains one (about a minute)."""
    from .events.classifier import origin

    return origin() == "training"


def train_classifier() -> None:
    """Train and cache the classifier here, once, so that no worker trains its own."""
    from .events.classifier import load_classifier

    load_classifier()


def count_inputs(paths: Iterable[str | Path]) -> int | None:
    """How many articles (or failure rows) a run will yield, for a progress bar: one a file, one a non-blank line
    of a JSONL file; None when reading stdin. Folders are walked as ``iter_articles`` walks them."""
    total = 0
    for raw in paths:
        if str(raw) == "-":
            return None
        p = Path(raw)
        total += sum(_articles_in(f) for f in (input_files(p) if p.is_dir() else [p]))
    return total


def _articles_in(path: Path) -> int:
    if path.suffix.lower() != ".jsonl":
        return 1
    try:
        with path.open("rb") as handle:
            return max(1, sum(1 for line in handle if line.strip()))
    except OSError:
        return 1  # its failure is one row


def read_path_list(listing: str | Path) -> list[str]:
    """The paths named in a text file, one a line (blank lines and # comments skipped)."""
    try:
        lines = Path(listing).read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(Errors.E010.format(detail=f"{listing}: {getattr(err, 'strerror', None) or err}")) from None
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def run(paths: Iterable[str | Path], settings: Settings | None = None, *, db: str | Path | None = None,
        batch_size: int | None = None, workers: int | None = None, dask: str | None = None,
        on_batch: Callable[[int], None] | None = None,
        on_article: Callable[[Extraction | Failure], None] | None = None,
        on_parsed: Callable[[], None] | None = None) -> RunSummary:
    """Process every article under ``paths`` into the store at ``db``; a bad article is a failure row, never a stop.

    ``settings`` (``load_settings()`` when absent) are passed on to the workers and the store; ``db`` and
    ``batch_size``, when given, override them. ``workers`` processes (or a Dask cluster at ``dask``, ``local`` for
    one of ``workers`` processes on this machine; or, with neither, this process) parse and code batches; this
    process alone writes, in input order, so the store is the same whichever engine ran. Worker processes are
    spawned, so a script that asks for them runs ``run`` under ``if __name__ == "__main__":``. ``on_parsed`` is
    called once per article as soon as a worker has parsed it (or found it failed), possibly from another thread of
    this process; ``on_article`` with each article (or failure) once it is stored, ``on_batch`` with each stored
    batch's size."""
    settings = settings or load_settings()
    settings = replace(settings, **{k: v for k, v in (("db", str(db) if db else None), ("batch_size", batch_size)) if v})
    paths = list(paths)
    batches = batched(iter_articles(paths, max_file_mb=settings.max_file_mb), settings.batch_size)
    first = next(batches, None)
    second = next(batches, None)
    if second is None and not dask:  # one batch: starting a worker would cost more than it saves
        workers = None
    queued = itertools.chain([b for b in (first, second) if b is not None], batches)
    store = Store(settings.db, lock_wait=settings.lock_wait, near_duplicate_threshold=settings.near_duplicate_threshold)
    with store, engine(workers, dask, settings, on_parsed) as map_batches, ThreadPoolExecutor(1) as writer:
        summary = RunSummary(db=store.path)

        def account(batch: list, stored) -> None:
            new = {id(x) for x in stored.result()}
            for item in batch:
                if isinstance(item, Failure):
                    summary.failures.append(item)
                elif id(item) in new:
                    summary.articles += 1
                    summary.events_by_type.update(e.type for e in item.events)
                else:
                    summary.duplicates += 1
                if on_article:
                    on_article(item)
            if on_batch:
                on_batch(len(batch))

        # One writer thread, one batch behind: a batch is stored while the next is parsed and coded.
        behind = None
        for batch in map_batches(queued):
            if behind is not None:
                account(*behind)
            behind = (batch, writer.submit(store.write, batch))
        if behind is not None:
            account(*behind)
        store.close(inputs=" ".join(map(str, paths)))
    return summary
