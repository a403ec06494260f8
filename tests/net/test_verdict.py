"""A network check turns into what a session step will tell the person."""

from __future__ import annotations

import pytest

from camreset.net import MESSAGES, Camera, CheckResult, DiscoveredCamera, Verdict, verdict
from camreset.net.model import SET_UP
from camreset.net.verdict import message_for


@pytest.mark.parametrize(
    ("answered", "state", "expected"),
    [
        (True, "factory", Verdict.RESET_CONFIRMED),
        (True, "set_up", Verdict.RESET_DID_NOT_TAKE),
        (True, "unknown", Verdict.UNDETERMINED),
        (False, "unknown", Verdict.NO_ANSWER),
        (False, "factory", Verdict.NO_ANSWER),
    ],
)
def test_verdict(answered: bool, state: str, expected: Verdict) -> None:
    assert verdict(answered, state) == expected  # type: ignore[arg-type]


def test_no_answer_does_not_claim_the_reset_failed() -> None:
    assert "can mean the reset worked" in MESSAGES[Verdict.NO_ANSWER]
    # a wired camera does not leave the network: it moves address (technician review 51)
    assert (
        "A wired camera stays on the network but often comes back at another"
        in (MESSAGES[Verdict.NO_ANSWER])
    )
    assert set(MESSAGES) == set(Verdict)


def test_the_recorder_is_named_only_for_a_camera_one_can_set_up_again() -> None:
    """A Wi-Fi Tapo still set up was told "or a recorder (NVR) it is plugged into set it up
    again at once" (installer review 69, T #7): a recorder finds Dahua-built (DHIP),
    Hikvision-built (SADP) and ONVIF cameras, not those only their app sets up."""

    def still_set_up(protocol: str) -> CheckResult:
        reply = DiscoveredCamera(protocol, "10.0.0.5", SET_UP, f"{protocol}: set up")
        return CheckResult("10.0.0.5", (Camera((reply,)),))

    assert message_for(still_set_up("tapo")) == (
        "The camera says it is still set up: the reset did not take."
    )
    for protocol in ("dhip", "sadp", "wsd"):
        assert "recorder (NVR)" in message_for(still_set_up(protocol))
