"""Facts the knowledge base gained in session 66 (marked `since: 64`): a new session's steps
use them, and a log started before replays with the words it was shown."""

from __future__ import annotations

import pytest
from tests.session.conftest import answered, started_under

from camreset.core.session import Guide
from camreset.core.session.later_rules import RECORDER_ROUTE_RULES
from camreset.core.session.rules import RULES

NO_POWER = ("no-power",)
CHARGE = " or, if none did, what its sources say charges it: "


@pytest.mark.parametrize(
    ("model", "charger", "before"),
    [
        (
            "kasa-kc300",
            "a 5 V / 2 A adapter and a USB-C cable",
            "USB-C charging adapter figures (5 V / 2 A)",
        ),
        ("kasa-kc310", "a USB charger and a USB-C cable", "USB-C charging"),
        ("reolink-argus-3-pro", "a USB charger and a USB-C cable", "USB-C charging"),
        ("reolink-argus-4-pro", "a USB charger and a USB-C cable", "USB-C charging"),
        ("tapo-c410", "a 5 V / 1 A USB charging adapter", "charged by a 5 V / 1 A USB adapter"),
    ],
)
def test_charge_it_names_what_to_plug_in_not_a_note_takers_fragment(
    guide: Guide, model: str, charger: str, before: str
) -> None:
    """Session-65 review, H #10: "…what its sources say charges it: USB-C charging adapter
    figures" (a Kasa KC300), "…: charged by a 5 V / 1 A USB adapter" (a Tapo C410) and
    "…: USB-C charging", which names the port, not what to plug in. The same sources' facts
    now read as a charger; a log started before keeps the words it was shown."""
    state = answered(guide, NO_POWER, model=model, have=("pin", "app"))
    step = state.current
    assert step.title == "Charge it"
    assert f"{CHARGE}{charger}. A battery camera" in step.text
    assert state.events[0].data["rules"] == RULES >= 64
    old = started_under(guide, state, 63).current
    assert old.id == step.id
    assert f"{CHARGE}{before}. A battery camera" in old.text


def test_a_stick_up_cam_plug_in_is_no_longer_called_an_indoor_camera(guide: Guide) -> None:
    """No source calls the Ring Stick Up Cam Plug-In an indoor camera: the one record of its
    product page calls it an indoor/outdoor camera, rated IPX5 (session 66, task 2). Its shape is
    left open, so it reads as any camera of unknown shape does, and the drawing says its shape is
    not known; a log started before keeps the indoor camera it was shown."""
    state = answered(guide, ("wont-reset", "not_sure"), model="ring-stick-up-cam-plug-in")
    step = state.current
    assert step.title == "Did the camera react while you held the button?"
    assert "or a pan-tilt camera moving" in step.text
    assert guide.kb.models["ring-stick-up-cam-plug-in"].form_factor is None
    old = started_under(guide, state, 63).current
    assert old.id == step.id
    assert old.text.endswith("A flashing or changed light, a chime or voice.")


KEEP_RUNNING = (
    "Until you enter the code, keep the camera on and on the network: a restart (even "
    "unplugging its network cable) or a second export makes the code useless."
)


@pytest.mark.parametrize("model", ["hikvision-ds-2cd2143g2-i", "hikvision-ds-2cd2323g0-iu"])
def test_the_emailed_code_step_says_to_keep_the_camera_on_until_it_is_entered(
    guide: Guide, model: str
) -> None:
    """Installer review 66, D #6: Hikvision's way back in said "Leave, and come back to this
    step when it comes" and nothing of hik-sadp-reset-2024's rule (keep it running: no reboot,
    no second export), which was in the 5th of 12 ways, scrolled off a 80x24 terminal. An
    installer leaving site powers the PoE port down and the emailed key is useless. It is said
    on the step, before the leaving; a log started before keeps the words it was shown."""
    state = answered(guide, ("forgot-password",), model=model, have=("computer",))
    step = state.current
    assert step.title == "Try Hikvision's own way back in first"
    assert (
        f"use it the same day. {KEEP_RUNNING} Waiting for the code? Leave, and come back"
        in " ".join(step.text.split())
    )
    old = started_under(guide, state, 63).current
    assert old.id == step.id
    assert "keep the camera on" not in old.text
    assert "use it the same day. Waiting for the code?" in " ".join(old.text.split())


@pytest.mark.parametrize("model", ["hikvision-ds-2cd2143g2-i", "hikvision-ds-2cd2323g0-iu"])
def test_keep_the_camera_on_stands_beside_the_sadp_way_it_is_about(
    guide: Guide, model: str
) -> None:
    """Merged-diff review 66, I #7: with nothing at hand the page lists only the Hik-Connect
    app's way, yet said "a restart … or a second export makes the code useless", an export
    named nowhere on it. hik-sadp-reset-2024 says it of its SADP way alone: the sentence
    stands only where that way is listed, and with a computer at hand that way comes first.
    Since Hik-Connect's way is a recorder's (R1 of session 68) SADP's is listed first anyway:
    the page with the app's way alone is a session's started before."""
    nothing = answered(guide, ("forgot-password",), model=model, have=())
    alone = started_under(guide, nothing, RECORDER_ROUTE_RULES - 1).current
    assert "• Hik-Connect app: QR scan" in alone.text
    assert "SADP" not in alone.text and "export" not in alone.text
    assert "keep the camera on" not in alone.text
    assert "use it the same day. Waiting for the code? Leave" in " ".join(alone.text.split())
    sadp = answered(guide, ("forgot-password",), model=model, have=("computer",)).current
    first = next(line for line in sadp.text.splitlines() if line.startswith("• "))
    assert first.startswith("• SADP (PC on the same LAN) > Forgot Password")
    assert "keep the device running until then" in first
    assert KEEP_RUNNING in " ".join(sadp.text.split())


def test_a_code_that_keeps_no_rule_is_not_told_to_keep_the_camera_on(guide: Guide) -> None:
    """Only where a source says a restart voids the reply: Dahua's e-mailed code is not."""
    state = answered(guide, ("forgot-password",), model="dahua-ipc-hdbw3433r-zas")
    assert "Waiting for the code?" in state.current.text
    assert "keep the camera on" not in state.current.text
