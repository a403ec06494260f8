"""The guide stopped by `kill` (SIGTERM) or its terminal's hang-up (SIGHUP) leaves as at
Ctrl-C: the resume line, the session saved; it printed nothing (robustness review 70, #13)."""

from __future__ import annotations

import signal

import pytest

from .pty_driver import PROMPT, answer, finish, keys, plain, spawn, transcript
from .test_wizard_pty import TAPO_HAVE, TAPO_SUCCESS, events, session_id_of


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGTERM, 143), (signal.SIGHUP, 129)])
def test_a_stopping_signal_prints_the_resume_line(db_url: str, signum: int, code: int) -> None:
    child = spawn(["guide", "tapo-c200", "--have", TAPO_HAVE], db_url)
    answer(child, keys(TAPO_SUCCESS[:2]))
    child.expect(PROMPT)
    child.kill(signum)
    child.expect("Stopped")
    child.expect("guide --resume")
    assert finish(child) == code
    text = plain(transcript(child))
    session_id = session_id_of(text)
    assert f"camreset guide --resume {session_id}" in " ".join(text.split())
    assert events(db_url, session_id) == ["started", "answered", "answered"]
