"""A camera's password goes to the camera and nowhere else: after remote resets through the
API and the pages, with a refused password and the right one, neither is in any log line
(every logger, DEBUG and up), any stored event or session row, any report format, any session
document or any page the browser was sent.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import httpx
import pytest
from api_helpers import BASE, to_remote
from bs4 import BeautifulSoup, Tag
from sqlalchemy import select
from tests.net.conftest import PASSWORD, emulated

from camreset.settings import Settings
from camreset.store.models import EventRow, SessionRow
from camreset.store.session_store import SessionStore
from camreset.web.app import create_app

pytestmark = pytest.mark.anyio
WRONG = "Wrong-Battery-5521"
HAVE = ["computer", "admin_password"]


async def _form_post(
    client: httpx.AsyncClient, page: str, action_end: str, seen: list[str], **fields: str
) -> httpx.Response:
    """Submit the page's form whose action ends with `action_end`, like a browser."""
    form = next(
        f
        for f in BeautifulSoup(page, "html.parser").select("form")
        if str(f.get("action", "")).endswith(action_end)
    )
    assert isinstance(form, Tag)
    data = {
        str(i["name"]): str(i.get("value", ""))
        for i in form.select("input[name]")
        if i.get("type") != "radio" or i.has_attr("checked")
    }
    data.update(fields)
    response = await client.post(str(form["action"]), data=data)
    seen.append(response.text)
    return response


async def test_no_password_is_logged_stored_reported_or_sent_back(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    db = f"sqlite:///{tmp_path / 'leak.sqlite3'}"
    store = SessionStore.from_url(db)
    app = create_app(Settings(database_url=db, base_url=BASE, network_timeout=0.5), store=store)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    seen: list[str] = []
    headers = {"Accept": "text/html"}
    async with (
        httpx.AsyncClient(transport=transport, base_url=BASE) as api,
        httpx.AsyncClient(transport=transport, base_url=BASE, headers=headers) as browser,
        emulated("dahua-initialised", "127.0.5.1", model="IP4M-1046EW") as api_cam,
        emulated("dahua-initialised", "127.0.5.2", model="IP4M-1046EW") as page_cam,
    ):
        # Through the API: a refused password, then the right one.
        started = (
            await api.post("/api/sessions", json={"model": "amcrest-ip4m-1046ew", "have": HAVE})
        ).json()
        started = await to_remote(api, started)
        body: dict[str, Any] = {
            "step": started["current"]["id"], "address": "127.0.5.1", "confirm_mac": "0002",
        }  # fmt: skip
        path = f"/api/sessions/{started['id']}/remote-reset"
        for password in (WRONG, PASSWORD):
            response = await api.post(path, json={**body, "password": password})
            seen.append(response.text)
        assert response.status_code == 200

        # Through the pages: the same, with forms.
        checklist = (await browser.get("/have?model=amcrest-ip4m-1046ew")).text
        have = "&".join(f"have={h}" for h in HAVE)
        form = BeautifulSoup(checklist, "html.parser").select_one('form[action="/start"]')
        assert isinstance(form, Tag)
        token = str(form.select_one('input[name="csrf_token"]')["value"])
        created = await browser.post(
            "/start",
            content=f"csrf_token={token}&model=amcrest-ip4m-1046ew&line=amcrest&form_factor=&{have}",
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
        url = created.headers["location"].split("?")[0]  # ?at=N: the step's position
        page_session = url.rsplit("/", 1)[1]
        await to_remote(api, (await api.get(f"/api/sessions/{page_session}")).json())
        step_page = (await browser.get(url, follow_redirects=True)).text
        confirm = await _form_post(browser, step_page, "/remote", seen, address="127.0.5.2")
        refused = await _form_post(
            browser, confirm.text, "/remote/send", seen, confirm="0002", password=WRONG
        )
        assert refused.status_code == 422
        sent = await _form_post(
            browser, refused.text, "/remote/send", seen, confirm="0002", password=PASSWORD
        )
        assert sent.status_code == 303
        for session in (f"/api/sessions/{started['id']}", f"/api/sessions/{page_session}"):
            seen.append((await api.get(session)).text)
            for kind in ("md", "txt", "json"):
                seen.append((await api.get(f"{session}/report", params={"format": kind})).text)
        seen.append((await browser.get(url)).text)
        seen.append((await browser.get(f"{url}/report")).text)
        assert api_cam.device.actions == ["resetSystemEx type=0"]  # type: ignore[union-attr]
        assert page_cam.device.actions == ["resetSystemEx type=0"]  # type: ignore[union-attr]

    with store.engine.connect() as conn:
        rows = [str(r._mapping) for r in conn.execute(select(EventRow))]
        rows += [str(r._mapping) for r in conn.execute(select(SessionRow))]
    store.close()
    logged = [record.getMessage() for record in caplog.records]
    logged += [str(record.args) for record in caplog.records]
    assert any("resetSystemEx" in line or "factory_reset_hard" in line for line in logged)
    assert len(rows) > 4 and len(seen) > 10
    for secret in (PASSWORD, WRONG):
        assert not [line for line in logged if secret in line]
        assert not [row for row in rows if secret in row]
        assert not [text for text in seen if secret in text]
