"""Shared fixtures: the seed articles and gold (read from ../shared, never shipped), and a parsed store."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not beside this checkout")
    return SEEDS


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    if not GOLD.is_dir():
        pytest.skip("../shared/gold is not beside this checkout")
    return GOLD


@pytest.fixture(scope="session")
def seeds_store(tmp_path_factory, seeds_dir) -> Path:
    from multivector.runner import run

    db = tmp_path_factory.mktemp("store") / "seeds.duckdb"
    run([seeds_dir], db=db)
    return db
