"""``multivector export``: a table of the store to a file or stdout; the events in PLOVER's fields."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from .common import DbOption, check_out, err, open_reader


def export(db: Optional[str] = DbOption, table: str = typer.Option("events", help="events, documents, actors, quotes, memberships or failures."),
           format: str = typer.Option("plover-jsonl", "--format", help="plover-jsonl, jsonl, csv, parquet (the same PLOVER fields, typed) or icews (ICEWS coded-event columns, tab-separated)."),
           out_file: Optional[Path] = typer.Option(None, "--out", help="Output file (stdout if absent); a folder with --partition-by."),
           partition_by: Optional[str] = typer.Option(None, "--partition-by", help="'year': Parquet partitioned by year into the --out folder.")) -> None:
    """Export a table; the events in PLOVER's fields whatever the format (docs/plover-record.schema.json)."""
    from ...store.exports import check_export
    from ...store.exports import export as export_to

    check_export(table, format, out_file, partition_by)
    check_out(out_file)
    with open_reader(db) as reader:
        done = export_to(reader, table, format, out_file or sys.stdout, partition_by=partition_by)
    if out_file:
        err.print(done)
