"""A helpdesk's screen says which step the customer's screen shows and when it last looked.

Helpdesk review 74 F, #5: the agent answered on the desk while the customer's phone, without
JavaScript, stayed on the older step until reloaded, and nothing on the desk said so; "what
does your screen show now?" had no answer there. Kept in the server's memory only: no event,
nothing in the database. One app for both browsers here (the note is in its memory), with a
clock the test moves.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from fastapi import FastAPI

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.settings import Settings
from camreset.web.app import create_app

from .conftest import PageClient
from .flow import start
from .test_reference_stays_on_desk import _saved
from .test_two_screens import _press

STARTED = "The screen that started the session"
NO_SCRIPT = "(no JavaScript: it moves on when they reload)"
HAVE = ("pin", "original_adapter", "app")


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def one_server(
    tmp_path: Path, kb: KnowledgeBase
) -> Iterator[tuple[PageClient, PageClient, Clock, FastAPI]]:
    """The customer's phone and the agent's desk on one server, and its clock."""
    app = create_app(Settings(database_url=f"sqlite:///{tmp_path / 'pages.sqlite3'}"), kb=kb)
    clock = Clock(app.state.sessions.clock())
    app.state.sessions.clock = clock
    phone, desk = PageClient(app), PageClient(app)
    yield phone, desk, clock, app
    phone.close()
    desk.close()


def _seen(page: BeautifulSoup) -> list[str]:
    return [" ".join(li.get_text().split()) for li in page.select(".screens-seen li")]


def _step(page: BeautifulSoup) -> str:
    return str(page.select_one("#progress-words").get_text()).split(" · ")[0]


def test_the_desk_says_the_step_the_phone_shows_and_when_it_last_looked(
    one_server: tuple[PageClient, PageClient, Clock, FastAPI],
) -> None:
    phone, desk, clock, _app = one_server
    url = start(phone, "Tapo C200", have=HAVE)
    _saved(desk, url, "T-4411")  # the agent's laptop: a helpdesk's screen
    shown = phone.page(url)  # the customer's phone, without JavaScript
    assert phone.get(f"{url}/seen").headers["content-type"] == "image/gif"  # its <noscript>
    assert _step(shown) == "Step 2"
    clock.now += timedelta(seconds=4)
    assert _seen(desk.page(url)) == [f"{STARTED}: on step 2, page loaded 4 s ago {NO_SCRIPT}."]

    _press(desk, url, "done")  # the agent answers; the phone stays where it was
    clock.now += timedelta(minutes=3)
    page = desk.page(url)
    assert _step(page) == "Step 3"
    assert _seen(page) == [f"{STARTED}: on step 2, page loaded 3 min ago {NO_SCRIPT}."]
    assert page.select_one(".screens-seen h2").get_text() == "Other screens on this session"

    assert _step(phone.page(url)) == "Step 3"  # reloaded: it moves on, and the desk says so
    assert _seen(desk.page(url)) == [f"{STARTED}: on step 3, page loaded just now {NO_SCRIPT}."]


def test_a_page_that_follows_is_seen_as_it_asks_and_the_desks_line_comes_with_its_look(
    one_server: tuple[PageClient, PageClient, Clock, FastAPI],
) -> None:
    phone, desk, clock, _app = one_server
    url = start(phone, "Tapo C200", have=HAVE)
    _saved(desk, url, "T-4411")
    seq = phone.page(url).select_one(".follow-status")["data-follow-url"].split("at=")[1]
    assert _seen(desk.page(url)) == [f"{STARTED}: on step 2, seen just now."]  # nothing guessed
    clock.now += timedelta(minutes=5)
    assert phone.get(f"{url}/now?at={seq}").json()["screens"] is None  # not a desk: not told
    clock.now += timedelta(seconds=3)
    now = desk.get(f"{url}/now?at={seq}").json()
    assert now["screens"] == [f"{STARTED}: on step 2, seen 3 s ago."]  # the page's script


def test_the_customers_phone_is_not_told_and_the_desk_not_of_itself(
    one_server: tuple[PageClient, PageClient, Clock, FastAPI],
) -> None:
    phone, desk, _clock, _app = one_server
    url = start(desk, "Tapo C200", have=HAVE)  # the agent pressed Start, reads the code out
    _saved(desk, url, "T-5120")
    assert _seen(desk.page(url)) == ["None seen yet."]
    phone.page(url)  # the customer opens its link
    assert phone.page(url).select_one(".screens-seen") is None
    assert _seen(desk.page(url)) == ["Another screen: on step 2, seen just now."]


def test_looking_writes_nothing_to_the_session(
    one_server: tuple[PageClient, PageClient, Clock, FastAPI],
) -> None:
    phone, desk, clock, app = one_server
    url = start(phone, "Tapo C200", have=HAVE)
    _saved(desk, url, "T-4411")
    session_id = url.split("/")[-1]
    store = app.state.sessions.store
    before = len(store.load(session_id))
    for _ in range(3):
        phone.page(url)
        phone.get(f"{url}/seen")
        phone.get(f"{url}/now?at=2")
        clock.now += timedelta(seconds=5)
        desk.page(url)
    assert len(store.load(session_id)) == before
    assert _seen(desk.page(url)) == [f"{STARTED}: on step 2, seen 5 s ago."]  # it follows
