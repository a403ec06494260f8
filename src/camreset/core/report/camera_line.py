"""The report's first line, the camera: what support must know first is which camera it is,
and whether its own procedure was followed or only the usual one for its brand or shape."""

from __future__ import annotations

from camreset.core.present.names import shape_words
from camreset.core.report.model import Report

GENERIC_STEPS = "exact model not known: the steps were the usual ones for this brand and shape"
OTHER_STEPS = "not matched to a camera camreset lists: the steps were the usual ones for {shape}"
"""For a camera of another brand: "brand and model not known to camreset" read as camreset not
knowing Foscam R2 (or, picked with a listed brand's name, Ring doorbells: review 63, #1)."""


def camera_line(report: Report) -> str:
    """`Tapo C200, pan-tilt` with what is known; a camera camreset does not list starts with
    what its label says, where the person typed it. Not camreset's own id for the model, nor
    "Ring line" after a name that says Ring: to a vendor's support both read as internal
    words (support-report review 67 I, #11); the JSON keeps `model_id` and `line`."""
    name = report.model_name or report.model_id or "Unknown model"
    labelled = report.details.get("label_model")
    parts = [f"{labelled} (as the person gave it)", name] if labelled else [name]
    if report.line and not name.lower().startswith(report.line.lower()):
        parts.append(f"{report.line} range")
    if report.form_factor and report.model_id:  # a camera of no listed model is named by its
        parts.append(shape_words(report.form_factor))  # shape already: "Ring camera (doorbell)"
        # or "Pan-tilt camera of another…" (review 63, #9; diff review 63, #8)
    if report.model_id is None:  # support must know no model's own procedure was followed
        shape = "this shape" if report.form_factor else "cameras in general"
        parts.append(GENERIC_STEPS if report.line else OTHER_STEPS.format(shape=shape))
    return ", ".join(parts)
