"""A fix a camera's own known trouble facts give comes before it is reset again (session-69
review, U #1: a Wyze Cam OG whose app did not find it was told to hold SETUP for 30 s, the very
mistake its fact warns about, and "press SETUP briefly" showed only on the support page)."""

from __future__ import annotations

from typing import Any

import pytest
from tests.session.conftest import answered, pages_shown, started_under

from camreset.core.session import Guide
from camreset.core.session.later_rules import KNOWN_FIX_RULES

WYZE_OG = "wyze-cam-og"
HAVE = ("pin", "original_adapter", "app")
RESETS_AGAIN = ("full-reset", "reset-again")
NOT_FOUND = ("cant-add", "not-found", "done", "no", "not-found")
"""It reset, the app did not find it; the phone's permissions given, still not found."""


def test_a_wyze_og_the_app_did_not_find_is_told_to_press_setup_briefly_before_a_reset(
    make_driver: Any,
) -> None:
    d = make_driver(model=WYZE_OG, have=HAVE, opening=True)
    d.send("cant-add")
    shown = pages_shown(d, {"add-trouble": "not-found"}, steps=40)
    assert "known-fix" in shown, shown
    resets = [shown.index(r) for r in RESETS_AGAIN if r in shown]
    assert all(shown.index("known-fix") < at for at in resets), shown


def test_the_known_fix_page_says_the_fix_its_source_gives(guide: Guide) -> None:
    state = answered(guide, NOT_FOUND, model=WYZE_OG, have=HAVE)
    page = state.current
    assert page.ref.ref == "known-fix", page.ref
    assert page.title == "Before another reset"
    assert "A known trouble after a reset of the Wyze Cam OG" in page.text
    said = "A source found a fix for it: Press SETUP briefly; blinking red after a reset"
    assert said in page.text
    assert "add a new camera" in page.text  # and how to add it again after the press


def test_an_older_log_replays_without_the_known_fix(guide: Guide) -> None:
    state = answered(guide, NOT_FOUND, model=WYZE_OG, have=HAVE)
    old = started_under(guide, state, KNOWN_FIX_RULES - 1)
    assert old.current.ref.ref != "known-fix"


def test_a_camera_without_such_a_fact_is_not_held_back_from_a_reset(make_driver: Any) -> None:
    d = make_driver(model="reolink-rlc-510a", have=("pin", "computer", "app"), opening=True)
    d.send("cant-add")
    d.send("asks-password")
    assert d.state.current.ref.ref == "on-recorder"  # whose password, first (review 69, U #4)
    d.send("no")
    assert d.state.current.ref.ref == "full-reset"


@pytest.mark.parametrize("trouble", ["another-account", "asks-password", "still-listed"])
def test_a_trouble_the_known_fix_is_not_for_is_not_held_back_by_it(
    make_driver: Any, trouble: str
) -> None:
    """A light misread is not why the app says another account has the camera, asks for a
    password, or still lists it: no "Before another reset" on those roads (review 69, N #3)."""
    d = make_driver(model=WYZE_OG, have=HAVE, opening=True)
    d.send("cant-add")
    shown = pages_shown(d, {"add-trouble": trouble, "second-hand": "no"}, steps=60)
    assert "known-fix" not in shown, shown
    assert set(shown) & {*RESETS_AGAIN, "guided-reset"}, shown  # reset again, as before


def test_the_wyze_og_on_another_account_is_reset_again_after_asking_who_had_it(
    make_driver: Any,
) -> None:
    d = make_driver(model=WYZE_OG, have=HAVE, opening=True)
    d.send("cant-add")
    d.send("another-account")
    assert d.state.current.ref.ref == "second-hand"
    d.send("no")
    assert d.state.current.ref.ref == "full-reset", d.state.current.ref


def test_said_it_was_not_found_after_another_trouble_the_known_fix_comes_back(
    make_driver: Any,
) -> None:
    d = make_driver(model=WYZE_OG, have=HAVE, opening=True)
    d.send("cant-add")
    shown = pages_shown(d, {"add-trouble": "asks-password"}, steps=8)
    assert "known-fix" not in shown, shown
    shown = pages_shown(d, {"add-trouble": "not-found"}, steps=40)
    assert "known-fix" in shown, shown
