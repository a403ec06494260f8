"""A hold page's "How sure of …" line names the hold the page asks for: the Tapo C200's page
said "hold for at least 10 seconds", then "How sure of the 5 seconds …", the time a source
found resets it only in part (helpdesk review 70, H #12)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from camreset.core.session import Command, Guide, Step
from camreset.core.session.intake import parse_have
from camreset.kb_files import load_kb

T0 = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)


def _first_hold(model: str) -> Step:
    guide = Guide(load_kb())
    state = guide.replay([guide.start(model=model, have=parse_have(["pin"]), at=T0)])
    for n in range(1, 15):
        step = state.current
        if step.timer is not None:
            return step
        offered = [a.id for a in step.answers]
        pick = next(v for v in ("skip-questions", "done", "yes", "cant", *offered) if v in offered)
        command = Command("answer", step.id, pick)
        state = guide.extend(state, [guide.command(state, command, T0 + timedelta(minutes=n))])
    raise AssertionError("no hold page")


def test_the_tapo_c200_s_line_names_its_10_seconds_and_says_the_sources_disagree() -> None:
    step = _first_hold("tapo-c200")
    assert step.timer is not None and step.timer.not_before == 10
    assert "at least 10 seconds" in step.text
    sure = step.timer.sureness or ""
    assert sure.startswith("How sure of the 10 seconds: the sources disagree (5 to 30 seconds).")
    assert "How sure of the 5 seconds" not in sure
    assert "5 seconds (Fairly sure" in sure and "resets it only in part" in sure


def test_a_page_that_holds_for_the_surest_time_keeps_its_line() -> None:
    step = _first_hold("amcrest-ip4m-1046ew")
    assert step.timer is not None and step.timer.not_before is None
    assert (step.timer.sureness or "").startswith("How sure of the 30 to 60 seconds")
