"""What a question asked again says above itself: the answer given to it last time.

The engine asks a question again once an attempt since may have changed its answer ("What
went wrong when you added it?" after each way of adding it): web review 55 met it six times
in eighteen pages, each time as if new. The last answer shows, so a person who saw the same
picks it again without working out what they said before."""

from __future__ import annotations

from dataclasses import replace

from camreset.core.engine.evidence import Answered
from camreset.core.guide.plan import CameraPlan
from camreset.core.present.detour_steps import RECHECK, RECHECK_WHY, answered_before
from camreset.core.present.step import Step
from camreset.core.present.words import CANT, NOT_SURE
from camreset.core.session import said
from camreset.core.session.state import HistoryEntry, SessionFold

ASKED_AGAIN = "Last time you answered “{label}”. If that is still so, pick it again."
RECHECK_JUST_NOW = (
    "You answered this a moment ago, and that answer alone leaves nothing more to try at "
    "home: support comes next. Check it once more before you go; if it is right, choose it "
    "again."
)
"""The lead of a second look at the answer given on the page just before (phone review 60,
#5: "What went wrong when you added it?" twice in a row read as a question asked again by
mistake). The look stays: in the benchmark's world with uniform causes, leaving it out lost
up to 0.75 points of success (Ring 98.15 % to 97.40 %)."""


def asked_again(plan: CameraPlan, fold: SessionFold, step: Step) -> str | None:
    """The notice above a question the person answered before in this session, or None: not
    one camreset's network check answers (nobody picked that: diff review 55)."""
    question = step.ref.ref
    spec = plan.questions.get(question) if step.ref.kind == "question" else None
    if spec is None or spec.answered_by == "network":
        return None
    before = [h for h in fold.history if _answers(h, question)]
    if not before or before[-1].answer in (NOT_SURE, CANT) or not step.offers(before[-1].answer):
        return None  # not "pick it again" of an answer this page has not (a model found since)
    return ASKED_AGAIN.format(label=before[-1].answer_label)


def _answers(entry: HistoryEntry, question: str) -> bool:
    """Whether `entry` answered `question`: asked, or looked at again before support (an
    answer changed there replaces the one before it)."""
    ref = entry.ref
    if ref.kind == "question":
        return ref.ref == question
    return ref.kind == "detour" and ref.ref == RECHECK and ref.subject == question


def second_look(fold: SessionFold, step: Step, question: str) -> Step:
    """A second look at an answer, with that answer above it (and if it was their own try)."""
    at = said.latest_answer(fold, question)
    given = fold.evidence[at] if at is not None else None
    if not isinstance(given, Answered):
        return step
    own_try = [h.ref.kind for h in fold.history if h.ref.ref == question][-1:] == ["opening"]
    step = replace(step, notices=(answered_before(step, given.answer, own_try),))
    return said_just_now(fold, step, question)


def said_just_now(fold: SessionFold, step: Step, question: str) -> Step:
    """A second look at `question` whose answer was given on the page just before, led by
    why it comes at once (the look's usual lead speaks of an answer given a while ago)."""
    last = fold.history[-1] if fold.history else None
    if last is None or last.ref.ref != question or last.ref.kind not in ("question", "opening"):
        return step
    return replace(step, text=step.text.replace(RECHECK_WHY, RECHECK_JUST_NOW, 1))
