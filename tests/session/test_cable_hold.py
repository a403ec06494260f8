"""A Lorex E893AB on its power adapter: its plain hold names the network cable Lorex's own reset
pulls and puts back while the button is held, instead of "Do not unplug it first" under its own
fact "counted once the Ethernet cable is back in" (installer review 71, I #1). A log started
before CABLE_HOLD_RULES keeps the words it was shown."""

from __future__ import annotations

from collections.abc import Callable

from tests.session.conftest import Driver, replayed_under

from camreset.core.present.step import Step
from camreset.core.session.later_rules import CABLE_HOLD_RULES

MakeDriver = Callable[..., Driver]


def _hold_on_the_adapter(d: Driver) -> Step:
    """The first hold page after "How is the camera powered? — A power adapter"."""
    assert d.state.current.offers("adapter")
    d.send("adapter")
    for _ in range(6):
        if d.state.current.timer is not None:
            return d.state.current
        d.send("done")
    raise AssertionError("no hold page")


def test_the_hold_on_its_adapter_names_the_cable_lorex_pulls(make_driver: MakeDriver) -> None:
    d = make_driver(model="lorex-e893ab", have=("pin",))
    hold = _hold_on_the_adapter(d)
    assert any("counted once the Ethernet cable is back in" in f.text for f in hold.facts)
    assert "Do not unplug it first" not in hold.text
    assert "pull the camera's network cable out and plug it back in" in hold.text
    assert "time the 15 seconds from then" in hold.text
    assert "Keep its power on." in hold.text


def test_a_log_started_before_keeps_do_not_unplug(make_driver: MakeDriver) -> None:
    d = make_driver(model="lorex-e893ab", have=("pin",))
    _hold_on_the_adapter(d)
    old = replayed_under(d, CABLE_HOLD_RULES - 1).current
    assert old.timer is not None
    assert "Do not unplug it first: it is on" in old.text
    assert "network cable" not in old.text
