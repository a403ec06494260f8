"""What a usual hold page says after a longer hold was already done and the camera still did
not show setup mode: an Arlo was held for the 30 seconds a full reset asks, was not in setup
mode, and was then asked to hold for 10 seconds with no word of the 30 before; a helpdesk agent
reading both out contradicted themselves (helpdesk review 60, #15).

It says what happened, not what it means: the reset steps weigh their causes without the
adding steps' evidence, so "a longer hold is not what it needs" was a claim the page's own
reason contradicted (diff review 61). It names no number: the page gives its own hold."""

from __future__ import annotations

from camreset.core.guide.plan import CameraPlan
from camreset.core.kb.troubleshooting import StepSpec
from camreset.core.present.holds import WHOLE_HOLD_SLACK, whole_seconds
from camreset.core.present.number_words import duration
from camreset.core.present.step import Step
from camreset.core.session.state import HistoryEntry, SessionFold

LONGER_HOLD_DONE = (
    "You held the button for {before} before (“{title}”), and the camera did not go into "
    "setup mode. This page asks for its usual hold: what counts as much is that the camera is "
    "on and fully started, and that you press the reset button itself."
)
SETUP_MODE = "setup_mode"


def longer_hold_notice(plan: CameraPlan, fold: SessionFold, step: Step) -> str | None:
    """The notice above a powered hold page of the usual window, after a whole hold longer
    than that window was done in this session and a setup-mode check after it said no."""
    timer, page = step.timer, _page(plan, step.ref.ref, step.ref.stage)
    if timer is None or step.ref.kind != "action" or page is None or page.unplugged:
        return None
    if fold.reset:
        return None
    if whole_seconds(plan.model.hold, page.hold or "") is not None:
        return None  # a page that asks for a whole time says that time itself
    said = fold.history
    longer = [
        (seconds, at)
        for at, entry in enumerate(said)
        if (seconds := _held_whole(plan, entry))
        and seconds > timer.max
        and _not_reset_after(plan, said[at:])
    ]
    if not longer:
        return None
    seconds, at = longer[-1]
    return LONGER_HOLD_DONE.format(before=duration(seconds), title=said[at].title)


def _held_whole(plan: CameraPlan, entry: HistoryEntry) -> float | None:
    """The whole time a powered hold page asked for, if the person said they held it for all
    of it (a timed hold let go early did not)."""
    page = _page(plan, entry.ref.ref, entry.ref.stage) if entry.ref.kind == "action" else None
    if page is None or page.unplugged or entry.answer != "done":
        return None
    seconds = whole_seconds(plan.model.hold, page.hold or "")
    if seconds is None or (entry.held is not None and entry.held < seconds - WHOLE_HOLD_SLACK):
        return None
    return seconds


def _not_reset_after(plan: CameraPlan, said: list[HistoryEntry]) -> bool:
    """A setup-mode check after the hold (`said[0]`) said no."""
    return any(_checks_setup_mode(plan, e) and e.answer == "no" for e in said[1:])


def _checks_setup_mode(plan: CameraPlan, entry: HistoryEntry) -> bool:
    page = _page(plan, entry.ref.ref, entry.ref.stage) if entry.ref.kind == "action" else None
    return page is not None and page.check == SETUP_MODE


def _page(plan: CameraPlan, action: str, stage: int) -> StepSpec | None:
    """Page `stage` of an attempt (None for an unknown one)."""
    spec = plan.actions.get(action)
    return spec.steps[stage] if spec is not None and stage < len(spec.steps) else None
