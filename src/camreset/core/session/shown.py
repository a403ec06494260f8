"""The page a reference named, as the person saw it: in the words of how they said the camera
is powered, of what they said feeds its PoE cable and of a computer at hand. Every record of a
page (an answer, a network check, an answer taken back) names it so: the report quoted "Free
the switch's power" for a page that read "Free the recorder's power" (diff review 53)."""

from __future__ import annotations

from camreset.core.guide.plan import CameraPlan
from camreset.core.kb.troubleshooting import Have
from camreset.core.present.detour_steps import answer_words
from camreset.core.present.renamed_labels import words_then
from camreset.core.present.step import Step, StepRef
from camreset.core.present.steps import StepRenderer
from camreset.core.session.events import LABEL, SessionEvent
from camreset.core.session.fold import Fold
from camreset.core.session.poe_feed import feed_for


def shown_renderer(
    plan: CameraPlan, renderer: StepRenderer, fold: Fold, ref: StepRef
) -> StepRenderer:
    """The renderer of the page `ref` names with the session as `fold` stands (made once
    per way of powering, per feed and with or without a computer at hand, so steps are still
    built once each)."""
    computer = Have.computer.value
    at_hand = True if computer in fold.have else False if computer in fold.cannot else None
    no_app = Have.app.value in fold.cannot
    return renderer.powered(fold.said_power, feed_for(plan, fold, ref), at_hand, no_app)


def shown_step(plan: CameraPlan, renderer: StepRenderer, fold: Fold, ref: StepRef) -> Step:
    """The step `ref` names, built as the person saw it (a look-up)."""
    return shown_renderer(plan, renderer, fold, ref).step(ref)


def said_words(step: Step, answer: str, event: SessionEvent) -> str:
    """The words of `answer`, given on `step` by `event`: those the event kept, as the page
    showed them; an older event's, which kept none, those of the day, or of the day it was
    given where its label was renamed since (present/renamed_labels.py)."""
    kept = event.data.get(LABEL)
    if isinstance(kept, str) and kept:
        return kept
    return words_then(answer_words(step, answer), event.at)
