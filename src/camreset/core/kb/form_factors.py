"""A camera's shape, as an id and as people write it.

Apart from the schema so that `--form-factor`'s help, which lists the shapes, loads no
pydantic model (`camreset guide --help` loaded the whole knowledge-base schema for it).
"""

from __future__ import annotations

from enum import StrEnum


class FormFactor(StrEnum):
    """The camera's shape: it picks the drawing and the form-factor defaults."""

    indoor = "indoor"
    pan_tilt = "pan_tilt"
    outdoor = "outdoor"
    bullet = "bullet"
    dome = "dome"
    turret = "turret"
    doorbell = "doorbell"
    battery = "battery"
    floodlight = "floodlight"


def form_factor_id(text: str) -> str:
    """A shape as people and the model lists write it ("pan-tilt", "Pan tilt") as its id."""
    return "_".join(text.casefold().replace("-", " ").split())
