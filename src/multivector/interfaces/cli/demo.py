"""``multivector demo``: everything on the bundled example corpus, then the next commands to try."""

from __future__ import annotations

import os
import shlex
import sys
from importlib import resources
from pathlib import Path

import typer

from ...ingest import SUPPORTED_SUFFIXES
from .common import out, run_and_summarise, settings


def example_corpus() -> Path:
    return Path(str(resources.files("multivector").joinpath("examples/corpus")))


def demo(db: str = typer.Option("demo.duckdb", "--db", help="Where to store the demo.")) -> None:
    """Run everything on the bundled example corpus."""
    corpus = example_corpus()
    out.print(f"[bold]multivector demo[/bold]: {corpus}")
    articles = [str(p) for p in sorted(corpus.iterdir()) if p.suffix in SUPPORTED_SUFFIXES]  # its MANIFEST is not an article
    run_and_summarise(articles, settings(db=db, workers=0))
    launcher = Path(sys.argv[0])
    command = os.path.relpath(launcher) if launcher.name == "multivector" and launcher.exists() else "multivector"
    out.print(f"\nResults are in [bold]{Path(db).resolve()}[/bold]. Try:")
    for args in (["events", "--db", db, "--country", "KAZ"], ["report", "KAZ", "--db", db, "--out", "demo-report.html"]):
        out.print(shlex.join([command, *args]), soft_wrap=True, markup=False, highlight=False)
