"""The report command: one self-contained HTML page (or PNG charts) on a country's multi-vector balance.

Registered on the main app by the import at the end of ``cli.py``."""

from __future__ import annotations

from typing import Optional

import typer

from .cli import DbOption, _fail, _reader, app, check_out, out, resolve_country
from .cli_analytics import CountOption, _check_count, partner_keys

FORMATS = ("html", "png")


@app.command()
def report(country: str = typer.Argument(..., help="The focal country, as a code or a name (KAZ, Kazakhstan)."), db: str = DbOption,
           out_path: str = typer.Option("report.html", "--out", help="The HTML file to write (PNG charts go next to it)."),
           partners: Optional[str] = typer.Option(None, help="Comma-separated, e.g. RUS,USA,CHN,EU (default: the 4 with most events)."),
           by: str = typer.Option("year", "--by", help="Period: month, quarter or year."),
           fold_eu: bool = typer.Option(False, "--fold-eu", help="Count EU member states as EU."),
           fmt: str = typer.Option("html", "--format", help="html: one self-contained page; png: the charts as PNG files."),
           count: str = CountOption) -> None:
    """Write a report a person would read: balance, shares, net cooperation, network, key events with evidence."""
    from ..errors import QueryError
    from .report import build_report, render_png, write_html

    if by not in ("month", "quarter", "year"):
        _fail(QueryError(f"--by must be month, quarter or year, not {by!r}"))
    if fmt not in FORMATS:
        _fail(QueryError(f"--format must be html or png, not {fmt!r}"))
    count = _check_count(count)
    check_out(out_path)
    with _reader(db) as reader:
        country = resolve_country(reader, country, needs_events=True)
        chosen = partner_keys(reader, partners)
        data = build_report(reader.con, country, partners=chosen, by=by, fold_eu=fold_eu, count=count)
    if fmt == "png":
        for path in render_png(data, out_path):
            out.print(str(path.resolve()), soft_wrap=True)
        return
    out.print(str(write_html(data, out_path).resolve()), soft_wrap=True)
