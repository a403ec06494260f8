"""A fix a camera's own known trouble facts give comes before it is reset again.

In the setup phase the engine may rank a reset again (a full 30 s hold, or back to the reset
steps) above the fix a source found for the same trouble: a Wyze Cam OG whose app did not find
it was told to hold SETUP for 30 s, the very mistake its `after_reset` fact warns about
("press SETUP briefly; blinking red already is setup mode"), and that fix showed only on the
support page (session-69 review, U #1). While the attempt that says such a fix
(`needs: [known_fix]`) is on offer and untried, the resets again wait behind it; once it has
been tried, or cannot be, they are offered as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from camreset.core.kb.troubleshooting import Capability, Phase
from camreset.core.session.rules import KNOWN_FIX_RULES
from camreset.core.session.trouble_first import RESET_AGAIN

if TYPE_CHECKING:
    from camreset.core.guide.plan import CameraPlan
    from camreset.core.session.fold import Fold


def known_fix_first(plan: CameraPlan, fold: Fold, acts: frozenset[str]) -> frozenset[str]:
    """The resets again to hold back for now: all of them while a known fix is on offer."""
    if fold.rules < KNOWN_FIX_RULES or fold.phase is not Phase.setup:
        return frozenset()
    fixes = [a for a in acts if Capability.known_fix in plan.actions[a].needs]
    if not fixes or set(fixes) & set(fold.tried):
        return frozenset()
    return acts & RESET_AGAIN
