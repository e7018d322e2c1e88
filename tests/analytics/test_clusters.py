"""One story, one event: stores built by the real pipeline from articles written here.

A small corpus: two outlets report one oil agreement of Kazakhstan and Russia; the same week
the two sign another agreement (on space); months later a third agreement worded like the
first; and China pledges loans. Four near-identical copies of the corpus (a word changed, other
ids) must give the counts of one copy; ``count="mentions"`` gives the old per-event counts."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from multivector.analytics import balance, network, relations
from multivector.runner import run
from multivector.store.clusters import rebuild_clusters
from multivector.store.connection import connect

pytestmark = pytest.mark.model

ARTICLES = [
    {"id": "oil-northgate", "source": "Northgate Press", "date": "2021-03-15", "title": "Kazakhstan and Russia sign oil transit deal",
     "text": "Kazakhstan signed an agreement with Russia on oil transit through the Caspian pipeline on Monday. The deal lets "
             "Kazakh exporters ship more crude to the Black Sea port of Novorossiysk. Officials in Astana said the terms "
             "would be published next month."},
    {"id": "oil-pamir", "source": "Pamir Line", "date": "2021-03-16", "title": "Oil transit agreement",
     "text": "Kazakhstan signed a deal with Russia on the transit of oil via the Caspian pipeline, the energy ministry said "
             "on Tuesday. Exporters had waited two years for the agreement. Analysts expect shipments to grow by a fifth."},
    {"id": "space-northgate", "source": "Northgate Press", "date": "2021-03-17", "title": "Space memorandum",
     "text": "Kazakhstan signed a memorandum with Russia on cooperation in space at the Baikonur cosmodrome. The document "
             "covers launches of new rockets and the training of engineers. Both sides called it a milestone."},
    {"id": "oil-autumn", "source": "Oxbow News Service", "date": "2021-09-20", "title": "A second oil transit deal",
     "text": "Kazakhstan signed an agreement with Russia on oil transit through the Caspian pipeline for the next decade. "
             "The new terms replace the accord of March. Traders welcomed the longer horizon."},
    {"id": "rail-oxbow", "source": "Oxbow News Service", "date": "2021-06-10", "title": "Railway loans",
     "text": "China pledged 500 million dollars in loans to Kazakhstan for new railway lines on Thursday. The money will "
             "pay for a link to the Khorgos border crossing. Work on the line is to start in the autumn."},
]
VARIANTS = ("this", "that", "a")


def _copy(article: dict, k: int) -> dict:
    """Copy ``k`` (1-3) of an article: another id, one word changed (the last 'the')."""
    text = article["text"]
    at = text.rindex(" the ")
    return {**article, "id": f"{article['id']}-copy{k}", "text": f"{text[:at]} {VARIANTS[k - 1]} {text[at + 5:]}"}


def _build(folder, copies: int):
    folder.mkdir()
    for k in range(copies):
        lines = [json.dumps(a if k == 0 else _copy(a, k)) for a in ARTICLES]
        (folder / f"copy{k}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = folder / "store.duckdb"
    run([folder], db=db)
    con = connect(db)
    rebuild_clusters(con)
    con.close()
    return db


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    root = tmp_path_factory.mktemp("clusters")
    return _build(root / "one", 1), _build(root / "four", 4)


@pytest.fixture(scope="module")
def one(stores):
    con = connect(stores[0], read_only=True)
    yield con
    con.close()


@pytest.fixture(scope="module")
def four(stores):
    con = connect(stores[1], read_only=True)
    yield con
    con.close()


def _cluster_of(con, doc_id: str, etype: str) -> tuple:
    """(cluster id, reports, sources) of the event of ``etype`` in ``doc_id`` whose source is KAZ and target RUS or KAZ→RUS."""
    rows = con.execute(
        "SELECT c.cluster_id, c.reports, c.sources FROM events e JOIN event_cluster_members m ON m.event_id = e.id "
        "JOIN event_clusters c ON c.cluster_id = m.cluster_id WHERE e.doc_id = ? AND e.type = ? "
        "AND c.source_key = 'KAZ' AND c.target_key = 'RUS'", [doc_id, etype]).fetchall()
    assert len(rows) == 1, rows
    return rows[0]


def test_the_copies_were_stored(four):
    docs, linked = four.execute("SELECT count(*), count(near_duplicate_of) FROM documents").fetchone()
    assert docs == 4 * len(ARTICLES) and linked > 0


def test_four_copies_count_as_one(one, four):
    for a, b in (("KAZ", "RUS"), ("KAZ", "CHN")):
        for by in ("year", "month"):
            assert relations(four, a, b, by=by) == relations(one, a, b, by=by)
    assert network(four)["dyads"] == network(one)["dyads"]
    mentions = {d["a"] + d["b"]: d["events"] for d in network(four, count="mentions")["dyads"]}
    assert mentions == {d["a"] + d["b"]: 4 * d["events"] for d in network(one, count="mentions")["dyads"]}


def test_two_outlets_reporting_one_agreement_are_one_cluster(one, four):
    oil, reports, sources = _cluster_of(one, "oil-northgate", "AGREE")
    assert (reports, sources) == (2, 2)
    assert _cluster_of(one, "oil-pamir", "AGREE") == (oil, 2, 2)
    assert _cluster_of(four, "oil-pamir-copy2", "AGREE") == (oil, 8, 2)  # the same id; copies carry their outlet


def test_other_agreements_do_not_merge(one):
    oil = _cluster_of(one, "oil-northgate", "AGREE")[0]
    assert _cluster_of(one, "oil-autumn", "AGREE")[0] != oil          # the same words, months later
    space = one.execute("SELECT m.cluster_id FROM events e JOIN event_cluster_members m ON m.event_id = e.id "
                        "WHERE e.doc_id = 'space-northgate'").fetchall()
    assert space and oil not in {c for (c,) in space}                  # the same dyad and week, another subject
    # in March the two reports of the oil deal count once; everything else counts as before
    clusters = {r["period"]: r["total"]["events"] for r in relations(one, "KAZ", "RUS", by="month")}
    mentions = {r["period"]: r["total"]["events"] for r in relations(one, "KAZ", "RUS", by="month", count="mentions")}
    assert clusters == {**mentions, "2021-03": mentions["2021-03"] - 1}


def test_count_mentions_gives_the_old_per_event_counts(stores, four):
    from multivector.interfaces.cli import app

    res = CliRunner().invoke(app, ["relations", "KAZ", "RUS", "--db", str(stores[1]), "--by", "month", "--count", "mentions", "--json"])
    assert res.exit_code == 0, res.output
    got = {r["period"]: r["total"]["events"] for r in json.loads(res.output)}
    expected = dict(four.execute(
        "SELECT substr(e.date, 1, 7), count(DISTINCT e.id) FROM events e "
        "JOIN event_actors s ON s.event_id = e.id AND s.role = 'source' JOIN event_actors t ON t.event_id = e.id AND t.role = 'target' "
        "WHERE NOT e.negated AND length(e.date) >= 7 "
        "AND ((s.actor_key = 'KAZ' AND t.actor_key = 'RUS') OR (s.actor_key = 'RUS' AND t.actor_key = 'KAZ')) GROUP BY 1").fetchall())
    assert got == expected
    res = CliRunner().invoke(app, ["relations", "KAZ", "RUS", "--db", str(stores[1]), "--count", "stories"])
    assert res.exit_code == 1 and "E035" in res.output


def test_one_happening_told_four_times_is_no_significant_tilt(four):
    """June: China's loans, one cluster reported four times. Counting mentions it has 4 events, enough for
    shares, but a bootstrap over one cluster can only repeat it: no interval, no flag."""
    kwargs = dict(partners=["RUS", "CHN"], by="month", min_events=3)
    june = {p["period"]: p for p in balance(four, "KAZ", count="mentions", **kwargs)["periods"]}["2021-06"]
    assert (june["status"], june["events"], june["clusters"], june["previous"]) == ("ok", 4, 1, "2021-03")
    chn = june["partners"]["CHN"]
    assert chn["tilt"] > 0 and (chn["tilt_low"], chn["tilt_high"], chn["tilt_flag"]) == (None, None, False)
    assert june["interval_note"]
    june = {p["period"]: p for p in balance(four, "KAZ", **kwargs)["periods"]}["2021-06"]
    assert (june["status"], june["events"]) == ("too few events", 1)


def test_the_api_lists_the_sentences_behind_a_cluster(stores, four):
    from fastapi.testclient import TestClient

    from multivector.interfaces.api import create_app

    oil = _cluster_of(four, "oil-northgate", "AGREE")[0]
    with TestClient(create_app(stores[1]), base_url="http://127.0.0.1") as client:
        body = client.get(f"/api/clusters/{oil}").json()
        assert (body["cluster_id"], body["reports"], body["sources"], body["type"]) == (oil, 8, 2, "AGREE")
        assert len(body["events"]) == 8 and body["events"][0]["representative"]
        assert {e["outlet"] for e in body["events"]} == {"Northgate Press", "Pamir Line"}
        assert all("Caspian pipeline" in e["sentence"] for e in body["events"])
        missing = client.get("/api/clusters/nosuchcluster")
        assert missing.status_code == 404 and missing.json()["error"]["code"] == "E036"
        doc = client.get("/api/documents/oil-pamir-copy1").json()
        assert oil in {e["cluster_id"] for e in doc["events"]}
        counts = {mode: sum(p["total"]["events"] for p in client.get(f"/api/relations/KAZ/RUS?count={mode}").json()["periods"])
                  for mode in ("clusters", "mentions")}
        assert counts == {mode: sum(p["total"]["events"] for p in relations(four, "KAZ", "RUS", count=mode))
                          for mode in ("clusters", "mentions")}
        assert counts["mentions"] == 4 * (counts["clusters"] + 1)  # four copies; the two reports of the oil deal
        assert client.get("/api/network?count=stories").status_code == 422
        assert "/api/clusters/{cluster_id}" in client.get("/api/openapi.json").json()["paths"]
