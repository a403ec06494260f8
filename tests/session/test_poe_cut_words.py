"""A camera its sources give PoE or an adapter names its network cable first: a customer with
one cable on a PoE dome was told "unplug its adapter, or its network cable if it has none",
and looked for an adapter (helpdesk review 74, #8)."""

from __future__ import annotations

from collections.abc import Callable

from tests.session.conftest import Driver, on_to

from camreset.core.kb.power_values import PowerKind

MakeDriver = Callable[..., Driver]
DOME = "hikvision-ds-2cd2143g2-i"
"""Its sources give PoE or a 12 V adapter; the person is never asked which."""


def test_a_poe_or_adapter_dome_names_its_network_cable_first(make_driver: MakeDriver) -> None:
    d = on_to(make_driver(model=DOME, have=("pin", "app")), "power-up-hold")
    text = d.state.current.text or ""
    assert text.startswith(
        "Cut the camera's power: unplug its network cable (on PoE its power comes through it)"
    )
    assert "if it has none" not in text  # the customer with one cable looked for an adapter


def test_a_dome_said_to_be_on_poe_names_only_its_cable(make_driver: MakeDriver) -> None:
    """Already so before this change (the said power narrows the sourced two): kept as a guard."""
    d = on_to(make_driver(model=DOME, have=("pin", "app"), power=PowerKind.poe), "power-up-hold")
    text = d.state.current.text or ""
    assert text.startswith("Unplug the camera's network cable (its power comes through it).")
    assert "adapter" not in text
