"""``multivector run``: articles in, events stored, a summary out."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from .common import DbOption, check_number, run_and_summarise, settings


def run(paths: Optional[list[str]] = typer.Argument(None, help="Files, folders (read recursively) or - for stdin."),
        db: Optional[str] = DbOption,
        batch_size: Optional[int] = typer.Option(None, show_default=False,
                                                 help="Articles per batch and per transaction (default: the setting batch_size)."),
        workers: Optional[int] = typer.Option(None, show_default=False,
                                              help="Processes that parse and code (0: one per available core) (default: the setting workers)."),
        dask: Optional[str] = typer.Option(None, help="Run on a Dask cluster: a scheduler address, or 'local' for one on this machine."),
        files_from: Optional[Path] = typer.Option(None, "--files-from", help="A text file listing input paths, one a line.")) -> None:
    """Process articles into the store and print a summary."""
    from ...runner import read_path_list

    chosen = settings(db=db, batch_size=batch_size, workers=workers)
    check_number("--batch-size", chosen.batch_size, 1, 10_000)
    check_number("--workers", chosen.workers, 0, 1024)
    paths = list(paths or []) + (read_path_list(files_from) if files_from else [])
    if not paths:
        raise typer.BadParameter("give at least one path, or --files-from FILE", param_hint="PATHS")
    run_and_summarise(paths, chosen, dask=dask)
