"""A check right after a restart's wait offers "Not yet: it is still restarting": a reviewer
who went on 3 s into a 3-minute restart (product review 48) could only answer "No", the
attempt counted as failed, and only the support page said that failure proved little."""

from __future__ import annotations

from datetime import timedelta

import pytest
from tests.session.conftest import T0, start_event

from camreset.core.engine.evidence import ActionFailed
from camreset.core.session import Command, Guide, SessionState
from camreset.core.session.commands import PACE

OPENING = ("wont-reset", "few-seconds", "nothing", "no-restart")


def _answer(guide: Guide, state: SessionState, answer: str) -> SessionState:
    assert state.current.offers(answer), (state.current.id, answer)
    return guide.extend(
        state, [guide.command(state, Command("answer", state.current.id, answer), T0)]
    )


def _to_the_check_after_a_rushed_restart(guide: Guide) -> SessionState:
    state = guide.replay([start_event(guide, model="tapo-c200", have=("pin", "app"))])
    for answer in OPENING:
        state = _answer(guide, state, answer)
    for _ in range(100):
        if not (not state.current.wait_seconds or "restart" not in state.current.title):
            break
        state = _answer(guide, state, "done")
    else:
        raise AssertionError("100 steps and still: not state.current.wait_seconds or 'restart' no…")
    return _answer(guide, state, "done")  # at once: a 3-minute restart cut short


def test_a_check_after_a_cut_short_restart_goes_back_to_the_wait(guide: Guide) -> None:
    state = _to_the_check_after_a_rushed_restart(guide)
    check = state.current
    assert check.title == "Is the camera in setup mode now?"
    (later,) = [a.label for a in check.answers if a.role == "wait"]
    assert later == "Not yet: it is still restarting"
    assert "answer “Not yet: it is still restarting” to wait again" in (check.notice or "")
    state = _answer(guide, state, "still-restarting")
    assert state.current.title == "Let the camera restart"
    assert (state.current.ref.ref, state.current.ref.stage) == (check.ref.ref, check.ref.stage - 1)
    assert state.history[-1].result == "still restarting: waiting again"
    assert ActionFailed(check.ref.ref) not in state.fold.evidence  # not counted as failed


def test_a_reset_seen_after_waiting_again_is_no_doubtful_failure(guide: Guide) -> None:
    state = _to_the_check_after_a_rushed_restart(guide)
    state = _answer(guide, state, "still-restarting")
    attempt = state.current.ref.ref
    state = guide.extend(  # the whole restart this time
        state,
        [
            guide.command(
                state, Command("answer", state.current.id, "done"), T0 + timedelta(minutes=5)
            )
        ],
    )
    assert state.current.notice is None or "before the restart was over" not in state.current.notice
    state = _answer(guide, state, "yes")
    assert attempt not in state.fold.rushed
    assert state.current.title == "Does the Tapo app find it as a new camera?"
    state = _answer(guide, state, "no")  # a failure now is evidence: no wait was cut short
    assert attempt not in state.fold.doubtful


def test_the_full_reset_while_adding_it_checks_setup_mode_after_its_restart(guide: Guide) -> None:
    """A reviewer who ended the long hold's restart early landed on "Add it again", whose
    notice said to answer "Not yet: it is still restarting", which that page lacked. Since the
    full reset asks for setup mode before the add steps, that page is the check, and it has
    the answer."""
    state = guide.replay([start_event(guide, model="tapo-c200", have=("pin", "app"))])
    for answer in ("cant-add", "asks-password", "done"):
        state = _answer(guide, state, answer)
    assert state.current.title == "Let the camera restart"
    state = _answer(guide, state, "done")  # at once: the restart cut short
    page = state.current
    assert page.title == "Is the camera in setup mode now?"
    assert page.offers("still-restarting")
    assert "answer “Not yet: it is still restarting” to wait again" in (page.notice or "")


def test_every_restart_is_followed_by_a_check() -> None:
    """The page after a restart can always be answered "Not yet: it is still restarting"."""
    from camreset.core.kb.troubleshooting import WaitFor
    from camreset.kb_files import load_kb

    for action in load_kb().troubleshooting.actions:
        for at, step in enumerate(action.steps[:-1]):
            if step.wait is WaitFor.reboot:
                assert action.steps[at + 1].check is not None, action.id


@pytest.mark.parametrize(("pace", "cut_short"), [(100, False), (1, True), (10**9, True)])
def test_a_wait_counted_down_at_a_faster_pace_counts_at_that_pace(
    guide: Guide, pace: float, cut_short: bool
) -> None:
    """`guide --fast` counts a 3-minute restart down in 1.8 s: answered at its end, it is the
    whole wait (terminal review 56, F8). A pace beyond any the terminal runs is ignored."""
    state = guide.replay([start_event(guide, model="tapo-c200", have=("pin", "app"))])
    for answer in OPENING:
        state = _answer(guide, state, answer)
    for _ in range(100):
        if not (not state.current.wait_seconds or "restart" not in state.current.title):
            break
        state = _answer(guide, state, "done")
    else:
        raise AssertionError("100 steps and still: not state.current.wait_seconds or 'restart' no…")
    waited = timedelta(seconds=state.current.wait_seconds / 100)
    command = Command("answer", state.current.id, "done", {PACE: pace})
    state = guide.extend(state, [guide.command(state, command, T0 + waited)])
    assert ("before the restart was over" in (state.current.notice or "")) is cut_short


@pytest.mark.parametrize("pace", ["100", 0.5, True, None])
def test_a_pace_that_is_no_speed_up_is_ignored(guide: Guide, pace: object) -> None:
    """Diff review 57: only a number above 1 (and at most 1,000) is a pace; a text, a
    fraction or a flag is not stored, so a wait answered at once still reads as cut short."""
    state = guide.replay([start_event(guide, model="tapo-c200", have=("pin", "app"))])
    for answer in OPENING:
        state = _answer(guide, state, answer)
    for _ in range(100):
        if not (not state.current.wait_seconds or "restart" not in state.current.title):
            break
        state = _answer(guide, state, "done")
    else:
        raise AssertionError("100 steps and still: not state.current.wait_seconds or 'restart' no…")
    command = Command("answer", state.current.id, "done", {PACE: pace})
    event = guide.command(state, command, T0)
    assert PACE not in event.data
