"""What a usual hold page says after a longer hold was already done and did not reset the
camera: an Arlo was held for the 30 seconds a full reset asks, did not reach setup mode, and
was then asked to hold for 10 seconds with no word of the 30 before; a helpdesk agent reading
both out contradicted themselves (helpdesk review 60, #15)."""

from __future__ import annotations

from camreset.core.guide.plan import CameraPlan
from camreset.core.present.holds import WHOLE_HOLD_SLACK, whole_seconds
from camreset.core.present.step import Step
from camreset.core.present.words import duration
from camreset.core.session.state import HistoryEntry, SessionFold

LONGER_HOLD_DONE = (
    "You held the button for {before} before (“{title}”) and the camera did not reset, so "
    "a longer hold is not what it needs. Hold for the usual {now} this time: what counts is "
    "that the camera is on and fully started, and that you press the reset button itself."
)


def longer_hold_notice(plan: CameraPlan, fold: SessionFold, step: Step) -> str | None:
    """The notice above a hold page that asks for less than a whole hold done earlier in this
    session, when the camera is still not reset, or None."""
    timer = step.timer
    if timer is None or step.ref.kind != "action" or fold.reset:
        return None
    asked = whole_seconds(plan.model.hold, _hold_kind(plan, step.ref.ref, step.ref.stage))
    now = asked if asked is not None else timer.max
    said = fold.history
    longer = [
        (seconds, at)
        for at, entry in enumerate(said)
        if (seconds := _held_whole(plan, entry))
        and seconds > now
        and _not_reset_after(plan, said[at:])
    ]
    if not longer:
        return None
    seconds, at = longer[-1]
    entry = said[at]
    return LONGER_HOLD_DONE.format(
        before=duration(seconds),
        title=entry.title,
        now=duration(now),
    )


def _held_whole(plan: CameraPlan, entry: HistoryEntry) -> float | None:
    """The whole time a hold page asked for, if the person said they held it for all of it (a
    timed hold let go early did not)."""
    if entry.ref.kind != "action" or entry.answer != "done":
        return None
    seconds = whole_seconds(plan.model.hold, _hold_kind(plan, entry.ref.ref, entry.ref.stage))
    if seconds is None or (entry.held is not None and entry.held < seconds - WHOLE_HOLD_SLACK):
        return None
    return seconds


def _not_reset_after(plan: CameraPlan, said: list[HistoryEntry]) -> bool:
    """A check after the hold (`said[0]`) found the camera not reset."""
    return any(_page_checks(plan, e) and e.answer == "no" for e in said[1:])


def _page_checks(plan: CameraPlan, entry: HistoryEntry) -> bool:
    spec = plan.actions.get(entry.ref.ref) if entry.ref.kind == "action" else None
    stage = entry.ref.stage
    return spec is not None and stage < len(spec.steps) and spec.steps[stage].check is not None


def _hold_kind(plan: CameraPlan, action: str, stage: int) -> str:
    """The `hold` a page of an action asks for ("" for no hold or an unknown page)."""
    spec = plan.actions.get(action)
    if spec is None or stage >= len(spec.steps):
        return ""
    return spec.steps[stage].hold or ""
