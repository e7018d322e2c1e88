"""The report: a small hand-built store for the content and escaping, the real store in headless Chromium."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from multivector.interfaces.report import build_report, render_html, render_png, write_html
from multivector.interfaces.report.charts import nice_ticks
from multivector.store.schema import DDL

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
EVIL = "Kazakhstan <script>alert(1)</script> & Russia agreed"
EVIL_TITLE = 'Deals <b onmouseover="x">signed</b>'

DOCS = [("d1", EVIL_TITLE, "2010-06-01", "day", "from the article's metadata (2010-06-01)"),
        ("d2", "Undated piece", "2011-05", "month", "'May 8th' (2011) has passed; <i>before</i>: a summit")]
# (id, type, modality, date, source, target, doc, sentence)
EVENTS = [
    ("e1", "AGREE", "asserted", "2010-03-02", "KAZ", "RUS", "d1", EVIL),
    ("e2", "AGREE", "asserted", "2010-05-01", "USA", "KAZ", "d1", "The US agreed with Kazakhstan."),
    ("e3", "ACCUSE", "asserted", "2010-07-01", "KAZ", "RUS", "d1", "Kazakhstan accused Russia."),
    ("e4", "COOPERATE", "asserted", "2011-01-10", "KAZ", "RUS", "d2", "Kazakhstan and Russia built a pipeline."),
    ("e5", "SUPPORT", "future", "2011-02-10", "KAZ", "USA", "d2", "Kazakhstan will support the US."),
    ("e6", "CONSULT", "asserted", "2011-04-10", "KAZ", "CHN", "d2", "Kazakhstan consulted China."),
    ("e7", "AGREE", "asserted", "2012-01-10", "KAZ", "RUS", "d2", "One event only in 2012."),
]


def _store(path: Path) -> Path:
    con = duckdb.connect(str(path))
    con.execute(DDL)
    for doc_id, title, date, precision, reason in DOCS:
        con.execute("INSERT INTO documents (doc_id, title, date, date_precision, date_reason) VALUES (?, ?, ?, ?, ?)",
                    [doc_id, title, date, precision, reason])
    for eid, etype, modality, date, src, tgt, doc_id, sentence in EVENTS:
        con.execute("INSERT INTO events (id, doc_id, type, negated, modality, date, sentence) VALUES (?, ?, ?, false, ?, ?, ?)",
                    [eid, doc_id, etype, modality, date, sentence])
        for role, key in (("source", src), ("target", tgt)):
            con.execute("INSERT INTO event_actors (event_id, role, position, actor_key, code) VALUES (?, ?, 0, ?, ?)",
                        [eid, role, key, key])
    con.close()
    return path


@pytest.fixture
def store(tmp_path) -> Path:
    return _store(tmp_path / "s.duckdb")


@pytest.fixture
def data(store):
    return build_report(store, "kaz", partners=["RUS", "USA", "CHN"])


def test_build_report_is_data(data):
    assert data.country == "KAZ" and data.country_name == "Kazakhstan"
    assert data.partners == ["RUS", "USA", "CHN"]
    assert [p["period"] for p in data.balance["periods"]] == ["2010", "2011", "2012"]
    assert [p["status"] for p in data.balance["periods"]] == ["ok", "ok", "too few events"]
    assert data.names["USA"] == "the United States" and data.names["RUS"] == "Russia"
    assert len(set(data.colours.values())) == 3
    assert [d["doc_id"] for d in data.undated] == ["d2"]  # d1 was dated by its metadata
    assert {m["event_id"] for m in data.movers["2010"]} == {"e1", "e2", "e3"}
    assert set(data.network["positions"]) == {"KAZ", "RUS", "USA", "CHN"}
    assert data.as_dict()["stats"]["too_few"] == ["2012"]


def test_summary_is_generated_from_the_numbers(data):
    text = " ".join(data.summary)
    # 2010: RUS 4, USA 4 -> 50/50; 2011: RUS 6, USA 1.75, CHN 1 -> RUS 69% (+19 points), USA 20% (-30 points)
    assert "In 2011, cooperation with Russia rose to 69% of the total (+19 points since 2010)" in text
    assert "the United States' share fell to 20% (−30 points" in text
    assert "too few events" in text and "2012" in text


def test_html_has_the_charts_and_escapes_article_text(data):
    html = render_html(data)
    assert html.count("<svg") == 4
    assert "<script" not in html.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Russia agreed" in html
    assert EVIL not in html and EVIL_TITLE not in html
    assert "Deals &lt;b onmouseover=&quot;x&quot;&gt;signed&lt;/b&gt;" in html
    assert "&lt;i&gt;before&lt;/i&gt;: a summit" in html  # the date reasoning of the undated article
    assert "too few" in html
    for name in ("Russia", "the United States", "China"):
        assert name in html


def test_html_works_offline(data):
    html = render_html(data)
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", html, re.I)
    assert not re.search(r"""url\(\s*["']?\s*(?:https?:)?//|@import""", html, re.I)
    assert "http://" not in html and "https://" not in html


def test_empty_store_renders(tmp_path):
    con = duckdb.connect(str(tmp_path / "e.duckdb"))
    con.execute(DDL)
    con.close()
    data = build_report(tmp_path / "e.duckdb", "KAZ")
    html = render_html(data)
    assert "nothing to measure" in html and "<svg" in html


def test_nice_ticks_cover_the_range():
    assert nice_ticks(-5.5, 24) == [-10, 0, 10, 20, 30]
    assert nice_ticks(0, 7) == [0, 2, 4, 6, 8]
    assert nice_ticks(0, 0)[0] == 0 and nice_ticks(0, 0)[-1] >= 1


def test_png_charts_are_written_next_to_out(data, tmp_path):
    paths = render_png(data, tmp_path / "out" / "report.html")
    assert [p.name for p in paths] == ["report-balance.png", "report-shares.png", "report-net.png", "report-network.png"]
    for p in paths:
        assert p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_cli_report_writes_html_and_png(store, tmp_path):
    from multivector.interfaces.cli import app

    runner = CliRunner()
    out = tmp_path / "r.html"
    result = runner.invoke(app, ["report", "KAZ", "--db", str(store), "--out", str(out), "--partners", "RUS,USA"])
    assert result.exit_code == 0, result.output
    assert str(out.resolve()) in result.output.replace("\n", "")
    assert "<svg" in out.read_text(encoding="utf-8")
    result = runner.invoke(app, ["report", "KAZ", "--db", str(store), "--out", str(out), "--format", "png"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "r-shares.png").exists()
    result = runner.invoke(app, ["report", "KAZ", "--db", str(store), "--format", "pdf"])
    assert result.exit_code == 1


@pytest.mark.model
def test_report_renders_in_headless_chromium(seeds_dir, tmp_path):
    """The real store (seeds + example corpus) rendered by Chromium: no console error, charts present; keeps a screenshot."""
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is missing: apt-get install chromium (see .ci/run)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright (the test extra)")
    from multivector.runner import run

    db = tmp_path / "real.duckdb"
    run([seeds_dir, ROOT / "src" / "multivector" / "examples" / "corpus"], db=db)
    data = build_report(db, "KAZ")
    periods = {p["period"] for p in data.balance["periods"]}
    assert {"2008", "2014"} <= periods and {"RUS", "USA"} <= set(data.partners)
    page_path = write_html(data, tmp_path / "report.html")
    artifacts = ROOT / "artifacts"
    artifacts.mkdir(exist_ok=True)
    problems: list[str] = []
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            page.on("console", lambda msg: problems.append(f"console {msg.type}: {msg.text}") if msg.type in ("error", "warning") else None)
            page.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
            page.on("request", lambda req: problems.append(f"request: {req.url}") if not req.url.startswith(("file:", "data:")) else None)
            page.goto(page_path.resolve().as_uri())
            page.wait_for_load_state("load")
            assert page.locator("svg").count() == 4
            assert page.locator("svg path, svg rect, svg circle").count() > 50
            box = page.locator("svg").first.bounding_box()
            assert box and box["width"] > 600 and box["height"] > 150
            page.screenshot(path=str(artifacts / "report.png"), full_page=True)
        finally:
            browser.close()
    assert not problems, problems
    assert (artifacts / "report.png").stat().st_size > 50_000
