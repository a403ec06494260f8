"""After "I tried it and it didn't work" on the maker's own way back in, the details ask how.

Support-report review 75 G, #14: "2. Try Amcrest's own way back in first — I tried it and it
didn't work: reset it" said nothing of whether the account had no e-mail, the code never came
or it was refused; the "Recovery code" detail was asked only after the vendor-code page's "Can
you log in with the new password? — No".
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from camreset.core.present.detail_words import form_details
from camreset.core.report import build_report, render_text
from camreset.core.report.details import code_asked
from camreset.core.session import Command, Guide, SessionState
from camreset.kb_files import load_kb

T0 = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


def _own_way(guide: Guide, answer: str) -> SessionState:
    """An Amcrest whose password was forgotten, its own way back in answered `answer`."""
    state = guide.replay([guide.start(model="amcrest-ip4m-1046ew", have=None, at=T0)])
    at = T0
    for _ in range(6):
        at += timedelta(seconds=30)
        if state.current.ref.ref == "recovery":
            step = Command("answer", state.current.id, answer)
            return guide.extend(state, [guide.command(state, step, at)])
        ids = [a.id for a in state.current.answers]
        pick = "forgot-password" if "forgot-password" in ids else ids[0]
        state = guide.extend(
            state, [guide.command(state, Command("answer", state.current.id, pick), at)]
        )
    raise AssertionError("no own way back in within 6 steps")


def test_the_recovery_code_is_asked_after_the_own_way_failed_and_reaches_the_report() -> None:
    kb = load_kb()
    guide = Guide(kb)
    state = _own_way(guide, "reset-it")
    assert "recovery_code" in form_details(state.model, code_failed=code_asked(state))
    said = {"recovery_code": "the e-mail with the code never came"}
    state = guide.extend(
        state, [guide.command(state, Command("details", data=said), T0 + timedelta(minutes=5))]
    )
    text = render_text(build_report(kb, state))
    row = next(line for line in text.splitlines() if line.startswith("Recovery code:"))
    assert row.endswith(
        "Amcrest's own way back in did not work: the e-mail with the code never came"
    )


def test_not_asked_where_the_own_way_worked() -> None:
    guide = Guide(load_kb())
    state = _own_way(guide, "worked")
    assert not code_asked(state)
