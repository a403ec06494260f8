"""Facts marked `since: 66` by the KB source audit of session 68: a session started since sees
them, an older log replays as it ran."""

from __future__ import annotations

from tests.session.conftest import answered, started_under

from camreset.core.session import Guide
from camreset.core.session.later_rules import RECORDER_ROUTE_RULES

HIK_DOME = "hikvision-ds-2cd2143g2-i"
TO_THE_HOLD = ("wont-reset", "few-seconds", "reacted", "came-back", "adapter", "cant", "other")
"""Past "Recovery code from Hikvision" ("I can't do this" > "Something else") to the reset."""


def test_the_dome_a_dealer_pictures_is_told_to_look_by_the_memory_card_slot(guide: Guide) -> None:
    """R6: cctv-outlet pictures the DS-2CD2143G2-I's button close to the memory card slot, yet
    its card said "No source gives this model's own reset steps" and its reset said only "on
    the circuit board inside" (the dome default)."""
    state = answered(guide, (*TO_THE_HOLD, "steady"), model=HIK_DOME, have=("pin", "app"))
    cut = state.current
    assert cut.ref.ref == "power-up-hold" and cut.ref.stage == 0
    said = "on the circuit board inside (other sources say next to the microSD card slot)."
    assert said in cut.text and "First: open the dome housing." in cut.text
    old = started_under(guide, state, RECORDER_ROUTE_RULES - 1).current
    assert old.id == cut.id
    assert "press it at once: usually on the circuit board inside." in old.text
    assert "microSD" not in old.text


def test_a_dahua_cameras_qr_way_says_where_the_code_shows_and_what_it_needs(
    guide: Guide,
) -> None:
    """R9: the IPC-HFW2431T-ZS-S2's way back in read "Scan the QR code; a security code is sent
    to the email address entered" (its manual's page starts at "Step 4"): no word of the login
    page's "Forgot password" where the code shows, nor that without the e-mail filled in at
    first setup no code comes (Dahua's IPMECS-2201C manual, 4.2)."""
    state = answered(guide, ("forgot-password",), model="dahua-ipc-hfw2431t-zs-s2", have=None)
    first = state.current.text.split("• ", 1)[1]
    assert first.startswith("Login page > Forgot password > scan the QR code shown there with DMSS")
    assert "filled in at its first setup (none filled in: no code comes)" in first
    old = started_under(guide, state, RECORDER_ROUTE_RULES - 1).current
    assert old.text.split("• ", 1)[1].startswith("Scan the QR code; a security code is sent")
    line = answered(guide, ("forgot-password",), model="dahua-ipc-hdw1330dc-a", have=None)
    said = "Only if an e-mail address was filled in when the camera was first set up."
    assert said in line.current.text
    assert said not in started_under(guide, line, RECORDER_ROUTE_RULES - 1).current.text


def test_a_dahua_doorbell_and_app_camera_are_not_sent_to_a_web_page_they_may_not_have(
    guide: Guide,
) -> None:
    """R12: the DB11 doorbell and the C3A cube were offered the line's "Login page > Forgot
    password > scan the reset QR code…", from Dahua's pages on network cameras and recorders;
    nothing shows they have such a page. Their recovery page now says whose password is
    whose; an older session keeps the line's way."""
    for model in ("dahua-db11", "dahua-c3a"):
        state = answered(guide, ("forgot-password",), model=model, have=None)
        page = state.current
        assert page.title == "Which password did you forget?", model
        assert "Login page > Forgot password" not in page.text
        assert "recovered in the app" in page.text
        old = started_under(guide, state, RECORDER_ROUTE_RULES - 1).current
        assert "Login page > Forgot password" in old.text
