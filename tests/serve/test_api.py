"""The HTTP API over a real socket: routes, pagination, the write token, the size limit and
one error shape for every failure. The store is filled by hand (no spaCy) except in the
`slow` test that posts real reports."""

from __future__ import annotations

from pathlib import Path

import pytest
from store_helpers import doc, event

from chronique.serve import create_app
from chronique.serve.auth import WritePolicy, is_loopback, load_policy
from chronique.serve.errors import ApiError
from chronique.store import Store

REPORTS = Path(__file__).resolve().parent.parent / "store" / "reports"


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "events.db")
    s.add(doc("fr", lang="fr"), [event("fr", dead=12)])
    s.add(doc("en"), [event("en", dead=12, start=40)])
    for i in range(5):
        s.add(doc(f"p{i}"), [event(f"p{i}", type_="PROTEST", mode="demo", city="Paris",
                                   source=None, target="FRA", day=f"2024-05-0{i + 1}")])
    yield s
    s.close()


@pytest.fixture
def api(store, serve, monkeypatch):
    monkeypatch.delenv("CHRONIQUE_TOKEN", raising=False)
    monkeypatch.delenv("CHRONIQUE_TOKEN_FILE", raising=False)
    with serve(create_app(store)) as client:
        yield client


def test_events_are_listed_filtered_and_paginated(api):
    r = api.get("/events", params={"type": "PROTEST", "limit": 2})
    assert r.status_code == 200
    page = r.json()
    assert [e["date"]["start"] for e in page["events"]] == ["2024-05-05", "2024-05-04"]
    assert (page["total"], page["total_exact"], page["previous"]) == (5, True, None)
    seen = [e["id"] for e in page["events"]]
    while page["next"]:
        page = api.get(page["next"]).json()
        seen += [e["id"] for e in page["events"]]
    assert len(seen) == len(set(seen)) == 5
    assert api.get("/events", params={"country": "UKR", "near": "50,36.2,30"}).json()["total"] == 1


def test_an_event_comes_with_every_mention_and_its_document(api):
    body = api.get("/events/evt_fr_0").json()
    assert body["event"]["sources"] == ["fr", "en"] and body["event"]["revision"] == 0
    assert {m["doc_id"] for m in body["event"]["mentions"]} == {"fr", "en"}
    assert [d["id"] for d in body["documents"]] == ["fr", "en"]
    assert body["documents"][0]["title"] == "Title of fr" and "text" not in body["documents"][0]


def test_a_document_comes_with_its_text_and_events(api):
    body = api.get("/documents/en").json()
    assert body["text"].startswith("Report en") and body["events"] == ["evt_fr_0"]


def test_stats_and_openapi(api):
    stats = api.get("/stats").json()
    assert (stats["documents"], stats["events"], stats["multi_source_events"]) == (7, 6, 1)
    assert "database" not in stats
    spec = api.get("/openapi.json").json()
    assert {"/documents", "/events", "/events/{event_id}", "/documents/{doc_id}",
            "/stats"} <= set(spec["paths"])


ERRORS = [
    ("GET", "/events/evt_nope", {}, 404, "not_found", "no event 'evt_nope'"),
    ("GET", "/documents/nope", {}, 404, "not_found", "no document 'nope'"),
    ("GET", "/no/such/path", {}, 404, "not_found", "no such path: /no/such/path"),
    ("DELETE", "/events", {}, 405, "method_not_allowed", "method DELETE is not allowed"),
    ("GET", "/events?limit=0", {}, 422, "invalid_request", "query parameter 'limit'"),
    ("GET", "/events?since=someday", {}, 422, "invalid_request", "query parameter 'since'"),
    ("GET", "/events?type=BOMBING", {}, 400, "invalid_filter", "type: unknown value"),
    ("GET", "/events?near=1,2", {}, 400, "invalid_filter", "near: expected LAT,LON,KM"),
    ("POST", "/documents", {"content": b"x", "headers": {"Content-Type": "image/png"}},
     415, "unsupported_media_type", "image/png"),
    ("POST", "/documents", {"content": b"  ", "headers": {"Content-Type": "text/plain"}},
     422, "unreadable_document", "the body is empty"),
    ("POST", "/documents", {"content": b'{"text": 3}',
                            "headers": {"Content-Type": "application/json"}},
     422, "unreadable_document", "field 'text' should be a string"),
    ("POST", "/documents?lang=de", {"content": b"Hallo", "headers": {"Content-Type": "text/plain"}},
     422, "invalid_request", "query parameter 'lang'"),
    ("POST", "/documents", {"content": b"x" * 2_000_001,
                            "headers": {"Content-Type": "text/plain"}},
     413, "payload_too_large", "over this server's limit of 2,000,000 bytes"),
]


@pytest.mark.parametrize("method, path, kw, status, code, message", ERRORS)
def test_every_error_has_one_shape(store, serve, method, path, kw, status, code, message):
    with serve(create_app(store, max_bytes=2_000_000)) as client:
        r = client.request(method, path, **kw)
    assert r.status_code == status
    body = r.json()
    assert set(body) == {"error"} and {"code", "message"} <= set(body["error"])
    assert body["error"]["code"] == code
    assert message in body["error"]["message"]


def test_a_chunked_body_over_the_limit_is_refused(store, serve):
    def chunks():
        for _ in range(40):
            yield b"y" * 100_000
    with serve(create_app(store, max_bytes=1_000_000)) as client:
        r = client.post("/documents", content=chunks(), headers={"Content-Type": "text/plain"})
    assert r.status_code == 413 and r.json()["error"]["code"] == "payload_too_large"


@pytest.mark.parametrize("headers, status, message", [
    ({}, 401, "needs a bearer token"),
    ({"Authorization": "Bearer wrong"}, 401, "not the one this server was given"),
    ({"Authorization": "Basic czNjcmV0"}, 401, "needs a bearer token"),
    # The right token gets past authentication: then the empty body is what is refused.
    ({"Authorization": "Bearer s3cret"}, 422, "the body is empty"),
])
def test_writes_need_the_configured_token(store, serve, headers, status, message):
    with serve(create_app(store, token="s3cret")) as client:
        r = client.post("/documents", content=b" ", headers={"Content-Type": "text/plain",
                                                             **headers})
        assert client.get("/events").status_code == 200   # reads stay open
    assert r.status_code == status and message in r.json()["error"]["message"]
    if status == 401:
        assert r.headers["www-authenticate"] == "Bearer"


def test_without_a_token_only_this_machine_may_write(api):
    r = api.post("/documents", content=b" ", headers={"Content-Type": "text/plain"})
    assert r.status_code == 422   # accepted from 127.0.0.1, refused for being empty
    with pytest.raises(ApiError) as exc:
        WritePolicy(None).check(None, "192.0.2.7")
    assert exc.value.status == 403 and "no token is configured" in exc.value.message


@pytest.mark.parametrize("host, local", [("127.0.0.1", True), ("127.3.2.1", True),
                                         ("::1", True), ("localhost", True),
                                         ("192.0.2.7", False), ("10.1.2.3", False),
                                         (None, False), ("testclient", False)])
def test_loopback(host, local):
    assert is_loopback(host) is local


def test_the_token_comes_from_the_environment_or_a_file(tmp_path, monkeypatch):
    monkeypatch.delenv("CHRONIQUE_TOKEN", raising=False)
    monkeypatch.delenv("CHRONIQUE_TOKEN_FILE", raising=False)
    assert load_policy().token is None
    f = tmp_path / "token"
    f.write_text("from-file\n")
    assert load_policy(token_file=f).token == "from-file"
    monkeypatch.setenv("CHRONIQUE_TOKEN_FILE", str(f))
    assert load_policy().token == "from-file"
    monkeypatch.setenv("CHRONIQUE_TOKEN", "from-env")
    assert load_policy().token == "from-env"


@pytest.mark.slow
def test_posted_reports_merge_across_languages(tmp_path, serve, monkeypatch):
    monkeypatch.delenv("CHRONIQUE_TOKEN", raising=False)
    with serve(create_app(tmp_path / "api.db")) as client:
        fr = client.post("/documents", content=(REPORTS / "kharkiv_fr.txt").read_bytes(),
                         headers={"Content-Type": "text/plain; charset=utf-8"})
        assert fr.status_code == 201, fr.text
        [first] = fr.json()["results"]
        strike = next(e for e in first["events"] if e["event"]["type"] == "ASSAULT")
        assert first["status"] == "added" and strike["action"] == "new"
        body = (REPORTS / "kharkiv_en.txt").read_text(encoding="utf-8").split("\n\n", 1)[1]
        payload = {"text": body,
                   "published": "2024-05-22", "lang": "en", "url": "https://en.example/k"}
        en = client.post("/documents", json=payload)
        assert en.status_code == 201, en.text
        [second] = en.json()["results"]
        merged = [e for e in second["events"] if e["action"] == "merged"]
        assert [e["id"] for e in merged] == [strike["id"]]
        assert len(merged[0]["event"]["sources"]) == 2
        again = client.post("/documents", json=payload)
        assert again.status_code == 200
        assert again.json()["results"][0]["status"] == "skipped"
        assert strike["id"] in [e["id"] for e in again.json()["results"][0]["events"]]
