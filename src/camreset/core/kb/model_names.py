"""What a model is found by in the finder: the words on its box and label.

A person types the name on the box ("Wyze Cam v3"), the model number, camreset's own id, or
the FCC ID printed on the label; a sourced FCC ID names one device alone, so the finder takes
an exact one as meant.
"""

from __future__ import annotations

import re

from camreset.core.kb.schema import CameraModel

FCC_ID = re.compile(r"[0-9A-Z][0-9A-Z-]{4,}")
"""An FCC ID in a fact's words, which may give other boards' too: "2AUIUWYZEC3 (other boards:
2AUIUWYZEC3A, 2AUIUWYZEC3B)" (a Wyze Cam v3 labelled 2AUIUWYZEC3A was turned away: review 63,
#2)."""

FCC_LABEL = re.compile(r"^\s*FCC(?:[\s-]*ID)?\s*[:#.]?\s*(?=[0-9A-Z])", re.IGNORECASE)
"""The label's own words before an FCC ID, copied with it ("FCC ID: 2BCGWD235"): left out, so
the ID is found as exactly typed, not taken as the closest."""


def found_by(model_id: str, model: CameraModel, line_id: str) -> tuple[str, ...]:
    """Its name, aliases, id (without the line's prefix) and any sourced FCC ID."""
    return (model.name, *model.aliases, model_id.removeprefix(f"{line_id}-"), *fcc_ids(model))


def fcc_ids(model: CameraModel) -> list[str]:
    """Every FCC ID its sourced claims give."""
    claims = model.fcc_id.all_claims if model.fcc_id else ()
    return [found for c in claims for found in FCC_ID.findall(str(c.value))]
