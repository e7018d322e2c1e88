"""Opening the store: one connection function for the writer and the readers.

A read-only connection reads; a writable one also creates the tables and brings an older
schema up to date, so a store written by an earlier version opens without a step of its own.
"""

from __future__ import annotations

import time
from pathlib import Path

import duckdb

from ..errors import Errors, StoreError
from ..settings import DEFAULTS
from .schema import DDL, MIGRATIONS, SCHEMA_VERSION


def connect(path: str | Path, *, read_only: bool = False, wait: float | None = None) -> duckdb.DuckDBPyConnection:
    """Open the store, waiting up to ``wait`` seconds (setting ``lock_wait``) while another process holds it.

    DuckDB lets one process write a file or many read it, never both; writers hold the file only
    while a batch is stored and readers only for one query, so a short wait is enough."""
    deadline = time.monotonic() + (DEFAULTS["lock_wait"] if wait is None else wait)
    pause = 0.02
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only)
            break
        except (duckdb.Error, OSError) as err:
            if not _is_lock_conflict(err):
                raise StoreError(Errors.E020.format(path=path, detail=err)) from None
            if time.monotonic() >= deadline:
                raise StoreError(Errors.E023) from None
            time.sleep(pause)
            pause = min(pause * 2, 0.25)
    if not read_only:
        con.execute(DDL)
        rows = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
        if not rows:
            con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
        elif int(rows[0][0]) > SCHEMA_VERSION:
            raise StoreError(Errors.E021.format(path=path, found=rows[0][0], expected=SCHEMA_VERSION))
        else:
            _migrate(con, int(rows[0][0]))
    return con


def _is_lock_conflict(err: Exception) -> bool:
    return "lock" in str(err).lower()


def _migrate(con: duckdb.DuckDBPyConnection, found: int) -> None:
    """Bring a store written by an older multivector to this schema, in one transaction."""
    if found == SCHEMA_VERSION:
        return
    con.execute("BEGIN TRANSACTION")
    for version in range(found + 1, SCHEMA_VERSION + 1):
        for statement in MIGRATIONS.get(version, ()):
            con.execute(statement)
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION)])
    con.execute("COMMIT")
