"""The session state machine: fold events into a state; check a command into an event.

Pure: the same events always give the same state and the same next step. The engine is asked
only for the step after the last event; earlier events carry their step reference, which names
what they answered, so a history never changes meaning when the engine changes. What comes
next is decided by `flow.next_step`, the same function the benchmark drives. The engine is
reached through a `Recommender`, so adapters may memoise it without the core holding a cache.
How one event is read is event_fold.py's: the same for a replay and for one answer more.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from functools import partial

from camreset.core.guide.fits_camera import for_its_power
from camreset.core.guide.plan import CameraPlan, compile_plan
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.loader import seen_from
from camreset.core.kb.power_values import PowerKind
from camreset.core.kb.resolve import resolve_camera
from camreset.core.kb.resolved import ResolvedModel
from camreset.core.kb.schema import FormFactor
from camreset.core.kb.troubleshooting import Have
from camreset.core.present.step import StepRef
from camreset.core.present.steps import StepRenderer
from camreset.core.present.typed_model_words import taken_as_words
from camreset.core.session import own_cable
from camreset.core.session.causes import before_going_back
from camreset.core.session.commands import Command, command_event
from camreset.core.session.dark import never_on
from camreset.core.session.estimate import TimeLeft, fresh_setup
from camreset.core.session.event_fold import fold_event
from camreset.core.session.events import SIDE_EVENTS, SessionEvent, effective, moves_on
from camreset.core.session.flow import (
    ENDINGS,
    Recommender,
    ask_engine,
    next_step,
    plain_recommender,
)
from camreset.core.session.fold import Fold, told_have
from camreset.core.session.intake import parse_form_factor, parse_power
from camreset.core.session.kept_password import kept_summary
from camreset.core.session.model_found import MODEL_FOUND, Carry, found_at, started_words, vet
from camreset.core.session.page import on_screen
from camreset.core.session.power_said import check_said_power, check_shape_power, say_power
from camreset.core.session.recorder_back import off_the_recorder
from camreset.core.session.rules import RULES, RULES_KEY, readings, rules_of
from camreset.core.session.screens import VIA, Via
from camreset.core.session.state import Progress, SessionFold, SessionState
from camreset.core.session.taken_back import taken_back
from camreset.core.session.time_shown import time_shown
from camreset.errors import SessionError


class Guide:
    """Sessions over one knowledge base; camera plans are compiled once per model."""

    def __init__(
        self, kb: KnowledgeBase, recommender: Recommender = plain_recommender, rules: int = RULES
    ) -> None:
        self.kb = kb
        self.recommender = recommender
        self.by_cable, self.words = readings(rules)
        """What it reads as of its rules: a cable's ways of power alone, its steps' words."""
        self._plans: dict[str, tuple[CameraPlan, StepRenderer]] = {}
        self._setup_ranges: dict[tuple[str, frozenset[str]], tuple[float, float] | None] = {}
        self._resolved: dict[
            tuple[str | None, str | None, FormFactor | None, PowerKind | None], ResolvedModel
        ] = {}
        self._shown: dict[tuple[frozenset[str] | None, bool], Callable[[str], bool]] = {}
        """Which causes a step may name, per way the person said it is powered: made once."""
        self._older: dict[tuple[int, tuple[bool, frozenset[str]]], Guide] = {}
        """Guides as older logs saw it (kb/revisions.py), by view and power choices."""

    def as_started(self, rules: int) -> Guide:
        """The guide for a log started under `rules`: this one, or one over the knowledge base
        without the facts marked for later rules (and the power choices of then), so a saved
        session replays as it was."""
        kb, key = seen_from(self.kb, rules), readings(rules)
        if kb is self.kb and key == (self.by_cable, self.words):
            return self
        if (id(kb), key) not in self._older:
            self._older[id(kb), key] = Guide(kb, self.recommender, rules)
        return self._older[id(kb), key]

    def session_plan(self, state: SessionState) -> CameraPlan:
        """The engine model a session's steps come from (its own view's, for an older log)."""
        return self.as_started(state.fold.rules).plan(state.model)[0]

    # -- starting -------------------------------------------------------------------------
    def start(
        self,
        *,
        model: str | None = None,
        line: str | None = None,
        form_factor: FormFactor | None = None,
        power: PowerKind | None = None,
        have: frozenset[Have] | None,
        at: datetime,
        typed: str | None = None,
        via: Via | None = None,
    ) -> SessionEvent:
        """The `started` event for a model id (exact), or a line and shape (and the power kind
        the person names) when it is unknown. `have` None (or empty): nobody asked what is at
        hand. `typed`: what the person typed, when taken as the closest model (said first). `via`:
        where it is started (a web page, the API, a terminal: core/session/screens.py)."""
        if model is None and power is not None:  # as the web's form offers it for the shape
            check_shape_power(self.kb, form_factor, power)
        resolved = self.camera(model, line, form_factor, power)
        data = {
            "model": None if resolved.generic else resolved.id,
            "line": resolved.line.id,
            "form_factor": resolved.form_factor.value if resolved.form_factor else None,
            "have": sorted(h.value for h in have) if have else None,
            RULES_KEY: RULES,
        }
        if typed and not resolved.generic:
            data["typed"] = typed
        if via is not None:
            data[VIA] = via
        if resolved.stated_power is not None:
            data["power"] = resolved.stated_power.value
        elif power is not None:  # a listed camera: the answer to "How is it powered?"
            check_said_power(self.plan(resolved)[0], power)
            data["said_power"] = power.value
        return SessionEvent(type="started", at=at, data=data)

    def camera(
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
            found = self._resolved[key] = resolve_camera(self.kb, model, line, form_factor, power)
        return found

    def items_used(
        self,
        model: str | None,
        line: str | None = None,
        form_factor: FormFactor | None = None,
        power: PowerKind | None = None,
    ) -> frozenset[str]:
        """What some step for this camera needs: a checklist of things at hand offers no other."""
        return self.plan(self.camera(model, line, form_factor, power))[0].items_used

    def plan(self, resolved: ResolvedModel) -> tuple[CameraPlan, StepRenderer]:
        """The engine model and the step builder of one camera, made once."""
        if resolved.id not in self._plans:
            cells = "cells-at-hand" in self.words  # its battery step needs new cells at hand
            plan = compile_plan(self.kb, resolved, self.by_cable, cells)
            self._plans[resolved.id] = (plan, StepRenderer(self.kb, plan, words=self.words))
        return self._plans[resolved.id]

    # -- folding --------------------------------------------------------------------------
    def replay(self, events: Sequence[SessionEvent]) -> SessionState:
        """The state after these events (undo applied): one fold over the log."""
        if not events or events[0].type != "started":
            raise SessionError("a session starts with a 'started' event")
        data = events[0].data
        guide = self.as_started(rules_of(data))
        if guide is not self:
            return guide.replay(events)
        resolved = self.camera(
            data.get("model"),
            data.get("line"),
            parse_form_factor(data.get("form_factor")),
            parse_power(data.get("power")),
        )
        plan, renderer = self.plan(resolved)
        fold = SessionFold(last_step_at=events[0].at, rules=rules_of(data))
        told = data.get("have")
        fold.have, fold.cannot = told_have(frozenset(told) if told else None, plan.items_used)
        fold.asked = bool(told)
        own_cable.at_start(plan, fold)
        if said := parse_power(data.get("said_power")):
            say_power(plan, fold, said)
        if data.get("typed"):  # said above the first step, like any opening notice
            fold.opening.notice = taken_as_words(str(data["typed"]), plan.model.name)
        kept = effective(list(events))
        found, at = found_at(events, kept, fold.rules)
        found_model = None if found is None else str(kept[found].data["model"])
        carry = None if found_model is None else self._carry(kept[0], found_model, plan)
        for event in kept[1:found]:
            fold_event(plan, renderer, fold, event)
            if carry is not None:  # what still holds for the model found later
                carry.offer(event)
                carry.follow(fold)
        fold.taken_back = taken_back(plan, renderer, fold, events[:at], kept[:found])
        if carry is None or found is None:
            return self._state(plan, renderer, fold, tuple(events))
        carry.found(kept[found], carry.plan.model.name, started_words(self.kb, kept[0]), fold)
        plan, renderer, fold = carry.plan, carry.renderer, carry.fold
        for event in kept[found + 1 :]:
            fold_event(plan, renderer, fold, event)
        fold.taken_back += taken_back(plan, renderer, fold, events[at + 1 :], kept[found + 1 :])
        return self._state(plan, renderer, fold, tuple(events))

    def _carry(self, started: SessionEvent, model: str, first: CameraPlan) -> Carry:
        """The model's own steps, from what was said at the start that still holds (of a
        checklist, what the `first` camera's list offered: one item it lacked was not said)."""
        plan, renderer = self.plan(self.camera(model, None, None))
        fold = SessionFold(last_step_at=started.at, rules=rules_of(started.data))
        told = started.data.get("have")
        fold.have, fold.cannot = told_have(frozenset(told) if told else None, first.items_used)
        fold.asked = bool(told)
        own_cable.at_start(plan, fold)
        carry = Carry(plan, renderer, fold, partial(fold_event, plan, renderer, fold))
        carry.start(started)
        return carry

    def extend(self, state: SessionState, new: Sequence[SessionEvent]) -> SessionState:
        """The state after `new` events more: folded onto `state`, replayed only for an undo."""
        if not new:
            return state
        guide = self.as_started(state.fold.rules)
        if guide is not self:
            return guide.extend(state, new)
        events = (*state.events, *new)
        if any(e.type in ("undone", MODEL_FOUND) for e in new):
            return self.replay(events)
        plan, renderer = self.plan(state.model)
        fold = state.fold.copy()
        for event in new:
            fold_event(plan, renderer, fold, event)
        return self._state(plan, renderer, fold, events)

    def _state(
        self,
        plan: CameraPlan,
        renderer: StepRenderer,
        fold: SessionFold,
        events: tuple[SessionEvent, ...],
    ) -> SessionState:
        # A step is numbered by the events that move a session on; details, a measured hold
        # or the checklist said on the side leave the step on screen, and its id, as they were.
        n = sum(
            1 for e in events if e.type not in SIDE_EVENTS and (e.type != "network" or moves_on(e))
        )
        nxt = next_step(plan, fold, self.recommender)
        ref = replace(nxt.ref, seq=n)
        outcome = None
        if ref.kind == "outcome":
            outcome = ENDINGS.get(ref.ref, "escalated")
        rec = nxt.rec
        if rec is None and outcome is None:  # in the opening too: its cost is no 0
            rec = ask_engine(plan, fold, self.recommender)
        page = on_screen(plan, renderer, fold, ref, nxt.rec, rec, self._fits_power)
        minutes = self._time_left(plan, fold, ref)
        return SessionState(
            model=plan.model,
            line=plan.model.line.id,
            form_factor=plan.model.form_factor.value if plan.model.form_factor else None,
            have=frozenset(fold.have),
            started_at=events[0].at,
            current=page.step,
            current_since=fold.last_step_at or events[0].at,
            history=tuple(fold.history),
            finished=outcome is not None,
            outcome=outcome,
            belief=tuple(page.likely),
            ruled_out=tuple(page.ruled),
            progress=Progress(len(fold.history), float(rec.expected_cost) if rec else 0.0, minutes),
            tried=tuple(fold.tried),
            events=events,
            fold=fold,
            feedback=fold.feedback,
            details=dict(fold.details),
            no_home_fix=plan.phases[fold.phase].no_home_fix,
            dark=page.dark,
            never_on=never_on(fold, page.dark),
            before_back=tuple(before_going_back(plan, fold)),
            off_recorder=off_the_recorder(plan, fold),
            in_part=kept_summary(plan, fold),
        )

    def _fits_power(
        self, said: frozenset[str] | None, no_wifi: bool = False
    ) -> Callable[[str], bool]:
        """Which causes a step may name for the way the person said it is powered (and for a
        camera with no Wi-Fi of its own, `no_wifi`): made once."""
        if (said, no_wifi) not in self._shown:
            self._shown[said, no_wifi] = for_its_power(self.kb, said, no_wifi)
        return self._shown[said, no_wifi]

    def _fresh_setup(self, plan: CameraPlan, fold: Fold) -> tuple[float, float] | None:
        """`estimate.fresh_setup`, kept per camera and items at hand."""
        key = (plan.setup.key, fold.available)
        if key not in self._setup_ranges:
            self._setup_ranges[key] = fresh_setup(plan, fold)
        return self._setup_ranges[key]

    def _time_left(self, plan: CameraPlan, fold: SessionFold, ref: StepRef) -> TimeLeft:
        """The range of minutes left, and why it grew since the last answer (if it did)."""
        return time_shown(plan, fold, ref, self.recommender, self._fresh_setup)

    # -- commands -------------------------------------------------------------------------
    def command(self, state: SessionState, command: Command, at: datetime) -> SessionEvent:
        """Check a command against the state as it stands and return the event to append."""
        return vet(self.kb, state, command_event(state, command, at))
