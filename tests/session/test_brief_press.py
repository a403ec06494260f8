"""The add page says the press the app asks for is a brief one where a source says so: a Wyze
Cam v3 owner who had just held SETUP for the reset, asked by the app to press it, held it again
(session 74, item 2). Its sources are beside the words."""

from __future__ import annotations

import pytest

from camreset.core.guide.plan import compile_plan
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.resolve import resolve_model
from camreset.core.present.step import Step, StepRef
from camreset.core.present.steps import StepRenderer

BRIEF = "When the app asks you to press the SETUP button, press it briefly: a long hold of it is"


def _add_page(kb: KnowledgeBase, model_id: str) -> Step:
    plan = compile_plan(kb, resolve_model(kb, model_id))
    return StepRenderer(kb, plan).step(StepRef(0, "action", "add-again", 0))


@pytest.mark.parametrize("model_id", ["wyze-cam-v3", "wyze-cam-og"])
def test_a_wyze_add_page_says_the_apps_press_is_brief(kb: KnowledgeBase, model_id: str) -> None:
    page = _add_page(kb, model_id)
    assert BRIEF in page.text
    shown = {s for view in page.facts if view.name == "add_press" for s in view.sources}
    assert shown, "the brief press is said without its source"


def test_the_v3s_brief_press_rests_on_two_publishers(kb: KnowledgeBase) -> None:
    page = _add_page(kb, "wyze-cam-v3")
    view = next(v for v in page.facts if v.name == "add_press")
    assert set(view.sources) == {"wyze-forum-332655", "github-wz-mini-hacks-615"}


def test_a_camera_no_source_says_this_of_gets_no_such_words(kb: KnowledgeBase) -> None:
    for model_id in ("wyze-cam-v4", "tapo-c200"):
        assert "press it briefly" not in _add_page(kb, model_id).text
