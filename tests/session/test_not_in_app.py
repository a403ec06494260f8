"""A Nest camera set up in the Google Home app is not sent first to its line's reset in the
Nest app: a Nest Cam (battery), questions skipped, was asked to get the Google Home app, then
"Reset in the app … It works only if the camera is also listed, and online, in the Nest app
… If it is not in the Nest app, answer “I can't do this”", a step its own words called
unlikely, every time (phone review 73; the KB's `not_in_app`, since: 72). A log started
before NOT_IN_APP_RULES replays with the steps it was shown."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.kb.test_not_in_app import HOME_ONLY
from tests.session.conftest import Driver, as_started_under, replayed_under, to_the_end

from camreset.core.session.later_rules import NOT_IN_APP_RULES
from camreset.core.session.rules import RULES

MakeDriver = Callable[..., Driver]
IN_THE_APP = "app-reset"
GET_THE_APP = "Get the Google Home app on a phone"


def _pages(d: Driver) -> list[str]:
    """Every page to the end, as "id: title": an item asked for is at hand, any other page
    answered no, done, not sure or "I can't"."""
    seen: list[str] = []
    for _ in range(60):
        step = d.state.current
        seen.append(f"{step.ref.ref}: {step.title}")
        if step.kind == "outcome":
            return seen
        if step.ref.kind == "tool":
            d.send("have" if step.offers("have") else "cant")
        else:
            d.pick("no", "done", "not_sure", "cant")
    raise AssertionError("no end")


@pytest.mark.parametrize("model", HOME_ONLY)
def test_questions_skipped_it_is_never_sent_to_the_nest_app(
    model: str, make_driver: MakeDriver
) -> None:
    d = make_driver(model=model, have=())
    first = d.state.current
    assert first.title != GET_THE_APP
    pages = _pages(d)
    assert not [p for p in pages if p.startswith(IN_THE_APP) or "Nest app" in p], pages


def test_a_log_started_before_keeps_the_nest_app_reset_first(make_driver: MakeDriver) -> None:
    assert RULES >= NOT_IN_APP_RULES == 72
    new = make_driver(model="nest-cam-battery", have=())
    assert new.state.current.title == "Find a paperclip or a SIM tool"
    old = as_started_under(make_driver(model="nest-cam-battery", have=()), NOT_IN_APP_RULES - 1)
    assert old.state.current.title == GET_THE_APP
    old.send("have")
    assert old.state.current.title == "Reset in the app"
    assert "also listed, and online, in the Nest app" in old.state.current.text
    assert replayed_under(old, NOT_IN_APP_RULES - 1).current.title == "Reset in the app"


def test_an_older_nest_camera_is_still_offered_the_nest_app_reset(
    make_driver: MakeDriver,
) -> None:
    d = make_driver(model="nest-cam-indoor", have=())
    assert d.state.current.title == "Get the Nest app on a phone"
    d.send("have")
    assert d.state.current.title == "Reset in the app"
    assert "Nest app > Settings" in d.state.current.text
    assert to_the_end(d, {}).state.current.kind == "outcome"
