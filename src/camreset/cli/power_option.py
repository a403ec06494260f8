"""`--power`, for `guide`: how the camera is powered, as the API's `power` takes it. An installer
knows a dome is on PoE before the first step; without a way to say so, a Dahua dome went to
support without the PoE checks, and its report hedged every power cause (installer review 62,
#3). For a listed model it answers "How is it powered?" (and a power its sources do not give
is refused); for a brand's usual steps it picks that power's defaults. A power the camera's
shape rules out is refused as the web's form leaves it out (core/session/power_said.py)."""

from __future__ import annotations

from typing import Any

import typer

from camreset.core.kb.power_values import PowerKind

POWERS = tuple(k.value for k in PowerKind)


def _power(value: str | None) -> str | None:
    """The power kind's id; a usage error (exit 2) naming the kinds for one that is none."""
    if value is None:
        return None
    kind = value.strip().casefold()
    if kind not in POWERS:
        raise typer.BadParameter(f"unknown power {value!r}; powers: {', '.join(POWERS)}")
    return kind


def power_option() -> Any:
    """The `--power` option, its choices listed."""
    return typer.Option(
        "--power",
        metavar="KIND",
        callback=_power,
        help=f"How the camera is powered, if you know: {', '.join(POWERS)}.",
    )
