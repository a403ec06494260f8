"""A fix a camera's own known trouble facts give comes before it is reset again, where the
trouble the person said is one that fix is for.

In the setup phase the engine may rank a reset again (a full 30 s hold, or back to the reset
steps) above the fix a source found for the same trouble: a Wyze Cam OG whose app did not find
it was told to hold SETUP for 30 s, the very mistake its `after_reset` fact warns about
("press SETUP briefly; blinking red already is setup mode"), and that fix showed only on the
support page (session-69 review, U #1). While the attempt that says such a fix
(`needs: [known_fix]`) is on offer and untried, the resets again wait behind it; once it has
been tried, or cannot be, they are offered as before.

Only for the trouble its fact's cause explains: the answer to "What went wrong when you added
it?" that cause makes likeliest ("The app did not find the camera" for a reset that did not
take), or none said yet (the camera's own setup light said it reset, and its app did not find
it: setup_light_fix.py). "It's on another account" or "It asks for a password I don't have"
was held back from its reset by a page about a light misread (session-69 review, N #3).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from camreset.core.engine.evidence import Answered
from camreset.core.kb.troubleshooting import Capability, Phase
from camreset.core.present.known_fixes import known_fixes
from camreset.core.session.later_rules import KNOWN_FIX_RULES
from camreset.core.session.trouble_first import RESET_AGAIN, TROUBLE

if TYPE_CHECKING:
    from camreset.core.guide.plan import CameraPlan
    from camreset.core.session.fold import Fold


def known_fix_first(plan: CameraPlan, fold: Fold, acts: frozenset[str]) -> frozenset[str]:
    """The resets again to hold back for now: all of them while a known fix for the trouble
    said is on offer and untried."""
    if fold.rules < KNOWN_FIX_RULES or fold.phase is not Phase.setup:
        return frozenset()
    fixes = _fixes(plan, acts)
    if not fixes or fixes & set(fold.tried) or not_for_it(plan, fold, acts):
        return frozenset()
    return acts & RESET_AGAIN


def not_for_it(plan: CameraPlan, fold: Fold, acts: frozenset[str]) -> frozenset[str]:
    """The known fixes left out: the trouble said is none of theirs (a light misread is not
    why the app says another account has the camera)."""
    if fold.rules < KNOWN_FIX_RULES or fold.phase is not Phase.setup:
        return frozenset()
    said = trouble_said(fold)
    if said is None:
        return frozenset()
    return frozenset(a for a in _fixes(plan, acts) if said not in explained(plan, a))


def _fixes(plan: CameraPlan, acts: frozenset[str]) -> frozenset[str]:
    return frozenset(a for a in acts if Capability.known_fix in plan.actions[a].needs)


def trouble_said(fold: Fold) -> str | None:
    """The person's latest answer to "What went wrong when you added it?" in this phase, even
    one a later attempt made stale (the question is asked afresh before a reset again)."""
    for e in reversed(fold.evidence):
        if isinstance(e, Answered) and e.question_id == TROUBLE and e.answer != "not_sure":
            return e.answer
    return None


def explained(plan: CameraPlan, action: str) -> frozenset[str]:
    """The answers to "What went wrong …?" that the causes of `action`'s known fixes make
    likeliest: the troubles those fixes are for."""
    question = plan.setup.questions.get(TROUBLE)
    if question is None:
        return frozenset()
    answers = question.answers
    causes = {f.cause for f in known_fixes(plan.model, plan.actions[action].fixes) if f.cause}
    found: set[str] = set()
    for cause in causes:
        odds = {a.id: a.likelihood.get(cause, a.likelihood.get("default", 0)) for a in answers}
        found |= {a for a, p in odds.items() if p == max(odds.values())}
    return frozenset(found)
