"""A hold page says where its sources found that a shorter hold only restarts the camera
(session-73 review F, #1): a Nest Cam (battery)'s card said "5 s: reboot", its hold page
nothing, and a person who let go as it reacted saw it restart and took that for the reset."""

from __future__ import annotations

from camreset.bench.sim.plans import PlanBook
from camreset.core.kb.knowledge import KnowledgeBase

RESTART = "that letting go at 5 s only restarts it, without resetting it: keep holding past 5 s."


def test_a_nest_cam_hold_page_says_a_five_second_hold_only_restarts_it(kb: KnowledgeBase) -> None:
    hold = PlanBook(kb)["nest-cam-battery"].stage("guided-reset", 2)
    assert hold.timer is not None and hold.timer.recommended == 12
    assert "Its sources say " + RESTART in hold.text  # two sources give it


def test_a_blink_hold_page_says_it_from_its_one_source(kb: KnowledgeBase) -> None:
    text = PlanBook(kb)["blink-outdoor-4"].stage("guided-reset", 2).text
    assert "A source says " + RESTART in text


def test_a_camera_with_no_such_window_is_not_warned(kb: KnowledgeBase) -> None:
    for model in ("tapo-c200", "wyze-cam-v3", "eufy-eufycam-2"):
        assert "only restarts it" not in PlanBook(kb)[model].stage("guided-reset", 2).text
