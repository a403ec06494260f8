"""A model found on the label after a session started without it: what carries over.

A person (or the helpdesk agent on the call) started with "I don't know my model", another
brand, or no brand known, and finds the model on the label halfway. Starting again lost the
answers given, the helpdesk's reference and the short code. A `model-found` event instead
keeps the session, and replay goes on with the model's own steps from there.

What carries over is what is about the person and the camera, not about the steps of a camera
in general: what is at hand (the checklist, and "do you have …?" answers); the power said at
the start where the model's sources allow it; the opening's answers (why they are here, what
their own try showed) as long as the model's opening asks the same question at that point;
and answers to questions the model's steps ask too, where its page offers the same answer
(how it is powered, whether the outlet works). A reset that took (its checks said yes) stays
taken: the camera is in setup mode whatever its model. Attempts are not replayed: their hold
time, button and signs were the usual ones, not the model's, so their failure says nothing of
the model's own steps; they stay in the report as done, before the model was found.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from camreset.core.guide.plan import CameraPlan
from camreset.core.kb.knowledge import OTHER, KnowledgeBase
from camreset.core.kb.troubleshooting import Phase
from camreset.core.present.found_words import (
    ALREADY_DONE,
    HAS_A_MODEL,
    OLDER_SESSION,
    found_notice,
    started_as,
)
from camreset.core.present.found_words import (
    other_camera as other_camera_words,
)
from camreset.core.present.step import StepRef
from camreset.core.present.steps import StepRenderer
from camreset.core.present.words import STOP
from camreset.core.session import opening
from camreset.core.session.events import SessionEvent
from camreset.core.session.intake import parse_power
from camreset.core.session.later_rules import MODEL_FOUND_RULES
from camreset.core.session.power_said import check_said_power, say_power
from camreset.core.session.screens import screen_marks
from camreset.core.session.shown import shown_step
from camreset.errors import CamresetError, ModelFoundError, SessionError

if TYPE_CHECKING:
    from camreset.core.session.state import SessionFold, SessionState

DOORBELL = "doorbell"
"""The one shape never taken for another: a doorbell is not a camera on a shelf or a wall."""
MODEL_FOUND = "model-found"
"""The event's type."""
FOUND_DONE = ("done", "not_needed")
"""Ends after which a model found changes nothing: the camera works, or needed no reset."""


@dataclass(frozen=True)
class Found:
    """When the model was found, what the session had started as, and how many answers were
    given before (undo never takes those back: they were on the steps of a camera in general)."""

    at: datetime
    model: str
    started_as: str
    before: int
    kept: tuple[str, ...]
    carried: frozenset[str] = frozenset()
    """The steps (ids) answered before whose answers the model's steps took as their own; the
    report marks the others (an answer its page does not offer read as the model's: N F11)."""


def refusal(state: SessionState) -> str | None:
    """Why this session cannot take a model found (it has a model, it is older than the
    readings, its camera works), or None: one reason, so no page offers what is refused."""
    if not state.model.generic:
        return HAS_A_MODEL.format(name=state.model.name)
    if state.fold.rules < MODEL_FOUND_RULES:
        return OLDER_SESSION
    if state.outcome in FOUND_DONE:
        return ALREADY_DONE
    return None


def can_find(state: SessionState) -> bool:
    """Whether "I found the model" is offered: only where it would be taken."""
    return refusal(state) is None


def found_event(
    state: SessionState,
    model: str,
    at: datetime,
    typed: object = None,
    said: Mapping[str, object] | None = None,
) -> SessionEvent:
    """The `model-found` event for a session started without its model; ModelFoundError
    saying why not (see `refusal`). `said`: the command's data, whose screen marks it keeps,
    as an answer does: a desk read "The session has changed on another screen" and could not
    tell who found the model (merged-diff review 71 N, F2). Keys only added: replay reads the
    model and the name typed alone, so an older event without them replays as it ran."""
    if (refused := refusal(state)) is not None:
        raise ModelFoundError(refused)
    if not model:
        raise ModelFoundError("say which model was found on the label")
    data = {"model": model, **({"typed": str(typed)} if typed else {})}
    data |= screen_marks(state.events, said or {})
    return SessionEvent(type=MODEL_FOUND, at=at, data=data)


def vet(kb: KnowledgeBase, state: SessionState, event: SessionEvent) -> SessionEvent:
    """`event`, unless it is a model found of another camera (ModelFoundError saying so)."""
    if event.type == MODEL_FOUND and (
        other := other_camera(kb, state.events[0].data, str(event.data["model"]))
    ):
        raise ModelFoundError(other)
    return event


def other_camera(kb: KnowledgeBase, said: Mapping[str, object], model_id: str) -> str | None:
    """Why a found model is refused as another camera (its brand is not the one the session
    started with, or one is a doorbell and the other not), or None: the person chose those at
    the start, so another is far likelier a label read off the wrong camera or box. `said`:
    the `started` event's data (its `line` and `form_factor`)."""
    model = kb.models.get(model_id)
    line_id = str(said.get("line") or OTHER)
    if model is None:
        return None
    found_line = kb.line_of(model_id)
    line = kb.lines.get(line_id) if line_id != OTHER else None
    shape = str(said.get("form_factor") or "") or None
    own = model.form_factor.value if model.form_factor else None
    brand_differs = line is not None and line.brand != found_line.brand
    doorbell = shape is not None and own is not None and (shape == DOORBELL) != (own == DOORBELL)
    if not (brand_differs or doorbell):  # indoor or pan-tilt, outdoor or bullet: often both
        return None
    brand_shape = (line.brand if line is not None else "", shape)
    return other_camera_words(brand_shape, (model.name, found_line.brand, own))


def started_first(kb: KnowledgeBase, started: SessionEvent, ids: Sequence[str]) -> list[str]:
    """The closest models to a name typed, those the session could take first ("Doorbell 9" on
    a Ring doorbell's session listed Blink, Kasa and Swann before Ring: review N F6)."""
    return said_first(kb, started.data, ids)


def said_first(kb: KnowledgeBase, said: Mapping[str, object], ids: Sequence[str]) -> list[str]:
    """`started_first` for the brand and shape asked for (`line`, `form_factor`) before any
    session exists: an API client starting a Ring doorbell's session with a name no model has
    (session 73). Otherwise in the order given: nothing said, nothing moves."""
    known = [i for i in ids if i in kb.models]
    return sorted(known, key=lambda i: other_camera(kb, said, i) is not None)


def found_at(
    events: Sequence[SessionEvent], kept: Sequence[SessionEvent], rules: int
) -> tuple[int | None, int]:
    """Where the model found that counts is in `kept` (None: none) and in the whole log
    (its length: none): one taken back by an undo stays in the log only."""
    found = found_index(kept, rules)
    if found is None:
        return None, len(events)
    return found, next(i for i, e in enumerate(events) if e is kept[found])


def found_index(events: Sequence[SessionEvent], rules: int) -> int | None:
    """Where in `events` the model was found (None: it was not); SessionError for one in a log
    written under readings that had none (a row added by hand)."""
    at = next((i for i, e in enumerate(events) if e.type == MODEL_FOUND), None)
    if at is not None and rules < MODEL_FOUND_RULES:
        raise SessionError(f"a model found later is not read in a log under rules {rules}")
    return at


def started_words(kb: KnowledgeBase, started: SessionEvent) -> str:
    """What the session began as, from its `started` event."""
    line_id = str(started.data.get("line") or OTHER)
    line = kb.lines.get(line_id) if line_id != OTHER else None
    form_factor = started.data.get("form_factor")
    return started_as(line.name if line else None, str(form_factor) if form_factor else None)


class Carry:
    """The fold of the model's own steps, fed the events before it was found that still hold."""

    def __init__(
        self,
        plan: CameraPlan,
        renderer: StepRenderer,
        fold: SessionFold,
        fold_event: Callable[[SessionEvent], None],
    ) -> None:
        self.plan, self.renderer, self.fold, self._fold_event = plan, renderer, fold, fold_event
        self.kept: set[str] = set()
        self.carried: set[str] = set()

    def start(self, started: SessionEvent) -> None:
        """The checklist and the power said at the start, where the model's sources allow it."""
        if started.data.get("have"):
            self.kept.add("have")
        said = started.data.get("power") or started.data.get("said_power")
        kind = parse_power(str(said)) if said else None
        if kind is None:
            return
        try:
            check_said_power(self.plan, kind)
        except CamresetError:  # its sources give it another power: asked again
            return
        say_power(self.plan, self.fold, kind)
        if self.fold.said_power is not None:  # not a camera its sources give one way alone
            self.kept.add("power")

    def offer(self, event: SessionEvent) -> None:
        """Fold `event` in if it still means the same for the model."""
        if event.type in ("have", "details"):
            self._fold_event(event)
            if event.type == "have":
                self.kept.add("have")
            return
        if event.type not in ("answered", "done", "skipped") or event.step is None:
            return
        if event.answer == STOP:  # "Stop here": of the usual steps, not of the model's
            return
        ref = StepRef.parse(event.step)
        kind = self._fits(ref, str(event.answer))
        if kind is not None:
            self._fold_event(event)
            self.kept.add("power" if ref.ref in self.fold.powered else kind)
            self.carried.add(event.step)

    def _fits(self, ref: StepRef, answer: str) -> str | None:
        fold, plan = self.fold, self.plan
        if ref.kind == "tool":
            return "have"
        if ref.kind == "opening":
            if fold.opening.done or opening.current(plan, fold.opening) != ref.ref:
                return None  # its opening asks another question here: asked afresh
        elif ref.kind == "question":
            phase = plan.reset if fold.phase is Phase.reset else plan.setup
            if fold.outcome is not None or not fold.opening.done or ref.ref not in phase.questions:
                return None
        else:
            return None  # an attempt's page, a detour, an end: the usual steps, not its own
        step = shown_step(plan, self.renderer, fold, StepRef(0, ref.kind, ref.ref))
        if not step.offers(answer):
            return None
        return ref.kind

    def follow(self, before: SessionFold) -> None:
        """A reset that took before the model was found stays taken (and one gone back on,
        gone back on): the camera is in setup mode, or not, whatever its model."""
        if before.phase is Phase.setup and self.fold.phase is Phase.reset and before.reset:
            self.fold.reset = True
            self.fold.switch(Phase.setup, self.plan)
            self.kept.add("setup")
        elif before.phase is Phase.reset and self.fold.phase is Phase.setup:
            self.fold.reset = False
            self.fold.switch(Phase.reset)
            self.kept.discard("setup")

    def found(self, event: SessionEvent, name: str, started: str, before: SessionFold) -> None:
        """Take over the history as it was shown, and say what was kept above the next step."""
        fold = self.fold
        fold.history = list(before.history)
        fold.network_checks = list(before.network_checks)
        fold.remote_actions = list(before.remote_actions)
        fold.last_step_at = event.at
        fold.before = fold.before_shown = None  # its time left is the model's: no "grew"
        fold.opening.notice = found_notice(name, sorted(self.kept))
        fold.taken_back = before.taken_back
        kept = tuple(sorted(self.kept))
        model = str(event.data.get("model"))
        carried = frozenset(self.carried)
        fold.found = Found(event.at, model, started, len(before.history), kept, carried)
