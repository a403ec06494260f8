"""`--form-factor`, one option for `show` and `guide`: the shapes listed in its help, written
either as ids ("pan_tilt", as the JSON and the API give them) or as `camreset models` prints
them ("pan-tilt"), so a shape copied from one command works in the other."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from camreset.core.kb.form_factors import FormFactor, form_factor_id

SHAPES = tuple(f.value for f in FormFactor)
SAID = ", ".join(s.replace("_", "-") for s in SHAPES)
"""The shapes as `camreset models` prints them ("pan-tilt"); the ids work as well."""


def _shape(value: str | None) -> str | None:
    """The shape's id; a usage error (exit 2) naming the shapes for one that is none."""
    if value is None:
        return None
    shape = form_factor_id(value)
    if shape not in SHAPES:
        raise typer.BadParameter(f"unknown shape {value!r}; shapes: {SAID}")
    return shape


def shape_option(help: str) -> Any:
    """The `--form-factor` option with `help`, its choices listed."""
    return typer.Option("--form-factor", metavar="SHAPE", callback=_shape, help=f"{help} {SAID}")


ShapeOption = Annotated[str | None, shape_option("With a line, the camera's shape:")]
