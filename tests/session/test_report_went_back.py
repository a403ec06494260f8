"""A session that adding the camera again sent back to resetting keeps, in its report, what
was weighed after the reset: support read only the reset's causes, as if nothing had been
tried after it (web review 55, F8)."""

from __future__ import annotations

from collections.abc import Callable

from tests.session.conftest import Driver, setup_mode_check

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.report import BEFORE_BACK_TITLE, build_report, render_markdown, render_text

NVR_OFFLINE = "The Lorex NVR it is added through is off or offline"


def _back_to_resetting(make_driver: Callable[..., Driver]) -> Driver:
    """A Lorex bullet said to reset, then not added by anything tried (a reset done while
    adding it takes), until "Back to resetting"."""
    d = make_driver(model="lorex-e893ab", have=("pin", "computer", "app"), opening=True)
    told = {"reason": "cant-add", "add-trouble": "not-found", "second-hand": "no"}
    told |= {"from-provider": "no", "on-recorder": "yes"}
    for _ in range(40):
        step = d.state.current
        if d.state.phase == "reset" and step.ref.kind != "opening":
            break
        said = told.get(step.ref.ref) or ("yes" if setup_mode_check(d, step.ref) else None)
        d.send(said if said and step.offers(said) else "no" if step.offers("no") else "done")
    assert d.state.history[-1].title == "Back to resetting"
    return d


def test_the_report_keeps_what_was_weighed_before_going_back_to_resetting(
    make_driver: Callable[..., Driver], kb: KnowledgeBase
) -> None:
    d = _back_to_resetting(make_driver)
    d.send("stop")
    report = build_report(kb, d.state)
    assert NVR_OFFLINE in [c.name for c in report.before_back]
    assert all(c.probability > 0 for c in report.before_back)
    # not "nothing stands in the way", which led it (diff review 56)
    assert "no-trouble" not in {c.id for c in report.before_back}
    text = render_text(report)
    section = text.split(BEFORE_BACK_TITLE.upper(), 1)[1].split("VENDOR SUPPORT")[0]
    assert f"- {NVR_OFFLINE} (" in section
    assert "Button released too early" not in section  # the reset's causes stay above it
    assert text.index("CAUSES STILL LIKELY") < text.index(BEFORE_BACK_TITLE.upper())
    assert f"## {BEFORE_BACK_TITLE}" in render_markdown(report)


def test_a_session_never_sent_back_has_no_such_section(
    make_driver: Callable[..., Driver], kb: KnowledgeBase
) -> None:
    d = make_driver(model="lorex-e893ab", have=("pin", "computer", "app"), opening=True)
    for said in ("cant-add", "not-found"):
        d.send(said)
    d.send("stop")
    report = build_report(kb, d.state)
    assert report.still_likely and report.before_back == []
    assert BEFORE_BACK_TITLE.upper() not in render_text(report)
