"""Whether an update or a power cut came just before the trouble, asked before support where
nothing else asked it.

The engine asks "Did an update or a power cut happen just before the trouble?" only where its
answer could change the next step: on a Wyze Cam Pan v3 whose button gave no click, nothing
at home was left for either answer, so it never came up, and the report could not tell support
the story that decides a firmware fault (support-report review 67, I #2), nor whether to try
the microSD flash its sources give. It is asked once, last before an end at support, where a
known trouble fact of the camera gives a fix at home for a corrupted firmware (`after_reset`
with `cause: corrupt-firmware`): there the answer tells support which way to go.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from camreset.core.kb.values import AfterReset
from camreset.core.session.rules import UPDATE_LOOK_RULES
from camreset.core.session.said import last_said

if TYPE_CHECKING:
    from camreset.core.guide.plan import CameraPlan
    from camreset.core.session.fold import Fold

UPDATE_OR_OUTAGE = "update-or-outage"
FIRMWARE = "corrupt-firmware"
ASKED_AT = frozenset({"escalate", "escalate-untried"})
"""The ends at support a firmware fault bears on (not a dark camera's power, nor a provider)."""


def unasked(plan: CameraPlan, fold: Fold, end: str) -> str | None:
    """The update question to ask before the end `end`, if nobody answered it yet."""
    if fold.rules < UPDATE_LOOK_RULES or end not in ASKED_AT:
        return None
    phase = plan.phases[fold.phase]
    if FIRMWARE not in phase.engine.faults or not _sourced_fix(plan):
        return None
    if UPDATE_OR_OUTAGE not in phase.allowed_questions(frozenset(fold.have), fold.ruled_out):
        return None  # "I can't" on it before
    return UPDATE_OR_OUTAGE if last_said(fold, UPDATE_OR_OUTAGE) is None else None


def _sourced_fix(plan: CameraPlan) -> bool:
    """Whether a known trouble fact of the camera gives a fix for a corrupted firmware."""
    facts = plan.model.values("after_reset")
    return any(isinstance(v, AfterReset) and v.cause == FIRMWARE for v in facts)
