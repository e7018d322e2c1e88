"""No one let in: a page of another origin cannot write, and a rebound host name cannot read (real Chromium, real server)."""

from __future__ import annotations

import http.server
import json
import threading
import urllib.error
import urllib.request

import pytest

from .live import CHROMIUM, chromium_page, free_port

pytestmark = pytest.mark.model

ARTICLE = "Kazakhstan signed an agreement with Russia in Astana on Monday, the foreign ministry said."


@pytest.fixture()
def api(seeds_server):
    return seeds_server


def _count(url: str) -> int:
    with urllib.request.urlopen(url + "/api/documents?limit=1000", timeout=30) as response:
        return json.loads(response.read())["count"]


@pytest.fixture()
def other_site():
    """A page on another port of 127.0.0.1: another origin, as a page the analyst happens to visit."""

    class Page(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            body = b"<!doctype html><title>elsewhere</title><p>another site</p>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), Page)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is missing")
def test_a_page_of_another_origin_cannot_write(api, other_site):
    before = _count(api)
    with chromium_page() as page:
        page.goto(other_site + "/")
        with page.expect_response(lambda r: "/api/articles" in r.url) as answer:
            page.evaluate("""([url, text]) => fetch(url + '/api/articles', {method: 'POST', mode: 'no-cors',
                                 headers: {'Content-Type': 'text/plain'}, body: text}).catch(() => null)""", [api, ARTICLE])
        assert answer.value.status == 403
        assert _count(api) == before
        # the dashboard's own origin still writes
        page.goto(api + "/")
        status = page.evaluate("""async ([text]) => (await fetch('/api/articles', {method: 'POST',
                                      headers: {'Content-Type': 'application/json'}, body: JSON.stringify({text})})).status""",
                               [ARTICLE])
        assert status == 201
    assert _count(api) == before + 1


def test_an_unknown_host_name_is_refused_even_for_reads(api):
    request = urllib.request.Request(api + "/api/documents", headers={"Host": "attacker.example"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=30)
    assert refused.value.code == 400
    assert json.loads(refused.value.read())["error"]["code"] == "E069"
    for name in ("localhost", "127.0.0.1"):
        port = api.rsplit(":", 1)[1]
        ok = urllib.request.Request(api + "/api/documents", headers={"Host": f"{name}:{port}"})
        assert urllib.request.urlopen(ok, timeout=30).status == 200


def test_a_simple_cross_site_post_without_a_browser_is_refused_too(api):
    before = _count(api)
    request = urllib.request.Request(api + "/api/articles", data=ARTICLE.encode(), method="POST",
                                     headers={"Content-Type": "text/plain", "Origin": "http://evil.example"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=30)
    assert refused.value.code == 403 and json.loads(refused.value.read())["error"]["code"] == "E068"
    assert _count(api) == before
