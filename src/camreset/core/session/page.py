"""The page on screen: the step the flow chose, in the words every reading of the log gives it.

A step's own words come from the plan's renderer; what the log says since changes them (a
short hold's page, the network, a notice from the opening, a recorder, who bought it, the
app first, one more look at a "no", what support would ask for). The order here is the order
those readings apply in, kept in one place so the state machine only numbers and stores.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from camreset.core.engine import Recommendation
from camreset.core.guide.plan import CameraPlan
from camreset.core.present.detour_steps import RECHECK
from camreset.core.present.step import Cause, Step, StepRef
from camreset.core.present.steps import StepRenderer
from camreset.core.session.app_first import app_first
from camreset.core.session.asked_again import second_look
from camreset.core.session.behind_recorder import behind_its_recorder
from camreset.core.session.by_hand import fitting_reasons
from camreset.core.session.causes import cause_lists
from camreset.core.session.dark import never_on, said_dark
from camreset.core.session.network import network_option
from camreset.core.session.own_cable import wifi_left_out
from camreset.core.session.reason import reason, running_rec
from camreset.core.session.recorder_back import without_a_recorder
from camreset.core.session.said_before import as_said
from camreset.core.session.short_hold_page import as_its_log_reads
from camreset.core.session.shown import shown_renderer
from camreset.core.session.signed_out import for_the_signed_out
from camreset.core.session.state import SessionFold
from camreset.core.session.support_page import SUPPORT_INSTEAD, before_support
from camreset.core.session.warranty import for_whoever_bought_it

FitsPower = Callable[[frozenset[str] | None, bool], Callable[[str], bool]]
"""Which causes a step may name, for the way the person said the camera is powered."""


@dataclass(frozen=True)
class Page:
    """The step on screen, with the causes still likely and ruled out that it was built from."""

    step: Step
    likely: list[Cause]
    ruled: list[Cause]
    dark: bool


def on_screen(
    plan: CameraPlan,
    renderer: StepRenderer,
    fold: SessionFold,
    ref: StepRef,
    chosen: Recommendation | None,
    rec: Recommendation | None,
    fits_power: FitsPower,
) -> Page:
    """The page for `ref`. `chosen`: the engine's choice that made this step (None on a later
    page of an attempt, a detour or the opening); `rec`: the engine's choice as it stands."""
    renderer = shown_renderer(plan, renderer, fold, ref)
    why, dark = None, said_dark(plan, fold)
    told = chosen or running_rec(fold, ref, rec)  # a later page of an attempt: its reason
    if told is not None:
        why = reason(
            plan,
            renderer,
            fold,
            ref,
            told,
            fits_power(fold.said_power, wifi_left_out(fold)),
            dark,
            chosen is None,
        )
    current = renderer.step(ref, why, app_at_hand=not fold.asked or "app" in fold.have)
    current = as_its_log_reads(current, plan, fold, renderer)  # a short hold's page
    reachable = ref.kind == "action" and not behind_its_recorder(plan, fold, ref.ref)
    if reachable and network_option(
        plan, fold.phase, frozenset(fold.have), current.ref.ref, current.ref.stage
    ):  # a reset check camreset can answer over the network, for a computer on its network
        current = replace(current, network=True)
    if fold.opening.notice:
        current = current.noted(renderer.notice(fold.opening.notice))
    current = without_a_recorder(for_the_signed_out(current, plan, fold), plan, fold)
    current = app_first(as_said(current, plan, fold), plan, fold, renderer)
    if ref.kind == "detour" and ref.ref == RECHECK and ref.subject is not None:
        current = second_look(fold, current, ref.subject)
    likely, ruled = cause_lists(plan, fold, never_on(fold, dark))
    instead = (  # support pages only
        {k: renderer.support_instead(k) for k in SUPPORT_INSTEAD}
        if current.kind == "outcome"
        else {}
    )
    current = for_whoever_bought_it(before_support(current, plan, fold, likely, instead), fold)
    current = fitting_reasons(current, fold)  # no paperclip for a button pressed by hand
    return Page(current, likely, ruled, dark)
