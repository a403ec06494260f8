""" "What went wrong when you added it?" is asked before the camera is sent back to resetting,
in the setup phase, while it has no answer that still holds.

The person at the camera is the best witness of what failed when they added it, and a reset
again is a climb, a 30-second hold, a restart and the whole adding once more. The engine may
rank the reset first where it fixes the likeliest causes together (a Reolink PoE bullet just
said to have reset was sent up the ladder before being asked: after-reset review 58); its
answer ("it asks for a password", "another account", "the app did not find it") then picks
the attempt. The question costs half a minute; its answer goes stale after each attempt
listed in its `stale_after`, so after a reset that did not help it is asked afresh.
"""

from __future__ import annotations

from camreset.core.engine.evidence import Answered, Evidence, live_evidence
from camreset.core.engine.policy import Recommendation
from camreset.core.guide.plan import CameraPlan
from camreset.core.kb.troubleshooting import Phase
from camreset.core.session.fold import Fold
from camreset.core.session.poe_feed import question_instead

TROUBLE = "add-trouble"
"""The knowledge base's question "What went wrong when you added it?"."""
RESET_AGAIN = frozenset({"full-reset", "reset-again"})
"""The setup phase's attempts that reset the camera once more before adding it again."""


def ask_first(
    plan: CameraPlan, fold: Fold, rec: Recommendation, evidence: tuple[Evidence, ...],
    questions: frozenset[str],
) -> Recommendation:  # fmt: skip
    """The question instead of `rec`, a reset again, while it may be asked and has no answer
    that still holds."""
    if fold.phase is not Phase.setup or rec.kind != "action" or rec.step_id not in RESET_AGAIN:
        return rec
    if TROUBLE not in questions or _answered(plan, fold, evidence):
        return rec
    return question_instead(plan, fold, rec, evidence, TROUBLE)


def _answered(plan: CameraPlan, fold: Fold, evidence: tuple[Evidence, ...]) -> bool:
    """Whether the question has an answer that no later attempt has made stale."""
    live = live_evidence(plan.phases[fold.phase].engine, evidence)
    return any(isinstance(e, Answered) and e.question_id == TROUBLE for e in live)
