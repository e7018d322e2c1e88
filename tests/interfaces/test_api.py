"""The HTTP API: every endpoint, one error shape for every error, the OpenAPI document, the one write."""

from __future__ import annotations

import shutil
import warnings

import pytest

warnings.filterwarnings("ignore", category=DeprecationWarning)
fastapi = pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from multivector.interfaces.api import create_app  # noqa: E402
from multivector.interfaces.api.deps import MAX_UPLOAD_BYTES  # noqa: E402

LOCAL = "http://127.0.0.1"

ARTICLE = ("Kazakhstan and China sign pipeline deal\n\n"
           "Kazakhstan signed an agreement with China on energy cooperation, the foreign ministry said. "
           "President Nursultan Nazarbayev met Chinese President Xi Jinping in Astana in 2013. "
           "\"We are strategic partners,\" Nazarbayev said. <script>alert('x')</script> <img src=x onerror=alert(1)>\n")


@pytest.fixture(scope="module")
def ro_client(seeds_store):
    """A client over the seeds store; nothing in this module writes to it."""
    with TestClient(create_app(seeds_store), base_url=LOCAL) as client:
        yield client


@pytest.fixture()
def rw_db(seeds_store, tmp_path):
    db = tmp_path / "rw.duckdb"
    shutil.copy(seeds_store, db)
    return db


def assert_error(response, status: int, code: str) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "status"}
    assert body["error"]["status"] == status
    assert body["error"]["code"] == code
    assert body["error"]["message"].startswith(f"[{code}]")


# --- reads ---------------------------------------------------------------------------------------


def test_documents_paginated(ro_client):
    page = ro_client.get("/api/documents").json()
    assert page["count"] == len(page["items"]) == 2 and page["next_offset"] is None
    first = ro_client.get("/api/documents?limit=1").json()
    assert first["count"] == 1 and first["next_offset"] == 1
    second = ro_client.get("/api/documents?limit=1&offset=1").json()
    assert second["items"][0]["doc_id"] != first["items"][0]["doc_id"]


def test_document_has_text_date_reasoning_and_event_offsets(ro_client):
    doc_id = ro_client.get("/api/documents").json()["items"][0]["doc_id"]
    doc = ro_client.get(f"/api/documents/{doc_id}").json()
    assert doc["text"] and doc["date_reason"] and doc["events"]
    for e in doc["events"]:
        assert doc["text"][e["sent_start"]:e["sent_end"]] == e["sentence"]
        assert e["trigger"] in e["sentence"]
    assert "minhash" not in doc and doc["actors"]


def test_events_filters(ro_client):
    kaz = ro_client.get("/api/events?country=KAZ&limit=1000").json()["items"]
    assert kaz and all(any(a["code"] == "KAZ" for a in e["source"] + e["target"]) for e in kaz)
    support = ro_client.get("/api/events?type=support").json()["items"]
    assert support and {e["type"] for e in support} == {"SUPPORT"}
    dated = ro_client.get("/api/events?since=2014&until=2014-12").json()["items"]
    assert dated and all(e["date"].startswith("2014") for e in dated)
    doc_id = kaz[0]["doc_id"]
    assert {e["doc_id"] for e in ro_client.get(f"/api/events?doc={doc_id}").json()["items"]} == {doc_id}
    asserted = ro_client.get("/api/events?modality=asserted").json()["items"]
    assert asserted and {e["modality"] for e in asserted} == {"asserted"}
    assert ro_client.get("/api/events?limit=2").json()["next_offset"] == 2


def test_actors(ro_client):
    page = ro_client.get("/api/actors").json()
    assert page["items"] and {"actor_key", "code", "mentions"} <= set(page["items"][0])
    assert all(a["code"] == "KAZ" or a["actor_key"] == "KAZ" for a in ro_client.get("/api/actors?country=kaz").json()["items"])


def test_relations(ro_client):
    body = ro_client.get("/api/relations/KAZ/USA").json()
    assert body["a"] == "KAZ" and body["b"] == "USA" and body["periods"]
    assert {"a_to_b", "b_to_a", "total"} <= set(body["periods"][0])


def test_balance_and_period_events(ro_client):
    body = ro_client.get("/api/balance/KAZ?n_boot=50").json()
    assert body["focal"] == "KAZ" and body["partners"] and body["periods"]
    period = body["periods"][0]["period"]
    events = ro_client.get(f"/api/balance/KAZ/periods/{period}").json()["events"]
    assert events and all(e["sentence"] and e["doc_id"] for e in events)
    assert ro_client.get("/api/balance/KAZ?by=quarter&partners=RUS,USA&n_boot=0").json()["partners"] == ["RUS", "USA"]


def test_network(ro_client):
    body = ro_client.get("/api/network").json()
    assert body["dyads"] and body["nodes"]
    assert any({d["a"], d["b"]} == {"KAZ", "USA"} for d in body["dyads"])


# --- one error shape ---------------------------------------------------------------------------------

BAD_GETS = [
    ("/api/balance/ZZZ", 404, "E034"),
    ("/api/relations/KAZ/ZZZ", 404, "E034"),
    ("/api/events?country=ZZZ", 404, "E034"),
    ("/api/actors?country=ZZZ", 404, "E034"),
    ("/api/balance/KAZ?partners=RUS,NOPE", 404, "E034"),
    ("/api/events?since=2014-5", 422, "E061"),
    ("/api/events?until=yesterday", 422, "E061"),
    ("/api/network?since=14", 422, "E061"),
    ("/api/relations/KAZ/RUS?until=2014/05", 422, "E061"),
    ("/api/events?since=2020-13-45", 400, "E030"),
    ("/api/network?until=2021-02-30", 400, "E030"),
    ("/api/events?type=HUG", 422, "E061"),
    ("/api/documents/no-such-doc", 404, "E022"),
    ("/api/events?doc=no-such-doc", 404, "E022"),
    ("/api/events?limit=100000", 422, "E061"),
    ("/api/events?limit=0", 422, "E061"),
    ("/api/documents?offset=-1", 422, "E061"),
    ("/api/events?modality=maybe", 422, "E061"),
    ("/api/balance/KAZ?by=decade", 422, "E061"),
    ("/api/balance/KAZ/periods/2014-13x", 422, "E061"),
    ("/api/no-such-endpoint", 404, "E060"),
    ("/no-such-page.html", 404, "E060"),
]


@pytest.mark.parametrize("url,status,code", BAD_GETS)
def test_error_shape_for_bad_requests(ro_client, url, status, code):
    assert_error(ro_client.get(url), status, code)


def test_error_shape_for_wrong_method(ro_client):
    assert_error(ro_client.delete("/api/documents"), 405, "E061")


def test_oversized_upload_refused(ro_client):
    assert_error(ro_client.post("/api/articles", json={"text": "x" * (MAX_UPLOAD_BYTES + 10)}), 413, "E062")


def test_non_utf8_upload_refused(ro_client):
    body = '{"text": "Caf\xe9 in Astana"}'.encode("latin-1")
    assert_error(ro_client.post("/api/articles", content=body, headers={"Content-Type": "application/json"}), 400, "E063")


@pytest.mark.parametrize("body", [b"not json", b"[1, 2]", b'{"text": ""}', b'{"text": 3}', b'{"text": "a", "date": "soon"}'])
def test_bad_upload_bodies_refused(ro_client, body):
    response = ro_client.post("/api/articles", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert set(response.json()["error"]) == {"code", "message", "status"}


def test_post_refused_when_read_only(seeds_store):
    with TestClient(create_app(seeds_store, read_only=True), base_url=LOCAL) as client:
        assert_error(client.post("/api/articles", json={"text": ARTICLE}), 403, "E064")
        assert client.get("/api/documents").status_code == 200


def test_post_needs_token_when_one_is_set(seeds_store):
    with TestClient(create_app(seeds_store, token="s3cret"), base_url=LOCAL) as client:
        assert_error(client.post("/api/articles", json={"text": ARTICLE}), 401, "E065")
        assert_error(client.post("/api/articles", json={"text": ARTICLE}, headers={"Authorization": "Bearer wrong"}), 401, "E065")


def test_post_from_non_loopback_client_without_token_refused(seeds_store):
    with TestClient(create_app(seeds_store), base_url=LOCAL, client=("203.0.113.7", 5000)) as client:
        assert_error(client.post("/api/articles", json={"text": ARTICLE}), 403, "E065")


# --- OpenAPI, dashboard ---------------------------------------------------------------------------------


def test_openapi_lists_every_endpoint(ro_client):
    spec = ro_client.get("/api/openapi.json").json()
    assert spec["openapi"].startswith("3.")
    paths = spec["paths"]
    for path in ("/api/documents", "/api/documents/{doc_id}", "/api/events", "/api/actors", "/api/relations/{a}/{b}",
                 "/api/balance/{country}", "/api/balance/{country}/periods/{period}", "/api/network"):
        assert "get" in paths[path], path
    assert "post" in paths["/api/articles"]
    assert "application/json" in paths["/api/articles"]["post"]["requestBody"]["content"]
    assert {p["name"] for p in paths["/api/events"]["get"]["parameters"]} >= {
        "country", "actor", "type", "modality", "since", "until", "doc", "limit", "offset"}
    assert ro_client.get("/docs").status_code == 404 and ro_client.get("/redoc").status_code == 404


def test_dashboard_served_without_external_assets(ro_client):
    page = ro_client.get("/")
    assert page.status_code == 200 and "<script src=\"app.js\"></script>" in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]
    js = ro_client.get("/app.js").text
    assert "innerHTML" not in js and "outerHTML" not in js and "insertAdjacentHTML" not in js
    for asset in (page.text, js, ro_client.get("/style.css").text):
        assert "http://" not in asset.replace("http://www.w3.org/2000/svg", "") and "https://" not in asset


# --- the write (runs the pipeline) ------------------------------------------------------------------------


@pytest.mark.model
def test_post_article_stored_and_scripts_kept_as_text(rw_db):
    with TestClient(create_app(rw_db), base_url=LOCAL) as client:
        response = client.post("/api/articles", json={"text": ARTICLE})
        assert response.status_code == 201, response.text
        body = response.json()
        doc = body["document"]
        assert body["duplicate"] is False and body["doc_id"].startswith("api-")
        assert "<script>alert('x')</script>" in doc["text"]  # stored as text, never interpreted
        assert doc["date"] and doc["date_reason"]
        assert body["events"] and any(e["type"] == "AGREE" for e in body["events"])
        assert doc["actors"] and doc["quotes"]
        # the write closed the store: reads work again and see the new document
        got = client.get(f"/api/documents/{body['doc_id']}")
        assert got.status_code == 200 and got.json()["text"] == doc["text"]
        assert client.get("/api/documents").json()["count"] == 3
        repeated = client.post("/api/articles", json={"text": ARTICLE})
        assert repeated.status_code == 200  # nothing created the second time
        again = repeated.json()
        assert again["duplicate"] is True and again["doc_id"] == body["doc_id"]
        assert client.get("/api/documents").json()["count"] == 3


@pytest.mark.model
def test_post_html_article(rw_db):
    html = ("<!doctype html><html><head><title>Astana talks</title><script>window.bad = 1</script></head><body><article><h1>Astana talks</h1>"
            + "".join(f"<p>{s}</p>" for s in ARTICLE.split(". ")) + "</article></body></html>")
    with TestClient(create_app(rw_db), base_url=LOCAL) as client:
        response = client.post("/api/articles", json={"html": html})
        assert response.status_code in (201, 422), response.text
        if response.status_code == 201:
            assert "window.bad" not in response.json()["document"]["text"]
        else:
            assert set(response.json()["error"]) == {"code", "message", "status"}


@pytest.mark.model
def test_a_body_that_is_not_json_text_or_html_is_415(rw_db):
    with TestClient(create_app(rw_db), base_url=LOCAL) as client:
        response = client.post("/api/articles", content=b"<article><text>Kazakhstan signed.</text></article>",
                               headers={"Content-Type": "application/xml"})
        assert_error(response, 415, "E071")


def test_parameters_are_bounded_by_the_schema(ro_client):
    for url in ("/api/documents?offset=9223372036854775808", "/api/balance/KAZ?seed=-1", "/api/balance/KAZ?seed=99999999999",
                "/api/events?actor=" + "x" * 600):
        assert_error(ro_client.get(url), 422, "E061")
    assert ro_client.get("/api/events?until=&since=").status_code == 200  # empty: no bound, as the schema says


def test_every_error_status_is_documented(ro_client):
    spec = ro_client.get("/api/openapi.json").json()
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            documented = set(operation["responses"])
            assert {"400", "422", "503"} <= documented, (method, path, documented)
            if method == "post":
                assert {"401", "403", "413", "415"} <= documented
