"""The terminal, after the other screen took the session back past the step it shows.

A browser open on the same session ("Back to the first question", or "← Back") took 7
answers back while the terminal showed the hold; the terminal's hold was refused without a
word, then its "Done, I let go" read "Your answer (“Done, I let go”) was not saved: another
screen took back an answer meanwhile." — one answer of seven, the hold not named, and not
that the step now shown is where they went back to (session 68, K). The web says it so.
"""

from __future__ import annotations

import pexpect

from camreset.app import SessionService
from camreset.core.session import Command
from camreset.core.session.events import TO_START
from camreset.kb_files import load_kb
from camreset.store.session_store import SessionStore

from .pty_driver import HOLD, PROMPT, answer, finish, keys, plain, spawn, transcript
from .test_wizard_pty import TAPO_HAVE, TAPO_SUCCESS, events, session_id_of

TITLE = "Hold the reset button until the camera reacts"
WENT_BACK = "Another screen took back {n} answers. This is the step they went back to."


def _taken_back_elsewhere(db_url: str, child: pexpect.spawn, *, to_start: bool = True) -> int:
    """The other screen takes answers back ("Back to the first question", or one undo); how
    many answers it took back."""
    service = SessionService(SessionStore.from_url(db_url), load_kb())
    try:
        session_id = session_id_of(transcript(child))
        state = service.state(session_id)
        back = Command("undo", state.current.id, TO_START if to_start else None)
        return len(state.history) - len(service.apply(session_id, back).history)
    finally:
        service.close()


def _to_the_hold(db_url: str) -> pexpect.spawn:
    child = spawn(["guide", "tapo-c200", "--have", TAPO_HAVE], db_url, columns=100)
    hold = next(i for i, s in enumerate(TAPO_SUCCESS) if s.title == TITLE)
    answer(child, keys(TAPO_SUCCESS[:hold]))
    child.expect(HOLD)
    return child


def _said(text: str) -> str:
    return " ".join(plain(text).split())


def test_a_hold_timed_after_the_other_screen_went_back_to_the_start_is_said_lost(
    db_url: str,
) -> None:
    child = _to_the_hold(db_url)
    taken = _taken_back_elsewhere(db_url, child)
    child.sendline("")  # start the timer: the fast one runs to its longest hold (30 s)
    child.expect(PROMPT)
    said = _said(child.before)
    assert (
        f"The hold timed on “{TITLE}” (30 s) was not saved: the session was taken back past "
        f"that step. {WENT_BACK.format(n=taken)}"
    ) in said
    assert "What brings you here?" in said  # that step, asked at once: not "Enter = Done"
    assert "Enter = Done" not in plain(child.after)
    assert "Saved to the report." not in said
    child.sendline("q")
    child.expect("Paused")
    assert finish(child) == 4
    assert "hold" not in events(db_url, session_id_of(transcript(child)), holds=True)


def test_an_answer_typed_as_the_hold_ended_is_said_lost_with_it(db_url: str) -> None:
    child = _to_the_hold(db_url)
    taken = _taken_back_elsewhere(db_url, child)
    child.send("\r2\r")  # start the timer, then answer "2" (nothing happened) to stop it
    child.expect("Your answer: 2")
    child.expect(PROMPT)
    said = _said(child.before)
    assert said.startswith(
        f"Your answer to “{TITLE}” was not saved, nor the hold timed with it ("
    ), said
    assert f"s): the session was taken back past that step. {WENT_BACK.format(n=taken)}" in said
    child.sendline("q")
    child.expect("Paused")
    assert finish(child) == 4


def test_an_answer_after_the_other_screen_went_back_to_the_start_counts_what_it_took(
    db_url: str,
) -> None:
    child = spawn(["guide", "tapo-c200", "--have", TAPO_HAVE], db_url, columns=100)
    answer(child, keys(TAPO_SUCCESS[:4]))
    child.expect(PROMPT)
    shown = TAPO_SUCCESS[4].title
    taken = _taken_back_elsewhere(db_url, child)
    child.sendline(TAPO_SUCCESS[4].key)
    child.expect(PROMPT)
    said = _said(child.before)
    assert (
        f"Your answer to “{shown}” was not saved: the session was taken back past that step. "
        f"{WENT_BACK.format(n=taken)}"
    ) in said
    assert "another screen took back an answer meanwhile" not in said
    child.sendline("q")
    child.expect("Paused")
    assert finish(child) == 4


def test_an_undo_after_the_other_screen_took_one_back_says_which(db_url: str) -> None:
    child = spawn(["guide", "tapo-c200", "--have", TAPO_HAVE], db_url, columns=100)
    answer(child, keys(TAPO_SUCCESS[:4]))
    child.expect(PROMPT)
    shown, before = TAPO_SUCCESS[4].title, TAPO_SUCCESS[3]
    _taken_back_elsewhere(db_url, child, to_start=False)
    child.sendline("u")
    child.expect(PROMPT)
    said = _said(child.before)
    assert (
        f"Nothing was undone on “{shown}”: the session was taken back past that step. "
        f"Another screen took back the answer “"
    ) in said
    # whose answer it was, as the report names it (session 74 B, left over)
    entered = "entered on the screen that started the session"
    assert f"” to “{before.title}”, {entered}. This is that step again." in said
    child.sendline("q")
    child.expect("Paused")
    assert finish(child) == 4
