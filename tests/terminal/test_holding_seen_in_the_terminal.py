"""The terminal following a session says a hold another screen is timing.

The web's desk said "Holding the button since 21:35:04 (timer on another screen)." while the
customer's phone or an API client timed a hold (session 72); an installer's `camreset guide`
on the same session said nothing of it: it learnt only of answers (session 72's leftover). It
now says the desk's words when it draws the step and when a key that answers nothing checks
for news, once; never of a timer it started itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pexpect
import pytest
from tests.web_pages.conftest import PageClient

from camreset.kb_files import load_kb
from camreset.settings import Settings
from camreset.web.app import create_app

from .pty_driver import HOLD, PROMPT, answer, finish, keys, plain, spawn, transcript
from .test_wizard_pty import TAPO_HAVE, TAPO_SUCCESS, session_id_of

TITLE = "Hold the reset button until the camera reacts"
ELSEWHERE = re.compile(r"Holding the button since \d\d:\d\d:\d\d \(timer on another screen\)\.")
"""The words the web's desk says of it (core/present/holding_words.py)."""
ANY_HOLDING = "Holding the button since"


@pytest.fixture
def phone(db_url: str) -> Iterator[PageClient]:
    """Another screen on the session: an API client over the terminal's database."""
    client = PageClient(create_app(Settings(database_url=db_url), kb=load_kb()))
    yield client
    client.close()


def _at_the_hold(db_url: str, args: list[str] | None = None) -> pexpect.spawn:
    """`camreset guide` at 80×24, on the hold step, its own timer not started."""
    child = spawn(args or ["guide", "tapo-c200", "--have", TAPO_HAVE], db_url, columns=80)
    child.setwinsize(24, 80)
    if args is None:
        hold = next(i for i, s in enumerate(TAPO_SUCCESS) if s.title == TITLE)
        answer(child, keys(TAPO_SUCCESS[:hold]))
    child.expect(HOLD)
    return child


def _start_holding(phone: PageClient, session_id: str) -> None:
    step = phone.get(f"/api/sessions/{session_id}").json()["current"]["id"]
    sent = phone.post(f"/api/sessions/{session_id}/holding", json={"step": step})
    assert sent.status_code == 200, sent.text
    assert ELSEWHERE.fullmatch(sent.json()["holding"]["words"])  # what the desk says


def _since(child: pexpect.spawn, mark: int) -> str:
    return plain(transcript(child)[mark:])


def test_a_key_that_checks_for_news_says_the_other_screens_hold(
    db_url: str, phone: PageClient
) -> None:
    child = _at_the_hold(db_url)
    session_id = session_id_of(transcript(child))
    _start_holding(phone, session_id)
    mark = len(transcript(child))
    child.sendline("l")  # the answers so far: a key that answers nothing
    child.expect(PROMPT)
    said = _since(child, mark)
    assert ELSEWHERE.search(said), said
    assert said.index(ANY_HOLDING) < said.index("What you've done so far")  # news first
    mark = len(transcript(child))
    child.sendline("l")  # nothing new since: not said twice
    child.expect(PROMPT)
    assert ANY_HOLDING not in _since(child, mark)
    child.sendline("q")
    child.expect("Paused")
    assert finish(child) == 4


def test_a_terminal_drawing_the_step_says_the_hold_going_on(db_url: str, phone: PageClient) -> None:
    child = _at_the_hold(db_url)
    session_id = session_id_of(transcript(child))
    child.sendline("q")
    child.expect("Paused")
    assert finish(child) == 4
    _start_holding(phone, session_id)
    child = _at_the_hold(db_url, ["guide", "--resume", session_id])
    shown = plain(transcript(child))
    drawn = shown[shown.rindex(TITLE) :]
    assert ELSEWHERE.search(drawn), drawn  # under the step, before its own timer
    child.sendline("q")
    child.expect("Paused")
    assert finish(child) == 4


def test_its_own_timer_left_running_is_no_other_screens_hold(db_url: str) -> None:
    child = _at_the_hold(db_url)
    child.sendline("")  # its own timer starts (and is logged for a desk)
    child.expect(r"\d\.\d s")
    mark = len(transcript(child))
    child.sendline("h")  # leaves the timer without a hold, to what is at hand
    child.expect("Enter")
    child.sendline("")  # kept as it was: the hold step is drawn again
    child.expect(HOLD)
    assert ANY_HOLDING not in _since(child, mark)
    child.sendline("l")
    child.expect(PROMPT)
    assert ANY_HOLDING not in _since(child, mark)
    child.sendline("q")
    child.expect("Paused")
    assert finish(child) == 4
