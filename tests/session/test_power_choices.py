"""A camera its sources add only over its network cable is asked whether an adapter or the
cable powers it, not a battery, doorbell wiring or the house's mains (review 69, U #12)."""

from __future__ import annotations

from tests.session.conftest import answered

from camreset.core.session import Guide

DAHUA_BULLET = "dahua-ipc-hfw2431t-zs-s2"
POWER_QUESTION = "How is the camera powered?"


def _offered(guide: Guide, answers: tuple[str, ...], **start: object) -> list[str]:
    state = answered(guide, answers, have=("pin", "computer"), **start)
    assert state.current.title == POWER_QUESTION
    return [a.label for a in state.current.answers if a.role == "answer"]


def test_a_dahua_bullet_set_up_over_its_cable_is_not_offered_a_battery(guide: Guide) -> None:
    """ "I forgot its password" › "I tried it and it didn't work: reset it" › "No, not yet":
    its power question listed "A battery (maybe with a solar panel)", "The old doorbell's
    wiring" and "Wired into the house's mains, like a light fitting" for a bullet whose
    sources set it up with ConfigTool over its network cable."""
    offered = _offered(guide, ("forgot-password", "reset-it", "no"), model=DAHUA_BULLET)
    assert offered == [
        "A power adapter in a wall socket (or USB)",
        "A network cable (PoE), from a switch, recorder or injector",
    ]


def test_a_camera_nothing_is_known_of_is_still_offered_every_way(guide: Guide) -> None:
    offered = _offered(guide, ("no-power",), line="other")
    assert "A battery (maybe with a solar panel)" in offered
    assert "The old doorbell's wiring" in offered
