"""The report's first line, the camera: what support must know first is which camera it is,
and whether its own procedure was followed or only the usual one for its brand or shape."""

from __future__ import annotations

from camreset.core.present.words import shape_words
from camreset.core.report.model import Report

GENERIC_STEPS = "exact model not known: the steps were the usual ones for this brand and shape"
OTHER_STEPS = "not matched to a camera camreset lists: the steps were the usual ones for {shape}"
"""For a camera of another brand: "brand and model not known to camreset" read as camreset not
knowing Foscam R2 (or, picked with a listed brand's name, Ring doorbells: review 63, #1)."""


def camera_line(report: Report) -> str:
    """`TP-Link Tapo C200 (tapo-c200), Tapo line, indoor` with what is known; a camera
    camreset does not list starts with what its label says, where the person typed it."""
    name = report.model_name or report.model_id or "Unknown model"
    if report.model_id and report.model_name:  # not "(AcuSense 4 MP dome) (hikvision-…)"
        wrap = "[{}]" if report.model_name.endswith(")") else "({})"
        name = f"{report.model_name} {wrap.format(report.model_id)}"
    labelled = report.details.get("label_model")
    parts = [f"{labelled} (as the person gave it)", name] if labelled else [name]
    if report.line:
        parts.append(f"{report.line} line")
    if report.form_factor and report.model_id:  # a camera of no listed model is named by its
        parts.append(shape_words(report.form_factor))  # shape already: "Ring camera (doorbell)"
        # or "Pan-tilt camera of another…" (review 63, #9; diff review 63, #8)
    if report.model_id is None:  # support must know no model's own procedure was followed
        shape = "this shape" if report.form_factor else "cameras in general"
        parts.append(GENERIC_STEPS if report.line else OTHER_STEPS.format(shape=shape))
    return ", ".join(parts)
