"""The maker's password recovery, as an opening page and as an attempt (two reviewers).

A phone reviewer with a Hikvision dome and a forgotten password read "SADP > Forgot Password >
Export XML…" as the way back in; turned it down ("It isn't for me: reset it") and saw it
come back with no word why; set a new password with it, and was then told to add the camera
again and that it "is reset and added again". A terminal reviewer saw the same recovery
offered for a reset that would not take, "meant for: the power adapter is too weak… About
64% chance it resets the camera", and the same end page."""

from __future__ import annotations

from tests.session.conftest import answered, started_under

from camreset.core.session import Guide, SessionState
from camreset.core.session.later_rules import RECORDER_ROUTE_RULES

HIK = "hikvision-ds-2cd2143g2-i"
DECLINED = ("forgot-password", "not-for-me", "no")
NO_PIN = (*DECLINED, "cant", "no-light", "adapter")
"""Declined the recovery, then no paperclip, no light, on its adapter."""
WONT_RESET = ("wont-reset", "few-seconds", "reacted", "came-back", "adapter")


def titles(state: SessionState) -> list[str]:
    return [h.title for h in state.history]


def test_the_cameras_own_way_comes_first_and_hik_connects_is_a_recorders(guide: Guide) -> None:
    """KB source audit 68, R1: "Hik-Connect app: QR scan, verification code sent to the
    reserved e-mail" was a dome's first way back in, with the app at hand; Hikvision's help
    gives it for a DVR or NVR, whose screen shows the QR code. A session started before keeps
    the page it was shown (the app's way first)."""
    state = answered(guide, ("forgot-password",), model=HIK, have=("app", "computer"))
    page = state.current
    first = page.text.split("• ", 1)[1]
    assert first.startswith("SADP (PC on the same LAN) > Forgot Password")
    assert "Hik-Connect" not in page.text.split("more ways, with their sources")[0]
    recorder = next(f.text for f in page.facts if "Verify by Reserved Email" in f.text)
    assert recorder.startswith("Recorder (DVR/NVR) login > Forgot Password")
    assert "NVR: V4.21.000 or later" in recorder
    old = started_under(guide, state, RECORDER_ROUTE_RULES - 1).current
    assert old.text.split("• ", 1)[1].startswith("Hik-Connect app: QR scan, verification code")


def test_without_the_app_ticked_a_way_without_it_comes_first(guide: Guide) -> None:
    """A phone shows one of Hikvision's 13 ways: it was Hik-Connect's for someone who had
    left the app unticked, with a computer at hand for SADP (an earlier review); a session
    started before Hik-Connect's way became a recorder's (R1) still reads so."""
    state = answered(guide, ("forgot-password",), model=HIK, have=("computer",))
    page = started_under(guide, state, RECORDER_ROUTE_RULES - 1).current
    first = page.text.split("• ", 1)[1].split("\n", 1)[0]
    assert not first.startswith("Hik-Connect"), first
    assert "Hik-Connect app: QR scan" in " ".join(f.text for f in page.facts)  # still there
    # a checklist not yet filled in (an API session without `have`) keeps the app's first
    nothing = answered(guide, ("forgot-password",), model=HIK, have=None)
    asked_nothing = started_under(guide, nothing, RECORDER_ROUTE_RULES - 1).current
    assert asked_nothing.text.split("• ", 1)[1].startswith("Hik-Connect app")


def test_a_recovery_turned_down_says_why_it_is_back(guide: Guide) -> None:
    state = answered(guide, NO_PIN, model=HIK, have=("computer",))
    page = state.current
    assert page.ref.ref == "vendor-code-reset"  # no paperclip: the way without the button
    assert page.notice is not None
    assert page.notice.startswith("You asked for a reset instead, but with nothing to press")


def test_back_in_with_a_new_password_ends_without_adding_it_again(guide: Guide) -> None:
    state = answered(guide, (*NO_PIN, "done", "yes"), model=HIK, have=("computer",))
    assert state.current.title == "Does its picture show when you open it again?"  # as usual
    state = answered(guide, (*NO_PIN, "done", "yes", "yes"), model=HIK, have=("computer",))
    end = state.current
    assert state.finished and end.title == "You are back in, with a new password"
    assert end.notice is not None and "it was not reset" in end.notice
    assert "Add it again" not in titles(state)
    assert state.history[-1].result == "new password set: no reset needed"


def test_a_recovery_for_a_reset_that_would_not_take_says_it_goes_around_it(
    guide: Guide,
) -> None:
    state = answered(guide, WONT_RESET, model=HIK, have=("pin", "computer"))
    page = state.current
    assert page.ref.ref == "vendor-code-reset"
    assert page.why is not None
    assert page.why.effect.startswith("This step goes around what may stop the reset (")
    assert page.why.effect.endswith("chance it gets you back in.")
    assert "resets the camera" not in page.why.effect
    end = answered(guide, (*WONT_RESET, "done", "yes", "yes"), model=HIK, have=("pin", "computer"))
    assert end.finished and end.current.ref.ref == "not-needed"
    assert end.current.title == "You are back in, with a new password"  # not "No reset needed"
    assert end.current.notice is not None and "it was not reset" in end.current.notice


def test_a_recovery_offered_for_a_reset_says_why_a_password(guide: Guide) -> None:
    """KB source audit 68, R13: "It won't reset" went straight to "Recovery code from
    Hikvision … Press Done once you have set the new password" for someone who never said
    they forgot one; the page now says why, and how to go on to the reset instead."""
    page = answered(guide, WONT_RESET, model=HIK, have=("pin", "computer")).current
    assert page.ref.ref == "vendor-code-reset" and page.notice is not None
    assert page.notice.startswith("Why a password step: Hikvision's own way back in sets a new")
    assert "If you need the reset itself" in page.notice
    assert "choose “I can't do this”" in page.notice
    # someone who came for a forgotten password was told on its opening page
    declined = answered(guide, NO_PIN, model=HIK, have=("computer",)).current
    assert declined.ref.ref == "vendor-code-reset"
    assert "Why a password step" not in (declined.notice or "")


def test_a_camera_being_sold_is_never_offered_a_new_password(guide: Guide) -> None:
    """A buyer needs it reset; a new password leaves everything of the seller's on it."""
    state = answered(guide, ("selling", "removed"), model=HIK, have=("computer",))
    for _ in range(40):
        if state.finished:
            break
        step = state.current
        answer = next(
            (a for a in ("cant", "no", "not_sure", "other") if step.offers(a)),
            next(a.id for a in step.answers if a.role == "answer"),
        )
        state = answered(
            guide,
            (*(h.answer for h in state.history), answer),
            model=HIK,
            have=("computer",),
        )
    assert state.finished
    assert "vendor-code-reset" not in {h.ref.ref for h in state.history}


def test_support_straight_after_a_failed_recovery_says_why(guide: Guide) -> None:
    """A sealed Hikvision turret whose owner forgot the password and whose recovery did not
    work went straight to "None of the steps … could be done here" with no word why (a
    reviewer): its only other reset at home is its web page, which needs that password."""
    turret = answered(
        guide, ("forgot-password", "reset-it"), model="hikvision-ds-2cd2323g0-iu", have=None
    )
    assert turret.current.ref.ref == "escalate-untried"
    notice = turret.current.notice or ""
    assert "every other way to reset this camera at home that this guide can walk you " in notice
    assert "needs its admin password, which you have forgotten." in notice
    assert "No reset button: the button is not reachable without taking the camera" in notice
    # a camera whose sources give a way inside it: said, not claimed to be none
    amcrest = answered(guide, ("forgot-password", "reset-it"), model="amcrest-ipm-743e", have=None)
    said = amcrest.current.notice or ""
    assert "a way inside the camera, which this guide does not walk you through: unscrew" in said
