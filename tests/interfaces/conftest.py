"""Fixtures of the interface tests: a live server over a copy of the seeds store."""

from __future__ import annotations

import shutil

import pytest

from .live import live_server


@pytest.fixture()
def seeds_server(seeds_store, tmp_path):
    """``multivector serve`` on 127.0.0.1 over a copy of the seeds store (writes go to the copy); yields its URL."""
    db = tmp_path / "served.duckdb"
    shutil.copy(seeds_store, db)
    with live_server(db) as url:
        yield url
