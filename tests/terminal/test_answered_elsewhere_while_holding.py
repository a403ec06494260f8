"""The terminal's hold timer, when another screen (the web, on the same session) answers the
step: it counted on to its longest hold ("The timer stopped at 30 s. If you are still
holding, let go now."), then asked "Your answer (Enter = Done, I let go)" for a step already
answered, and only the next Enter said "Another screen gave the same answer" (session 75 C,
left over). Now the timer stops with one plain line and the next step is shown."""

from __future__ import annotations

from camreset.app import SessionService
from camreset.core.session import Command
from camreset.core.session.commands import SCREEN
from camreset.kb_files import load_kb
from camreset.store.session_store import SessionStore

from .pty_driver import PROMPT, finish, plain, transcript
from .test_taken_back_elsewhere import _to_the_hold
from .test_wizard_pty import session_id_of

SAID = (
    "This step was answered on another screen, so this timer stopped. Here is where the "
    "session stands now."
)


def test_a_hold_answered_on_another_screen_stops_the_terminals_timer(db_url: str) -> None:
    child = _to_the_hold(db_url)
    service = SessionService(SessionStore.from_url(db_url), load_kb())
    try:  # the web page, on the same session, says "Done, I let go"
        session_id = session_id_of(transcript(child))
        step = service.state(session_id).current
        service.apply(session_id, Command("done", step.id, data={SCREEN: "a-web-page"}))
    finally:
        service.close()
    child.sendline("")  # the terminal's timer starts
    child.expect(PROMPT)
    said = " ".join(plain(child.before).split())
    assert SAID in said
    assert "The timer stopped at 30 s" not in said  # it did not count on to the end
    assert "Saved to the report." not in said
    assert "Enter = Done, I let go" not in plain(child.after)  # not asked again for that step
    assert said.index(SAID) < said.index("Step 9")  # then the step after it, at once
    child.sendline("q")
    child.expect("Paused")
    assert finish(child) == 4
