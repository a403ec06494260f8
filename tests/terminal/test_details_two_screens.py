"""The terminal's details for support, with a browser open on the same session.

The web form saves only what was changed on it (helpdesk review 67, E #1); the terminal's
questions at the end put back a serial a browser had saved while they were asked, and said
"Saved to the report: the serial number."
"""

from __future__ import annotations

import pexpect

from camreset.app import SessionService
from camreset.core.session import Command
from camreset.kb_files import load_kb
from camreset.store.session_store import SessionStore

from .pty_driver import answer, finish, plain, spawn, transcript
from .test_wizard_pty import details_of, session_id_of

CORRECTED = "TAPO0123456789AB"


def _asked_for_the_serial(db_url: str) -> tuple[pexpect.spawn, str]:
    """A Tapo C200 session stopped at once, its terminal asking for the serial number."""
    child = spawn(["guide", "tapo-c200", "--have", "pin"], db_url, columns=100)
    answer(child, ["wont-reset", "stop"])
    child.expect("come back here")
    answer(child, ["q"])
    child.expect("Serial number")
    return child, session_id_of(transcript(child))


def _saved_in_a_browser(db_url: str, session_id: str, data: dict[str, str]) -> None:
    service = SessionService(SessionStore.from_url(db_url), load_kb())
    try:
        service.apply(session_id, Command("details", data=data))
    finally:
        service.close()


def test_a_serial_saved_in_a_browser_while_the_terminal_asked_is_kept_and_said(
    db_url: str,
) -> None:
    child, session_id = _asked_for_the_serial(db_url)
    _saved_in_a_browser(db_url, session_id, {"serial": CORRECTED})  # read off the label
    child.sendline("TAPO0123456789")  # misread, at the terminal
    child.expect("Type yours again to keep it")
    child.sendline("")  # Enter keeps the browser's
    child.expect(": ")
    child.sendline("q")
    child.expect("Here is the report")
    assert finish(child) == 3
    said = " ".join(plain(transcript(child)).split())
    assert (
        f"Another screen saved the serial number as “{CORRECTED}” since it was asked here, "
        "so yours, “TAPO0123456789”, was not saved." in said
    )
    assert "Saved to the report: the serial number" not in said
    assert details_of(db_url, session_id) == [{"serial": CORRECTED}]
    assert f"Serial number: {CORRECTED}" in said  # the report printed


def test_typed_again_after_being_told_the_terminals_serial_is_saved(db_url: str) -> None:
    child, session_id = _asked_for_the_serial(db_url)
    _saved_in_a_browser(db_url, session_id, {"serial": "TAPO0000"})
    child.sendline("TAPO0123456789")
    child.expect("Type yours again to keep it")
    child.sendline("TAPO0123456789")
    child.expect(": ")
    child.sendline("q")
    child.expect("Here is the report")
    assert finish(child) == 3
    said = " ".join(plain(transcript(child)).split())
    assert "Saved to the report: the serial number." in said
    assert details_of(db_url, session_id)[-1] == {"serial": "TAPO0123456789"}
