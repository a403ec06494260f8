"""What the person calls the device: a doorbell is a doorbell on its pages, in its causes and
in its report, not "the camera" (two reviewers read "the camera" on every page of a Ring
doorbell). One place, so the pages, the plan's cause names and the report agree."""

from __future__ import annotations

import re

from camreset.core.kb.power_values import HubKind
from camreset.core.kb.resolved import ResolvedModel
from camreset.core.kb.schema import FormFactor


def device_noun(model: ResolvedModel) -> str:
    """A doorbell is added in the app as a doorbell, not a camera (a reviewer read "add a new
    camera" on a Ring doorbell's pages)."""
    return "doorbell" if model.form_factor is FormFactor.doorbell else "camera"


_THE_CAMERA = re.compile(r"\b(the|this|your|its|The|This|Your|Its|a new|A new) camera\b(?! maker)")
"""This device by name; "a new camera" too, which is this device being added again ("its new
owner adds it in the Ring app as a new camera", on a doorbell: owner review 45)."""


_A_HUB = re.compile(
    r"\bThe hub or base station is off, offline or too far away( to add the camera)?"
)


def in_its_own_words(model: ResolvedModel, text: str) -> str:
    """`text` calling the device what the person calls it: "Did the doorbell react…" on a
    doorbell's pages. Only "the/this/your camera": a sentence about cameras in general keeps
    its word. A camera added through its recorder calls that the recorder, on its cable: an
    installer read "the hub or base station is … too far away" for a Lorex on its NVR."""
    pairs = model.pairs_via
    if pairs is not None and pairs.kind is HubKind.nvr:
        text = _A_HUB.sub(
            f"The {pairs.name or 'recorder'} it is added through is off or offline", text
        )
    if device_noun(model) == "camera":
        return text
    return _THE_CAMERA.sub(r"\1 doorbell", text)
