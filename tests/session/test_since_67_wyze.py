"""Facts marked `since: 67` in session 69 for the Wyze line: a new session's steps use them, and
a log started before replays with the words it was shown."""

from __future__ import annotations

from typing import Any

from tests.session.conftest import answered

from camreset.core.session import Guide, SessionState
from camreset.core.session.rules import KNOWN_FIX_RULES

OPENING = ("wont-reset", "few-seconds", "nothing", "no-restart")
HAVE = ("pin", "original_adapter", "app")


def _as_started_under(guide: Guide, state: SessionState, rules: int) -> SessionState:
    """The same log replayed as if it had been started under `rules`."""
    started, *rest = state.events
    old = started.model_copy(update={"data": {**started.data, "rules": rules}})
    return guide.replay([old, *rest])


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
    old = _as_started_under(guide, state, KNOWN_FIX_RULES - 1).current
    assert old.button_hint is not None and "SETUP" not in old.button_hint
    assert "steady red" not in old.text


def test_a_wyze_og_telephoto_hold_page_says_to_let_go_at_solid_red(guide: Guide) -> None:
    state = _at(guide, "Hold", model="wyze-cam-og-telephoto", have=HAVE)
    assert "the light turns to steady red" in state.current.text
    old = _as_started_under(guide, state, KNOWN_FIX_RULES - 1).current.text
    assert "steady red" not in old
