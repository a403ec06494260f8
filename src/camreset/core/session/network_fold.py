"""A check camreset ran over the network, or a reset it sent, folded into a session.

Kept apart from the state machine because it is the one place a step is answered by the
camera rather than the person: the history line says what the camera said, and a check that
got no answer on an attempt's page answers nothing (`events.moves_on`).
"""

from __future__ import annotations

from camreset.core.guide.plan import CameraPlan
from camreset.core.present.network_words import NETWORK_RESULT_WORDS, REMOTE_ACTION_WORDS
from camreset.core.present.step import StepRef
from camreset.core.present.steps import StepRenderer
from camreset.core.present.words import DONE
from camreset.core.session.events import SessionEvent, moves_on
from camreset.core.session.network import network_check, remote_record
from camreset.core.session.shown import shown_step
from camreset.core.session.state import HistoryEntry, SessionFold


def fold_network(
    plan: CameraPlan, renderer: StepRenderer, fold: SessionFold, event: SessionEvent
) -> None:
    """What a `network` or `remote` event did to the step it answered, from the event's own
    data (a check without a step only identified the camera)."""
    if event.type == "network":
        check = network_check(event)
        fold.network_checks.append(check)
        if event.step is None or not moves_on(event):  # it named the camera, or left
            return  # the page on screen: the report lists it with the other checks
    fold.before, fold.before_shown = fold.snapshot(), fold.shown
    ref = StepRef.parse(event.step or "")
    step = shown_step(plan, renderer, fold, ref)  # as shown, before the check changes the fold
    if event.type == "network":
        if ref.kind == "question":
            fold.question(plan, ref.ref, check.result)
            result = None
        else:
            result = fold.network_result(plan, ref.ref, check.result)
        label = NETWORK_RESULT_WORDS[check.result]
    else:
        record = remote_record(event)
        fold.remote_actions.append(record)
        result = fold.action(plan, ref.ref, ref.stage, DONE)
        label = REMOTE_ACTION_WORDS.get(record.action, record.action)
    since = fold.last_step_at or event.at
    seconds = max(0.0, (event.at - since).total_seconds())
    answer = event.answer or event.type
    fold.history.append(
        HistoryEntry(ref, step.kind, step.title, answer, label, event.at, seconds, result)
    )
    fold.last_step_at = event.at
