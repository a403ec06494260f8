"""The session state machine: replay events into a state; validate a command into an event.

Pure: the same events always give the same state and the same next step. The engine is
asked only for the step after the last event; earlier events carry their step id, which
names what they answered, so a history never changes meaning when the engine changes.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import datetime
from threading import Lock
from typing import Any

from camreset.core.engine.evidence import belief
from camreset.core.engine.policy import Recommendation, recommend
from camreset.core.guide.plan import CANT, DEFAULT_HAVE, NOT_SURE, CameraPlan, compile_plan
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.resolve import ResolvedModel, resolve_generic, resolve_model
from camreset.core.kb.schema import FormFactor
from camreset.core.kb.troubleshooting import Have
from camreset.core.session.events import (
    STEP_EVENTS,
    CommandType,
    EventType,
    SessionEvent,
    effective,
)
from camreset.core.session.fold import Fold, next_stage
from camreset.core.session.render import StepRenderer
from camreset.core.session.state import HistoryEntry, Progress, SessionState
from camreset.core.session.steps import Cause, Step, Why
from camreset.errors import InvalidAnswerError, SessionError, StaleStepError, UnknownModelError

RULED_OUT_BELOW = 0.01
MEMO_SIZE = 4096
"""Engine choices kept per Guide: a few thousand live states is plenty for one server."""
FEEDBACK_ANSWERS = ("yes", "no", NOT_SURE)


@dataclass
class _Fold(Fold):
    """The shared fold plus what only a session keeps: history, feedback, details."""

    history: list[HistoryEntry] = field(default_factory=list)
    feedback: dict[str, Any] | None = None
    details: dict[str, Any] = field(default_factory=dict)


def parse_step_id(step_id: str) -> tuple[str, str, int]:
    """`N.a.<action>.<stage>`, `N.q.<question>`, `N.o.<outcome>` → (kind, ref, stage)."""
    parts = step_id.split(".")
    if len(parts) == 4 and parts[1] == "a" and parts[3].isdigit():
        return "a", parts[2], int(parts[3])
    if len(parts) == 3 and parts[1] in {"q", "o"}:
        return parts[1], parts[2], 0
    raise SessionError(f"malformed step id {step_id!r}")


class Guide:
    """Sessions over one knowledge base; camera plans are compiled once per model."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._plans: dict[str, tuple[CameraPlan, StepRenderer]] = {}
        self._memo: OrderedDict[tuple[object, ...], Recommendation] = OrderedDict()
        self._memo_lock = Lock()

    def _recommend(self, plan: CameraPlan, fold: Fold, have: frozenset[str]) -> Recommendation:
        """The engine's choice, memoised: `recommend` is pure, and each request replays the
        state the previous response already decided (apply checks it, then the next step)."""
        acts = plan.allowed_actions(have, frozenset(fold.excluded))
        qs = plan.allowed_questions(frozenset(fold.excluded))
        key = (plan.model.id, tuple(fold.evidence), acts, qs)
        with self._memo_lock:
            rec = self._memo.get(key)
            if rec is not None:
                self._memo.move_to_end(key)
                return rec
        rec = recommend(plan.engine, fold.evidence, allowed_actions=acts, allowed_questions=qs)
        with self._memo_lock:
            self._memo[key] = rec
            if len(self._memo) > MEMO_SIZE:
                self._memo.popitem(last=False)
        return rec

    # -- starting -------------------------------------------------------------------------
    def start(
        self,
        *,
        model: str | None = None,
        line: str | None = None,
        form_factor: str | None = None,
        have: frozenset[str] | None = None,
        at: datetime,
    ) -> SessionEvent:
        """The `started` event for a new session; validates everything a person chose."""
        chosen = DEFAULT_HAVE if have is None else frozenset(have)
        unknown = sorted(chosen - {h.value for h in Have})
        if unknown:
            raise InvalidAnswerError(f"unknown item(s) at hand: {', '.join(unknown)}")
        resolved = self._resolve(model, line, form_factor)
        data = {
            "model": None if resolved.generic else resolved.id,
            "line": resolved.line.id,
            "form_factor": resolved.form_factor.value if resolved.form_factor else None,
            "have": sorted(chosen),
        }
        return SessionEvent(type="started", at=at, data=data)

    def _resolve(
        self, model: str | None, line: str | None, form_factor: str | None
    ) -> ResolvedModel:
        ff = None
        if form_factor:
            try:
                ff = FormFactor(form_factor)
            except ValueError:
                choices = ", ".join(f.value for f in FormFactor)
                raise InvalidAnswerError(
                    f"unknown form factor {form_factor!r}; use one of {choices}"
                ) from None
        if model:
            if model not in self.kb.models:
                raise UnknownModelError(model, _suggest(self.kb, model))
            return resolve_model(self.kb, model)
        if line:
            return resolve_generic(self.kb, line, ff)
        raise InvalidAnswerError("give a camera model, or at least its line (brand)")

    def _plan(self, resolved: ResolvedModel) -> tuple[CameraPlan, StepRenderer]:
        if resolved.id not in self._plans:
            plan = compile_plan(self.kb, resolved)
            self._plans[resolved.id] = (plan, StepRenderer(self.kb, plan))
        return self._plans[resolved.id]

    # -- replaying ------------------------------------------------------------------------
    def replay(self, events: list[SessionEvent]) -> SessionState:
        """The state after these events (undo already applied)."""
        if not events or events[0].type != "started":
            raise SessionError("a session starts with a 'started' event")
        data = events[0].data
        resolved = self._resolve(data.get("model"), data.get("line"), data.get("form_factor"))
        plan, renderer = self._plan(resolved)
        have = frozenset(data.get("have", ()))
        kept = effective(events)
        fold = _Fold()
        previous_at = events[0].at
        for event in kept[1:]:
            if event.type in STEP_EVENTS and event.step is not None:
                self._fold_step(plan, renderer, fold, event, previous_at)
                previous_at = event.at
            elif event.type == "details":
                fold.details.update(event.data)
            elif event.type == "feedback":
                fold.feedback = dict(event.data)
        return self._state(plan, renderer, fold, events, kept, have, previous_at)

    def _fold_step(
        self,
        plan: CameraPlan,
        renderer: StepRenderer,
        fold: _Fold,
        event: SessionEvent,
        since: datetime,
    ) -> None:
        assert event.step is not None and event.answer is not None
        kind, ref, stage = parse_step_id(event.step)
        answer = event.answer
        result = None
        if kind == "q":
            step = renderer.question(event.step, ref, None)
            fold.question(plan, ref, answer)
        else:
            step = renderer.action_stage(event.step, ref, stage, None)
            result = fold.action(plan, ref, stage, answer)
        label = next((a.label for a in step.answers if a.id == answer), answer)
        seconds = max(0.0, (event.at - since).total_seconds())
        fold.history.append(
            HistoryEntry(
                event.step, step.kind, step.title, answer, label, event.at, seconds, result
            )
        )

    def _state(
        self,
        plan: CameraPlan,
        renderer: StepRenderer,
        fold: _Fold,
        events: list[SessionEvent],
        kept: list[SessionEvent],
        have: frozenset[str],
        since: datetime,
    ) -> SessionState:
        n = len(events)
        b = belief(plan.engine, fold.evidence)
        minutes_left = 0.0
        if fold.reset:
            current, outcome = renderer.outcome(f"{n}.o.reset", True, None), "reset"
        else:
            rec = self._recommend(plan, fold, have)
            minutes_left = float(rec.expected_cost)
            if fold.running is not None:
                # Mid-attempt: finish it; the estimate is the one made when it was chosen.
                action_id, stage = fold.running
                step_id = f"{n}.a.{action_id}.{stage}"
                current, outcome = renderer.action_stage(step_id, action_id, stage, None), None
            else:
                why = renderer.why(rec.why, rec.kind, rec.step_id)
                current, outcome = self._decided(
                    renderer, plan, fold, rec.kind, rec.step_id, n, why
                )
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
            current_since=since,
            history=tuple(fold.history),
            finished=outcome is not None,
            outcome=outcome,
            belief=tuple(c for c in causes if c.probability >= RULED_OUT_BELOW),
            ruled_out=tuple(c for c in causes if c.probability < RULED_OUT_BELOW),
            progress=Progress(len(fold.history), minutes_left),
            tried=tuple(fold.tried),
            feedback=fold.feedback,
            details=fold.details,
            can_undo=any(e.type in STEP_EVENTS for e in kept),
        )

    def _decided(
        self,
        renderer: StepRenderer,
        plan: CameraPlan,
        fold: _Fold,
        kind: str,
        step_id: str | None,
        n: int,
        why: Why,
    ) -> tuple[Step, str | None]:
        """The step for the engine's choice: start an attempt, ask, or escalate."""
        if kind == "action" and step_id is not None:
            stage = next_stage(plan, step_id, 0, fold.booted)
            return renderer.action_stage(f"{n}.a.{step_id}.{stage}", step_id, stage, why), None
        if kind == "question" and step_id is not None:
            return renderer.question(f"{n}.q.{step_id}", step_id, why), None
        return renderer.outcome(f"{n}.o.escalate", False, why), "escalated"

    # -- commands -------------------------------------------------------------------------
    def apply(
        self,
        events: list[SessionEvent],
        *,
        type: CommandType,
        step: str | None,
        answer: str | None = None,
        data: dict[str, Any] | None = None,
        at: datetime,
    ) -> SessionEvent:
        """Check a command against the current state and return the event to append."""
        state = self.replay(events)
        current = state.current
        if type == "details":
            clean = {
                k: str(v)[:100]
                for k, v in (data or {}).items()
                if k in {"serial", "firmware"} and v
            }
            if not clean:
                raise InvalidAnswerError("details take 'serial' and/or 'firmware'")
            return SessionEvent(type="details", at=at, data=clean)
        if step != current.id:
            raise StaleStepError(
                f"step {step!r} is no longer the current step; the current step is {current.id!r}"
            )
        if type == "undo":
            if not state.can_undo:
                raise InvalidAnswerError("there is nothing to undo yet")
            return SessionEvent(type="undone", at=at, step=step)
        chosen = {"done": "done", "skip": CANT}.get(type, answer)
        if type == "feedback" or current.kind == "outcome":
            fixed = (data or {}).get("fixed", chosen)
            if current.kind != "outcome" or fixed not in FEEDBACK_ANSWERS:
                raise InvalidAnswerError(
                    "feedback is given on the outcome step: yes, no or not_sure"
                )
            comment = str((data or {}).get("comment", ""))[:2000]
            return SessionEvent(
                type="feedback", at=at, step=step, data={"fixed": fixed, "comment": comment}
            )
        if chosen is None or not current.offers(chosen):
            offered = ", ".join(a.id for a in current.answers)
            raise InvalidAnswerError(
                f"step {current.id!r} offers {offered}; {chosen!r} is not one of them"
            )
        event_type: EventType = (
            "done" if type == "done" else "skipped" if type == "skip" else "answered"
        )
        return SessionEvent(type=event_type, at=at, step=step, answer=chosen)


def _suggest(kb: KnowledgeBase, query: str) -> list[str]:
    try:
        from camreset.core.kb.search import search_models
    except ImportError:  # pragma: no cover - search lands with the CLI
        return []
    return [m.model_id for m in search_models(kb, query, 3)]
