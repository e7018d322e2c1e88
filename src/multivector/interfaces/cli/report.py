"""``multivector report``: one self-contained HTML page (or PNG charts) on a country's multi-vector balance."""

from __future__ import annotations

from typing import Optional

import typer

from ...errors import QueryError
from .common import (ByOption, CountOption, DbOption, FoldEuOption, PartnersOption, check_by, check_out, open_reader, out,
                     partner_keys, resolve_country)

FORMATS = ("html", "png")


def report(country: str = typer.Argument(..., help="The focal country, as a code or a name (KAZ, Kazakhstan)."),
           db: Optional[str] = DbOption,
           out_path: str = typer.Option("report.html", "--out", help="The HTML file to write (PNG charts go next to it)."),
           partners: Optional[str] = PartnersOption, by: str = ByOption, fold_eu: bool = FoldEuOption,
           fmt: str = typer.Option("html", "--format", help="html: one self-contained page; png: the charts as PNG files."),
           count: str = CountOption) -> None:
    """Write a report a person would read: balance, shares, net cooperation, network, key events with evidence."""
    from ...analytics import check_count
    from ..report import build_report, render_png, write_html

    check_by(by)
    if fmt not in FORMATS:
        raise QueryError(f"--format must be html or png, not {fmt!r}")
    count = check_count(count)
    check_out(out_path)
    with open_reader(db) as reader:
        country = resolve_country(reader, country, needs_events=True)
        chosen = partner_keys(reader, partners)
        data = build_report(reader.con, country, partners=chosen, by=by, fold_eu=fold_eu, count=count)
    if fmt == "png":
        for path in render_png(data, out_path):
            out.print(str(path.resolve()), soft_wrap=True)
        return
    out.print(str(write_html(data, out_path).resolve()), soft_wrap=True)
