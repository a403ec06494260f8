"""The answer for someone asked what went wrong adding a hub-paired camera who has no hub of
their own yet, and the end page it leads to: a buyer whose camera came without its hub was
asked to add it through that hub, and no answer fit "I have none yet" (session-65 diff review,
H #6)."""

from __future__ import annotations

from camreset.core.kb.resolved import ResolvedModel
from camreset.core.present.names import with_article
from camreset.core.present.step import Answer

NEEDS_HUB_END = "needs-hub"
"""The end page of someone with no hub of their own yet: its question waits for the hub, not
for support."""

NO_HUB_YET = "no-hub-yet"
"""The answer's id, on "What went wrong when you added it?"."""
__all__ = ["NEEDS_HUB_END", "NO_HUB_YET", "needs_hub_words", "no_hub_answer"]


def no_hub_answer(hub: str) -> Answer:
    """ "I have no Arlo SmartHub yet"."""
    return Answer(NO_HUB_YET, f"I have no {hub} yet")


def needs_hub_words(model: ResolvedModel) -> tuple[str, str]:
    """The end page's title and text: what the camera needs, from its sourced `pairs_via`
    (shown under it with its source), and that the session stops here."""
    hub = model.pairs_via.name if model.pairs_via is not None else "hub"
    a_hub, app = with_article(hub), f"the {model.app} app" if model.app else "its app"
    title = f"Get {a_hub} of your own first"
    text = (
        f"You said you have no {hub} yet. Its sources say the {model.name} pairs through one "
        f"(below): set up {a_hub} on your own account in {app} first, then add the camera "
        "through it.\n\n"
        "This session stops here, and its report keeps the steps done so far. If it cannot be "
        f"added through your own hub either, take that report to {model.line.brand} support."
    )
    return title, text
