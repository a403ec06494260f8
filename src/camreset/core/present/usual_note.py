"""The line that tells a person a step was not checked for their camera: a camera camreset
does not list (another brand, or a model its brand's list lacks) gets the steps usual for its
shape, and every step that asks them to do something says so, on the web and in the terminal
alike (unknown-camera review 76 G, #5: the terminal said it once, in a source block that later
pages folded to "as on step 31 above")."""

from __future__ import annotations


def usual_note(brand: str | None, form_factor: str | None) -> str:
    """ "This step is usual for …, not checked for your model.": `brand` None where the brand is
    not known, `form_factor` None where the person could not tell the shape."""
    who = f"{brand} cameras" if brand else "cameras"
    shape = " of this shape" if form_factor else " in general"
    return f"This step is usual for {who}{shape}, not checked for your model."


def says_usual(*, generic: bool, finished: bool, opening: bool, question: bool) -> bool:
    """Whether a step carries the note: an attempt of a generic camera's session, not a
    question ("How is the camera powered?" is nothing to check: review 63, #12) nor the
    opening's questions about the person's own reason or try."""
    return generic and not finished and not opening and not question
