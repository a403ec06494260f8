"""The report's "Reset button" row: where the steps sent the person, and, where that place is
not this model's own, said so in words a vendor's support reads without camreset's terms.

Its own module: the report's model had reached the 400 lines a module may have.
"""

from __future__ import annotations

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.resolved import Origin, ResolvedModel
from camreset.core.present.facts import fact_view, origin_words

NOT_CONFIRMED = "location not confirmed for this model"
GENERAL = (
    "what is usual for cameras in general, from two public reset guides by one publisher (scOS)"
)
"""The general default, to support: "camreset's general default" read as camreset's own guess
(support-report review 67 I, #11)."""


def button_words(kb: KnowledgeBase, model: ResolvedModel) -> str | None:
    """The button's place as the steps gave it ("…, on the back (location not confirmed for
    this model: what is usual for Ring doorbell cameras)"); None where it has no button."""
    view = fact_view(kb, model, "button")
    resolved = model.facts.get("button")
    if view is None or resolved is None or not model.has_button:
        return None
    if resolved.origin is Origin.model:
        return view.text
    whose = origin_words(model, resolved.origin) or ""
    whose = GENERAL if resolved.origin is Origin.default else whose
    return f"{view.text} ({NOT_CONFIRMED}: {whose.replace('a default for ', 'what is usual for ')})"
