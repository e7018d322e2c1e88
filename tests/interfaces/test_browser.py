"""The dashboard in headless Chromium against a real ``multivector serve`` on 127.0.0.1."""

from __future__ import annotations

import json
import re
import urllib.request
from pathlib import Path

import pytest

from .live import CHROMIUM, chromium_page

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"

pytestmark = [pytest.mark.model,
              pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is missing (apt-get install chromium)")]


@pytest.fixture()
def server(seeds_server):
    return seeds_server


@pytest.fixture()
def page():
    with chromium_page() as pg:
        pg.errors = []
        pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
        pg.on("pageerror", lambda e: pg.errors.append(str(e)))
        pg.on("dialog", lambda d: (pg.errors.append("dialog: " + d.message), d.dismiss()))
        yield pg


def test_country_period_event_evidence(server, page):
    ARTIFACTS.mkdir(exist_ok=True)
    page.goto(server + "/#/country/KAZ")
    page.wait_for_selector("#balance-chart circle")
    assert page.locator("#shares-chart rect[fill]").count() > 0
    page.screenshot(path=str(ARTIFACTS / "01-country-KAZ.png"), full_page=True)
    page.locator("#balance-chart .period").first.click()
    page.wait_for_selector("#period-table tbody tr")
    page.screenshot(path=str(ARTIFACTS / "02-period-events.png"), full_page=True)
    page.locator("#period-table tbody tr").first.click()
    page.wait_for_selector("mark#evidence")
    evidence = page.locator("mark#evidence").inner_text()
    assert len(evidence) > 20 and page.locator("mark.trigger").count() == 1
    page.screenshot(path=str(ARTIFACTS / "03-evidence.png"), full_page=True)
    page.goto(server + "/#/events?type=SUPPORT")
    page.wait_for_selector("#events-table tbody tr")
    assert set(page.locator("#events-table tbody tr td:nth-child(2)").all_inner_texts()) == {"SUPPORT"}
    page.locator("#events-table tbody tr").first.click()
    page.wait_for_selector("mark#evidence")
    assert page.errors == []


def test_paste_article_shows_events_and_scripts_stay_text(server, page):
    ARTIFACTS.mkdir(exist_ok=True)
    text = ("Kazakhstan and China sign pipeline deal\n\nKazakhstan signed an agreement with China on energy cooperation. "
            "President Nursultan Nazarbayev met Chinese President Xi Jinping in Astana in 2013. "
            "\"We are strategic partners,\" Nazarbayev said. <script>alert('xss')</script><img src=x onerror=alert(2)>")
    page.goto(server + "/#/paste")
    page.fill("#paste-text", text)
    page.click("#paste-submit")
    page.wait_for_selector("#paste-events tbody tr", timeout=60000)
    assert "2013" in page.locator("#paste-date").inner_text()
    page.screenshot(path=str(ARTIFACTS / "04-paste.png"), full_page=True)
    page.locator("#paste-events tbody tr").first.click()
    page.wait_for_selector("mark#evidence")
    assert "<script>alert('xss')</script>" in page.locator("#doc-text").inner_text()
    assert page.locator("#doc-text script, #doc-text img").count() == 0
    page.screenshot(path=str(ARTIFACTS / "05-pasted-article.png"), full_page=True)
    assert page.errors == []


def test_a_malformed_link_shows_an_error_not_a_blank_page(server, page):
    page.goto(server + "/#/doc/%E0%A4%A")
    page.wait_for_selector("main .error")
    assert "E022" in page.locator("main .error").inner_text()
    assert page.errors == [] or all("404" in e for e in page.errors)


# --- issue 13, item 6: what the data means, at 1400 px and at 420 px -------------------------------------------

PAGES = {"country": ("/#/country/KAZ", "#balance-chart circle"), "events": ("/#/events", "#events-table tbody tr"),
         "network": ("/#/network", "#network-chart .node-label"), "pair": ("/#/pair/KAZ/RUS", "#pair-events tbody tr"),
         "documents": ("/#/documents", "main table tbody tr"), "paste": ("/#/paste", "#paste-form")}


def _overlapping(boxes: list[dict]) -> list[tuple[int, int]]:
    return [(i, j) for i, a in enumerate(boxes) for j, b in enumerate(boxes[:i])
            if a["x"] < b["x"] + b["width"] and b["x"] < a["x"] + a["width"]
            and a["y"] < b["y"] + b["height"] and b["y"] < a["y"] + a["height"]]


@pytest.mark.parametrize("width", [1400, 420])
def test_network_page_labels_every_node_without_overlaps_and_has_a_legend(server, page, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(server + "/#/network")
    page.wait_for_selector("#network-chart .node-label")
    nodes = page.locator("#network-chart g.node").count()
    labels = page.locator("#network-chart .node-label")
    assert nodes >= 3 and labels.count() == nodes
    assert page.locator("#network-chart line.edge").count() >= 2
    boxes = [labels.nth(i).bounding_box() for i in range(labels.count())]
    assert _overlapping(boxes) == []
    chart = page.locator("#network-chart").bounding_box()
    assert all(chart["x"] - 1 <= b["x"] and b["x"] + b["width"] <= chart["x"] + chart["width"] + 1 for b in boxes)
    # the groups use the frame, not its corners: unconnected groups must not push one another aside and leave
    # each a knot of short lines
    lengths = page.evaluate("[...document.querySelectorAll('#network-chart line.edge')].map("
                            "l => Math.hypot(l.x2.baseVal.value - l.x1.baseVal.value, l.y2.baseVal.value - l.y1.baseVal.value))")
    assert sorted(lengths)[len(lengths) // 2] >= 0.12 * chart["width"], lengths
    legend = page.locator("#network-legend").inner_text()
    assert "net cooperation" in legend and "net conflict" in legend and "events" in legend
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert page.errors == []


def test_pair_page_lists_the_periods_and_only_events_of_the_pair(server, page):
    page.goto(server + "/#/pair/KAZ/RUS")
    page.wait_for_selector("#pair-events tbody tr")
    assert page.locator("#pair-periods tbody tr").count() >= 1
    rows = page.locator("#pair-events tbody tr")
    for i in range(rows.count()):
        cells = rows.nth(i).locator("td").all_inner_texts()
        assert "RUS" in cells[3] + cells[4] and "KAZ" in cells[3] + cells[4], cells
    assert page.errors == []


def test_a_negated_event_carries_a_not_mark_in_its_table_and_its_article(server, page):
    with urllib.request.urlopen(server + "/api/events?limit=1000") as response:
        events = json.load(response)["items"]
    negated = next(e for e in events if e["negated"])
    plain = next(e for e in events if not e["negated"] and e["modality"] == "asserted")
    page.goto(server + f"/#/doc/{negated['doc_id']}?event={negated['id']}")
    page.wait_for_selector("#doc-events tbody tr")
    assert page.locator("#chosen-event .badge").first.inner_text() == "not"
    assert page.locator("#chosen-event .type.negated").count() == 1
    marks = page.locator("#doc-events tbody tr td:nth-child(3)").all_inner_texts()
    doc_events = [e for e in events if e["doc_id"] == negated["doc_id"]]
    assert len(marks) == len(doc_events)
    assert sum("not" in m.split() for m in marks) == sum(e["negated"] for e in doc_events) >= 1
    page.goto(server + f"/#/events?type={plain['type']}")
    page.wait_for_selector("#events-table tbody tr")
    rows = page.locator("#events-table tbody tr")
    stated = {rows.nth(i).locator("td").nth(2).inner_text().strip() for i in range(rows.count())}
    assert stated <= {"", "not", "future", "hypothetical", "reported", "denied"} and "asserted" not in stated
    assert page.errors == []


def test_time_axis_is_proportional_and_shares_show_their_events(server, page):
    page.goto(server + "/#/country/KAZ")
    page.wait_for_selector("#balance-chart .period")
    bands = page.evaluate("""[...document.querySelectorAll('#balance-chart .period')].map(g =>
        [g.dataset.period, g.querySelector('rect').x.baseVal.value, g.querySelector('rect').width.baseVal.value])""")
    years = [(int(p), x, w) for p, x, w in bands]
    assert len(years) >= 3
    px_per_year = years[0][2]
    for (y0, x0, _), (y1, x1, _) in zip(years, years[1:]):
        assert abs((x1 - x0) - (y1 - y0) * px_per_year) < 0.5  # 1994 and 2005 sit eleven years apart, not next to each other
    assert any(y1 - y0 > 1 for (y0, _, _), (y1, _, _) in zip(years, years[1:])), "the seeds have a gap between years"
    shares = [t for t in page.locator("#balance-chart ~ .table-scroll table tbody tr td:nth-child(5)").all_inner_texts() if t]
    assert shares and all(re.fullmatch(r"\d+% \(n=\d+\)", s) for s in shares), shares
    assert page.errors == []


@pytest.mark.parametrize("width", [1400, 420])
def test_every_page_fits_the_width_and_is_kept_as_a_screenshot(server, page, width):
    ARTIFACTS.mkdir(exist_ok=True)
    page.set_viewport_size({"width": width, "height": 900})
    for name, (path, ready) in PAGES.items():
        page.goto(server + path)
        page.wait_for_selector(ready)
        assert page.evaluate("document.documentElement.scrollWidth") <= width, name
        nav = page.locator("header nav").bounding_box()
        assert nav["x"] + nav["width"] <= width, name
        page.screenshot(path=str(ARTIFACTS / f"13-{name}-{width}.png"), full_page=True)
    with urllib.request.urlopen(server + "/api/events?limit=1000") as response:
        negated = next(e for e in json.load(response)["items"] if e["negated"])
    page.goto(server + f"/#/doc/{negated['doc_id']}?event={negated['id']}")
    page.wait_for_selector("mark#evidence")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.screenshot(path=str(ARTIFACTS / f"13-document-{width}.png"), full_page=True)
    assert page.errors == []


def test_report_uses_the_dashboard_palette_and_time_axis_and_fits_420(seeds_store, page, tmp_path):
    from multivector.interfaces.report import build_report, write_html
    from multivector.interfaces.report.charts import PAL, Frame

    frame = Frame(["1994", "2005", "2006"], 0, 1)
    assert frame.x(1) - frame.x(0) == pytest.approx(11 * (frame.x(2) - frame.x(1)))
    assert not frame.adjacent(0, 1) and frame.adjacent(1, 2)
    served = json.loads((Path(__file__).resolve().parents[2] / "src/multivector/interfaces/web/palette.json").read_text())
    assert PAL == served
    data = build_report(seeds_store, "KAZ")
    assert data.colours.get("RUS") == served["fixed"]["RUS"]
    html = write_html(data, tmp_path / "report.html")
    ARTIFACTS.mkdir(exist_ok=True)
    for width in (1400, 420):
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(html.resolve().as_uri())
        page.wait_for_load_state("load")
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        assert page.locator("svg").count() == 4
        labels = page.locator("svg text[font-weight='600'].halo")
        page.screenshot(path=str(ARTIFACTS / f"13-report-{width}.png"), full_page=True)
    text = page.locator("body").inner_text()
    assert re.search(r"\d+% \(n=\d+\)", text)
    assert labels.count() > 0
    assert page.errors == []
