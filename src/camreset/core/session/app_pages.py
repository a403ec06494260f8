"""Which pages are done in the camera's app, by their words: a person who said they cannot get
the app is told so on them, and one whose camera is still on its first owner's account is told
what their app will not show. Out of said_before.py, at 400 lines (session 76).
"""

from __future__ import annotations

from camreset.core.present.step import Step

NOT_IN_AN_APP = ("tool", "outcome", "opening")  # they name the app; none is done in it


def asks_the_app(step: Step, app: str) -> bool:
    """Whether a page asks what the app shows (a check, or a question answered from it)."""
    words = f"{step.title} {step.text}"
    generic = " in the app" in words or "the app show" in words
    return uses_app(step, app) or (generic and step.ref.kind not in NOT_IN_AN_APP)


def uses_app(step: Step, app: str | None) -> bool:
    """Whether a page is done in the camera's app (its name, then "app", in its words)."""
    if app is None or step.ref.kind in NOT_IN_AN_APP:
        return False
    return f"{app} app" in f"{step.title} {step.text}"
