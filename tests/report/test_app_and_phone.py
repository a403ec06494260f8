"""Where adding it again failed, the details ask for the app's and the phone's versions.

Support-report review 75 G, #15: for an Arlo that would not pair and a Tapo "Device already
added", the form and the terminal never asked for the app version or the phone's system, what
the makers' pairing help checks first; a reset case is not asked (they mean nothing there).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from camreset.core.present.detail_words import AFTER_ADDING, form_details
from camreset.core.report import build_report, render_text
from camreset.core.report.details import adding_failed
from camreset.core.session import Command, Guide, SessionState
from camreset.kb_files import load_kb

T0 = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


def _came_for(guide: Guide, reason: str) -> SessionState:
    state = guide.replay([guide.start(model="tapo-c200", have=None, at=T0)])
    step = Command("answer", state.current.id, reason)
    return guide.extend(state, [guide.command(state, step, T0 + timedelta(seconds=20))])


def test_asked_and_reported_where_adding_it_failed() -> None:
    kb = load_kb()
    guide = Guide(kb)
    state = _came_for(guide, "cant-add")
    assert form_details(state.model, adding_failed=adding_failed(state)).keys() >= AFTER_ADDING
    said = {"app_version": "Tapo 3.9.5", "phone_os": "Pixel 7, Android 14"}
    state = guide.extend(state, [guide.command(state, Command("details", data=said), T0)])
    text = render_text(build_report(kb, state))
    assert "App version:" in text and "Tapo 3.9.5" in text
    assert "Phone and system:" in text and "Pixel 7, Android 14" in text


def test_not_asked_for_a_reset() -> None:
    guide = Guide(load_kb())
    state = _came_for(guide, "wont-reset")
    assert not adding_failed(state)
    assert not AFTER_ADDING & form_details(state.model, adding_failed=adding_failed(state)).keys()
