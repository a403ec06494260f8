"""The check "Does the camera read the app's QR code?" says the tips a camera's sources give for
a code it does not read, with their source, before the person answers: a Wyze Cam v3 whose setup
light was seen, answered "No", was sent back to test its button, while its own known trouble
fact says to turn the phone's brightness up (phone review 73, F #4)."""

from __future__ import annotations

from camreset.bench.sim.plans import PlanBook
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.present.step import Step
from camreset.core.present.steps import StepRenderer
from camreset.core.session import StepRef


def _qr_check(kb: KnowledgeBase, model: str) -> Step:
    renderer = StepRenderer(kb, PlanBook(kb)[model].plan)
    return next(
        renderer.step(StepRef(0, "action", "guided-reset", i))
        for i, page in enumerate(renderer.plan.actions["guided-reset"].steps)
        if page.check == "app_finds"
    )


def test_the_qr_check_says_the_sourced_tips_before_the_answer(kb: KnowledgeBase) -> None:
    check = _qr_check(kb, "wyze-cam-v3")
    assert check.title == "Does the camera read the Wyze app's QR code?"
    assert (
        "If it does not read it at first: Turn phone brightness up, keep the whole code in "
        "view, avoid glare. Then try again before you answer “No”." in check.text
    )
    tips = [f for f in check.facts if f.name == "after_reset"]
    assert [s for f in tips for s in f.sources] == ["scos-wyze-wont-pair"]


def test_a_camera_without_such_a_fact_is_not_given_tips(kb: KnowledgeBase) -> None:
    check = _qr_check(kb, "reolink-argus-3-pro")
    assert check.title.endswith("read the Reolink app's QR code?"), check.title
    assert "brightness" not in check.text and "try again" not in check.text
    assert not any(f.name == "after_reset" for f in check.facts)
