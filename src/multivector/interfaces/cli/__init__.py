"""The command line: the Typer app, each command a thin wrapper (in its own module) over a plain function.

Command modules import ``common`` only; this module registers them, each behind the one error handler."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from . import analytics, demo, evaluate, export, query, report, run, serve
from .common import exits_on_error, use_config_file

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="News articles in, verifiable PLOVER political events out.")

COMMANDS = {
    "run": run.run, "events": query.events, "actors": query.actors, "quotes": query.quotes, "show": query.show,
    "export": export.export, "demo": demo.demo, "eval": evaluate.evaluate,
    "relations": analytics.relations, "balance": analytics.balance, "network": analytics.network,
    "report": report.report, "serve": serve.serve,
}
for name, command in COMMANDS.items():
    app.command(name)(exits_on_error(command))


@app.callback()
def settings_file(config: Optional[Path] = typer.Option(None, "--config", metavar="FILE", show_default=False,
                                                   help="A settings file (TOML; default: $MULTIVECTOR_CONFIG, else "
                                                        "./multivector.toml if present); see docs/settings.md.")) -> None:
    """News articles in, verifiable PLOVER political events out."""
    use_config_file(config)


def main() -> None:
    """The ``multivector`` program."""
    app()
