"""Facts marked `since: 69` in session 71 (review E, what the sources say): a session started
since sees the knowledge base so, an older log replays as it ran."""

from __future__ import annotations

from tests.session.conftest import answered, started_under

from camreset.core.session import Guide
from camreset.core.session.later_rules import KB_SOURCE_WORDS_RULES

WYZE_V3 = {"model": "wyze-cam-v3", "have": ("pin", "original_adapter", "app")}
TO_GET_READY = ("wont-reset", "few-seconds", "not_sure", "no-restart")


def test_a_wyze_cam_v3_is_told_to_take_its_microsd_card_out_first(guide: Guide) -> None:
    """Review 71 E #2: Wyze's own reset page (step 1) says to take out the microSD card first;
    "Get ready" for a Wyze Cam v3, whose button sits next to the card, never said it. A new
    session says it; a session started under rules 68 reads as it ran."""
    state = answered(guide, TO_GET_READY, **WYZE_V3)
    page = state.current
    assert page.title == "Get ready"
    assert "First: take out the microSD card, if one is in" in page.text
    old = started_under(guide, state, KB_SOURCE_WORDS_RULES - 1).current
    assert old.id == page.id
    assert "microSD card, if one is in" not in old.text


def test_a_wyze_cam_v3_setup_light_is_not_sure_from_a_page_about_other_models(
    guide: Guide,
) -> None:
    """Review 71 E #3: "Setup mode looks like: red light — Sure (the maker's own documentation
    says so)" rested on Wyze's page for the v1, v2 and Pan, whose only v3 words are a sub-note;
    and a guide's "flashing red" was not shown, so a camera held to steady red, not reset, still
    "shows a red light". A new session's setup-mode page says the flashing red too, and no fact
    on it is "Sure"."""
    state = answered(guide, (*TO_GET_READY, "done", "done", "done", "done"), **WYZE_V3)
    page = state.current
    assert page.title == "Is the camera in setup mode now?"
    assert "Another source says that in setup mode the light shows red blinking." in page.text
    setup = next(f for f in page.facts if f.name == "setup_mode")
    assert setup.confidence == "low"
    old = started_under(guide, state, KB_SOURCE_WORDS_RULES - 1).current
    assert old.id == page.id
    assert "red blinking" not in old.text


def test_a_eufycam_2_is_held_about_10_seconds_until_two_beeps_with_no_hard_stop(
    guide: Guide,
) -> None:
    """Review 71 E #8: its one source says "press and hold it for about 10 seconds until you
    hear two beeps"; the hold page said "Let go at 10 seconds even if it has not" beside "Let go
    once it happens after that", and the phone buzzed "stop now" at 10 s. A new session holds
    about 10 s, until the beeps, with no stop the source does not give; a session started under
    rules 68 reads as it ran."""
    from camreset.core.present.timer_words import timer_words

    start = {"model": "eufy-eufycam-2", "have": ("pin", "app")}
    state = answered(guide, ("wont-reset", "skip-questions", "done", "done"), **start)
    page = state.current
    assert page.title == "Hold the reset button until the camera reacts"
    assert "keep holding for about 10 seconds" in page.text
    assert "Let go once it happens." in page.text
    assert "longest hold" not in page.text
    assert page.timer is not None
    words = timer_words(page.timer)
    assert words.plan == "Hold about 10 seconds, until you hear a double beep: let go then."
    assert "even if it has not" not in words.plan
    assert "stop now" not in words.sounds and "Stop now" not in words.over
    old = started_under(guide, state, KB_SOURCE_WORDS_RULES - 1).current
    assert old.id == page.id
    assert old.timer is not None
    assert timer_words(old.timer).plan.endswith("Let go at 10 seconds even if it has not.")
