"""The hold after a PoE power fix ("Another port", "Free the recorder's power") on a camera
whose sources hold the button through its power-up says that this plain hold is the other way:
its fact box read "counted once the Ethernet cable is back in" (Lorex) or "Powered and started
first: no" (Hikvision) above a timer started at the press (installer review 66, D #2)."""

from __future__ import annotations

from collections.abc import Callable

from tests.session.conftest import Driver

from camreset.core.kb.values import PowerKind

MakeDriver = Callable[..., Driver]


def _hold_after(d: Driver, answers: list[str]) -> str:
    for answer in answers:
        assert d.state.current.offers(answer), (d.state.current.title, answer)
        d.send(answer)
    step = d.state.current
    assert step.timer is not None and not step.timer.from_power, step.title
    return step.text


def test_lorex_after_freeing_the_recorders_power(make_driver: MakeDriver) -> None:
    d = make_driver(model="lorex-e893ab", have=("pin",), opening=True)
    said = "wont-reset until-change reacted no-restart network-cable blinking recorder on done done"
    text = _hold_after(d, said.split())
    assert any(h.ref.ref == "poe-free-budget" for h in d.state.history)
    assert "Lorex's own reset, on its recorder, holds the button while the cable is pulled" in text
    assert "this page is a plain hold, timed from your press" in text


def test_hikvision_after_another_port(make_driver: MakeDriver) -> None:
    d = make_driver(
        model="hikvision-ds-2cd2143g2-i", have=("pin",), power=PowerKind.poe, opening=True
    )
    text = _hold_after(
        d, ["forgot-password", "reset-it", "no", "off", "dark", "switch", "done", "done"]
    )
    assert any(h.ref.ref == "poe-other-port" for h in d.state.history)
    assert "Its surest sources hold the button as the power comes back instead" in text
    assert "this page tries the other way they give, on a camera that has started" in text


def test_a_camera_with_one_way_gets_no_such_note(make_driver: MakeDriver) -> None:
    d = make_driver(model="reolink-rlc-510a", have=("pin",), power=PowerKind.poe)
    for _ in range(40):
        step = d.state.current
        if step.kind == "outcome":
            break
        assert "own reset, on its recorder" not in step.text
        assert "hold the button as the power comes back instead" not in step.text
        d.pick("no", "dark", "switch", "done", "not_sure")
