"""Every engine stores the same thing: one process, worker processes, a real Dask LocalCluster on 127.0.0.1."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import duckdb
import pytest

from multivector.runner import run

pytestmark = pytest.mark.model


def _inputs() -> list[Path]:
    corpus = Path(str(resources.files("multivector").joinpath("examples/corpus")))
    return sorted(p for p in corpus.iterdir() if p.suffix in (".txt", ".html", ".jsonl"))


def _snapshot(db: Path) -> tuple:
    con = duckdb.connect(str(db), read_only=True)
    try:
        events = con.execute(
            "SELECT e.id, e.doc_id, e.type, e.date, e.negated, e.modality, e.sentence, "
            "(SELECT string_agg(a.role || ':' || a.actor_key, ',' ORDER BY a.role, a.position) FROM event_actors a WHERE a.event_id = e.id) "
            "FROM events e ORDER BY e.id").fetchall()
        documents = con.execute("SELECT doc_id, date, date_precision, near_duplicate_of, content_hash FROM documents ORDER BY doc_id").fetchall()
        quotes = con.execute("SELECT doc_id, position, speaker, text FROM quotes ORDER BY doc_id, position").fetchall()
    finally:
        con.close()
    return events, documents, quotes


@pytest.fixture(scope="module")
def single(tmp_path_factory):
    db = tmp_path_factory.mktemp("scale") / "one.duckdb"
    summary = run(_inputs(), db=db, batch_size=3, workers=1)
    assert summary.articles >= 10 and summary.events > 50
    return _snapshot(db)


def test_worker_processes_store_what_one_process_stores(single, tmp_path):
    db = tmp_path / "two.duckdb"
    run(_inputs(), db=db, batch_size=3, workers=2)
    assert _snapshot(db) == single


def test_a_dask_local_cluster_stores_what_one_process_stores(single, tmp_path):
    pytest.importorskip("distributed")
    db = tmp_path / "dask.duckdb"
    run(_inputs(), db=db, batch_size=3, workers=2, dask="local")
    assert _snapshot(db) == single
