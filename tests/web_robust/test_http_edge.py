"""What HTTP promises holds on every path: HEAD, Allow on 405, sane paths, safe redirects.

A client (or a scanner, or a proxy) that speaks plain HTTP gets a fitting status on every
path we serve: never a 5xx for its method, its path or its Host header.
"""

from __future__ import annotations

import httpx
import pytest

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.settings import MAX_BASE_URL, Settings
from camreset.store.session_store import SessionStore
from camreset.web.app import create_app
from camreset.web.http_edge import has_control_character
from camreset.web.pages.assets import qr_svg

from .conftest import BASE, new_session

pytestmark = pytest.mark.anyio

ODD_METHODS = ["DELETE", "TRACE", "OPTIONS", "PUT", "PATCH"]


def get_paths(session_id: str) -> list[str]:
    """Every GET path the app serves, pages and API, with real ids."""
    return [
        "/", "/find?q=c200", "/brand/tapo", "/brand/tapo/unknown", "/brand/tapo/pan_tilt",
        "/have?model=tapo-c200", f"/s/{session_id}", f"/s/{session_id}/report",
        f"/s/{session_id}/report/text", "/leds.css", "/static/app.css", "/healthz", "/docs",
        "/openapi.json", "/api/models", "/api/models/tapo-c200", f"/api/sessions/{session_id}",
        f"/api/sessions/{session_id}/report?format=txt",
    ]  # fmt: skip


def post_paths(session_id: str) -> list[str]:
    return [
        "/start", "/api/sessions", f"/api/sessions/{session_id}/events",
        *(f"/s/{session_id}/{form}" for form in ("answer", "undo", "feedback", "details")),
    ]  # fmt: skip


async def test_head_answers_like_get_without_a_body(client: httpx.AsyncClient) -> None:
    session_id = (await new_session(client))["id"]
    for path in get_paths(session_id):
        got = await client.get(path, follow_redirects=True)
        head = await client.head(str(got.url))
        assert got.status_code == 200, path
        assert head.status_code == 200, path
        assert head.content == b"", path
        assert head.headers["content-type"] == got.headers["content-type"], path


async def test_every_405_names_the_methods_the_path_takes(client: httpx.AsyncClient) -> None:
    session_id = (await new_session(client))["id"]
    paths = [(p, "GET") for p in get_paths(session_id)] + [
        (p, "POST") for p in post_paths(session_id)
    ]
    for path, works in paths:
        for method in [*ODD_METHODS, "POST" if works == "GET" else "GET"]:
            response = await client.request(method, path)
            assert response.status_code == 405, (method, path, response.status_code)
            allow = {m.strip() for m in response.headers["allow"].split(",")}
            assert works in allow and method not in allow, (method, path, allow)
            assert ("HEAD" in allow) == ("GET" in allow), (path, allow)


@pytest.mark.parametrize(
    "path",
    [
        "/s/abc%00def", "/s/%00", "/s/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA%00A/report",
        "/api/sessions/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA%00A",
        "/api/sessions/AAAAAAAAAAAAAAAA%0aA/report",
        "/brand/tapo%00", "/api/models/tapo-c200%00", "/s/abc%1bdef/report/text", "/find%7f",
    ],
)  # fmt: skip
async def test_a_control_character_in_a_path_is_a_404_on_every_database(
    client: httpx.AsyncClient, path: str
) -> None:
    for accept in ("application/json", "text/html"):
        response = await client.get(path, headers={"accept": accept})
        assert response.status_code == 404, (path, response.text[:300])
    events = path.rstrip("/") + "/events"
    assert (await client.post(events, json={"type": "skip", "step": "x"})).status_code == 404


def test_control_characters_are_told_apart_from_ordinary_text() -> None:
    assert has_control_character("a\x00b") and has_control_character("\n")
    assert has_control_character("\x7f") and has_control_character("\x85")
    assert not has_control_character("Tapo C200 – café ✓")


@pytest.mark.parametrize("body", [b'{"model": "tapo-c200\xff"}', b'{"model": "caf\xe9"}', b"\x80"])
async def test_a_body_that_is_not_utf8_is_a_documented_400(
    client: httpx.AsyncClient, body: bytes
) -> None:
    session_id = (await new_session(client))["id"]
    for path in ("/api/sessions", f"/api/sessions/{session_id}/events"):
        response = await client.post(
            path, content=body, headers={"content-type": "application/json"}
        )
        assert response.status_code == 400, response.text
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["type"] == "urn:camreset:problem:unreadable-body"
    schema = (await client.get("/openapi.json")).json()
    for path, op in (("/api/sessions", "post"), ("/api/sessions/{session_id}/events", "post")):
        assert "400" in schema["paths"][path][op]["responses"]


async def test_json_nested_too_deep_is_a_400_that_says_so(client: httpx.AsyncClient) -> None:
    session_id = (await new_session(client))["id"]
    response = await client.post(
        f"/api/sessions/{session_id}/events",
        content=b"[" * 3000 + b"]" * 3000,
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 400, response.text
    assert response.json()["type"] == "urn:camreset:problem:unreadable-body"
    assert "nested" in response.json()["detail"]


async def test_json_that_is_no_object_is_told_so_without_blaming_the_header(
    client: httpx.AsyncClient,
) -> None:
    """A helpdesk reviewer sent [1,2] as application/json and was told to send that header;
    a hold of NaN seconds was "less than or equal to 600"."""
    session_id = (await new_session(client))["id"]
    events = f"/api/sessions/{session_id}/events"
    sent = await client.post(events, content=b"[1,2]", headers={"content-type": "application/json"})
    assert sent.status_code == 422
    assert "not an array" in sent.json()["detail"] and "header" not in sent.json()["detail"]
    plain = await client.post(events, content=b"{}", headers={"content-type": "text/plain"})
    assert plain.status_code == 422 and "Content-Type: application/json" in plain.json()["detail"]
    state = (await client.get(f"/api/sessions/{session_id}")).json()
    step = state["current"]["id"].encode()
    body = b'{"type": "hold", "step": "%s", "data": {"seconds": NaN}}' % step
    nan = await client.post(events, content=body, headers={"content-type": "application/json"})
    assert nan.status_code == 422 and "finite" in nan.json()["detail"], nan.text


async def test_the_trailing_slash_redirect_never_uses_the_host_header(
    client: httpx.AsyncClient,
) -> None:
    evil = {"host": "evil"}  # a dotted name is refused before any route (test_host_check.py)
    for path, where in [("/find/?q=c200", "/find?q=c200"), ("/api/models/", "/api/models")]:
        response = await client.get(path, headers=evil)
        assert response.status_code == 307
        assert response.headers["location"] == where
    for path in ("//evil.example/", "//evil.example", "/static/nothing/"):
        response = await client.get(httpx.URL(BASE + path), headers=evil)
        assert response.status_code == 404, path
        assert "evil" not in response.headers.get("location", "")


async def test_a_huge_host_header_never_breaks_a_page(client: httpx.AsyncClient) -> None:
    session_id = (await new_session(client))["id"]
    host = "h" * 2500  # one label: a dotted one is refused (test_host_check.py)
    for path in get_paths(session_id):
        response = await client.get(path, headers={"host": host}, follow_redirects=True)
        assert response.status_code == 200, (path, response.status_code)
        assert "hhhhhhhhhh" not in response.text, path


async def test_the_longest_base_url_allowed_still_shows_the_page_and_its_qr_code(
    store: SessionStore, kb: KnowledgeBase
) -> None:
    base = "https://help.example.org/" + "x" * (MAX_BASE_URL - len("https://help.example.org/"))
    app = create_app(Settings(database_url="sqlite://", base_url=base), store=store, kb=kb)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="https://help.example.org") as c:
        session_id = (await new_session(c))["id"]
        page = await c.get(f"/s/{session_id}", follow_redirects=True)
    assert page.status_code == 200
    assert f"{base}/s/{session_id}" in page.text
    assert 'aria-label="QR code of the resume link"' in page.text


def test_a_link_too_long_for_any_qr_code_gets_none_rather_than_an_error() -> None:
    assert qr_svg("https://help.example.org/" + "x" * 3000) == ""
    assert "<svg" in qr_svg("https://help.example.org/s/abc")
