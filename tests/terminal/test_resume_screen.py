"""The terminal keeps where each answer came from: the run that started the session, another
screen when `guide --resume` opened it from a short code read out from a page, and nothing
(not known) for a resume by id, which may be the same terminal (helpdesk review 67, #5)."""

from __future__ import annotations

from camreset.app import SessionService
from camreset.kb_files import load_kb
from camreset.store.session_store import SessionStore

from .conftest import Cli
from .pty_driver import answer, finish, spawn, transcript
from .test_wizard_pty import session_id_of


def _screens(db_url: str, session_id: str) -> list[object]:
    store = SessionStore.from_url(db_url)
    try:
        return [e.data.get("screen") for e in store.load(session_id) if e.type == "answered"]
    finally:
        store.close()


def test_a_resume_from_a_short_code_is_another_screen_and_by_id_not_known(
    db_url: str, cli: Cli
) -> None:
    child = spawn(["guide", "tapo-c200", "--have", "pin"], db_url, columns=100)
    answer(child, ["wont-reset", "q"])
    assert finish(child) == 4
    session_id = session_id_of(transcript(child))
    service = SessionService(SessionStore.from_url(db_url), load_kb())
    code = service.share_code(session_id)
    assert code is not None
    by_code = spawn(["guide", "--resume", code.shown], db_url, columns=100)
    answer(by_code, ["1", "q"])
    assert finish(by_code) == 4
    by_id = spawn(["guide", "--resume", session_id], db_url, columns=100)
    answer(by_id, ["1", "q"])
    assert finish(by_id) == 4
    assert _screens(db_url, session_id) == ["starter", "other", None]
    assert cli("report", session_id).stdout.count("(entered on another screen)") == 1
