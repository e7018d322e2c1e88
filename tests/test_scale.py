"""Every engine stores the same thing: one process, worker processes, a real Dask LocalCluster on 127.0.0.1;
and every engine announces each article as it is parsed, here in the calling process."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

import duckdb
import pytest

from multivector.runner import count_inputs, run

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


def _run(db: Path, **engine) -> list[str]:
    """Run the corpus in batches of 3; the order in which articles were announced parsed and batches stored."""
    heard: list[str] = []
    summary = run(_inputs(), db=db, batch_size=3, on_parsed=lambda: heard.append("parsed"),
                  on_batch=lambda n: heard.append(f"stored {n}"), **engine)
    assert summary.articles >= 10 and summary.events > 50
    return heard


def _announced_per_article(heard: list[str]) -> None:
    assert heard.count("parsed") == count_inputs(_inputs())
    assert heard.index("parsed") < heard.index("stored 3")  # progress moves before the first batch is stored


@pytest.fixture(scope="module")
def single(tmp_path_factory):
    db = tmp_path_factory.mktemp("scale") / "one.duckdb"
    _announced_per_article(_run(db))
    return _snapshot(db)


def test_one_worker_process_stores_what_this_process_stores(single, tmp_path):
    db = tmp_path / "one-worker.duckdb"
    _announced_per_article(_run(db, workers=1))
    assert _snapshot(db) == single


def test_worker_processes_store_what_one_process_stores(single, tmp_path):
    db = tmp_path / "two.duckdb"
    _announced_per_article(_run(db, workers=2))
    assert _snapshot(db) == single


def test_a_dask_local_cluster_stores_what_one_process_stores(single, tmp_path):
    pytest.importorskip("distributed")
    db = tmp_path / "dask.duckdb"
    _announced_per_article(_run(db, workers=2, dask="local"))
    assert _snapshot(db) == single


def test_a_progress_callback_that_fails_never_stops_the_run(single, tmp_path):
    def broken() -> None:
        raise RuntimeError("the display went away")
    for name, engine in (("here", {}), ("pool", {"workers": 2})):
        db = tmp_path / f"broken-{name}.duckdb"
        run(_inputs(), db=db, batch_size=3, on_parsed=broken, **engine)
        assert _snapshot(db) == single


def test_local_dask_workers_are_set_for_long_cpu_bound_tasks():
    """Dask's own MALLOC_TRIM_THRESHOLD_ would make each worker fault the parser's freed arrays in again and again,
    its profiler would sample each task for a dashboard a local run does not have, and its event loop wake
    50 times a second to time itself."""
    pytest.importorskip("distributed")
    import dask

    from multivector.scale import _dask_client

    with _dask_client("local", 1) as client:
        assert set(client.run(os.environ.get, "MALLOC_TRIM_THRESHOLD_").values()) == {None}
        assert set(client.run(dask.config.get, "distributed.worker.profile.enabled").values()) == {False}
        assert set(client.run(dask.config.get, "distributed.admin.tick.interval").values()) == {"1s"}
