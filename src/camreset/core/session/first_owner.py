"""Whether a second-hand camera is still on its first owner's account, as the person said it:
its app pages then say their own app cannot reach it yet."""

from __future__ import annotations

from typing import TYPE_CHECKING

from camreset.core.present.first_owner_step import OWNER_REMOVED
from camreset.core.session.opening import FIRST_OWNER, RESET_SINCE, SINCE_FAILED, SINCE_NOT

if TYPE_CHECKING:
    from camreset.core.session.state import SessionFold


def on_first_owners_account(fold: SessionFold) -> bool:
    """Not reset since it changed hands, not reset here yet, and not said to be taken off
    the first owner's account (web review 56, F6)."""
    said, history = (SINCE_FAILED, SINCE_NOT), fold.history
    removed = any((h.ref.ref, h.answer) == (FIRST_OWNER, OWNER_REMOVED) for h in history)
    return (
        not fold.reset
        and not removed
        and any(h.ref.ref == RESET_SINCE and h.answer in said for h in history)
    )
