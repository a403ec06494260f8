"""The "Do you need a reset?" opening for people who forgot a password, move a camera to a new
network, or skip its questions (need-a-reset review 66, E): what they read and where each
answer leads."""

from __future__ import annotations

import pytest
from tests.session.conftest import T0, answered, started_under

from camreset.bench.sim.plans import PlanBook
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.present.feedback_words import feedback_question
from camreset.core.present.step import StepRef
from camreset.core.present.time_words import grew_line, grew_words
from camreset.core.session import Command, Guide
from camreset.core.session.events import TO_START
from camreset.core.session.opening import MAYBE_RESET, OFF_ACCOUNT
from camreset.core.session.rules import RULES


def test_a_blink_owner_who_forgot_the_password_gets_the_apps_forgot_password(
    guide: Guide,
) -> None:
    """E F2: Blink's only way back in was "Contact Blink Support if you lost access to the
    account phone number"; Blink's own page gives the app's "Forgot Password?" and a code
    sent to the account's email. A log started before keeps the page it was shown."""
    state = answered(guide, ("forgot-password",), model="blink-mini", have=("pin", "app"))
    step = state.current
    first = step.text.split("• ", 1)[1]
    assert first.startswith("Forgot the account password: Blink app sign-in screen > tap the")
    assert "Contact Blink Support" in step.text  # the lost-phone case stays, second
    assert step.text.index("Forgot Password?") < step.text.index("Contact Blink Support")
    assert any("troubleshoot-forgot-password" in s for f in step.facts for s in f.sources)
    assert state.events[0].data["rules"] == RULES >= 64
    old = started_under(guide, state, 63).current
    assert "Forgot Password?" not in old.text and "Contact Blink Support" in old.text


@pytest.mark.parametrize(
    "model", ["arlo-pro-4", "eufy-eufycam-2", "eufy-indoor-cam-t8400", "kasa-ec70", "tapo-c200"]
)
def test_a_forgotten_password_leads_with_the_accounts_way_not_a_reset(
    guide: Guide, model: str
) -> None:
    """E F1: on cameras whose owners never type a password of their own (a Tapo's camera
    account only some set up), "Which password did you forget?" opened with "For the camera's
    own password … that takes a reset" and offered "It's the camera's own password: reset it"
    first, above the app's way back in; a locked-out owner who took it was left with a camera
    that "cannot be added again". Same answers (old logs), the account's first."""
    step = answered(guide, ("forgot-password",), model=model, have=("pin", "app")).current
    assert step.title == "Which password did you forget?"
    assert step.text.startswith("The password of your account in the ")
    assert "For the camera's own password" not in step.text
    ids = [a.id for a in step.answers]
    assert ids[:4] == ["worked", "account-help", "not-for-me", "second-hand"]
    reset = step.answers[2].label
    assert reset == "The camera itself asks for a password: reset it"
    assert "Only if the camera itself asks for a password you do not have" in step.text


@pytest.mark.parametrize(
    ("model", "device"),
    [
        ("ring-video-doorbell-wired", "doorbell"),
        ("nest-cam-battery", "camera"),
        ("wyze-cam-v3", "camera"),
        ("blink-mini", "camera"),
    ],
)
def test_a_camera_with_no_password_of_its_own_says_when_its_reset_is_the_answer(
    guide: Guide, model: str, device: str
) -> None:
    """E F6: "It isn't for me: reset it" (the way? the camera?) stayed on offer on cameras
    that never ask for a password of their own, under a page that said to reset only if the
    camera itself asks for one. The answer now says that condition."""
    step = answered(guide, ("forgot-password",), model=model, have=("pin", "app")).current
    labels = {a.id: a.label for a in step.answers}
    assert labels["not-for-me"] == f"The {device} itself asks for a password: reset it"
    assert "It isn't for me: reset it" not in labels.values()
    assert list(labels).index("account-help") < list(labels).index("not-for-me")


def test_a_camera_with_its_own_password_keeps_it_first(guide: Guide) -> None:
    """Reolink's own article says a forgotten camera password takes a reset (E F11's "what
    works"): its page still leads with the camera's own password and its reset."""
    step = answered(
        guide, ("forgot-password",), model="reolink-e1-zoom", have=("pin", "app")
    ).current
    assert step.answers[0].label == "It's the camera's own password: reset it"
    assert step.text.startswith("For the camera's own password the sources give no way back in")


def test_a_wired_camera_moving_network_can_say_connecting_it_worked(guide: Guide) -> None:
    """E F4: "Connect it to the new network; if it does not show up there, the reset is the
    way" sat above "Did you already try the reset button?", and no answer said it showed up.
    A log started before replays with the notice and the question it was shown."""
    model, have = "reolink-rlc-510a", ("pin", "computer")
    state = answered(guide, ("new-wifi",), model=model, have=have)
    step = state.current
    assert step.title == "Connect it to the new network first" and step.notice is None
    assert [a.label for a in step.answers][:2] == [
        "It showed up: I don't need a reset",
        "It didn't show up: reset it",
    ]
    done = answered(guide, ("new-wifi", "worked"), model=model, have=have)
    assert done.current.ref.ref == "not-needed"
    assert done.history[-1].result == "no reset needed"
    on = answered(guide, ("new-wifi", "reset-it"), model=model, have=have)
    assert on.current.ref.ref == "tried"
    old = started_under(guide, state, 63).current
    assert old.ref.ref == "tried"
    assert old.notice is not None and "Connect it to the new network" in old.notice


def test_a_wifi_camera_with_no_route_and_no_app_is_asked_whether_its_settings_had_one(
    kb: KnowledgeBase,
) -> None:
    """E F4, the other notice ("Look in the app's settings … first; if there is none, the
    reset is the way"): its page has an answer for a setting that worked."""
    page = PlanBook(kb)["amcrest-ip4m-1041b"]._renderer.step(StepRef(0, "opening", "move-route"))
    assert page.title == "Look in its settings first"
    assert [a.id for a in page.answers][:2] == ["worked", "reset-it"]
    assert "{" not in page.text


def test_skipping_the_questions_says_it_goes_to_the_reset(guide: Guide) -> None:
    """E F7: "Skip these questions" did not say it starts the reset, which erases the
    camera's settings. Where skipping may lead to adding a buyer's camera instead, it does
    not promise a reset."""
    step = answered(guide, (), model="wyze-cam-v3", have=("pin", "app")).current
    assert step.answers[-2].label == "Skip: go straight to the reset"
    buyer = answered(guide, ("second-hand", "reset"), model="ring-video-doorbell-wired").current
    assert buyer.title == "Has its first owner taken it off their account?"
    skip = next(a for a in buyer.answers if a.id == "skip-questions")
    assert skip.label == "Skip the other questions"


def test_skipping_on_a_forgotten_password_does_not_send_the_owner_into_the_app(
    guide: Guide,
) -> None:
    """E F7: a Tapo owner who forgot "its password" (most often the app's) and skipped was
    sent to "Reset in the app … The camera must show as online in the Tapo app"; the resets
    made in the app now wait, as for "I can't sign in", and the next step says why. A log
    started before replays as it ran."""
    state = answered(
        guide, ("forgot-password", "skip-questions"), model="tapo-c200", have=("pin", "app")
    )
    step = state.current
    assert step.title != "Reset in the app"
    assert step.notice is not None and "leave out the reset in the Tapo app" in step.notice
    old = started_under(guide, state, 63).current
    assert old.title == "Reset in the app"


@pytest.mark.parametrize(
    ("model", "answers"),
    [
        ("ring-video-doorbell-wired", ("selling", "removed")),
        ("wyze-cam-v3", ("new-wifi", "reset-it")),
    ],
)
def test_a_seller_or_mover_is_asked_about_a_press_not_a_failed_try(
    guide: Guide, model: str, answers: tuple[str, ...]
) -> None:
    """E F8: after "It's going to a new owner" or a move with no way round the reset, "Did you
    already try the reset button?" read as troubleshooting to someone whose camera works."""
    step = answered(guide, answers, model=model, have=("pin", "app")).current
    assert step.ref.ref == "tried"
    assert step.title == "Have you pressed its reset button already?"
    assert step.answers[0].label == "Yes, I pressed it"
    fault = answered(guide, ("other-fault",), model=model, have=("pin", "app")).current
    assert fault.title == "Did you already try the reset button?"  # a fault: as before


@pytest.mark.parametrize("result", [OFF_ACCOUNT, MAYBE_RESET])
def test_why_it_takes_longer_off_the_account_is_one_sentence_not_three(result: str) -> None:
    """E F8: a Nest seller read "This will take longer than we said: with it off your
    account, the app can no longer reset it: the button is the way now" (three clauses
    joined with colons)."""
    line = grew_line(grew_words("opening", result, "removed"))
    assert line.count(":") == 1 and ", so its button is the way" in line


@pytest.mark.parametrize(
    ("model", "now", "before"),
    [
        (
            "tapo-c200",
            "This is the password you sign in to the Tapo app with (TP-Link calls it your "
            "TP-Link ID), not a camera account set up for other software.",
            "This is the TP-Link ID (cloud) password, not the camera account.",
        ),
        (
            "reolink-e1-zoom",
            "For your Reolink account, not the camera's own password.",
            "For the cloud account, not the camera login.",
        ),
    ],
)
def test_whose_password_a_way_is_for_is_said_in_an_owners_words(
    guide: Guide, model: str, now: str, before: str
) -> None:
    """E F10: "the TP-Link ID (cloud) password, not the camera account" and "the cloud
    account, not the camera login" used words an owner of a phone-app camera never met. A
    log started before keeps the words it was shown."""
    state = answered(guide, ("forgot-password",), model=model, have=("pin", "app"))
    assert now in state.current.text
    assert before in started_under(guide, state, 63).current.text


def test_a_locked_out_owner_is_asked_whether_they_are_back_in_not_whether_the_camera_is_fixed(
    guide: Guide,
) -> None:
    """E F9: after "That way didn't work: help with my account" the end asked "Once support
    has helped, come back here: is the camera fixed?" of an account problem."""
    end = answered(
        guide, ("forgot-password", "account-help"), model="tapo-c200", have=("pin", "app")
    ).current
    assert end.ref.ref == "escalate-account"
    assert feedback_question("escalated", end.ref.ref).endswith("are you back into your account?")
    assert [a.label for a in end.answers][:2] == ["Yes, I'm back in", "No, still locked out"]
    assert feedback_question("escalated", "escalate").endswith("is the camera fixed?")


def test_a_nest_seller_is_told_to_remove_it_not_to_decommission_it(guide: Guide) -> None:
    """E F10: a Nest seller read "remove (decommission) the device", Google's developer word.
    A log started before keeps the words it was shown."""
    state = answered(guide, ("selling",), model="nest-cam-battery", have=("pin", "app"))
    assert "Google Home app: remove the device from the home" in state.current.text
    assert "decommission" not in state.current.text
    assert "remove (decommission) the device" in started_under(guide, state, 63).current.text


def test_a_sellers_two_ways_off_the_account_are_two_bullets(guide: Guide) -> None:
    """E F5: Ring's two ways to take a doorbell off the account read as one paragraph of
    arrows, the second after "Another source gives another way:"."""
    step = answered(guide, ("selling",), model="ring-video-doorbell-wired", have=("app",)).current
    bullets = [p for p in step.text.split("\n\n") if p.startswith("• ")]
    assert len(bullets) == 2 and "Another source gives another way" not in step.text
    assert "Remove this Device" in bullets[1]
    one = answered(guide, ("selling",), model="tapo-c200", have=("app",)).current
    assert "What the sources say: Tapo app: long-press the device card" in one.text  # as before


def test_no_reset_needed_asks_whether_it_sorted_it_out_not_whether_it_is_fixed(
    guide: Guide,
) -> None:
    """A mover whose camera showed up on the new network was asked "Did this fix it?" with
    "Yes, it is fixed", though nothing was broken (merged-diff review 66, I #8)."""
    done = answered(guide, ("new-wifi", "worked"), model="reolink-rlc-510a", have=("pin",))
    end = done.current
    assert end.ref.ref == "not-needed"
    assert feedback_question(done.outcome, end.ref.ref) == "Did this sort it out?"
    assert [a.label for a in end.answers][:2] == ["Yes, it works now", "No, it still doesn't"]


def test_a_wifi_camera_that_is_never_on_a_recorder_is_not_told_of_one(guide: Guide) -> None:
    """E F11: a Reolink E1 Zoom (on its adapter and Wi-Fi) read "A password for your app
    account or a recorder has its own way back in" and "2 more ways … (2 for a recorder)"
    about a recorder it is never on. Its answers are as before; a PoE Reolink keeps them."""
    step = answered(guide, ("forgot-password",), model="reolink-e1-zoom", have=("pin", "app"))
    text = step.current.text
    assert "recorder" not in text
    assert "The password of your account in the Reolink app has its own way back in" in text
    assert [a.id for a in step.current.answers][:4] == [
        "not-for-me",
        "worked",
        "reset-it",
        "second-hand",
    ]
    wired = answered(guide, ("forgot-password",), model="reolink-rlc-510a", have=("pin", "app"))
    assert "(2 for a recorder)" in wired.current.text


def test_a_ring_seller_reads_that_the_buyers_email_can_be_skipped(guide: Guide) -> None:
    """E F5: a Ring seller's first way read "… > the new owner's e-mail (or skip it just to
    remove them) > Continue; the devices then show as deactivated": a seller without the
    buyer's e-mail yet took it for a transfer they could not make. The same source's way now
    says to skip the e-mail to take it off the account; a log started before keeps its words."""
    state = answered(guide, ("selling",), model="ring-video-doorbell-wired", have=("pin", "app"))
    first = state.current.text.split("• ")[1]
    assert "skip it if you only want them off your account, then Continue" in first
    assert "they are off your account" in first
    assert "Remove this Device" in state.current.text.split("• ")[2]
    assert state.events[0].data["rules"] == RULES >= 65
    old = started_under(guide, state, 64).current
    assert old.id == state.current.id
    assert "the new owner's e-mail (or skip it just to remove them) > Continue" in old.text


def test_a_wyze_seller_is_told_where_to_delete_the_camera(guide: Guide) -> None:
    """E F5: a Wyze seller read only "No in-app ownership transfer: the owner deletes the camera
    from their account and it is factory reset", which gave no place in the app. The way to
    delete it (Settings > Delete Device, before the reset) comes first, with its source; a log
    started before keeps the page it was shown."""
    state = answered(guide, ("selling",), model="wyze-cam-v3", have=("pin", "app"))
    step = state.current
    ways = step.text.split("• ")
    assert ways[1].startswith("Wyze app: tap the camera > Settings (the gear icon) > Delete Device")
    assert "before you reset it" in ways[1]
    assert ways[2].startswith("No in-app ownership transfer")
    assert any("trunetto" in s for f in step.facts for s in f.sources)
    old = started_under(guide, state, 64).current
    assert "Delete Device" not in old.text
    assert "What the sources say: No in-app ownership transfer" in old.text


def test_one_undo_takes_every_answer_back_to_the_first_question(guide: Guide) -> None:
    """E F7: three steps into the reset after "Skip", only Back, one answer a tap, led back
    to "Do you need a reset?". An undo to the start takes them all back at once; the report
    still lists each answer taken back."""
    state = answered(guide, ("skip-questions", "done"), model="wyze-cam-v3", have=("pin", "app"))
    assert state.skipped_to_the_reset
    assert not answered(guide, ("skip-questions",), model="wyze-cam-v3").skipped_to_the_reset
    assert not answered(guide, ("wont-reset",), model="wyze-cam-v3").skipped_to_the_reset
    cmd = Command("undo", state.current.id, TO_START)
    back = guide.extend(state, [guide.command(state, cmd, T0)])
    assert back.current.title == "What brings you here?"
    assert not back.history and not back.can_undo
    assert [t.answer_label for t in back.taken_back] == ["Skip: go straight to the reset", "Done"]
    assert guide.replay(list(back.events)).current.id == back.current.id
