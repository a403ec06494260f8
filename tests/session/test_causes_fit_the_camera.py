"""Causes a camera cannot have are never named: a camera whose sources say it has no reset
button one can reach (a Hikvision turret, the Wyze Cam Outdoor, the Amcrest IPM-743E) is not
blamed for a button ("button released too early" was 22 % of a Hikvision turret's belief, and
the status light was said to point to it), and a camera wired to a recorder is not told its
hub is "too far away"."""

from __future__ import annotations

from typing import Any

import pytest
from tests.session.test_flow import EVERYTHING

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.report import build_report, render_text

BUTTONLESS = ["hikvision-ds-2cd2323g0-iu", "wyze-cam-outdoor", "amcrest-ipm-743e"]
NEEDS_A_BUTTON = {
    "released-early",
    "not-booted",
    "missed-button",
    "needs-longer-hold",
    "broken-button",
}
NO_BUTTON = "No reset button to press: it has to be reset another way"


def _button_cause_names(kb: KnowledgeBase) -> set[str]:
    return {c.name for c in kb.troubleshooting.causes if c.id in NEEDS_A_BUTTON}


@pytest.mark.parametrize("model", BUTTONLESS)
def test_a_camera_without_a_button_is_never_said_to_have_failed_at_one(
    make_driver: Any, kb: KnowledgeBase, model: str
) -> None:
    d = make_driver(model=model, have=EVERYTHING, opening=True)
    d.send("wont-reset")
    said: list[str] = []
    for _ in range(40):
        state = d.state
        assert not {c.id for c in (*state.belief, *state.ruled_out)} & NEEDS_A_BUTTON
        step = state.current
        said += [step.title, step.text, str(step.why or "")]
        if state.finished:
            break
        d.pick("no", "done", "not_sure", "cant")
    assert state.finished
    report = render_text(build_report(kb, d.state, session_id="s1"))
    for name in _button_cause_names(kb):
        assert name not in report
        assert all(name.lower() not in text.lower() for text in said)
    assert NO_BUTTON in report


def test_its_likeliest_cause_is_that_it_must_be_reset_another_way(make_driver: Any) -> None:
    d = make_driver(model="hikvision-ds-2cd2323g0-iu", have=EVERYTHING, opening=True)
    d.send("wont-reset")
    assert d.state.belief[0].name == NO_BUTTON


def test_a_camera_with_a_button_keeps_the_button_causes(make_driver: Any) -> None:
    d = make_driver(model="hikvision-ds-2cd2143g2-i", have=EVERYTHING, opening=True)
    d.send("wont-reset")
    ids = {c.id for c in d.state.belief}
    assert "released-early" in ids and "no-button" not in ids


@pytest.mark.parametrize("model", ["unifi-g4-bullet", "lorex-e893ab"])
def test_a_camera_wired_to_a_recorder_is_not_sent_to_bring_it_near_a_hub(
    make_driver: Any, kb: KnowledgeBase, model: str
) -> None:
    """A UniFi camera pairs through its Protect console: its report listed "the hub or base
    station is off, offline or too far away" among the reasons its reset did not take."""
    d = make_driver(model=model, have=EVERYTHING, opening=True)
    d.send("wont-reset")
    refuse = 0
    while not d.state.finished and refuse < 60:
        assert d.state.current.ref.ref != "hub-check"
        d.pick("no", "done", "not_sure", "cant")
        refuse += 1
    report = render_text(build_report(kb, d.state, session_id="s1"))
    assert "too far away" not in report


def test_a_camera_on_a_wireless_hub_keeps_the_hub_cause(make_driver: Any) -> None:
    d = make_driver(model="tapo-c420", have=EVERYTHING, opening=True)
    d.send("wont-reset")
    assert "hub-link" in {c.id for c in d.state.belief}


@pytest.mark.parametrize(
    ("model", "recorder"),
    [("lorex-e893ab", "Lorex NVR"), ("unifi-g4-bullet", "UniFi Protect console")],
)
def test_a_camera_added_through_its_recorder_names_the_recorder_not_a_hub(
    kb: KnowledgeBase, model: str, recorder: str
) -> None:
    """Adding a Lorex on its NVR again listed "the hub or base station is off, offline or
    too far away" (installer review 44): its recorder, on a cable, is named instead."""
    from camreset.core.guide.plan import compile_plan
    from camreset.core.kb.resolve import resolve_model

    plan = compile_plan(kb, resolve_model(kb, model))
    said = plan.cause_names["hub-offline"]
    assert said == f"The {recorder} it is added through is off or offline"
    hub = compile_plan(kb, resolve_model(kb, "tapo-c420")).cause_names["hub-offline"]
    assert hub.startswith("The hub or base station is off, offline or too far away")


def test_a_second_hand_camera_with_no_wifi_is_not_said_to_keep_its_owners_wifi(
    make_driver: Any,
) -> None:
    """A UniFi G4 Bullet (PoE only) read "still has its first owner's Wi-Fi and settings"
    (installer review 44). A Tapo keeps the Wi-Fi in the sentence."""
    unifi = make_driver(model="unifi-g4-bullet", have=EVERYTHING, opening=True)
    unifi.send("second-hand")
    assert "still has its first owner's settings," in unifi.state.current.text
    tapo = make_driver(model="tapo-c200", have=EVERYTHING, opening=True)
    tapo.send("second-hand")
    assert "still has its first owner's Wi-Fi and settings," in tapo.state.current.text


@pytest.mark.parametrize("model", ["eufy-eufycam-3", "tapo-c420"])
def test_a_second_hand_camera_on_a_hub_is_said_to_keep_its_pairing_not_wifi(
    make_driver: Any, model: str
) -> None:
    """A eufyCam 3 read "still has its first owner's Wi-Fi and settings", though it pairs with
    its HomeBase, not the home Wi-Fi (phone review 60, #17)."""
    d = make_driver(model=model, have=EVERYTHING, opening=True)
    d.send("second-hand")
    text = d.state.current.text
    assert d.state.current.title == "Have you reset it since you got it?"
    assert "Wi-Fi" not in text
    assert "still has its first owner's settings, paired with their " in text
