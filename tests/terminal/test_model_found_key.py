"""The wizard's `m` (session 71, helpdesk review leftover): a technician who started with the
brand and shape only types the model found on the label; the same session goes on with that
model's steps, and its report says when the model was found."""

from __future__ import annotations

import pytest

from camreset.app import SessionService
from camreset.core.report import build_report, render_text
from camreset.core.session import machine
from camreset.core.session.later_rules import MODEL_FOUND_RULES
from camreset.kb_files import load_kb
from camreset.store.session_store import SessionStore

from .pty_driver import plain, spawn, transcript
from .test_model_found_back import ring_doorbell_answered

PROMPT = "Your answer"


def test_m_takes_the_model_on_the_label_and_keeps_the_session(db_url: str) -> None:
    child = ring_doorbell_answered(db_url)
    keys_line = plain(transcript(child))
    assert "m found the model · q leave" in keys_line  # listed in its keys line, one line
    child.sendline("m")
    child.expect("Model on the label")
    child.sendline("Ring doorbell")
    child.expect("Its number, or the model on the label")  # "Choose yours": from a list now
    said = " ".join(plain(transcript(child)).split())
    assert "“Ring doorbell” could be more than one model. Choose yours" in said
    assert (
        "Is it one of these? 1. Ring Video Doorbell (1st Generation) 2. Ring Video Doorbell 2 "
        "3. Ring Video Doorbell 3" in said
    )
    child.sendline("3")  # session 72, review N F13: the step's prompt came back instead
    child.expect(PROMPT)
    shown = " ".join(plain(transcript(child)).split())
    assert "Model found: Ring Video Doorbell 3. The steps are now its own." in shown
    # no m any more; u takes the model found back (review N F1), l lists the answers so far
    assert shown.endswith(
        "1-5 answer · u take back the model found (Ring Video Doorbell 3) · h at hand · "
        "l answers so far · q leave Your answer:"
    )
    child.sendline("q")
    child.expect("Paused")
    child.expect("--resume (\\S+)")
    session_id = child.match.group(1)
    child.close()
    service = SessionService(SessionStore.from_url(db_url), load_kb())
    state = service.state(session_id)
    assert state.model.name == "Ring Video Doorbell 3" and state.reason == "wont-reset"
    text = render_text(build_report(service.kb_for(state), state))
    assert "(started as: Ring, model not known, doorbell)" in text


def test_m_is_not_a_key_of_a_session_with_its_model(db_url: str) -> None:
    child = spawn(["guide", "tapo-c200", "--have", "pin"], db_url, columns=80)
    child.expect(PROMPT)
    assert "found the model" not in plain(transcript(child))
    child.sendline("m")
    child.expect("Type a number")
    assert "m if you found the model" not in " ".join(plain(transcript(child)).split())
    child.sendline("q")
    child.close()


def test_m_is_not_offered_on_a_session_started_before_models_found_later(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Offered, then refused only after the model was typed (session 71, merged-diff review N
    F5): a session started under the readings before has no `m`."""
    monkeypatch.setattr(machine, "RULES", MODEL_FOUND_RULES - 1)
    service = SessionService(SessionStore.from_url(db_url), load_kb())
    session_id, _ = service.start(line="ring", form_factor="doorbell", have=["pin"])
    monkeypatch.undo()
    child = spawn(["guide", "--resume", session_id], db_url, columns=80)
    child.expect(PROMPT)
    assert "found the model" not in plain(transcript(child))
    child.sendline("m")
    child.expect("Type a number")
    assert "m if you found the model" not in " ".join(plain(transcript(child)).split())
