"""Whether "you said you can't get the app" still fits the person, after what they did since.

Someone who said they cannot get the maker's app, then answered what the app shows ("Yes, it
shows up as new"), has it after all: four pages in a row still told them they could not
(terminal review 56). The notice stays until such an answer; the engine's own record of what
is at hand is left as it was said.
"""

from __future__ import annotations

from camreset.core.present.words import CANT, NOT_SURE, SKIP
from camreset.core.session.state import SessionFold

NOT_FROM_THE_APP = frozenset({CANT, NOT_SURE, SKIP, "stop"})
"""Answers that say nothing of what the app showed."""


def app_used_since_refused(fold: SessionFold, app: str | None) -> bool:
    """Whether a page done in the `app` app was answered from it after the person last said
    they cannot get it."""
    refused = [
        i
        for i, h in enumerate(fold.history)
        if (h.ref.kind, h.ref.ref, h.answer) == ("tool", "app", CANT)
    ]
    if not refused or app is None:
        return False
    since = fold.history[refused[-1] + 1 :]
    return any(_in_the_app(h.title, app) and h.answer not in NOT_FROM_THE_APP for h in since)


def _in_the_app(title: str, app: str) -> bool:
    """A page answered from the app: its name ("Does the Tapo app find it…?") or "the app"
    ("Does it show up in the app as a new camera?", asked after "Not sure": diff review 57)."""
    return f"{app} app" in title or " the app" in title
