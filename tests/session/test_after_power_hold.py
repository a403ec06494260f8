"""A PoE power fix ("Another port", "Free the recorder's power") on a camera whose sources hold
the button through its power-up is held as the cable goes back in, timed from then: its fact
box read "counted once the Ethernet cable is back in" (Lorex) or "Powered and started first:
no" (Hikvision) above a timer started at the press, after a start-up wait (installer review 66,
D #2). A log started before keeps the plain hold, with its word that it is the other way."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from tests.session.conftest import Driver

import camreset
from camreset.core.kb.loader import load_texts
from camreset.core.kb.power_values import PowerKind
from camreset.core.present.step import Step
from camreset.core.session.rules import POWER_UP_FIX_RULES
from camreset.errors import KBError
from camreset.kb_files import read_folder

MakeDriver = Callable[..., Driver]
LOREX = ["wont-reset", "until-change", "reacted", "no-restart", "network-cable"]
LOREX += ["blinking", "recorder"]
"""Its light said blinking: no question of its port's light (LIGHT_ON_RULES)."""
LOREX_BEFORE = [*LOREX, "on"]
"""The same answers as a log started before LIGHT_ON_RULES had them: its port's light, on."""
HIKVISION = ["forgot-password", "reset-it", "no", "off", "switch"]
"""Its light said off: its power first (LIGHT_OFF_FIRST_RULES), "Another port" straight after
what its cable plugs into (the port's light was asked before it, and said dark)."""


def _after(d: Driver, answers: list[str]) -> Driver:
    for answer in answers:
        assert d.state.current.offers(answer), (d.state.current.title, answer)
        d.send(answer)
    return d


def _hold_after_fix(d: Driver, fix: str) -> Step:
    """The page after the power fix's first page is done: its hold, with no start-up wait."""
    assert d.state.current.ref.ref == fix and d.state.current.ref.stage == 0
    d.send("done")
    return d.state.current


def _older(d: Driver) -> Driver:
    """The same answers, in a log started before POWER_UP_FIX_RULES."""
    started, *rest = d.state.events
    old = started.model_copy(update={"data": {**started.data, "rules": POWER_UP_FIX_RULES - 1}})
    d.state = d.guide.replay([old, *rest])
    return d


def test_lorex_freeing_the_recorders_power_is_held_as_the_cable_goes_back_in(
    make_driver: MakeDriver,
) -> None:
    d = _after(make_driver(model="lorex-e893ab", have=("pin",), opening=True), LOREX)
    first = d.state.current
    assert first.title == "Free the recorder's power"
    assert "pull the camera's cable out and leave it out for now" in first.text
    hold = _hold_after_fix(d, "poe-free-budget")
    assert hold.title == "Hold the reset button as its power comes back"
    assert "Still holding it, plug the camera's cable back in" in hold.text
    assert "Keep holding for 15 seconds once the cable is back in" in hold.text
    assert hold.timer is not None and hold.timer.from_power
    assert "timed from your press" not in hold.text
    assert any("counted once the Ethernet cable is back in" in f.text for f in hold.facts)


def test_hikvision_another_port_is_held_as_the_cable_goes_in(make_driver: MakeDriver) -> None:
    d = make_driver(
        model="hikvision-ds-2cd2143g2-i",
        have=("pin", "poe_port"),
        power=PowerKind.poe,
        opening=True,
    )
    hold = _hold_after_fix(_after(d, HIKVISION), "poe-other-port")
    assert hold.title == "Hold the reset button as its power comes back"
    assert "plug the camera's network cable into the other port" in hold.text
    assert hold.timer is not None and hold.timer.from_power
    # its light was said off: it is watched as it starts, never "press only once it is on"
    notices = " ".join(hold.notices)
    assert "as the cable goes in, watch it for any light or sound" in notices
    assert "press only once it shows it is" not in notices
    assert hold.offers("still-dark")
    d.send("still-dark")
    assert d.state.current.ref.ref != "poe-other-port"
    assert "still won't switch on after “Another port”" in " ".join(d.state.current.notices)


def test_a_log_started_before_keeps_the_plain_hold_and_its_word(make_driver: MakeDriver) -> None:
    d = _older(make_driver(model="lorex-e893ab", have=("pin",), opening=True))
    d = _after(d, [*LOREX_BEFORE, "done"])
    assert d.state.current.title == "Let the camera start up"
    d.send("done")
    text = d.state.current.text
    assert d.state.current.timer is not None and not d.state.current.timer.from_power
    assert "Lorex's own reset, on its recorder, holds the button while the cable is pulled" in text


def test_a_camera_with_one_way_keeps_the_plain_hold(make_driver: MakeDriver) -> None:
    d = make_driver(model="reolink-rlc-510a", have=("pin",), power=PowerKind.poe)
    seen = []
    for _ in range(40):
        step = d.state.current
        if step.kind == "outcome":
            break
        seen.append(step.title)
        assert "own reset, on its recorder" not in step.text
        assert step.timer is None or not step.timer.from_power
        d.pick("no", "dark", "switch", "done", "not_sure")
    assert "Let the camera start up" in seen


def test_a_held_from_power_without_its_timed_hold_does_not_load() -> None:
    """`held_from_power` pages stand in for a hold: without a `from_power` hold among them the
    attempt would lose its hold, so `kb check` names the attempt."""
    texts = read_folder(Path(camreset.__file__).parent / "data" / "kb")
    held = "          from_power: true\n"  # the first held_from_power hold (poe-other-port's)
    assert held in texts["troubleshooting.yaml"]
    texts["troubleshooting.yaml"] = texts["troubleshooting.yaml"].replace(held, "", 1)
    with pytest.raises(KBError) as raised:
        load_texts(texts)
    problems = raised.value.problems
    assert any("held_from_power: a hold from_power for its hold" in p for p in problems)
