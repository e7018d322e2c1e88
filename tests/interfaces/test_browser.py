"""The dashboard in headless Chromium against a real ``multivector serve`` on 127.0.0.1."""

from __future__ import annotations

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
