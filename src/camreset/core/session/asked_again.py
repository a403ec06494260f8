"""What a question asked again says above itself: the answer given to it last time.

The engine asks a question again once an attempt since may have changed its answer ("What
went wrong when you added it?" after each way of adding it): web review 55 met it six times
in eighteen pages, each time as if new. The last answer shows, so a person who saw the same
picks it again without working out what they said before."""

from __future__ import annotations

from camreset.core.guide.plan import CameraPlan
from camreset.core.present.step import Step
from camreset.core.present.words import CANT, NOT_SURE
from camreset.core.session.state import SessionFold

ASKED_AGAIN = "Last time you picked “{label}”. If the same happened this time, pick it again."


def asked_again(plan: CameraPlan, fold: SessionFold, step: Step) -> str | None:
    """The notice above a question the person answered before in this session, or None."""
    if step.ref.kind != "question":
        return None
    before = [h for h in fold.history if h.ref.kind == "question" and h.ref.ref == step.ref.ref]
    if not before or before[-1].answer in (NOT_SURE, CANT):
        return None
    return ASKED_AGAIN.format(label=before[-1].answer_label)
