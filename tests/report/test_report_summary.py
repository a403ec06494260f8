"""The report's one-line summary under its outcome: an agent read the outcome, then counted
25 steps and looked for the holds in them to know what had been tried (report review 68)."""

from __future__ import annotations

import json

from tests.report.test_report_order import EZVIZ
from tests.report.test_report_sources import AT, GUIDE, KB, OPENING

from camreset.core.report import build_report, render_markdown, render_text
from camreset.core.session import Command, SessionState
from camreset.core.session.intake import parse_have

SAID = (
    "25 steps answered; 3 holds, none timed; likeliest now: pressed the wrong hole, or the "
    "button is under a cover (26%)"
)


def test_the_summary_is_the_line_under_the_outcome_in_every_format() -> None:
    report = build_report(KB, EZVIZ)
    lines = render_text(report).splitlines()
    assert lines[2].startswith("Outcome:")
    assert lines[3] == f"Summary:        {SAID}"
    markdown = render_markdown(report).splitlines()
    assert markdown[3] == f"- **Summary:** {SAID}"
    document = json.loads(report.model_dump_json())
    assert document["summary"] == SAID
    keys = list(document)
    assert keys.index("summary") == keys.index("outcome") + 1


def _held_each(
    model: str, held: list[float], yes_no: str = "no", have: str = "pin,app"
) -> SessionState:
    """To the end, every hold page timed as `held` says, in turn (an attempt "done", a yes/no
    `yes_no`), a hold page past the list answered without its timer."""
    state = GUIDE.replay([GUIDE.start(model=model, have=parse_have(set(have.split(","))), at=AT)])
    opening, holds = list(OPENING), list(held)
    for _ in range(100):
        if state.current.kind == "outcome":
            break
        step = state.current
        if step.timer is not None and holds:
            hold = Command("hold", step.id, data={"seconds": holds.pop(0)})
            state = GUIDE.extend(state, [GUIDE.command(state, hold, AT)])
        if step.ref.kind == "opening":
            answer = opening.pop(0) if opening else "skip-questions"
        elif step.ref.kind == "tool":
            answer = "have" if step.ref.ref in have.split(",") else "cant"
        elif step.offers("yes") and step.offers("no"):
            answer = yes_no
        else:
            answer = "done" if step.offers("done") else "not_sure"
        state = GUIDE.extend(state, [GUIDE.command(state, Command("answer", step.id, answer), AT)])
    else:
        raise AssertionError("100 steps and still: state.current.kind != 'outcome'")
    return state


def test_the_summary_counts_the_holds_timed_and_the_longest() -> None:
    report = build_report(KB, _held_each("ezviz-bc1", [6, 32, 8.5]))
    assert "; 3 holds timed (longest 32 s); likeliest now: " in report.summary
    once = build_report(KB, _held_each("ezviz-bc1", [7.5]))
    assert "; 3 holds, 1 timed (7.5 s); " in once.summary
    assert f"Summary:        {once.summary}\n" in render_text(once)


def test_a_camera_back_again_has_no_likeliest_cause_in_its_summary() -> None:
    state = _held_each("tapo-c200", [12], "yes", "pin")
    report = build_report(KB, state)
    assert report.outcome == "done"
    answered = len(state.history)
    assert report.summary == f"{answered} steps answered; 1 hold timed (12 s)"
