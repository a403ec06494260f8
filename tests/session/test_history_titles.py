"""The report names each step as the person saw it (a reviewer's Hikvision report read "Hold
the reset button until the camera reacts" for a page that, after "I can't see a light", had
said "Hold the reset button for 30 seconds")."""

from __future__ import annotations

from tests.session.conftest import T0, start_event

from camreset.core.session import Command, Guide


def test_a_hold_page_retitled_for_no_light_keeps_that_title_in_the_history(guide: Guide) -> None:
    state = guide.replay([start_event(guide, model="wyze-cam-v3", have=())])
    for answer in ("new-wifi", "reset-it", "no", "no-light"):
        cmd = Command("answer", state.current.id, answer)
        state = guide.extend(state, [guide.command(state, cmd, T0)])
    for _ in range(10):
        step = state.current
        if step.timer is not None:
            break
        answer = next((a for a in ("done", "have") if step.offers(a)), step.answers[0].id)
        state = guide.extend(state, [guide.command(state, Command("answer", step.id, answer), T0)])
    step = state.current
    assert step.timer is not None and step.title.startswith("Hold the reset button for ")
    shown = step.title
    state = guide.extend(state, [guide.command(state, Command("answer", step.id, "done"), T0)])
    assert state.history[-1].title == shown
