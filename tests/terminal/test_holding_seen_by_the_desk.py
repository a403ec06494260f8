"""A desk following a session sees the terminal's hold while its timer runs.

Only the web pages logged a timer's start (a `holding` event), so a helpdesk agent following
an installer's `camreset guide` on the web desk saw nothing for the whole hold, under a line
promising "one timed on a web page shows already as its timer starts" (session 71, merged-
diff review N, F8). The terminal now logs the start as a page does, with its screen mark;
the hold it measures when it stops carries the same mark, as the page's does; a timer left
without a hold logs nothing more, as a page left mid-count.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pexpect
import pytest
from tests.web_pages.conftest import PageClient

from camreset.core.session.screens import SCREEN, STARTER
from camreset.kb_files import load_kb
from camreset.settings import Settings
from camreset.store.session_store import SessionStore
from camreset.web.app import create_app

from .pty_driver import HOLD, PROMPT, answer, finish, keys, spawn, transcript
from .test_wizard_pty import TAPO_HAVE, TAPO_SUCCESS, session_id_of

TITLE = "Hold the reset button until the camera reacts"
RUNNING = re.compile(
    r"Holding the button since \d\d:\d\d:\d\d \(timer on the screen that started the session\)\."
)


@pytest.fixture
def desk(db_url: str) -> Iterator[PageClient]:
    """The helpdesk's browser, on a server over the terminal's database."""
    client = PageClient(create_app(Settings(database_url=db_url), kb=load_kb()))
    yield client
    client.close()


def _words(text: str) -> str:
    return " ".join(text.split())


def _timer_running(db_url: str) -> tuple[pexpect.spawn, str]:
    """`camreset guide` at real pace, its hold timer started (30 s: it runs while the desk
    looks); the session id."""
    child = spawn(["guide", "tapo-c200", "--have", TAPO_HAVE], db_url, columns=100, fast=False)
    hold = next(i for i, s in enumerate(TAPO_SUCCESS) if s.title == TITLE)
    answer(child, keys(TAPO_SUCCESS[:hold]))
    child.expect(HOLD)
    child.sendline("")  # Enter: the count starts
    child.expect(r"\d\.\d s")  # the bar is drawn: the start was logged before it
    return child, session_id_of(transcript(child))


def _logged(db_url: str, session_id: str) -> list[tuple[str, str | None, dict[str, object]]]:
    store = SessionStore.from_url(db_url)
    try:
        return [(e.type, e.step, dict(e.data)) for e in store.load(session_id)]
    finally:
        store.close()


def test_the_desk_sees_the_terminals_hold_while_its_timer_runs(
    db_url: str, desk: PageClient
) -> None:
    child, session_id = _timer_running(db_url)
    url = f"/s/{session_id}"
    page = desk.page(url)
    assert page.h1 is not None and page.h1.get_text(strip=True) == TITLE
    holding = page.select_one(".timer-holding")
    assert holding is not None, "the desk said nothing of the hold going on"
    said = _words(holding.get_text())
    assert RUNNING.fullmatch(said), said
    follow = page.select_one(".follow-status")
    assert desk.get(str(follow["data-follow-url"])).json()["holding"] == said  # its /now

    child.sendline("")  # Enter again: let go; the hold is saved, as a page's stop saves it
    child.expect(PROMPT)
    after = desk.page(url)
    assert after.select_one(".timer-holding") is None
    saved = _words(after.select_one(".timer-saved").get_text())
    assert "timed for this step on the screen that started the session" in saved, saved
    logged = _logged(db_url, session_id)
    (holding_at,) = [i for i, e in enumerate(logged) if e[0] == "holding"]
    started, stopped = logged[holding_at], logged[holding_at + 1]
    assert started[2] == {SCREEN: STARTER}  # the step and the screen mark, nothing else
    assert stopped[0] == "hold" and stopped[1] == started[1]
    assert stopped[2][SCREEN] == STARTER
    child.sendline("q")
    child.expect("Paused")
    assert finish(child) == 4


def test_a_timer_left_without_letting_go_logs_its_start_only(db_url: str, desk: PageClient) -> None:
    child, session_id = _timer_running(db_url)
    child.sendline("q")  # leaves: no hold was measured, so none is saved
    child.expect("Paused")
    assert finish(child) == 4
    logged = [e[0] for e in _logged(db_url, session_id)]
    assert logged[-1] == "holding" and "hold" not in logged
    page = desk.page(f"/s/{session_id}")
    assert page.h1 is not None and page.h1.get_text(strip=True) == TITLE  # no step moved
    assert RUNNING.fullmatch(_words(page.select_one(".timer-holding").get_text()))
