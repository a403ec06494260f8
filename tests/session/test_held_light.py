"""The setup-mode check after a hold says that the steady light of the hold is not setup mode
yet, where a source gives setup mode as the same colour blinking: a Wyze Cam v3 owner let go at
steady red, read "In setup mode it shows a red light", saw red and answered "Yes" before the
camera had restarted (session 74, item 1)."""

from __future__ import annotations

import pytest

from camreset.core.guide.plan import compile_plan
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.resolve import resolve_model
from camreset.core.present.step import Step, StepRef
from camreset.core.present.steps import StepRenderer


def _setup_check(kb: KnowledgeBase, model_id: str) -> Step:
    plan = compile_plan(kb, resolve_model(kb, model_id))
    steps = plan.actions["guided-reset"].steps
    stage = next(i for i, s in enumerate(steps) if s.check == "setup_mode")
    return StepRenderer(kb, plan).step(StepRef(0, "action", "guided-reset", stage))


def test_a_wyze_v3_owner_is_told_the_steady_red_of_the_hold_is_not_setup_mode(
    kb: KnowledgeBase,
) -> None:
    page = _setup_check(kb, "wyze-cam-v3")
    assert "The steady red while you held the button is not setup mode yet" in page.text
    assert "one guide says it turns to red blinking once the reset is done" in page.text
    assert "While it is still steady red, answer “Not yet: it is still restarting”" in page.text
    assert page.offers("still-restarting")
    # the guide that says so, and the one whose hold waits for steady red, are on the page
    shown = {s for view in page.facts for s in view.sources}
    shown |= {s for view in page.facts for claim in view.claims for s in claim.sources}
    assert {"smarthomebulls-wyze-reset", "knowtechie-wyze-factory-reset"} <= shown


def test_where_its_maker_says_so_the_page_says_its_maker(kb: KnowledgeBase) -> None:
    page = _setup_check(kb, "wyze-cam-v4")
    assert "its maker says it turns to red blinking once the reset is done" in page.text


@pytest.mark.parametrize("model_id", ["tapo-c200", "reolink-e1-zoom", "nest-cam-battery"])
def test_a_camera_without_a_steady_hold_light_and_a_blinking_setup_light_gets_no_such_words(
    kb: KnowledgeBase, model_id: str
) -> None:
    assert "while you held the button is not setup mode yet" not in _setup_check(kb, model_id).text
