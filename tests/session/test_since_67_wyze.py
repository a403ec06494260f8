"""Facts marked `since: 67` in session 69 for the Wyze line: a new session's steps use them, and
a log started before replays with the words it was shown."""

from __future__ import annotations

from typing import Any

from tests.session.conftest import answered, started_under

from camreset.core.session import Guide, SessionState
from camreset.core.session.later_rules import KNOWN_FIX_RULES

OPENING = ("wont-reset", "few-seconds", "nothing", "no-restart")
HAVE = ("pin", "original_adapter", "app")


def _at(guide: Guide, title: str, **start: Any) -> SessionState:
    """A session walked past the opening to the first page whose title starts with `title`,
    each page before it answered "done" (or "have", "yes")."""
    answers = list(OPENING)
    for _ in range(12):
        state = answered(guide, answers, **start)
        if state.current.title.startswith(title):
            return state
        answers.append(next(a for a in ("done", "have", "yes") if state.current.offers(a)))
    raise AssertionError(f"no page {title!r} after {answers}")


def test_a_wyze_og_hold_page_names_its_setup_button_and_the_solid_red_to_let_go_at(
    guide: Guide,
) -> None:
    """Review 69, U #10: the OG's page said "Hold the reset button … keep holding until the
    status light starts flashing or changes colour … No source says what this camera does
    while held", though its sources say "setup button" and "release … when the status LED
    turns solid red"."""
    state = _at(guide, "Hold", model="wyze-cam-og", have=HAVE)
    page = state.current
    assert page.button_hint == "on the back (marked SETUP) (other sources say underneath)"
    assert "Watch for this: the light turns to steady red." in page.text
    assert "No source says what this camera does while held" not in page.text
    old = started_under(guide, state, KNOWN_FIX_RULES - 1).current
    assert old.button_hint is not None and "SETUP" not in old.button_hint
    assert "steady red" not in old.text


def test_a_wyze_og_telephoto_hold_page_says_to_let_go_at_solid_red(guide: Guide) -> None:
    state = _at(guide, "Hold", model="wyze-cam-og-telephoto", have=HAVE)
    assert "the light turns to steady red" in state.current.text
    old = started_under(guide, state, KNOWN_FIX_RULES - 1).current.text
    assert "steady red" not in old


def test_a_camera_cut_off_by_a_new_router_is_told_the_old_name_brings_it_back(
    guide: Guide,
) -> None:
    """Review 69, U #14: "I'm moving it to new Wi-Fi" on a Wyze Cam v3 said only to look in
    the app "in the settings of the camera, or of its hub or base station if it has one" (it
    has none), though a camera whose router was already replaced is offline there; a source
    gives the way back: the old network's name and password on the new router."""
    state = answered(guide, ("new-wifi",), model="wyze-cam-v3", have=HAVE)
    page = state.current
    assert page.title == "Look in the app first"
    assert "look in the settings of the camera for a way to change its Wi-Fi" in page.text
    assert "hub" not in page.text
    said = "Give the new router the old network's exact name, password and security type"
    assert said in page.text
    assert any(f.name == "router_swap" and f.sources for f in page.facts)
    old = started_under(guide, state, KNOWN_FIX_RULES - 1).current
    assert old.title == page.title and said not in old.text


def test_a_camera_on_a_hub_is_still_told_to_look_in_its_hub(guide: Guide) -> None:
    """The hub is named where the camera has one; the new router's way is not said there, as
    its hub, not the camera, is what joins the network."""
    page = answered(guide, ("new-wifi",), model="blink-outdoor", have=HAVE).current
    assert "look in the settings of the camera, or of its Blink Sync Module, for a way" in page.text
    assert "old network's exact name" not in page.text
