"""The app's "No" right after the setup light was seen while resetting: the light decides.

Phone review 60: a Tapo C200 and a Wyze Cam v3 their owners saw in setup mode, whose app then
did not find them, were counted as not reset and sent back to their adapter and button
("the outlet gives no power: about 10%" under a light that was on). The reset took; what
stops the app is adding it, which the setup phase looks into.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.session.conftest import Driver

from camreset.core.session.rules import APP_AFTER_LIGHT_RULES

MakeDriver = Callable[..., Driver]
HAVE = ("pin", "original_adapter", "app")


def _at_the_app_check(make_driver: MakeDriver, light: str) -> Driver:
    """A Tapo C200 reset in its app, the setup light answered `light`, now at the app check."""
    d = make_driver(model="tapo-c200", have=HAVE)
    d.send(None, "done")  # reset in the app
    d.send(None, "done")  # let it restart
    assert d.state.current.title == "Is the camera in setup mode now?"
    d.send(light)
    assert d.state.current.title == "Does the Tapo app find it as a new camera?"
    return d


def test_a_setup_light_seen_then_no_app_goes_on_to_adding_it(make_driver: MakeDriver) -> None:
    d = _at_the_app_check(make_driver, "yes")
    d.send("no")
    assert d.state.reset_done and d.state.phase == "setup"
    assert d.state.history[-1].result == (
        "camera reset (by its setup light: the app did not find it, which adding it again "
        "looks into)"
    )
    # as "Add it again" done, the app not finding it: not that page again, nor "what went wrong"
    assert d.state.current.title == "Phone permissions"
    assert "the outlet" not in " ".join(c.name.casefold() for c in d.state.belief[:3])


def test_no_app_after_no_light_seen_is_still_no_reset(make_driver: MakeDriver) -> None:
    """A light the person was not sure of decides nothing: the app's "No" is the answer."""
    d = make_driver(model="tapo-c200", have=HAVE)
    d.send(None, "done")
    d.send(None, "done")
    d.send("not_sure")
    assert d.state.current.title == "Does the Tapo app find it as a new camera?"
    d.send("no")
    assert not d.state.reset_done and d.state.phase == "reset"


def test_a_log_written_before_that_reading_keeps_its_own(make_driver: MakeDriver) -> None:
    d = _at_the_app_check(make_driver, "yes")
    d.send("no")
    started, *rest = d.state.events
    assert started.data["rules"] >= APP_AFTER_LIGHT_RULES
    old = started.model_copy(update={"data": {**started.data, "rules": APP_AFTER_LIGHT_RULES - 1}})
    before = d.guide.replay([old, *rest])
    assert not before.reset_done and before.history[-1].result == "not reset"
