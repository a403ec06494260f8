"""A form posted from another site is refused, even with a valid token; our own is not.

The token alone fails if another site ever learns it (a leaked cookie, a shared computer);
the browser's `Origin` (or `Referer`) says where the form really came from.
"""

from __future__ import annotations

import httpx
import pytest

from camreset.store.session_store import SessionStore

from .conftest import BASE

pytestmark = pytest.mark.anyio

TOKEN = "k" * 32
FORM = {"model": "tapo-c200", "have": "pin", "csrf_token": TOKEN}


async def post_start(client: httpx.AsyncClient, **headers: str) -> httpx.Response:
    sent = {"cookie": f"camreset_csrf={TOKEN}", "accept": "text/html", **headers}
    return await client.post("/start", data=FORM, headers=sent)


@pytest.mark.parametrize(
    "headers",
    [
        {"origin": "https://evil.example"},
        {"origin": "null"},
        {"origin": "http://camreset.test.evil.example"},
        {"origin": "https://camreset.test"},  # our host, another scheme: another origin
        {"referer": "https://evil.example/camreset.test/s/x"},
        {"origin": "https://evil.example", "referer": f"{BASE}/have?model=tapo-c200"},
    ],
)
async def test_a_form_from_another_origin_is_a_403_page(
    client: httpx.AsyncClient, store: SessionStore, headers: dict[str, str]
) -> None:
    response = await post_start(client, **headers)
    assert response.status_code == 403
    assert response.headers["content-type"].startswith("text/html")
    assert "This form has expired" in response.text
    assert store.recent() == [], "no session was started"


@pytest.mark.parametrize(
    "headers",
    [
        {"origin": BASE},
        {"origin": "HTTP://CAMRESET.TEST:80"},
        {"referer": f"{BASE}/have?model=tapo-c200"},
        {},  # not a browser: the token decides
        {"origin": "http://127.0.0.1:9999", "host": "127.0.0.1:9999"},  # as addressed
    ],
)
async def test_a_form_from_our_own_origin_is_accepted(
    client: httpx.AsyncClient, headers: dict[str, str]
) -> None:
    response = await post_start(client, **headers)
    assert response.status_code == 303, response.text[:300]
    assert response.headers["location"].startswith("/s/")


async def test_security_headers_name_our_origin_only_to_ourselves(
    client: httpx.AsyncClient,
) -> None:
    response = await client.get("/")
    assert response.headers["referrer-policy"] == "same-origin"
