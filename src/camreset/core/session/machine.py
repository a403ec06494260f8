"""The session state machine: fold events into a state; check a command into an event.

Pure: the same events always give the same state and the same next step. The engine is asked
only for the step after the last event; earlier events carry their step reference, which names
what they answered, so a history never changes meaning when the engine changes. The engine is
reached through a `Recommender`, so adapters may memoise it without the core holding a cache.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime

from camreset.core.engine.evidence import Evidence, belief
from camreset.core.engine.policy import Recommendation, recommend
from camreset.core.guide.plan import CameraPlan, PhasePlan, compile_plan
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.resolve import ResolvedModel, resolve_generic, resolve_model
from camreset.core.kb.schema import FormFactor
from camreset.core.kb.troubleshooting import Have, Phase
from camreset.core.kb.values import PowerKind
from camreset.core.present.step import Cause, Step, StepRef
from camreset.core.present.steps import StepRenderer
from camreset.core.present.why import why_words
from camreset.core.present.words import DONE, NETWORK_RESULT_WORDS, REMOTE_ACTION_WORDS
from camreset.core.session.commands import Command, command_event
from camreset.core.session.events import STEP_EVENTS, SessionEvent, effective
from camreset.core.session.fold import network_option, next_stage
from camreset.core.session.intake import parse_form_factor, parse_power
from camreset.core.session.network import network_check, remote_record
from camreset.core.session.state import HistoryEntry, Progress, SessionFold, SessionState
from camreset.errors import InvalidAnswerError, SessionError, UnknownModelError

RULED_OUT_BELOW = 0.01
PROVIDER_LOCKED = "provider-locked"
"""The cause that sends a person to the provider who supplied the camera, not its maker."""

Recommender = Callable[
    [PhasePlan, tuple[Evidence, ...], frozenset[str], frozenset[str]], Recommendation
]


def plain_recommender(
    plan: PhasePlan, evidence: tuple[Evidence, ...], acts: frozenset[str], qs: frozenset[str]
) -> Recommendation:
    """The engine's choice, computed every time."""
    return recommend(plan.engine, evidence, allowed_actions=acts, allowed_questions=qs)


class Guide:
    """Sessions over one knowledge base; camera plans are compiled once per model."""

    def __init__(self, kb: KnowledgeBase, recommender: Recommender = plain_recommender) -> None:
        self.kb = kb
        self.recommender = recommender
        self._plans: dict[str, tuple[CameraPlan, StepRenderer]] = {}
        self._resolved: dict[
            tuple[str | None, str | None, FormFactor | None, PowerKind | None], ResolvedModel
        ] = {}

    # -- starting -------------------------------------------------------------------------
    def start(
        self,
        *,
        model: str | None = None,
        line: str | None = None,
        form_factor: FormFactor | None = None,
        power: PowerKind | None = None,
        have: frozenset[Have],
        at: datetime,
    ) -> SessionEvent:
        """The `started` event for a model id (exact), or a line and shape (and the power kind
        the person names) when it is unknown."""
        resolved = self._resolve(model, line, form_factor, power)
        data = {
            "model": None if resolved.generic else resolved.id,
            "line": resolved.line.id,
            "form_factor": resolved.form_factor.value if resolved.form_factor else None,
            "have": sorted(h.value for h in have),
        }
        if resolved.stated_power is not None:
            data["power"] = resolved.stated_power.value
        return SessionEvent(type="started", at=at, data=data)

    def _resolve(
        self,
        model: str | None,
        line: str | None,
        form_factor: FormFactor | None,
        power: PowerKind | None = None,
    ) -> ResolvedModel:
        """The camera's facts, resolved once per camera (every replay starts here)."""
        key = (
            model or None,
            None if model else line,
            None if model else form_factor,
            None if model else power,
        )
        found = self._resolved.get(key)
        if found is None:
            found = self._resolved[key] = self._resolve_now(model, line, form_factor, power)
        return found

    def _resolve_now(
        self,
        model: str | None,
        line: str | None,
        form_factor: FormFactor | None,
        power: PowerKind | None,
    ) -> ResolvedModel:
        if model:
            if model not in self.kb.models:
                raise UnknownModelError(model, [])
            return resolve_model(self.kb, model)
        if line:
            return resolve_generic(self.kb, line, form_factor, power)
        raise InvalidAnswerError("give a camera model, or at least its line (brand)")

    def plan(self, resolved: ResolvedModel) -> tuple[CameraPlan, StepRenderer]:
        """The engine model and the step builder of one camera, made once."""
        if resolved.id not in self._plans:
            plan = compile_plan(self.kb, resolved)
            self._plans[resolved.id] = (plan, StepRenderer(self.kb, plan))
        return self._plans[resolved.id]

    # -- folding --------------------------------------------------------------------------
    def replay(self, events: Sequence[SessionEvent]) -> SessionState:
        """The state after these events (undo applied): one fold over the log."""
        if not events or events[0].type != "started":
            raise SessionError("a session starts with a 'started' event")
        data = events[0].data
        resolved = self._resolve(
            data.get("model"),
            data.get("line"),
            parse_form_factor(data.get("form_factor")),
            parse_power(data.get("power")),
        )
        plan, renderer = self.plan(resolved)
        fold = SessionFold(last_step_at=events[0].at)
        for event in effective(list(events))[1:]:
            self._fold(plan, renderer, fold, event)
        have = frozenset(data.get("have", ()))
        return self._state(plan, renderer, fold, tuple(events), have)

    def extend(self, state: SessionState, new: Sequence[SessionEvent]) -> SessionState:
        """The state after `new` events more: folded onto `state`, replayed only for an undo."""
        if not new:
            return state
        events = (*state.events, *new)
        if any(e.type == "undone" for e in new):
            return self.replay(events)
        plan, renderer = self.plan(state.model)
        fold = state.fold.copy()
        for event in new:
            self._fold(plan, renderer, fold, event)
        return self._state(plan, renderer, fold, events, state.have)

    def _fold(
        self, plan: CameraPlan, renderer: StepRenderer, fold: SessionFold, event: SessionEvent
    ) -> None:
        if event.type in ("network", "remote"):
            self._fold_network(plan, renderer, fold, event)
        elif event.type in STEP_EVENTS and event.step is not None and event.answer is not None:
            ref = StepRef.parse(event.step)
            step = renderer.step(ref)  # built once per plan: a look-up, not a rebuild
            if ref.kind == "question":
                fold.question(plan, ref.ref, step.counts_as(event.answer))
                result = None
            else:
                result = fold.action(plan, ref.ref, ref.stage, event.answer)
            since = fold.last_step_at or event.at
            seconds = max(0.0, (event.at - since).total_seconds())
            label = step.answer_label(event.answer)
            fold.history.append(
                HistoryEntry(
                    ref, step.kind, step.title, event.answer, label, event.at, seconds, result
                )
            )
            fold.last_step_at = event.at
        elif event.type == "details":
            fold.details.update(event.data)
        elif event.type == "feedback":
            fold.feedback = dict(event.data)

    def _fold_network(
        self, plan: CameraPlan, renderer: StepRenderer, fold: SessionFold, event: SessionEvent
    ) -> None:
        """A check camreset ran over the network, or a reset it sent: what it did to the step
        it answered (none: the check only identified the camera), from the event's own data."""
        if event.type == "network":
            check = network_check(event)
            fold.network_checks.append(check)
            if event.step is None:
                return
            ref = StepRef.parse(event.step)
            if ref.kind == "question":
                fold.question(plan, ref.ref, check.result)
                result = None
            else:
                result = fold.network_result(plan, ref.ref, check.result)
            label = NETWORK_RESULT_WORDS[check.result]
        else:
            record = remote_record(event)
            fold.remote_actions.append(record)
            ref = StepRef.parse(event.step or "")
            result = fold.action(plan, ref.ref, ref.stage, DONE)
            label = REMOTE_ACTION_WORDS.get(record.action, record.action)
        step = renderer.step(ref)
        since = fold.last_step_at or event.at
        seconds = max(0.0, (event.at - since).total_seconds())
        answer = event.answer or event.type
        fold.history.append(
            HistoryEntry(ref, step.kind, step.title, answer, label, event.at, seconds, result)
        )
        fold.last_step_at = event.at

    def _state(
        self,
        plan: CameraPlan,
        renderer: StepRenderer,
        fold: SessionFold,
        events: tuple[SessionEvent, ...],
        have: frozenset[str],
    ) -> SessionState:
        # A step is numbered by the events that can move a session on; details (a serial
        # number typed on the side) leave the step on screen, and its id, as they were.
        n = sum(1 for e in events if e.type != "details" and (e.type != "network" or e.step))
        minutes_left = 0.0
        if fold.done:
            current, outcome = renderer.step(StepRef(n, "outcome", "done")), "done"
        elif fold.running is not None:
            # Mid-attempt: finish it; the estimate is the one made when it was chosen.
            action_id, stage = fold.running
            minutes_left = float(self._recommend(plan, fold, have).expected_cost)
            current, outcome = renderer.step(StepRef(n, "action", action_id, stage)), None
            current = self._network_option(plan, fold, have, current)
        else:
            rec = self._recommend(plan, fold, have)
            minutes_left = float(rec.expected_cost)
            current, outcome = self._decided(plan, renderer, fold, rec, n)
        b = belief(plan.phases[fold.phase].engine, fold.evidence)
        causes = sorted(
            (Cause(f, plan.cause_names.get(f, f), float(p)) for f, p in b.items()),
            key=lambda c: (-c.probability, c.id),
        )
        return SessionState(
            model=plan.model,
            line=plan.model.line.id,
            form_factor=plan.model.form_factor.value if plan.model.form_factor else None,
            have=have,
            started_at=events[0].at,
            current=current,
            current_since=fold.last_step_at or events[0].at,
            history=tuple(fold.history),
            finished=outcome is not None,
            outcome=outcome,
            belief=tuple(c for c in causes if c.probability >= RULED_OUT_BELOW),
            ruled_out=tuple(c for c in causes if c.probability < RULED_OUT_BELOW),
            progress=Progress(len(fold.history), minutes_left),
            tried=tuple(fold.tried),
            events=events,
            fold=fold,
            feedback=fold.feedback,
            details=dict(fold.details),
        )

    def _network_option(
        self, plan: CameraPlan, fold: SessionFold, have: frozenset[str], step: Step
    ) -> Step:
        """A reset check camreset can answer over the network, when the person has a computer
        on the camera's network and the camera's line tells its setup state that way."""
        if network_option(plan, fold.phase, have, step.ref.ref, step.ref.stage):
            return replace(step, network=True)
        return step

    def _recommend(
        self, plan: CameraPlan, fold: SessionFold, have: frozenset[str]
    ) -> Recommendation:
        phase = plan.phases[fold.phase]
        acts = phase.allowed_actions(have, frozenset(fold.excluded))
        qs = phase.allowed_questions(have, frozenset(fold.excluded))
        return self.recommender(phase, tuple(fold.evidence), acts, qs)

    def _decided(
        self,
        plan: CameraPlan,
        renderer: StepRenderer,
        fold: SessionFold,
        rec: Recommendation,
        n: int,
    ) -> tuple[Step, str | None]:
        """The step for the engine's choice: start an attempt, ask, or escalate."""
        why = why_words(plan, rec.why, rec.kind, rec.step_id)
        if rec.kind == "action" and rec.step_id is not None:
            stage = next_stage(plan, rec.step_id, 0, fold.booted)
            return renderer.step(StepRef(n, "action", rec.step_id, stage), why), None
        if rec.kind == "question" and rec.step_id is not None:
            return renderer.step(StepRef(n, "question", rec.step_id), why), None
        leading = rec.why.leading[0][0] if rec.why.leading else None
        which = "escalate-provider" if leading == PROVIDER_LOCKED else "escalate"
        if fold.phase is Phase.reset and not plan.reset.actions:
            which = "no-reset"  # nothing at home resets this camera: say so, not "it failed"
        return renderer.step(StepRef(n, "outcome", which), why), "escalated"

    # -- commands -------------------------------------------------------------------------
    def command(self, state: SessionState, command: Command, at: datetime) -> SessionEvent:
        """Check a command against the state as it stands and return the event to append."""
        return command_event(state, command, at)
