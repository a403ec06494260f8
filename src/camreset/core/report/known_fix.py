"""A fix at home the camera's own sources give for a cause no step camreset guides addresses.

A Wyze report said "Firmware corrupted … no step at home addresses this for this camera"
while the Wyze KB holds its sourced fix, a firmware flashed from a microSD card; Wyze support
asks first whether the customer tried it (support-report review 67, I #2). A known trouble
fact (`after_reset`) naming the cause it fixes (`cause:`) is said beside that cause, after the
words every cause no attempt addresses has: one phrasing in one list, and none naming camreset
to the vendor ("no step camreset guides addresses this" stood one line below "no step at home
addresses this for this camera": merged-diff review 67, N #12).
"""

from __future__ import annotations

from camreset.core.kb.values import AfterReset
from camreset.core.session import SessionState

SOURCED_FIX = "{no_home_fix}, but its sources give one to try: {fix}"
"""Beside a cause no attempt addresses, where a known trouble fact of the camera fixes it."""


def sourced_fixes(state: SessionState) -> dict[str, str]:
    """The fix each cause has in the camera's known trouble facts, by cause id (the first)."""
    fixes: dict[str, str] = {}
    for value in state.model.values("after_reset"):
        if isinstance(value, AfterReset) and value.cause is not None:
            fixes.setdefault(value.cause, value.fix.strip().rstrip("."))
    return fixes
