"""The page a reference named, as the person saw it: in the words of how they said the camera
is powered and of what they said feeds its PoE cable. Every record of a page (an answer, a
network check, an answer taken back) names it so: the report quoted "Free the switch's power"
for a page that read "Free the recorder's power" (diff review 53)."""

from __future__ import annotations

from camreset.core.guide.plan import CameraPlan
from camreset.core.present.step import Step, StepRef
from camreset.core.present.steps import StepRenderer
from camreset.core.session.fold import Fold
from camreset.core.session.poe_feed import feed_for


def shown_renderer(
    plan: CameraPlan, renderer: StepRenderer, fold: Fold, ref: StepRef
) -> StepRenderer:
    """The renderer of the page `ref` names with the session as `fold` stands (made once
    per way of powering and per feed, so steps are still built once each)."""
    return renderer.powered(fold.said_power, feed_for(plan, fold, ref))


def shown_step(plan: CameraPlan, renderer: StepRenderer, fold: Fold, ref: StepRef) -> Step:
    """The step `ref` names, built as the person saw it (a look-up)."""
    return shown_renderer(plan, renderer, fold, ref).step(ref)
