"""The store: re-runs add nothing, failures are rows, a batch is all or nothing (needs the model)."""

import duckdb
import pytest

from multivector.model import ActorRef, Document, DateGuess, Event, Extraction, Segment
from multivector.runner import run
from multivector.store import Reader, Store

pytestmark = pytest.mark.model


def _write(folder, name, text):
    p = folder / name
    p.write_text(text, encoding="utf-8")
    return p


def test_rerun_adds_nothing_and_bad_inputs_become_failures(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    _write(src, "good.txt", "Talks\n\nRussia and China agreed on a new pipeline in Beijing on Monday.\n")
    (src / "empty.txt").write_bytes(b"")
    (src / "bad.jsonl").write_text('{"id": "x1", "text": "Kazakhstan criticised Russia."}\n{oops\n', encoding="utf-8")
    db = tmp_path / "s.duckdb"
    first = run([src], db=db)
    assert first.articles == 2 and len(first.failures) == 2
    second = run([src], db=db)
    assert second.articles == 0 and second.duplicates == 2
    with Reader(db) as r:
        counts = r.counts()
        reasons = sorted(f["code"] for f in r.failures())
    assert counts["documents"] == 2 and reasons == ["E001", "E005"]


def test_an_article_that_cannot_be_stored_costs_only_itself(tmp_path):
    db = tmp_path / "s.duckdb"
    text = "Kazakhstan hosted talks."
    doc = Document("d1", "h1", text, [Segment(0, len(text))], date=DateGuess("2020", "year", "test"))
    ev = Event("d1", "CONSULT", [ActorRef("KAZ", "GOV")], [ActorRef("RUS", "GOV")], text, 0, len(text), "hosted", 11, 17, id="e1")
    good = Extraction(doc, [], [ev], [], [])
    doc2 = Document("d2", "h2", "Other text.", [Segment(0, 11)], date=DateGuess(None, None, "none"))
    broken = Extraction(doc2, [], [ev], [], [])  # same event id again: the primary key refuses it
    doc3 = Document("d3", "h3", "A third text.", [Segment(0, 13)], date=DateGuess(None, None, "none"))
    with Store(db) as store:
        stored = store.write([good, broken, Extraction(doc3, [], [], [], [])])
        counted = dict(store.counts)
    assert len(stored) == 3
    assert counted == {"articles": 2, "duplicates": 0, "events": 1, "failures": 1}  # the failed attempt counts nothing
    with Reader(db) as r:
        assert r.counts()["documents"] == 2 and r.counts()["events"] == 1  # d2 left no half: no document, no event
        (failure,) = r.failures()
    assert failure["doc_id"] == "d2" and failure["code"] == "E012" and "could not be stored" in failure["reason"]


def test_an_older_store_is_migrated_not_refused(tmp_path):
    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    con.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    con.execute("CREATE TABLE documents (doc_id VARCHAR PRIMARY KEY, content_hash VARCHAR UNIQUE, title VARCHAR, text VARCHAR, "
                "date VARCHAR, date_precision VARCHAR, date_reason VARCHAR, url VARCHAR, source VARCHAR, author VARCHAR, "
                "path VARCHAR, near_duplicate_of VARCHAR, minhash BLOB, run_id VARCHAR)")
    con.close()
    text = "Kazakhstan hosted talks."
    with Store(db) as store:
        store.write([Extraction(Document("d1", "h1", text, [Segment(0, len(text))], encoding="cp1252"), [], [], [], [])])
    with Reader(db) as r:
        (row,) = r.rows("SELECT encoding FROM documents")
        (version,) = r.rows("SELECT value FROM meta WHERE key = 'schema_version'")
    assert row["encoding"] == "cp1252" and int(version["value"]) >= 2


def test_near_duplicates_are_linked(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    body = ("Kazakhstan and China signed an agreement on a new gas pipeline in Astana on Monday, officials said. "
            "The pipeline will carry gas from the Caspian region to western China over the next decade. "
            "The deal was reached after two years of negotiations between the state energy companies of both countries, "
            "which had disagreed over prices and over the route through the southern provinces. Analysts in Almaty said "
            "the agreement strengthens Beijing's position in Central Asian energy markets, where Moscow long dominated. "
            "Russian officials declined to comment on the deal, while the European Union said it was studying its terms. "
            "Construction is expected to begin next spring, and the first gas should flow within four years. ")
    _write(src, "a.txt", "Pipeline deal\n\n" + body)
    _write(src, "b.txt", "Pipeline deal signed\n\n" + body + "Reporting by a wire service.")
    db = tmp_path / "s.duckdb"
    summary = run([src], db=db)
    assert summary.articles == 2
    with Reader(db) as r:
        docs = {d["doc_id"]: d for d in r.documents()}
    assert docs["b"]["near_duplicate_of"] == "a" and docs["a"]["near_duplicate_of"] is None
