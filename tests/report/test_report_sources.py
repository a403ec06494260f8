"""What the report says it knows, and from where: support reads it as the person's own word
(support-report review 67 I)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from camreset.cli.wizard.details_prompt import asked_at_the_end
from camreset.core.present.detail_words import form_details
from camreset.core.report import build_report, code_failed, render_text
from camreset.core.session import Command, Guide, SessionState
from camreset.core.session.intake import parse_have
from camreset.kb_files import load_kb

KB = load_kb()
GUIDE = Guide(KB)
AT = datetime(2026, 1, 1, tzinfo=UTC)
OPENING = ["wont-reset", "few-seconds", "nothing", "no-restart"]


def walk(model: str, have: str, **told: str) -> SessionState:
    """To the end as the review walked: every yes/no "No", every attempt done, other questions
    "Not sure", a thing to use "have" if in `have`; `told` answers a step (by its ref) its way."""
    items = set(have.split(","))
    state = GUIDE.replay([GUIDE.start(model=model, have=parse_have(items), at=AT)])
    opening = list(OPENING)
    for _ in range(80):
        step = state.current
        if step.kind == "outcome":
            return state
        if step.ref.ref in told and step.offers(told[step.ref.ref]):
            answer = told[step.ref.ref]
        elif step.ref.kind == "opening":
            answer = opening.pop(0) if opening else "skip-questions"
        elif step.ref.kind == "tool":
            answer = "have" if step.ref.ref in items else "cant"
        elif step.offers("yes") and step.offers("no"):
            answer = "no"
        else:
            answer = "done" if step.offers("done") else "not_sure"
        state = GUIDE.extend(state, [GUIDE.command(state, Command("answer", step.id, answer), AT)])
    raise AssertionError("no end")


def text(state: SessionState) -> str:
    return render_text(build_report(KB, state))


def powered_row(state: SessionState) -> str:
    return next(line for line in text(state).splitlines() if line.startswith("Powered by:"))


def test_power_worked_out_from_the_poe_port_step_is_not_called_answered() -> None:
    """The review's Hikvision: "How is the camera powered? Not sure", then "Another port" done."""
    state = walk("hikvision-ds-2cd2143g2-i", "pin,app,poe_port")
    assert [e.answer for e in state.history if e.ref.ref == "power-kind"] == ["not_sure"]
    row = powered_row(state)
    assert "answered in the session" not in row
    assert "PoE" in row and "not said: worked out from “Another port”, done" in row


def test_power_answered_outright_still_says_so() -> None:
    state = walk("hikvision-ds-2cd2143g2-i", "pin,app", **{"power-kind": "network-cable"})
    assert powered_row(state).endswith("(answered in the session)")


def test_a_vendor_code_that_failed_is_in_the_report_with_the_keep_it_on_warning() -> None:
    """The end page said "If its code was refused, had expired or never came, tell support
    which … Keep the camera on and on the network until you use it"; the report said nothing."""
    for model, brand in (
        ("hikvision-ds-2cd2143g2-i", "Hikvision"),
        ("amcrest-ip4m-1046ew", "Amcrest"),
        ("ezviz-bc1", "EZVIZ"),
    ):
        state = walk(model, "pin,app,computer")
        asked = "Can you log in with the new password?"
        said = [e.answer for e in state.history if e.title == asked]
        assert said == ["no"], model
        row = next(line for line in text(state).splitlines() if line.startswith("Recovery code:"))
        assert f"{brand}'s recovery code did not let them log in" in row
        assert "refused, had expired or never came" in row
        assert "Keep the camera powered and on the network, with no restart" in row


def test_a_vendor_code_that_worked_adds_no_recovery_row() -> None:
    state = walk("hikvision-ds-2cd2143g2-i", "pin,app,computer", **{"vendor-code-reset": "yes"})
    assert "Recovery code:" not in text(state)


def test_which_way_the_code_failed_is_asked_at_the_end_and_kept_in_the_report() -> None:
    state = walk("hikvision-ds-2cd2143g2-i", "pin,app,computer")
    assert code_failed(state)
    asked = form_details(state.model, code_failed=code_failed(state))
    assert asked["recovery_code"].startswith("What happened to the recovery code: refused")
    assert "recovery_code" not in form_details(state.model)  # no failed code, not asked
    assert "recovery_code" in asked_at_the_end(state)  # the terminal asks it too
    told = Command("details", state.current.id, None, data={"recovery_code": "it expired"})
    state = GUIDE.extend(state, [GUIDE.command(state, told, AT)])
    row = next(line for line in text(state).splitlines() if line.startswith("Recovery code:"))
    assert "did not let them log in: it expired. Keep the camera powered" in row
    assert "Not said whether" not in row


@pytest.mark.parametrize("typed", ["don't know", "none", "n/a"])
def test_a_placeholder_for_how_the_code_failed_reads_as_not_said(typed: str) -> None:
    """Merged-diff review 67, N #1: "don't know" typed as how the code failed read "did not let
    them log in: don't know." while "n/a" at the serial read "not given yet" in the same report."""
    state = walk("hikvision-ds-2cd2143g2-i", "pin,app,computer")
    told = Command("details", state.current.id, None, data={"recovery_code": typed})
    state = GUIDE.extend(state, [GUIDE.command(state, told, AT)])
    row = next(line for line in text(state).splitlines() if line.startswith("Recovery code:"))
    assert typed not in row and "Not said whether the code was refused" in row


def typed_power(state: SessionState, typed: str) -> SessionState:
    told = Command("details", state.current.id, None, data={"power_source": typed})
    return GUIDE.extend(state, [GUIDE.command(state, told, AT)])


def test_power_typed_unlike_the_sessions_answer_shows_both() -> None:
    """Session 68, H #2: "How is the camera powered? — A power adapter", then "PoE switch, port
    3" typed in the details for support, and the report said only "Powered by: PoE switch, port
    3", the session's answer dropped."""
    state = typed_power(
        walk("hikvision-ds-2cd2143g2-i", "pin,app", **{"power-kind": "adapter"}),
        "PoE switch, port 3",
    )
    row = powered_row(state)
    assert "PoE switch, port 3 (typed in the details)" in row
    assert "power adapter" in row and row.endswith("(answered in the session)")


def test_power_typed_like_the_sessions_answer_stands_alone() -> None:
    state = walk("hikvision-ds-2cd2143g2-i", "pin,app", **{"power-kind": "network-cable"})
    assert powered_row(typed_power(state, "PoE switch, port 3")).endswith("PoE switch, port 3")
