"""What a status light "Off" points to on a camera that may run on an adapter or on PoE:
both ways it can be dark, each with the power it holds for, as the report says them
(installer review 69, T #9: an Amcrest PoE turret's read "the outlet gives no power" alone)."""

from __future__ import annotations

from typing import Any

from camreset.core.kb.power_values import PowerKind

LIGHT = "What is the status light doing right now?"


def _light_why(d: Any) -> str:
    assert d.state.current.title == LIGHT
    why = d.state.current.why
    assert why is not None
    return " ".join(why.effect.split())


def test_off_points_to_the_outlet_or_the_poe_port_while_its_power_is_not_said(
    make_driver: Any,
) -> None:
    d = make_driver(model="amcrest-ip5m-t1179ew", have=("computer", "pin", "poe_port"))
    assert (
        "“Off” points to: the outlet gives no power, if it runs on an adapter; the switch or "
        "recorder port gives the camera no power, if it runs on PoE."
    ) in _light_why(d)


def test_a_camera_said_to_run_on_poe_is_not_told_of_the_outlet(make_driver: Any) -> None:
    d = make_driver(
        model="amcrest-ip5m-t1179ew", have=("computer", "pin", "poe_port"), power=PowerKind.poe
    )
    said = _light_why(d)
    assert "outlet" not in said
    assert "“Off” points to: the switch or recorder port gives the camera no power." in said
