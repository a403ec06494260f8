"""A camera that pairs through its recorder (NVR), with no other way of adding it sourced: the
checks after its reset look on the recorder and its page whatever powers it, as on PoE. A Lorex
E893AB on its adapter was asked "Does the Lorex app find it as a new camera?" and "Is it added
in the Lorex app?" around "Add it as a new camera on the Lorex NVR" (installer review 71, I #7).
A log started before RECORDER_CHECKS_RULES keeps the app's words it was shown."""

from __future__ import annotations

from collections.abc import Callable

from tests.session.conftest import Driver, replayed_under

from camreset.core.session.later_rules import RECORDER_CHECKS_RULES

MakeDriver = Callable[..., Driver]


def _checks_on(power: str, make_driver: MakeDriver) -> tuple[Driver, list[str]]:
    """The titles of the pages after the hold, answered "done" / "yes", until the end."""
    d = make_driver(model="lorex-e893ab", have=("pin",))
    d.send(power)
    titles: list[str] = []
    for _ in range(20):
        step = d.state.current
        if step.kind == "outcome":
            return d, titles
        titles.append(step.title)
        d.pick("yes", "done", "on", "steady")
    raise AssertionError("no end")


def test_on_its_adapter_the_checks_look_on_the_recorder(make_driver: MakeDriver) -> None:
    _, adapter = _checks_on("adapter", make_driver)
    _, poe = _checks_on("network-cable", make_driver)
    after = adapter[adapter.index("Add it again") :]
    assert not [t for t in adapter if "Lorex app" in t]
    assert "Does it ask for a new password on its page?" in adapter
    assert after == poe[poe.index("Add it again") :]
    assert "Does its page (or your recorder) show the camera, with your new password?" in after


def test_a_log_started_before_keeps_the_apps_words(make_driver: MakeDriver) -> None:
    d = make_driver(model="lorex-e893ab", have=("pin",))
    d.send("adapter")
    for _ in range(10):
        if d.state.current.title == "Does it ask for a new password on its page?":
            break
        d.pick("yes", "done")
    assert d.state.current.title == "Does it ask for a new password on its page?"
    old = replayed_under(d, RECORDER_CHECKS_RULES - 1).current
    assert old.title == "Does the Lorex app find it as a new camera?"
    assert old.ref == d.state.current.ref
