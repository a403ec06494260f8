"""Why a failed attempt proves little: the check could not be made, the button was let go
before the shortest hold, or a wait or a hold page was cut short. Such a failure is kept
out of the evidence (`fold.doubtful`), and the report says why beside its row."""

from __future__ import annotations

from typing import TYPE_CHECKING

from camreset.core.present.said_notices import HOLD_PAGE, NOT_IN_SETUP_MODE
from camreset.core.present.step import StepRef
from camreset.core.present.words import NOT_DONE, UNTOLD

if TYPE_CHECKING:
    from camreset.core.session.state import SessionFold

FAILED = (*NOT_DONE.values(), *UNTOLD.values(), NOT_IN_SETUP_MODE)
"""The results that say an attempt did not work."""


def doubt_of(fold: SessionFold, ref: StepRef, result: str | None) -> str | None:
    """Why this answer's failed result is no evidence, kept on its attempt; None if it is.
    The attempt is the step's own, or a detour's ("could not tell" on its help page)."""
    attempt = ref.ref if ref.kind == "action" else ref.subject if ref.kind == "detour" else None
    if attempt is None or result not in FAILED:
        return None
    doubt = None
    if result in UNTOLD.values():
        doubt = "whether it worked could not be checked"
    elif attempt in fold.short_holds:
        doubt = "the button was let go before the shortest hold"
    elif attempt in fold.rushed and fold.rushed[attempt].startswith(HOLD_PAGE):
        doubt = f"the hold may have been cut short ({fold.rushed[attempt]})"
    elif attempt in fold.rushed:
        doubt = f"a wait was cut short ({fold.rushed[attempt]})"
    if doubt:
        fold.doubtful[attempt] = doubt
    return doubt
