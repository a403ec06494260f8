"""A reset in the app that is a removal from it (Kasa's Remove Device) is followed by turning
the camera off and on, as the TP-Link seed says, not by "Do not unplug it"; and no source
that covers a Kasa camera says the removal resets it in full (KB audit 68, R4)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from camreset.core.guide.plan import compile_plan
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.resolve import resolve_model
from camreset.core.kb.values import ResetEffect
from camreset.core.present.steps import StepRenderer
from camreset.core.session import StepRef


def app_reset_pages(kb: KnowledgeBase, model: str) -> list[tuple[str, str]]:
    plan = compile_plan(kb, resolve_model(kb, model))
    renderer = StepRenderer(kb, plan)
    stages = range(len(plan.actions["app-reset"].steps))
    pages = (renderer.step(StepRef(0, "action", "app-reset", s)) for s in stages)
    return [(page.title, page.text) for page in pages]


def test_a_removal_in_the_app_is_followed_by_a_power_cycle(kb: KnowledgeBase) -> None:
    """A Kasa EC60's "Reset in the app" (Kasa app > device > Device Settings > Remove
    Device) was followed by "Let the camera restart … Do not unplug it."; the seed: "After
    removing it, power cycle the camera and see if it enters setup mode"."""
    pages = app_reset_pages(kb, "kasa-ec60")
    assert "Remove Device" in pages[0][1]
    title, text = pages[1]
    assert title == "Turn it off and on, then let it restart"
    assert "Unplug it, wait a few seconds and give it power again; then leave it alone" in text
    assert "Do not unplug" not in text


def test_a_reset_in_the_app_that_is_no_removal_keeps_the_camera_on(kb: KnowledgeBase) -> None:
    pages = app_reset_pages(kb, "tapo-c200")
    assert pages[1][0] == "Let the camera restart"
    assert "Do not unplug it." in pages[1][1]


def test_no_kasa_camera_is_said_to_be_reset_in_full_by_its_removal(kb: KnowledgeBase) -> None:
    """Its "full" rested on TP-Link's FAQ 1351, about a plug, which the KB says covers no
    camera; a seller's "Did removing it reset it?" now says it may have."""
    model = resolve_model(kb, "kasa-ec60")
    assert all(p.value.effect is not ResetEffect.full for p in model.reset_by_removal())


def test_the_drain_after_a_removal_does_not_recall_a_do_not_unplug(make_driver: Any) -> None:
    """A Kasa EC60 whose Remove Device was followed by "Turn it off and on, then let it
    restart", then "No" to setup mode, opened the drain under "Earlier pages said not to cut
    the power while the camera restarted", which no page of its had said (session 68, R4)."""
    d = make_driver(model="kasa-ec60", have=("pin", "app"), opening=True)
    d.gap = timedelta(minutes=10)
    for answer in ("wont-reset", "skip-questions", "done"):
        d.send(answer)
    assert d.state.current.title == "Turn it off and on, then let it restart"
    d.send("done")
    d.send("no")
    drain = d.state.current
    assert (drain.ref.ref, drain.title) == ("drained-power-cycle", "Unplug")
    assert not any("not to cut the power" in notice for notice in drain.notices)
