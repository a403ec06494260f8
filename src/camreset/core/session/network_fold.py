"""A check camreset ran over the network, or a reset it sent, folded into a session.

Kept apart from the state machine because it is the one place a step is answered by the
camera rather than the person: the history line says what the camera said, and a check that
got no answer on an attempt's page answers nothing (`events.moves_on`).
The fold's own reading of a camera's answer on an attempt's check (`network_result`) is here
too, beside the event that carries it; the benchmark's simulated person calls it directly.
"""

from __future__ import annotations

from camreset.core.engine.evidence import ActionFailed, Answered
from camreset.core.guide.plan import CameraPlan
from camreset.core.kb.troubleshooting import Phase
from camreset.core.present.network_words import NETWORK_RESULT_WORDS, REMOTE_ACTION_WORDS
from camreset.core.present.said_notices import RECORDER_DOUBT
from camreset.core.present.step import StepRef
from camreset.core.present.steps import StepRenderer
from camreset.core.present.words import DONE
from camreset.core.session.events import SessionEvent, moves_on
from camreset.core.session.fold import Fold
from camreset.core.session.later_rules import REMOTE_FACTORY_RULES
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
            _on_the_remote_page(fold, plan, ref)
            result = network_result(fold, plan, ref.ref, check.result)
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


def _on_the_remote_page(fold: Fold, plan: CameraPlan, ref: StepRef) -> None:
    """A camera found already at factory settings on the remote reset's page (the one check
    that page takes: commands.factory_on_remote) starts that attempt, as a reset sent would,
    so the check confirms its reset as on its own reset checks' pages (session-69 review,
    T #2: the page stayed, "there is nothing to reset", with only "Not sure" to answer)."""
    if fold.rules < REMOTE_FACTORY_RULES or ref.kind != "action":
        return
    if not plan.actions[ref.ref].steps[ref.stage].remote:
        return
    if ref.ref not in fold.tried:
        fold.tried.append(ref.ref)
    fold.running = (ref.ref, ref.stage)


def network_result(fold: Fold, plan: CameraPlan, ref: str, result: str) -> str | None:
    """A reset check of attempt `ref` answered by the camera itself over the network.

    Factory state confirms the reset without anyone reading a light: the remaining checks
    are skipped, the session moves to `setup`, and the setup phase starts knowing it (the
    network question's "factory" answer, which all but rules out a misread light). Still
    set up means the reset did not take, except on a camera a recorder may set up again
    the moment it resets: its check stays on screen, as when nothing answered.
    """
    if fold.phase is not Phase.reset or fold.running is None or fold.running[0] != ref:
        return None
    if result == "set-up" and plan.may_be_on_a_recorder:
        return RECORDER_DOUBT  # the person's own check stays on screen, with why
    if result == "set-up":
        fold.running = None
        fold.evidence.append(ActionFailed(ref))
        fold.last_no = None  # the camera itself said so: no look would see otherwise
        return "not reset (it says it is still set up)"
    if result != "factory":
        return None
    fold.running = None
    fold.reset, fold.last_reset = True, ref
    fold.switch(Phase.setup, plan)
    question = plan.network_question
    if question is not None:
        fold.evidence.append(Answered(question.id, "factory"))
    return "camera reset (confirmed over the network)"
