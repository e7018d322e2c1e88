"""Analytics on a small store written by hand: every number is worked out in the comments."""

from __future__ import annotations

import json

import duckdb
import pytest

from multivector.analytics import (
    balance,
    balance_index,
    fold_eu_key,
    load_events,
    movers,
    network,
    period_of,
    relations,
    shares,
)
from multivector.store.schema import DDL
from multivector.store.weights import modality_factor, type_quad, type_weight, weights


def _store(path, events, docs=(("d1", "Doc one", "2010-06-01"),)):
    """events: (id, type, modality, negated, date, sources, targets[, doc_id])."""
    con = duckdb.connect(str(path))
    con.execute(DDL)
    for doc_id, title, date in docs:
        con.execute("INSERT INTO documents (doc_id, title, date) VALUES (?, ?, ?)", [doc_id, title, date])
    for ev in events:
        eid, etype, modality, negated, date, sources, targets = ev[:7]
        doc_id = ev[7] if len(ev) > 7 else docs[0][0]
        con.execute("INSERT INTO events (id, doc_id, type, negated, modality, date, sentence) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [eid, doc_id, etype, negated, modality, date, f"sentence of {eid}"])
        for role, keys in (("source", sources), ("target", targets)):
            for pos, key in enumerate(keys):
                con.execute("INSERT INTO event_actors (event_id, role, position, actor_key, code) VALUES (?, ?, ?, ?, ?)",
                            [eid, role, pos, key, key])
    con.close()
    return duckdb.connect(str(path), read_only=True)


# 2010: e1 KAZ→RUS AGREE (coop 4), e2 USA→KAZ AGREE (coop 4), e3 KAZ→RUS ACCUSE (-2, coop 0),
#       e4 KAZ→USA AID negated (excluded).
#   shares RUS 4/8 = 0.5, USA 0.5; index over 2 partners = 1.0; net RUS 4-2 = 2, USA 4; 3 events.
# 2011: e5 KAZ→RUS COOPERATE asserted (6), e6 KAZ→USA SUPPORT future (3.5*0.5 = 1.75),
#       e7 KAZ→USA CONSULT hypothetical (1*0.25), e8 RUS→KAZ AID denied (7*0 = 0).
#   coop RUS 6, USA 2; shares 0.75 / 0.25; index = -(.75 ln .75 + .25 ln .25)/ln 2 = 0.811278;
#   tilt RUS +0.25, USA -0.25; net RUS 6, USA 2; 4 events.
# 2012: e9, e10: two events only → "too few events".
EVENTS = [
    ("e1", "AGREE", "asserted", False, "2010-03-02", ["KAZ"], ["RUS"]),
    ("e2", "AGREE", "asserted", False, "2010-05", ["USA"], ["KAZ"]),
    ("e3", "ACCUSE", "asserted", False, "2010-07-01", ["KAZ"], ["RUS"]),
    ("e4", "AID", "asserted", True, "2010-08-01", ["KAZ"], ["USA"]),
    ("e5", "COOPERATE", "asserted", False, "2011-01-10", ["KAZ"], ["RUS"]),
    ("e6", "SUPPORT", "future", False, "2011-02-10", ["KAZ"], ["USA"]),
    ("e7", "CONSULT", "hypothetical", False, "2011-04-10", ["KAZ"], ["USA"]),
    ("e8", "AID", "denied", False, "2011-11-10", ["RUS"], ["KAZ"]),
    ("e9", "AGREE", "asserted", False, "2012-01-10", ["KAZ"], ["RUS"]),
    ("e10", "AGREE", "asserted", False, "2012-01-11", ["KAZ"], ["USA"]),
]


@pytest.fixture
def con(tmp_path):
    c = _store(tmp_path / "s.duckdb", EVENTS)
    yield c
    c.close()


# --- weights, modality, periods ---------------------------------------------------------------


def test_weights_file_pins_the_scale():
    w = weights()
    assert w["_doc"]
    assert {t: w["types"][t]["weight"] for t in ("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "ACCUSE", "ASSAULT")} == {
        "AGREE": 4.0, "CONSULT": 1.0, "SUPPORT": 3.5, "COOPERATE": 6.0, "AID": 7.0, "ACCUSE": -2.0, "ASSAULT": -10.0}
    assert all(-10 <= e["weight"] <= 10 for e in w["types"].values())
    assert set(e["quad"] for e in w["types"].values()) == set(w["quads"])
    assert type_quad("AID") == "material cooperation" and type_quad("ACCUSE") == "verbal conflict"
    assert type_weight("nonsense") == 0.0


def test_every_plover_type_has_a_weight_of_the_sign_of_its_quad():
    from multivector.model import EVENT_TYPES

    for t in EVENT_TYPES:
        assert t in weights()["types"], t
        assert (type_weight(t) > 0) == type_quad(t).endswith("cooperation"), t


def test_modality_factors():
    assert [modality_factor(m) for m in ("asserted", "future", "hypothetical", "reported", "denied", None)] == [1.0, 0.5, 0.25, 0.5, 0.0, 1.0]


@pytest.mark.parametrize("date,by,expected", [
    ("2014-05-17", "year", "2014"), ("2014-05-17", "quarter", "2014-Q2"), ("2014-05-17", "month", "2014-05"),
    ("2014-12", "quarter", "2014-Q4"), ("2014-01", "quarter", "2014-Q1"), ("2014-03-31", "quarter", "2014-Q1"),
    ("2014-04-01", "quarter", "2014-Q2"), ("2014", "year", "2014"), ("2014", "month", None), ("2014", "quarter", None),
    (None, "year", None), ("", "month", None),
])
def test_period_of(date, by, expected):
    assert period_of(date, by) == expected


def test_period_of_rejects_unknown_periods():
    with pytest.raises(ValueError):
        period_of("2014", "week")


# --- load_events ------------------------------------------------------------------------------


def test_load_events_excludes_negated_and_weights_modality(con):
    rows = {r.event_id: r for r in load_events(con)}
    assert "e4" not in rows
    assert len(rows) == 9
    assert (rows["e6"].weight, rows["e6"].factor, rows["e6"].weighted, rows["e6"].coop) == (3.5, 0.5, 1.75, 1.75)
    assert (rows["e7"].weighted, rows["e8"].weighted) == (0.25, 0.0)
    assert (rows["e3"].weighted, rows["e3"].coop) == (-2.0, 0.0)
    assert (rows["e1"].year, rows["e1"].quarter, rows["e1"].month) == ("2010", "2010-Q1", "2010-03")


def test_load_events_pairs_dates_and_filters(tmp_path):
    c = _store(tmp_path / "p.duckdb", [
        ("m1", "AGREE", "asserted", False, "2015-02-01", ["KAZ", "KGZ"], ["RUS", "KAZ"]),  # 3 pairs: KAZ-KAZ dropped
        ("m2", "CONSULT", "asserted", False, None, ["KAZ"], ["CHN"]),                    # no date: the article's
        ("m3", "CONSULT", "asserted", False, "2016", ["KAZ"], [""]),                      # empty actor: no pair
    ], docs=(("d1", "Doc", "2015-07-04"),))
    rows = load_events(c)
    assert sorted((r.event_id, r.source, r.target) for r in rows) == [
        ("m1", "KAZ", "RUS"), ("m1", "KGZ", "KAZ"), ("m1", "KGZ", "RUS"), ("m2", "KAZ", "CHN")]
    assert [r.date for r in rows if r.event_id == "m2"] == ["2015-07-04"]
    assert {r.event_id for r in load_events(c, since="2015-03")} == {"m2"}
    assert {r.event_id for r in load_events(c, until="2015-02")} == {"m1"}
    c.close()


# --- relations ---------------------------------------------------------------------------------


def test_relations_both_directions(con):
    rel = {r["period"]: r for r in relations(con, "KAZ", "RUS")}
    assert sorted(rel) == ["2010", "2011", "2012"]
    r10 = rel["2010"]
    assert r10["a_to_b"]["events"] == 2 and r10["b_to_a"]["events"] == 0
    assert r10["a_to_b"]["by_type"] == {"AGREE": 1, "ACCUSE": 1}
    assert r10["total"]["by_quad"] == {"verbal cooperation": 1, "verbal conflict": 1}
    assert r10["total"]["net"] == 2.0  # 4 - 2
    r11 = rel["2011"]
    assert (r11["a_to_b"]["net"], r11["b_to_a"]["net"], r11["total"]["net"]) == (6.0, 0.0, 6.0)  # AID denied weighs 0
    assert r11["b_to_a"]["by_quad"] == {"material cooperation": 1}


def test_relations_by_quarter(con):
    rel = {r["period"]: r["total"]["events"] for r in relations(con, "KAZ", "USA", by="quarter")}
    assert rel == {"2010-Q2": 1, "2011-Q1": 1, "2011-Q2": 1, "2012-Q1": 1}


# --- shares and entropy -------------------------------------------------------------------------


def test_shares_and_entropy_formulas():
    assert shares({"RUS": 6.0, "USA": 2.0}) == {"RUS": 0.75, "USA": 0.25}
    assert shares({"RUS": 0.0, "USA": 0.0}) is None
    assert balance_index({"RUS": 0.5, "USA": 0.5}) == (pytest.approx(1.0), None)
    assert balance_index({"RUS": 1.0, "USA": 0.0}) == (0.0, None)
    assert balance_index({"A": 0.25, "B": 0.25, "C": 0.25, "D": 0.25})[0] == pytest.approx(1.0)
    assert balance_index({"A": 0.5, "B": 0.5, "C": 0.0, "D": 0.0})[0] == pytest.approx(0.5)  # ln2 / ln4
    assert balance_index({"RUS": 0.75, "USA": 0.25})[0] == pytest.approx(0.8112781244591328)
    assert balance_index({"RUS": 1.0}) == (None, "one partner")
    assert balance_index(None) == (None, "no cooperation")


def test_balance_pins_shares_index_net_and_tilt(con):
    result = balance(con, "KAZ", partners=["RUS", "USA"])
    periods = {p["period"]: p for p in result["periods"]}
    p10, p11, p12 = periods["2010"], periods["2011"], periods["2012"]
    assert (p10["status"], p10["events"], p10["index"]) == ("ok", 3, pytest.approx(1.0))
    assert {k: v["share"] for k, v in p10["partners"].items()} == {"RUS": 0.5, "USA": 0.5}
    assert {k: (v["events"], v["net"], v["cooperation"]) for k, v in p10["partners"].items()} == {"RUS": (2, 2.0, 4.0), "USA": (1, 4.0, 4.0)}
    assert p10["partners"]["RUS"]["tilt"] is None and p10["previous"] is None
    assert (p11["status"], p11["events"], p11["previous"]) == ("ok", 4, "2010")
    assert p11["index"] == pytest.approx(0.8112781244591328)
    assert {k: v["share"] for k, v in p11["partners"].items()} == {"RUS": 0.75, "USA": 0.25}
    assert {k: v["net"] for k, v in p11["partners"].items()} == {"RUS": 6.0, "USA": 2.0}
    assert p11["partners"]["RUS"]["tilt"] == pytest.approx(0.25)
    assert p11["partners"]["USA"]["tilt"] == pytest.approx(-0.25)
    lo, hi = p11["partners"]["RUS"]["tilt_low"], p11["partners"]["RUS"]["tilt_high"]
    assert -1 <= lo <= hi <= 1
    assert p11["partners"]["RUS"]["tilt_flag"] == (lo > 0 or hi < 0)
    # the few-events rule: 2 events < 3
    assert p12["status"] == "too few events" and p12["events"] == 2 and p12["index"] is None
    assert all(v["share"] is None and v["tilt"] is None for v in p12["partners"].values())
    assert p12["partners"]["RUS"]["events"] == 1  # volume is still given


def test_few_events_rule_threshold(con):
    periods = {p["period"]: p for p in balance(con, "KAZ", partners=["RUS", "USA"], min_events=4)["periods"]}
    assert periods["2010"]["status"] == "too few events"  # 3 < 4
    assert periods["2011"]["status"] == "ok"
    assert periods["2011"]["previous"] is None  # 2010 has no numbers, so no tilt
    assert periods["2011"]["partners"]["RUS"]["tilt"] is None
    periods = {p["period"]: p for p in balance(con, "KAZ", partners=["RUS", "USA"], min_events=2)["periods"]}
    assert periods["2012"]["status"] == "ok" and periods["2012"]["previous"] == "2011"
    assert periods["2012"]["partners"]["RUS"]["tilt"] == pytest.approx(0.5 - 0.75)


def test_one_partner_and_no_cooperation(tmp_path, con):
    one = {p["period"]: p for p in balance(con, "KAZ", partners=["RUS"], min_events=1)["periods"]}
    assert one["2010"]["index"] is None and one["2010"]["index_note"] == "one partner"
    assert one["2010"]["partners"]["RUS"]["share"] == 1.0
    c = _store(tmp_path / "c.duckdb", [(f"x{i}", "ACCUSE", "asserted", False, "2010-01-01", ["KAZ"], ["RUS"]) for i in range(3)])
    p = balance(c, "KAZ", partners=["RUS", "USA"])["periods"][0]
    assert (p["status"], p["index"], p["index_note"]) == ("no cooperation", None, "no cooperation")
    assert p["partners"]["RUS"]["net"] == -6.0
    c.close()


def test_bootstrap_is_deterministic_with_a_seed(con):
    def interval(seed):
        p11 = {p["period"]: p for p in balance(con, "KAZ", partners=["RUS", "USA"], seed=seed, n_boot=200)["periods"]}["2011"]
        return [(v["tilt_low"], v["tilt_high"]) for v in p11["partners"].values()]

    assert interval(7) == interval(7)
    assert interval(0) == interval(0)


def test_bootstrap_flags_a_certain_tilt(tmp_path):
    # 2010: three cooperative events with RUS only; 2011: three with USA only.
    # Every resample gives RUS share 1 → 0: tilt -1 with interval [-1, -1], flagged; USA +1.
    evs = [(f"r{i}", "AGREE", "asserted", False, "2010-01-0%d" % (i + 1), ["KAZ"], ["RUS"]) for i in range(3)]
    evs += [(f"u{i}", "AGREE", "asserted", False, "2011-01-0%d" % (i + 1), ["KAZ"], ["USA"]) for i in range(3)]
    c = _store(tmp_path / "t.duckdb", evs)
    p = balance(c, "KAZ", partners=["RUS", "USA"])["periods"][1]
    assert (p["partners"]["RUS"]["tilt"], p["partners"]["RUS"]["tilt_low"], p["partners"]["RUS"]["tilt_high"]) == (-1.0, -1.0, -1.0)
    assert p["partners"]["RUS"]["tilt_flag"] and p["partners"]["USA"]["tilt_flag"]
    assert p["index"] == 0.0
    c.close()


def test_default_partners_are_the_most_frequent(tmp_path):
    evs = []
    for partner, n in (("RUS", 5), ("USA", 4), ("CHN", 3), ("TUR", 2), ("FRA", 1)):
        evs += [(f"{partner}{i}", "CONSULT", "asserted", False, "2010-01-01", ["KAZ"], [partner]) for i in range(n)]
    evs.append(("other", "CONSULT", "asserted", False, "2010-01-01", ["RUS"], ["USA"]))  # not with KAZ
    c = _store(tmp_path / "d.duckdb", evs)
    result = balance(c, "KAZ")
    assert result["partners"] == ["RUS", "USA", "CHN", "TUR"]
    p = result["periods"][0]
    assert p["events"] == 14  # FRA's event and RUS→USA left out
    assert p["partners"]["RUS"]["share"] == pytest.approx(5 / 14)
    c.close()


# --- fold_eu --------------------------------------------------------------------------------------


def test_fold_eu_key_respects_membership_years():
    assert fold_eu_key("DEU", 1990) == "EU"
    assert fold_eu_key("GBR", 2019) == "EU" and fold_eu_key("GBR", 2021) == "GBR" and fold_eu_key("GBR", 1970) == "GBR"
    assert fold_eu_key("RUS", 2010) == "RUS"


def test_balance_fold_eu(tmp_path):
    evs = [
        ("f1", "AGREE", "asserted", False, "2019-01-01", ["KAZ"], ["DEU"]),
        ("f2", "AGREE", "asserted", False, "2019-02-01", ["FRA"], ["KAZ"]),
        ("f3", "AGREE", "asserted", False, "2019-03-01", ["KAZ"], ["DEU", "FRA"]),  # one EU event, not two
        ("f4", "AGREE", "asserted", False, "2019-03-01", ["KAZ"], ["RUS"]),
        ("g1", "AGREE", "asserted", False, "2021-03-01", ["KAZ"], ["GBR"]),  # after Brexit
        ("g2", "AGREE", "asserted", False, "2019-03-01", ["KAZ"], ["GBR"]),  # before
    ]
    c = _store(tmp_path / "e.duckdb", evs)
    p = {q["period"]: q for q in balance(c, "KAZ", partners=["EU", "RUS", "GBR"], fold_eu=True, min_events=1)["periods"]}
    assert p["2019"]["partners"]["EU"]["events"] == 4  # f1, f2, f3, g2
    assert p["2019"]["partners"]["EU"]["share"] == pytest.approx(16 / 20)
    assert p["2019"]["partners"]["GBR"]["events"] == 0
    assert p["2021"]["partners"]["GBR"]["events"] == 1
    unfolded = balance(c, "KAZ", partners=["EU", "RUS"], min_events=1)["periods"][0]
    assert unfolded["partners"]["EU"]["events"] == 0
    # the focal country itself is never folded
    assert balance(c, "DEU", partners=["KAZ"], fold_eu=True, min_events=1)["periods"][0]["partners"]["KAZ"]["events"] == 2
    c.close()


# --- movers and network ------------------------------------------------------------------------------


def test_movers_rank_by_leave_one_out_influence(con):
    # 2010: shares 0.5/0.5. Without e1: RUS 0, USA 1 → influence (0.5 + 0.5) / 2 = 0.5; same for e2.
    # e3 (ACCUSE) leaves the shares unchanged: influence 0, last.
    ms = movers(con, "KAZ", "2010", ["RUS", "USA"], by="year")
    assert [m["event_id"] for m in ms] == ["e1", "e2", "e3"]
    assert [m["influence"] for m in ms] == [0.5, 0.5, 0.0]
    assert ms[0]["delta"] == {"RUS": 0.5, "USA": -0.5}
    assert (ms[0]["sentence"], ms[0]["title"], ms[0]["doc_id"]) == ("sentence of e1", "Doc one", "d1")
    # 2011: without e5 (6 of 8): USA alone → influence 0.75; without e6 (1.75): RUS 6/6.25 = 0.96 → 0.21
    ms = movers(con, "KAZ", "2011", ["RUS", "USA"], by="year", limit=2)
    assert [m["event_id"] for m in ms] == ["e5", "e6"]
    assert ms[0]["influence"] == pytest.approx(0.75)
    assert ms[1]["influence"] == pytest.approx(6 / 6.25 - 0.75)
    assert movers(con, "KAZ", "1999", ["RUS", "USA"]) == []


def test_network_dyads_and_centrality(con):
    net = network(con, since="2010", until="2010")
    assert net["dyads"] == [
        {"a": "KAZ", "b": "RUS", "events": 2, "net": 2.0, "cooperation": 4.0},
        {"a": "KAZ", "b": "USA", "events": 1, "net": 4.0, "cooperation": 4.0},
    ]
    cent = {n["actor"]: n["centrality"] for n in net["nodes"]}
    assert cent == {"KAZ": 1.0, "RUS": 0.5, "USA": 0.5}
    assert {n["actor"]: n["events"] for n in net["nodes"]} == {"KAZ": 3, "RUS": 2, "USA": 1}


def test_analytics_does_not_import_nlp():
    import subprocess
    import sys

    code = ("import sys, multivector.analytics; "
            "bad = [m for m in sys.modules if m == 'spacy' or m.startswith(('multivector.nlp', 'multivector.events', 'multivector.actors.resolve'))]; "
            "print(bad); sys.exit(1 if bad else 0)")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True).returncode == 0


# --- CLI ------------------------------------------------------------------------------------------------


def test_cli_balance_relations_network(tmp_path, con):
    from typer.testing import CliRunner

    from multivector.interfaces.cli import app

    db = str(tmp_path / "s.duckdb")
    con.close()
    runner = CliRunner()
    res = runner.invoke(app, ["balance", "KAZ", "--db", db, "--partners", "RUS,USA", "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["partners"] == ["RUS", "USA"]
    assert data["periods"][1]["partners"]["RUS"]["share"] == 0.75
    res = runner.invoke(app, ["balance", "KAZ", "--db", db, "--partners", "RUS,USA"])
    assert res.exit_code == 0 and "too few" in res.output and "0.81" in res.output
    res = runner.invoke(app, ["relations", "KAZ", "RUS", "--db", db, "--json"])
    assert res.exit_code == 0 and [r["period"] for r in json.loads(res.output)] == ["2010", "2011", "2012"]
    res = runner.invoke(app, ["network", "--db", db, "--json"])
    assert res.exit_code == 0 and json.loads(res.output)["dyads"][0] == {"a": "KAZ", "b": "RUS", "events": 5, "net": 12.0, "cooperation": 14.0}
    assert runner.invoke(app, ["balance", "KAZ", "--db", db, "--by", "week"]).exit_code == 1
