"""Event clusters on stores written by hand: which reports are one happening, and which are not."""

from __future__ import annotations

import duckdb
import pytest

from multivector.store.clusters import alike, cluster_id, evidence, rebuild_clusters
from multivector.store.schema import DDL


def _store(path, docs, events):
    """docs: (doc_id, source, url, date, near_duplicate_of); events: (id, doc_id, type, date, sentence, trigger,
    [(source key, name)], [(target key, name)][, negated])."""
    con = duckdb.connect(str(path))
    con.execute(DDL)
    for doc_id, source, url, date, near in docs:
        con.execute("INSERT INTO documents (doc_id, source, url, date, near_duplicate_of) VALUES (?, ?, ?, ?, ?)",
                    [doc_id, source, url, date, near])
    for eid, doc_id, etype, date, sentence, trigger, sources, targets, *negated in events:
        con.execute("INSERT INTO events (id, doc_id, type, negated, modality, date, sentence, trigger) "
                    "VALUES (?, ?, ?, ?, 'asserted', ?, ?, ?)", [eid, doc_id, etype, bool(negated and negated[0]), date, sentence, trigger])
        for role, actors in (("source", sources), ("target", targets)):
            for pos, (key, name) in enumerate(actors):
                con.execute("INSERT INTO event_actors (event_id, role, position, actor_key, code, entity_text) VALUES (?, ?, ?, ?, ?, ?)",
                            [eid, role, pos, key, key, name])
    return con


def _clusters(con) -> dict[str, set[str]]:
    """cluster id → the ids of its events."""
    out: dict[str, set[str]] = {}
    for eid, cid in con.execute("SELECT event_id, cluster_id FROM event_cluster_members").fetchall():
        out.setdefault(cid, set()).add(eid)
    return out


KAZ, RUS, CHN = ("KAZ", "Kazakhstan"), ("RUS", "Russia"), ("CHN", "China")
DOCS = [("a", "Northgate Press", None, "2014-05-29", None),
        ("b", None, "https://www.pamirline.example.org/news/1", "2014-05-30", None),
        ("c", None, None, "2014-05-30", None)]


# --- the evidence: the pairs the threshold was tuned on ------------------------------------------------

SAME = [  # one happening, told by two outlets
    (("Kazakhstan and Russia signed an agreement on oil transit through the Caspian pipeline on Monday.", ["Kazakhstan", "Russia"], "signed"),
     ("Russia and Kazakhstan concluded a deal on Tuesday on the transit of oil via the Caspian pipeline.", ["Russia", "Kazakhstan"], "concluded")),
    (("President Tokayev held talks with Vladimir Putin in the Kremlin on Wednesday.", ["Tokayev", "Vladimir Putin"], "talks"),
     ("Putin received Tokayev at the Kremlin for talks, the Russian presidency said.", ["Putin", "Tokayev"], "talks")),
    (("China pledged $500 million in loans to Kazakhstan for new railway lines.", ["China", "Kazakhstan"], "pledged"),
     ("Beijing promised Astana loans worth 500 million dollars to build railways.", ["Beijing", "Astana"], "promised")),
    (("The United States praised Kazakhstan for repatriating its citizens from Syria.", ["The United States", "Kazakhstan"], "praised"),
     ("Washington commended Kazakhstan's repatriation of citizens from Syrian camps.", ["Washington", "Kazakhstan"], "commended")),
    (("Kazakhstan signed the treaty.", ["Kazakhstan"], "signed"),
     ("Kazakhstan and Russia signed a treaty creating the Eurasian Economic Union in Astana.", ["Kazakhstan", "Russia"], "signed")),
]
DIFFERENT = [  # two happenings of one dyad in one week
    (("Kazakhstan and Russia signed an agreement on oil transit through the Caspian pipeline.", ["Kazakhstan", "Russia"], "signed"),
     ("Kazakhstan and Russia signed a memorandum on cooperation in space at Baikonur.", ["Kazakhstan", "Russia"], "signed")),
    (("China pledged $500 million in loans to Kazakhstan for new railway lines.", ["China", "Kazakhstan"], "pledged"),
     ("China offered Kazakhstan 30,000 scholarships for students over ten years.", ["China", "Kazakhstan"], "offered")),
    (("Tokayev held talks with Putin on energy prices.", ["Tokayev", "Putin"], "talks"),
     ("Tokayev held talks with Putin about the security of the border with Afghanistan.", ["Tokayev", "Putin"], "talks")),
    (("The United States praised Kazakhstan for repatriating its citizens from Syria.", ["The United States", "Kazakhstan"], "praised"),
     ("The United States praised Kazakhstan's decision to host the talks on Syria's ceasefire.", ["The United States", "Kazakhstan"], "praised")),
]


@pytest.mark.parametrize("one,two", SAME)
def test_reports_of_one_happening_are_alike(one, two):
    assert alike(evidence(one[0], one[1] + [one[2]]), evidence(two[0], two[1] + [two[2]]))


@pytest.mark.parametrize("one,two", DIFFERENT)
def test_two_happenings_of_one_dyad_are_not(one, two):
    assert not alike(evidence(one[0], one[1] + [one[2]]), evidence(two[0], two[1] + [two[2]]))


def test_evidence_leaves_out_names_trigger_and_dates():
    words = evidence("On Monday Kazakhstan signed a gas deal with Russia in May.", ["Kazakhstan", "Russia", "signed"])
    assert words == {"gas", "deal"}


# --- rebuild_clusters --------------------------------------------------------------------------------


def test_two_outlets_reporting_one_agreement_form_one_cluster(tmp_path):
    con = _store(tmp_path / "s.duckdb", DOCS, [
        ("e1", "a", "AGREE", "2014-05-29", SAME[0][0][0], "signed", [KAZ], [RUS]),
        ("e2", "b", "AGREE", "2014-05-30", SAME[0][1][0], "concluded", [KAZ], [RUS]),
    ])
    assert rebuild_clusters(con) == 1
    (row,) = con.execute("SELECT cluster_id, representative, reports, sources, first_date, last_date FROM event_clusters").fetchall()
    assert row == (cluster_id("e1"), "e1", 2, 2, "2014-05-29", "2014-05-30")


def test_the_same_outlet_twice_is_one_source(tmp_path):
    docs = [("a", None, "https://pamirline.example.org/1", "2014-05-29", None),
            ("b", None, "https://www.pamirline.example.org/2", "2014-05-29", None)]
    con = _store(tmp_path / "s.duckdb", docs, [
        ("e1", "a", "AGREE", None, SAME[0][0][0], "signed", [KAZ], [RUS]),
        ("e2", "b", "AGREE", None, SAME[0][1][0], "concluded", [KAZ], [RUS]),
    ])
    rebuild_clusters(con)
    assert con.execute("SELECT reports, sources FROM event_clusters").fetchall() == [(2, 1)]


@pytest.mark.parametrize("second", [
    ("e2", "b", "AGREE", "2014-05-30", DIFFERENT[0][1][0], "signed", [KAZ], [RUS]),        # another agreement
    ("e2", "b", "AGREE", "2014-05-30", SAME[0][1][0], "concluded", [KAZ], [CHN]),          # another dyad
    ("e2", "b", "AGREE", "2014-05-30", SAME[0][1][0], "concluded", [RUS], [KAZ]),          # the other direction
    ("e2", "b", "CONSULT", "2014-05-30", SAME[0][1][0], "concluded", [KAZ], [RUS]),        # another type
    ("e2", "b", "AGREE", "2014-05-30", SAME[0][1][0], "concluded", [KAZ], [RUS], True),    # denied
    ("e2", "b", "AGREE", "2014-06-07", SAME[0][1][0], "concluded", [KAZ], [RUS]),          # 9 days later
    ("e2", "b", "AGREE", "2014-09", SAME[0][1][0], "concluded", [KAZ], [RUS]),             # months apart
    ("e2", "b", "AGREE", "2015", SAME[0][1][0], "concluded", [KAZ], [RUS]),                # another year
    ("e2", "b", "AGREE", None, SAME[0][1][0], "concluded", [KAZ], [RUS]),                  # one undated
])
def test_what_does_not_merge(tmp_path, second):
    con = _store(tmp_path / "s.duckdb", [d[:3] + (None, None) for d in DOCS], [
        ("e1", "a", "AGREE", "2014-05-29", SAME[0][0][0], "signed", [KAZ], [RUS]), second])
    assert rebuild_clusters(con) == 2


@pytest.mark.parametrize("date", ["2014-06-05", "2014-05", "2014"])
def test_dates_that_fit(tmp_path, date):
    """Within 7 days when both are days; the same month or year when the coarser date is a month or a year."""
    con = _store(tmp_path / "s.duckdb", DOCS, [
        ("e1", "a", "AGREE", "2014-05-29", SAME[0][0][0], "signed", [KAZ], [RUS]),
        ("e2", "b", "AGREE", date, SAME[0][1][0], "concluded", [KAZ], [RUS])])
    assert rebuild_clusters(con) == 1
    assert con.execute("SELECT representative FROM event_clusters").fetchall() == [("e1",)]  # the most precise date


def test_an_article_never_reports_a_happening_twice(tmp_path):
    """Two events of one article stay apart, even when a third article resembles both."""
    con = _store(tmp_path / "s.duckdb", DOCS, [
        ("e1", "a", "AGREE", "2014-05-29", "Kazakhstan signed a gas deal with Russia.", "signed", [KAZ], [RUS]),
        ("e2", "a", "AGREE", "2014-05-29", "Kazakhstan signed a second gas deal with Russia.", "signed", [KAZ], [RUS]),
        ("e3", "b", "AGREE", "2014-05-30", "Kazakhstan and Russia signed gas deals.", "signed", [KAZ], [RUS]),
    ])
    assert rebuild_clusters(con) == 2
    assert not any({"e1", "e2"} <= members for members in _clusters(con).values())


def test_a_near_duplicate_adds_reports_never_clusters(tmp_path):
    docs = DOCS + [("a2", None, None, "2014-05-29", "a"), ("a3", None, None, "2014-05-29", "a2"),
                   ("a4", None, None, "2014-05-29", "a"), ("a5", None, None, "2014-05-29", "a4")]  # a4: no events
    con = _store(tmp_path / "s.duckdb", docs, [
        ("e1", "a", "AGREE", "2014-05-29", SAME[0][0][0], "signed", [KAZ], [RUS]),
        ("e2", "a", "CONSULT", "2014-05-29", "Tokayev and Putin met.", "met", [KAZ], [RUS]),
        # the copy's coder saw another dyad: it still joins the original's AGREE
        ("c1", "a2", "AGREE", "2014-05-29", SAME[0][0][0], "signed", [KAZ], [CHN]),
        ("c2", "a2", "CONSULT", "2014-05-29", "Tokayev and Putin met.", "met", [KAZ], [RUS]),
        ("c3", "a2", "ACCUSE", "2014-05-29", "Tokayev accused Putin.", "accused", [KAZ], [RUS]),  # no counterpart
        ("d1", "a3", "AGREE", "2014-05-29", SAME[0][0][0], "signed", [KAZ], [RUS]),  # a copy of the copy
        ("f1", "a5", "CONSULT", "2014-05-29", "Tokayev and Putin met.", "met", [KAZ], [RUS]),  # a4 has none: up to a
    ])
    assert rebuild_clusters(con) == 2
    assert sorted(map(sorted, _clusters(con).values())) == [["c1", "d1", "e1"], ["c2", "e2", "f1"]]
    reps = dict(con.execute("SELECT type, representative FROM event_clusters").fetchall())
    assert reps == {"AGREE": "e1", "CONSULT": "e2"}


def test_rebuilding_is_deterministic_and_replaces(tmp_path):
    events = [(f"e{i}", "abc"[i % 3], "AGREE", f"2014-05-{20 + i}", SAME[0][i % 2][0], "signed", [KAZ], [RUS]) for i in range(6)]
    one = _store(tmp_path / "one.duckdb", DOCS, events)
    two = _store(tmp_path / "two.duckdb", DOCS, events[::-1])
    rebuild_clusters(one)
    rebuild_clusters(one)
    rebuild_clusters(two)
    query = "SELECT * FROM event_clusters ORDER BY cluster_id"
    assert one.execute(query).fetchall() == two.execute(query).fetchall()
    assert _clusters(one) == _clusters(two)
    assert one.execute("SELECT count(*) FROM event_cluster_members").fetchone() == (6,)


def test_an_empty_store(tmp_path):
    con = _store(tmp_path / "s.duckdb", [], [])
    assert rebuild_clusters(con) == 0
