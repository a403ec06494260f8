"""What feeds a PoE camera, in the steps: "What does the camera's network cable plug into?" is
asked before the first attempt meant for one feed (a switch's port or budget, an injector),
the pages name the feed the person said, and a page meant for another feed than the one they
said says so ("Free the switch's power" after "an injector": user review 52). The engine may
still offer such a page: the answer may be wrong (the knowledge base gives it the usual share
of mistaken answers), and by then the steps that fit it have failed. The page says so, and how
to decline it, instead of reading as if the answer was never given."""

from __future__ import annotations

from collections.abc import Sequence

from camreset.core.engine.evidence import ActionFailed, Answered, Evidence, belief
from camreset.core.engine.policy import Recommendation
from camreset.core.engine.why import why_question
from camreset.core.guide.plan import CameraPlan
from camreset.core.kb.power_values import PowerKind
from camreset.core.kb.troubleshooting import Phase
from camreset.core.present.power_words import FEED_WORDS
from camreset.core.present.step import Step, StepRef
from camreset.core.session.fold import Fold
from camreset.core.session.power_said import power_question
from camreset.core.session.said import last_said

FEED_QUESTION = "poe-source"
"""The knowledge base's question "What does the camera's network cable plug into?"."""
UNLIKELY = 0.05
"""A cause this unlikely under the answer (before mistaken answers) is one the answer speaks
against: the knowledge base gives an injector's faults 0.02 under "a switch", and a switch's
0.02 under "an injector"."""
NOT_FOR_AN_INJECTOR = (
    "You said the camera's cable plugs into an injector: this step is for a cable that runs to "
    "a PoE switch or a recorder. Look where it runs once more; if it is the injector, answer "
    "“I can't do this”."
)
NO_INJECTOR = (
    "You said the camera's cable runs to {feed}: with no injector to check, just unplug the "
    "camera's cable there and plug it back in."
)


def feed_answer(plan: CameraPlan, fold: Fold) -> str | None:
    """The person's latest answer to what the camera's PoE cable plugs into ("not_sure" too).
    An "injector" is taken back once the injector's own step failed since: that page says to
    power the camera from a switch or recorder port instead if they can, so it may no longer
    hold (diff review 52); any other answer stands (diff review 53: a switch's was asked
    again)."""
    return _feed_in(plan, fold.evidence)


def _feed_in(plan: CameraPlan, evidence: Sequence[Evidence]) -> str | None:
    """`feed_answer` in `evidence`, one phase's."""
    asked = [e for e in evidence if isinstance(e, Answered) and e.question_id == FEED_QUESTION]
    said = asked[-1] if asked else None
    if said is None or said.answer != "injector":
        return said.answer if said is not None else None
    later = evidence[len(evidence) - list(evidence)[::-1].index(said) :]
    failed = (e.action_id for e in later if isinstance(e, ActionFailed))
    return None if any(against_feed(plan, a, "switch") for a in failed) else said.answer


def said_feed(plan: CameraPlan, fold: Fold) -> str | None:
    """What the person last said a PoE camera's cable plugs into (a switch, a recorder, an
    injector), for the steps that name it; None before they said, or once it was taken back."""
    said = feed_answer(plan, fold)
    return said if said in FEED_WORDS else None


def cable_said(plan: CameraPlan, fold: Fold) -> str | None:
    """What the person last said the cable plugs into: in this phase, or, while adding it
    again, while resetting it (a cable seldom moves between the two)."""
    return said_feed(plan, fold) or _said_while_resetting(plan, fold)


def feed_for(plan: CameraPlan, fold: Fold, ref: StepRef) -> str | None:
    """The feed the words of page `ref` name: what the person said, except on an attempt
    meant for another feed, which keeps the words that fit any ("the PoE switch or recorder":
    "Unplug the other devices the injector powers" made no sense)."""
    feed = said_feed(plan, fold) or _said_while_resetting(plan, fold)
    if feed is None or ref.kind != "action" or not against_feed(plan, ref.ref, feed):
        return feed
    return None


def _said_while_resetting(plan: CameraPlan, fold: Fold) -> str | None:
    """While adding it again, the feed said while resetting it, for the words alone: a Swann
    NHD-818 said to be on a recorder's port, its app out of reach, was told to add it "In the
    Swann Security app" once reset (phone review 73 F, left over). Not for which step comes
    next: the setup phase's own answers decide that (`said_feed`)."""
    if fold.phase is not Phase.setup:
        return None
    said = _feed_in(plan, fold.parked.get(Phase.reset, []))
    return said if said in FEED_WORDS else None


def feed_notice(plan: CameraPlan, fold: Fold, step: Step) -> str | None:
    """The notice for the first page of an attempt meant for a feed the person said is not
    theirs, or None."""
    feed = said_feed(plan, fold)
    if feed is None or step.ref.kind != "action" or step.ref.stage != 0:
        return None
    if not against_feed(plan, step.ref.ref, feed):
        return None
    if feed == "injector":
        return NOT_FOR_AN_INJECTOR
    return NO_INJECTOR.format(feed=FEED_WORDS[feed]["poe.feed"])


def ruled_down(plan: CameraPlan, fold: Fold) -> frozenset[str]:
    """The power causes what the person said feeds the cable speaks against (an injector's,
    for a camera on a switch): not named to them as what a step is for (web review 54)."""
    feed = said_feed(plan, fold)
    return _spoken_against(plan, feed) if feed is not None else frozenset()


def _spoken_against(plan: CameraPlan, feed: str) -> frozenset[str]:
    """The power causes the answer `feed` makes unlikely (under `UNLIKELY`)."""
    question = plan.questions.get(FEED_QUESTION)
    answers = question.answers if question is not None else ()
    likely = next((a.likelihood for a in answers if a.id == feed), None)
    if likely is None:
        return frozenset()
    return frozenset(c for c in plan.power_causes if likely.get(c, likely["default"]) < UNLIKELY)


def against_feed(plan: CameraPlan, action: str, feed: str) -> bool:
    """Whether `action`, a PoE camera's step, is most meant to fix a power fault the feed
    rules down."""
    spec = plan.actions.get(action)
    if spec is None or not spec.fixes or spec.when.power != [PowerKind.poe]:
        return False  # a step for any camera (a recovery code) is meant for no feed
    most = max(spec.fixes.values())
    meant = [c for c in plan.power_causes if spec.fixes.get(c, 0) >= most]
    return bool(_spoken_against(plan, feed).intersection(meant))


def ask_first(
    plan: CameraPlan, fold: Fold, rec: Recommendation, evidence: tuple[Evidence, ...],
    questions: frozenset[str],
) -> Recommendation:  # fmt: skip
    """A question instead of `rec`, an attempt meant for one way of powering the camera or for
    one PoE feed, while the question that tells has no answer yet and may be asked: how it is
    powered (where its sources give several ways), then what its cable plugs into (user
    review 52: a dark PoE camera was sent to "Another port" of a switch unasked, and a UniFi
    camera to "The injector" 28 steps in)."""
    if rec.kind != "action" or rec.step_id is None:
        return rec
    power = _power_question(plan, fold, rec.step_id, questions)
    if power is not None and last_said(fold, power) is None:
        return question_instead(plan, fold, rec, evidence, power)
    fresh = feed_answer(plan, fold) is None  # never asked, or asked before it went stale
    meant = _on_poe(plan, fold) and _for_one_feed(plan, rec.step_id)
    if FEED_QUESTION in questions and fresh and meant:
        return question_instead(plan, fold, rec, evidence, FEED_QUESTION)
    return rec


def question_instead(
    plan: CameraPlan, fold: Fold, rec: Recommendation, evidence: tuple[Evidence, ...], question: str
) -> Recommendation:
    """`question` instead of `rec`, with the engine's reasons for it and `rec`'s cost."""
    model = plan.phases[fold.phase].engine
    why = why_question(model, belief(model, evidence), question)
    minutes = plan.questions[question].minutes
    return Recommendation("question", question, rec.expected_cost + minutes, why)


def _power_question(
    plan: CameraPlan, fold: Fold, action: str, questions: frozenset[str]
) -> str | None:
    """The question that asks how the camera is powered, where `action` is meant for only
    some of the ways its sources give and the person has not said which."""
    meant = plan.actions[action].when.power
    if meant is None or {k.value for k in plan.model.power_kinds} <= {k.value for k in meant}:
        return None
    return power_question(plan, fold, questions)


def _on_poe(plan: CameraPlan, fold: Fold) -> bool:
    """Whether the camera is known to be on PoE: said so, or its sources give no other way
    (a person "not sure" how it is powered was asked what its network cable plugs into)."""
    said = fold.said_power
    if said is not None:
        return PowerKind.poe.value in said
    return {k.value for k in plan.model.power_kinds} == {PowerKind.poe.value}


def _for_one_feed(plan: CameraPlan, action: str) -> bool:
    question = plan.questions.get(FEED_QUESTION)
    return question is not None and any(against_feed(plan, action, a.id) for a in question.answers)
