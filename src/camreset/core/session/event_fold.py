"""One logged event folded into a session's fold: an answer (with how long its page was shown,
so a wait or a hold cut short is noted), or a side event (a network check, a measured hold, a
checklist, details, feedback).

Its own module, out of machine.py (the `Guide`: starting, replaying and extending sessions),
as reading one event is the same for a full replay, a state extended by one answer and the
fold of a model found later on the label.
"""

from __future__ import annotations

from camreset.core.guide.plan import CameraPlan
from camreset.core.present.lights import renamed_light
from camreset.core.present.number_words import clock
from camreset.core.present.said_notices import HOLD_PAGE
from camreset.core.present.step import StepRef
from camreset.core.present.steps import StepRenderer
from camreset.core.present.words import CANT
from camreset.core.session import detours
from camreset.core.session.commands import AWAY, PACE, SCRIPTED
from camreset.core.session.doubt import doubt_of
from camreset.core.session.events import STEP_EVENTS, TITLE, SessionEvent
from camreset.core.session.held_elsewhere import from_start, note_hold, note_start
from camreset.core.session.measured import measured
from camreset.core.session.moved_pages import moved_page
from camreset.core.session.network_fold import fold_network
from camreset.core.session.no_hub_yet import answer_no_hub, with_no_hub_answer
from camreset.core.session.no_sight import said_unseen
from camreset.core.session.overtaken import OVERTAKEN, note_overtaken
from camreset.core.session.said_before import shown_title
from camreset.core.session.screens import without_marks
from camreset.core.session.shown import said_words, shown_step
from camreset.core.session.state import HistoryEntry, SessionFold

RUSHED = 0.5
"""A wait answered sooner than this share of its time was cut short: its check proves little."""


def fold_event(
    plan: CameraPlan, renderer: StepRenderer, fold: SessionFold, event: SessionEvent
) -> None:
    """Fold one event (not `started`, `undone` or a model found: the guide reads those)."""
    if event.type in ("network", "remote"):
        fold_network(plan, renderer, fold, event)
    elif event.type in STEP_EVENTS and event.step is not None and event.answer is not None:
        _answer(plan, renderer, fold, event, event.step, event.answer)
    elif event.type == "hold" and event.step is not None:
        note_hold(fold, event)
        measured(plan, renderer, fold, StepRef.parse(event.step), event.data)
    elif event.type == "holding":
        note_start(fold, event)
    elif event.type == OVERTAKEN:
        note_overtaken(fold, event)
    elif event.type == "have":
        fold.set_have(plan, frozenset(event.data.get("have", ())))
        fold.asked = True
    elif event.type == "details":
        fold.details.update(without_marks(event.data))
    elif event.type == "feedback":
        fold.take_feedback(event.data)
    fold.shown = None  # the fold moved on: its time left is worked out again


def _answer(
    plan: CameraPlan,
    renderer: StepRenderer,
    fold: SessionFold,
    event: SessionEvent,
    step_id: str,
    answer: str,
) -> None:
    ref = StepRef.parse(step_id)
    step = shown_step(plan, renderer, fold, ref)  # a look-up, as it was shown
    step = with_no_hub_answer(plan, step)  # a session adds it to the page
    answer = renamed_light(step, answer)  # Wyze's "Amber blinking" of older logs
    ref, step = moved_page(plan, renderer, fold, (ref, step), answer, event.data.get(TITLE))
    shown = str(event.data.get(TITLE) or shown_title(step, plan, fold))  # as it was shown
    seconds = max(0.0, (event.at - (fold.last_step_at or event.at)).total_seconds())
    quick = float("inf") if SCRIPTED in event.data else seconds  # a file's pace says nothing
    quick *= float(event.data.get(PACE, 1.0))  # timers sped up: the time they counted
    own = fold.held is not None and fold.held[:2] == (ref.ref, ref.stage)
    started = from_start(fold, event, step) if ref.kind == "action" and not own else None
    if started is not None:  # timed from a start on another screen (HELD_ELSEWHERE_RULES)
        measured(plan, renderer, fold, ref, {"seconds": started[0]})
        own = fold.held is not None and fold.held[:2] == (ref.ref, ref.stage)
    held = fold.held[2] if own and fold.held and ref.kind == "action" else None
    fold.before, fold.before_shown = fold.snapshot(), fold.shown
    if ref.kind == "action" and step.wait_seconds and answer == CANT:
        fold.rushed[ref.ref] = f"could not wait the {clock(step.wait_seconds)}"
    elif (
        ref.kind == "action"
        and step.wait_seconds
        and quick < RUSHED * step.wait_seconds
        and not detours.may_go_on(plan, ref.ref, ref.stage)
    ):
        fold.rushed[ref.ref] = f"waited {clock(seconds)} of {clock(step.wait_seconds)}"
    elif (
        ref.kind == "action"
        and held is None
        and quick < (detours.hold_minimum(plan, ref.ref, ref.stage, fold.rules) or 0)
    ):  # no timer ran (a page without JavaScript): the page was shown too briefly for
        # the hold it asks for (on "Hold for 30 seconds", all 30)
        want = detours.hold_asked(plan, ref.ref, ref.stage, fold.rules) or 0
        fold.rushed[ref.ref] = (
            f"{HOLD_PAGE} {clock(seconds)} after it showed, less than its {clock(want)} hold"
        )
    said_unseen(fold, answer)  # "I can't see this camera's light": read as "I can't"
    given = step.counts_as(answer)  # a light pattern: its rhythm
    result = answer_no_hub(plan, fold, ref, given) or fold.answer(plan, ref, given)
    doubt = doubt_of(fold, ref, result)
    asked = event.data.get("asked")  # as the page said it then; older logs have none
    told = asked if isinstance(asked, str) else None
    away = min(seconds, float(event.data.get(AWAY, 0.0)))  # left, then resumed
    fold.history.append(
        HistoryEntry(
            ref, step.kind, shown, answer, said_words(step, answer, event), event.at,
            seconds, result, held, doubt, told, fold.held_note if held is not None else None,
            away, wait=step.wait_seconds, held_start=started[1] if started and held else None,
        )
    )  # fmt: skip
    fold.last_step_at = event.at
