"""Resume links a phone can reach: the configured public URL only (never the request's Host
header), and a plain warning when that URL names this computer."""

from __future__ import annotations

from pathlib import Path

import pytest

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.settings import Settings
from camreset.web.app import create_app
from camreset.web.pages.assets import qr_svg

from .conftest import PageClient, soup
from .flow import start


def _client(tmp_path: Path, kb: KnowledgeBase, **settings: str) -> PageClient:
    db = f"sqlite:///{tmp_path / 'resume.sqlite3'}"
    return PageClient(create_app(Settings(database_url=db, **settings), kb=kb))  # type: ignore[arg-type]


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1"])
def test_a_link_to_this_computer_says_a_phone_cannot_reach_it(
    tmp_path: Path, kb: KnowledgeBase, host: str
) -> None:
    client = _client(tmp_path, kb, host=host)
    try:
        page = client.page(start(client, "C200"))
        notice = page.select_one("#resume-local")
        assert notice is not None and "another phone or computer can't open it" in notice.get_text()
        assert "camreset serve --lan" in notice.get_text()
        # no promise of a phone it cannot keep, in the heading above (web review 52)
        assert page.select_one("#resume-h").get_text() == "Carry on later"
        # no QR code a phone would scan only to reach itself (home owner review 41)
        assert page.select_one(".qr") is None and page.select_one(".resume-link a") is not None
        assert page.select_one(".qr-caption") is None
    finally:
        client.close()


def test_a_lan_address_is_the_link_and_the_qr_code_with_no_warning(
    tmp_path: Path, kb: KnowledgeBase
) -> None:
    client = _client(tmp_path, kb, host="192.168.1.20", port="8000")
    try:
        url = start(client, "C200")
        page = client.page(url)
        link = page.select_one(".resume-link a")["href"]
        assert link == f"http://192.168.1.20:8000{url}"
        assert page.select_one("#resume-local") is None
        assert page.select_one("#resume-h").get_text() == "Carry on later or on your phone"
        assert str(page.select_one(".qr svg")) == str(soup_svg(qr_svg(link)))
        caption = page.select_one(".qr-caption").get_text()  # phone review 60, #21: none shown
        assert caption.startswith("Or point your phone's camera at this square code")
    finally:
        client.close()


def test_a_foreign_host_header_never_reaches_the_link_or_the_qr_code(
    tmp_path: Path, kb: KnowledgeBase
) -> None:
    client = _client(tmp_path, kb, base_url="https://help.example.org/camreset")
    try:
        url = start(client, "C200")
        page = soup(client.get(url, headers={"Host": "evil"}, follow_redirects=True))
        link = page.select_one(".resume-link a")["href"]
        assert link == f"https://help.example.org/camreset{url}"
        assert "evil" not in str(page)  # a dotted name is refused first (test_host_check.py)
        assert page.select_one("#resume-local") is None
    finally:
        client.close()


def soup_svg(markup: object) -> object:
    from bs4 import BeautifulSoup

    return BeautifulSoup(str(markup), "html.parser").svg


def test_a_pasted_session_link_or_id_in_the_search_box_opens_that_session(
    client: PageClient,
) -> None:
    """A helpdesk agent pastes what the customer reads out: the id, or the whole link."""
    url = start(client, "Tapo C200")
    session_id = url.rsplit("/", 1)[1]
    for typed in (session_id, f"http://192.168.1.5:8000/s/{session_id}?at=3", f" {url} "):
        found = client.get("/find", params={"q": typed})
        assert found.status_code == 303 and found.headers["location"] == url, typed
    unknown = client.get("/find", params={"q": "x" * 32})  # no such session: a search
    assert unknown.status_code == 200 and "Find your camera" in unknown.text
