"""The app's "No" right after the setup light was seen while resetting.

Phone review 60, #1: a Tapo C200 its owner saw in setup mode, whose app then did not find it,
was sent to its adapter and outlet ("the outlet gives no power: about 10%" under a light
that was on). The attempt still failed (a light can be misread; trusting it instead cost
success in `camreset bench`), but the light proves the camera has power.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.session.conftest import Driver, replayed_under

from camreset.core.session.rules import LIGHT_SEEN_RULES, ONLINE_FED_RULES

MakeDriver = Callable[..., Driver]
HAVE = ("pin", "original_adapter", "app")
NO_POWER = "The outlet gives no power"


def _app_says_no(make_driver: MakeDriver, light: str) -> Driver:
    """A Tapo C200 reset in its app, the setup light answered `light`, then the app's "No".
    In a log written before ONLINE_FED_RULES: since, the reset in the app done already says
    the camera is fed (test_online_fed.py), and the light has nothing left to add."""
    d = make_driver(model="tapo-c200", have=HAVE)
    d.state = replayed_under(d, ONLINE_FED_RULES - 1)
    d.send(None, "done")  # reset in the app
    d.send(None, "done")  # let it restart
    assert d.state.current.title == "Is the camera in setup mode now?"
    d.send(light)
    assert d.state.current.title == "Does the Tapo app find it as a new camera?"
    d.send("no")
    return d


def _outlet(d: Driver) -> float:
    return next((c.probability for c in d.state.belief if c.name.startswith(NO_POWER)), 0.0)


def test_a_setup_light_seen_rules_out_a_dead_outlet(make_driver: MakeDriver) -> None:
    d = _app_says_no(make_driver, "yes")
    assert not d.state.reset_done and d.state.phase == "reset"
    assert d.state.history[-1].result == (
        "not reset (the app did not find it; the light shows it has power)"
    )
    assert _outlet(d) < 0.02  # about 10 % before
    why = d.state.current.why
    assert why is not None and NO_POWER.casefold() not in why.summary.casefold()


def test_a_light_not_seen_for_sure_says_nothing_of_power(make_driver: MakeDriver) -> None:
    d = _app_says_no(make_driver, "not_sure")
    assert d.state.history[-1].result == "not reset"
    assert _outlet(d) >= 0.05


def test_a_log_written_before_that_reading_keeps_its_own(make_driver: MakeDriver) -> None:
    d = _app_says_no(make_driver, "yes")
    started, *rest = d.state.events
    assert started.data["rules"] >= LIGHT_SEEN_RULES
    old = started.model_copy(update={"data": {**started.data, "rules": LIGHT_SEEN_RULES - 1}})
    before = d.guide.replay([old, *rest])
    assert before.history[-1].result == "not reset"
    assert next(c.probability for c in before.belief if c.name.startswith(NO_POWER)) >= 0.05
