"""The engine's reason for the step on screen, in words this person may read: only causes
that fit how they said the camera is powered, and, for a camera said not to switch on, only
what keeps it dark (web review 53: "If the reset does not take, the usual reasons: … button
released too early" beside a port that gives no power, for a camera never pressed)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from camreset.core.engine.evidence import belief
from camreset.core.engine.policy import Recommendation
from camreset.core.engine.why import leading
from camreset.core.guide.plan import CameraPlan
from camreset.core.present.step import StepRef, Why
from camreset.core.present.steps import StepRenderer
from camreset.core.present.why import offered_labels, why_words
from camreset.core.session import poe_feed
from camreset.core.session.causes import RULED_OUT_BELOW, trusted_evidence
from camreset.core.session.state import SessionFold


def reason(
    plan: CameraPlan,
    renderer: StepRenderer,
    fold: SessionFold,
    ref: StepRef,
    rec: Recommendation,
    fits_power: Callable[[str], bool],
    dark: bool,
    carried: bool = False,
) -> Why:
    """Why the engine chose `rec`, shown on the page `ref` names (a service choice is the
    support page; a tool page fetches what the attempt needs). `fits_power`: whether a cause
    fits the way the person said the camera is powered; `dark`: `dark.said_dark`; `carried`:
    a later page of the attempt `rec` chose, which shows the reason its first page gave."""
    kind = "service" if ref.kind == "outcome" else rec.kind
    asked = StepRef(ref.seq, "question", rec.step_id or "")  # even behind a tool to fetch
    offered = offered_labels(renderer.step(asked).answers) if kind == "question" else None
    shown, why = fits_power, rec.why
    if dark:  # its likeliest power causes, not the engine's likeliest three filtered: those
        power = plan.power_causes  # were all a reset's once power steps ruled theirs down
        b = belief(plan.phases[fold.phase].engine, fold.evidence)
        power -= poe_feed.ruled_down(plan, fold)
        kept = {c: p for c, p in b.items() if c in power and fits_power(c) and p >= RULED_OUT_BELOW}
        shown = kept.__contains__  # not "meant for: the injector" to one who has none
        why = replace(why, leading=leading(kept))
    elif kind == "service" and fold.doubtful:  # the causes the support page and report give:
        # an attempt cut short is no evidence there (helpdesk review 60: "broken (64%)" here,
        # "pressed the wrong hole (37%)" in the notice above it and in the report)
        engine = plan.phases[fold.phase].engine
        b = belief(engine, trusted_evidence(fold, fold.evidence))
        why = replace(why, leading=leading({c: p for c, p in b.items() if fits_power(c)}))
    words = why_words(
        plan,
        why,
        kind,
        rec.step_id,
        ref.kind == "tool",
        shown,
        untried=fold.first_reset and not dark,
        dark=dark,
        offered=offered,
    )
    return replace(words, carried=True) if carried else words


def running_rec(
    fold: SessionFold, ref: StepRef, rec: Recommendation | None
) -> Recommendation | None:
    """The engine's choice of the attempt under way, for a later page of it (a hold, a wait,
    its check): nothing it learns mid-attempt changes it, so it is the reason its first page
    gave (helpdesk review 60, #11: `why` was null on 11 of 20 pages an agent read out)."""
    running = fold.running
    if rec is None or running is None or ref.kind != "action" or ref.ref != running[0]:
        return None
    if fold.confirmed is not None and fold.confirmed[0] == running[0]:
        return None  # a check of it said yes: "a 34 % chance it resets" no longer fits
    return rec if rec.kind == "action" and rec.step_id == running[0] else None
