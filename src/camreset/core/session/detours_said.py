"""What the person answered on a detour, read for the attempt's page it interrupted: the button
found, "something else stops me", nothing happened while holding. Out of said_before.py, at
400 lines (session 76).
"""

from __future__ import annotations

from camreset.core.present.detour_steps import FIND_HELP, OTHER, TELL_HOLD, WHY_CANT
from camreset.core.present.step import StepRef
from camreset.core.session import detours
from camreset.core.session.state import SessionFold


def found_for(detour: StepRef, answer: str, page: StepRef) -> bool:
    """`page` is the attempt's page whose help finding the button just ended in "found"."""
    found = (detour.kind, detour.ref, answer) == ("detour", FIND_HELP, "found")
    return found and same_page(page, interrupted(detour))


def interrupted(detour: StepRef) -> StepRef:
    """The attempt's page a detour interrupts."""
    return StepRef(detour.seq, "action", detour.subject or "", detour.stage)


def stopped_by_something_else(fold: SessionFold) -> str | None:
    """The title of the page the last answer, "Something else stops me", was about."""
    last = fold.history[-1] if fold.history else None
    if last is None or (last.ref.kind, last.ref.ref, last.answer) != ("detour", WHY_CANT, OTHER):
        return None
    about = interrupted(last.ref)
    page = next((h for h in reversed(fold.history) if same_page(h.ref, about)), None)
    return page.title if page is not None else None


def same_page(a: StepRef, b: StepRef) -> bool:
    return (a.kind, a.ref, a.stage) == (b.kind, b.ref, b.stage)


def said_nothing_happened(fold: SessionFold) -> bool:
    """The last answer was "No, nothing happened" when asked how to tell the hold worked: a
    restart wait's words ("while it restarts") would then read as if it had."""
    last = fold.history[-1] if fold.history else None
    told = (last.ref.kind, last.ref.ref, last.answer) if last is not None else None
    return told == ("detour", TELL_HOLD, "nothing") or (
        last is not None and last.ref.kind == "action" and last.result == detours.NO_REACTION
    )
