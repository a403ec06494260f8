"""The state of a session as replay derives it, and the fold it was derived with.

A state keeps its own events and fold, so the next answer is folded onto it (one event) rather
than replaying the whole log; the fold is copied before that, so a state never changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import TYPE_CHECKING, Any

from camreset.core.guide.plan import CameraPlan
from camreset.core.kb.resolved import ResolvedModel
from camreset.core.kb.troubleshooting import Have, Phase
from camreset.core.present.said_notices import WAITING_AGAIN
from camreset.core.present.step import Cause, Step, StepRef
from camreset.core.present.way_outs import STILL_RESTARTING, WAITING_FOR_THE_RESTART
from camreset.core.present.words import CANT, SKIP
from camreset.core.session import no_sight
from camreset.core.session.app_got import reopened_by_the_app
from camreset.core.session.estimate import TimeLeft
from camreset.core.session.events import SessionEvent
from camreset.core.session.first_owner import freed_by_its_reset, on_first_owners_account
from camreset.core.session.fold import Fold
from camreset.core.session.light_seen import LIGHT_SEEN, app_after_light, light_on
from camreset.core.session.network import NetworkCheck, RemoteRecord
from camreset.core.session.online_fed import after_answer
from camreset.core.session.rules import (
    APP_REOPENS_RULES,
    COMMENT_KEPT_RULES,
    FIRST_OWNER_RULES,
)
from camreset.core.session.setup_light_fix import reset_by_its_light, took_by_its_light
from camreset.core.session.taken_back import TakenBack

if TYPE_CHECKING:
    from camreset.core.session.held_elsewhere import HoldStart
    from camreset.core.session.model_found import Found


@dataclass(frozen=True)
class HistoryEntry:
    """One answered step: what was asked, what the person said, when, how long it took, the
    hold the timer measured on it, why its result is not taken as evidence (`doubt`), and
    for a hold, the hold it asked for (`told`: support asks how long, measured or not)."""

    ref: StepRef
    kind: str
    title: str
    answer: str
    answer_label: str
    at: datetime
    seconds: float
    result: str | None = None
    held: float | None = None
    doubt: str | None = None
    told: str | None = None
    held_note: str | None = None
    """How `held` compares with the hold the page asked for (None: within it)."""
    away: float = 0.0
    """Of `seconds`, how long the session was left before this step was shown again."""
    overtaken: tuple[str, ...] = ()
    """Answers another screen gave this step at once, refused as this one landed first
    (core/session/overtaken.py), in their words."""
    wait: float | None = None
    """A wait's own length, as its page gave it: what a night away is measured against."""
    held_start: str | None = None
    """Where `held` was timed from, when it runs from a timer started on another screen to
    this answer ("starter", "other", "helpdesk", "" not known; core/session/held_elsewhere.py);
    None: timed on the answer's own screen, or not timed."""

    @property
    def step(self) -> str:
        return self.ref.id


@dataclass
class SessionFold(Fold):
    """The shared fold plus what only a session keeps: history, feedback, details, whether the
    checklist was asked, attempts whose failure proves little, and the fold before the last
    answer (to say why the time left grew)."""

    history: list[HistoryEntry] = field(default_factory=list)
    feedback: dict[str, Any] | None = None
    details: dict[str, Any] = field(default_factory=dict)
    last_step_at: datetime | None = None
    network_checks: list[NetworkCheck] = field(default_factory=list)
    remote_actions: list[RemoteRecord] = field(default_factory=list)
    asked: bool = False
    """Whether the person said what they have at hand (else: asked when a step needs it)."""
    rushed: dict[str, str] = field(default_factory=dict)
    """Attempts with a wait cut short, and how short."""
    held_note: str | None = None
    """How the hold in `held` compares with its page's (see `held_against`)."""
    doubtful: dict[str, str] = field(default_factory=dict)
    """Failed attempts whose failure is no evidence (a wait cut short, a short hold): why."""
    before: Fold | None = None
    shown: TimeLeft | None = None
    """The time left the state built from this fold shows (None once another event is
    folded): what the next answer's `before_shown` will be, so it is not worked out twice."""
    before_shown: TimeLeft | None = None
    """The time left shown before the last answer, when it was shown (else worked out)."""
    taken_back: tuple[TakenBack, ...] = ()
    """Answers undone, kept for the report (core/session/taken_back.py)."""
    found: Found | None = None
    """The model found on the label after the session started without it (model_found.py)."""
    sent_from: str | None = None
    """The attempt under way whose reset was sent from the app or web page: once it is over,
    the camera is said to have been fed then (core/session/online_fed.py)."""
    holding: HoldStart | None = None
    """The hold timer started last and not yet saved or answered (held_elsewhere.py)."""

    def copy(self) -> SessionFold:
        new = super().copy()  # every field as it is, the shared fold's mutable ones copied
        assert isinstance(new, SessionFold)
        new.history = list(self.history)
        new.feedback = dict(self.feedback) if self.feedback is not None else None
        new.details = dict(self.details)
        new.network_checks = list(self.network_checks)
        new.remote_actions = list(self.remote_actions)
        new.rushed = dict(self.rushed)
        new.doubtful = dict(self.doubtful)
        return new

    def answer(self, plan: CameraPlan, ref: StepRef, given: str) -> str | None:
        """A reset sent from the app or web page says the camera is fed, until it is said dark
        (core/session/online_fed.py)."""
        result = super().answer(plan, ref, given)
        after_answer(self, plan, ref, given)
        return result

    def check(self, plan: CameraPlan, ref: str, stage: int, answer: str) -> str | None:
        """A check answered "still restarting" goes back to the restart's wait, and the wait
        cut short before it no longer casts doubt: it is waited again. The app's "No" on a
        camera still on its first owner's account is no check at all: its page said the app
        cannot show it (terminal review 59: a Ring confirmed in setup mode was counted as not
        reset, and sent to its battery); the setup light before it decides."""
        if answer == "no" and self._app_cannot_tell(plan, ref, stage):
            result = super().check(plan, ref, stage, CANT)
            return f"{result} (by its setup light: {APP_CANNOT_TELL})" if self.reset else result
        if reset_by_its_light(self, plan, ref, stage, answer):  # a known fix comes first
            return took_by_its_light(self, plan, ref)
        if app_after_light(self, plan, ref, stage, answer):  # not reset, but it is on
            result = super().check(plan, ref, stage, answer)
            self.evidence.extend(light_on(self, plan))
            return f"{result} ({LIGHT_SEEN})"
        if answer == CANT and self.confirmed == (ref, stage - 1):  # the check before decides
            result = super().check(plan, ref, stage, answer)
            return f"{result} ({BY_THE_CHECK_BEFORE})" if result in CONFIRMED else result
        if answer != STILL_RESTARTING:
            return super().check(plan, ref, stage, answer)
        self.rushed.pop(ref, None)
        self.running = (ref, no_sight.wait_before(self, plan, ref, stage))
        return WAITING_FOR_THE_RESTART

    def set_have(self, plan: CameraPlan, have: frozenset[str]) -> None:
        """The checklist edited; the app got once the camera is reset reopens the steps for
        adding it the person could not do (phone review 60, #2: a Tapo C200 reset with no
        app was sent to support, then stayed there once the app was installed)."""
        before = frozenset(self.have)
        super().set_have(plan, have)
        got_app = Have.app.value in frozenset(self.have) - before
        if got_app and self.phase is Phase.setup and self.rules >= APP_REOPENS_RULES:
            self.excluded -= {a for a in plan.setup.actions if reopened_by_the_app(plan, a)}

    def take_feedback(self, data: dict[str, Any]) -> None:
        """Whether it worked, said (again): a later answer with no words of its own keeps the
        words given before (helpdesk review 60: an agent's "Yes" on the other screen wiped the
        customer's "picture freezes every night at 2am" from the report)."""
        said, before = dict(data), (self.feedback or {}).get("comment")
        if before and not said.get("comment") and self.rules >= COMMENT_KEPT_RULES:
            said["comment"] = before
        self.feedback, self.closed = said, True

    def action(self, plan: CameraPlan, ref: str, stage: int, answer: str) -> str | None:
        """A start-up wait kept on screen after "Not sure" is waited again in full: a "Not
        sure" given early is then no wait cut short (diff review 59: the attempt's later "No"
        was doubted, and the page said the person had gone on)."""
        result = super().action(plan, ref, stage, answer)
        if result == WAITING_AGAIN:
            self.rushed.pop(ref, None)
        return result

    def _app_cannot_tell(self, plan: CameraPlan, ref: str, stage: int) -> bool:
        """A log written before this reading keeps its own (diff review 59: one whose reset
        steps followed that "No" no longer replayed)."""
        page = plan.actions[ref].steps[stage]
        return (
            self.rules >= FIRST_OWNER_RULES
            and page.check == "app_finds"
            and (on_first_owners_account(self))
            and not freed_by_its_reset(self, plan.model)
        )

    def snapshot(self) -> Fold:
        """The shared part, copied: what the session was before the next answer."""
        return Fold(**{f.name: getattr(self, f.name) for f in fields(Fold)}).copy()


APP_CANNOT_TELL = "its app cannot show a camera still on its first owner's account"
BY_THE_CHECK_BEFORE = "by the check before: this one could not be done"
"""After a result an "I can't" reached through the check before it (phone review 60, #10: the
report put "camera reset" on an "I can't tell", none on the setup light seen before it)."""
CONFIRMED = frozenset({"camera reset", "camera added again"})


@dataclass(frozen=True)
class Progress:
    steps_done: int
    expected_minutes_left: float
    """The engine's weighed cost (support counted as 75 minutes): not a time to show people."""
    time_left: TimeLeft = field(default_factory=lambda: TimeLeft(0.0, 0.0))
    """The typical minutes left, as a range (core/session/estimate.py)."""


@dataclass(frozen=True)
class SessionState:
    model: ResolvedModel
    line: str
    form_factor: str | None
    have: frozenset[str]
    started_at: datetime
    current: Step
    current_since: datetime
    history: tuple[HistoryEntry, ...]
    finished: bool
    outcome: str | None
    belief: tuple[Cause, ...]
    ruled_out: tuple[Cause, ...]
    progress: Progress
    tried: tuple[str, ...]
    events: tuple[SessionEvent, ...]
    fold: SessionFold = field(repr=False, compare=False)
    feedback: dict[str, Any] | None = None
    details: dict[str, Any] = field(default_factory=dict)
    no_home_fix: frozenset[str] = frozenset()
    """Causes of this phase that no attempt at home for this camera addresses: a report that
    names one as likely says so (a Ring battery doorbell's "temporary fault … drained", 40 %,
    read as if it had been missed: helpdesk review 40)."""
    dark: bool = False
    """Said not to switch on, and nothing since says it is on: nothing read from it running
    can be asked for, and its steps are about its power."""
    never_on: bool = False
    """Dark, and no attempt in this phase got as far as its check (`dark.never_on`): its
    likely causes are only what keeps it dark."""
    before_back: tuple[Cause, ...] = ()
    """Sent back to resetting from adding it again: what then most likely stopped adding it
    (`causes.before_going_back`)."""
    off_recorder: bool = False
    """Its cable said to plug into a switch or an injector (`recorder_back.off_the_recorder`):
    support's asks about a recorder are left out."""
    in_part: str | None = None
    """What the latest reset, one a source found resets it only in part, left on the camera
    (its old admin password: `kept_password.kept_summary`), for the report's summary."""

    @property
    def can_undo(self) -> bool:
        """An answer given, or the model found on the label (taken back when no answer was
        given since: those before it were given on the usual steps and stay)."""
        return self.fold.found is not None or bool(self.history)

    @property
    def skipped_to_the_reset(self) -> bool:
        """Whether the opening's questions were skipped for a reset still under way, more than
        one answer back: its pages offer the first question again in one go (E F7)."""
        skipped = any(h.ref.kind == "opening" and h.answer == SKIP for h in self.history)
        ahead = not self.finished and self.phase == "reset" and self.current.ref.kind != "opening"
        return skipped and ahead and len(self.history) > 1

    @property
    def camera_name(self) -> str:
        """The camera as lists and headers name it: a camera camreset does not list, by the
        name on its label where one was given ("Foscam R2 (not on our list): Pan-tilt camera
        of another or unknown brand"); two such sessions read alike (review 63, #7)."""
        label = self.details.get("label_model") if self.model.generic else None
        return f"{label} (not on our list): {self.model.name}" if label else self.model.name

    @property
    def taken_back(self) -> tuple[TakenBack, ...]:
        """Answers the person took back (undo), oldest first."""
        return self.fold.taken_back

    @property
    def phase(self) -> str:
        """`reset` until the camera is back in setup mode, then `setup` (adding it again)."""
        return self.fold.phase.value

    @property
    def reset_done(self) -> bool:
        """Whether the reset took, as far as the person's checks said."""
        return self.fold.reset

    @property
    def network(self) -> tuple[NetworkCheck, ...]:
        """Every check camreset ran over the network in this session, oldest first."""
        return tuple(self.fold.network_checks)

    @property
    def remote(self) -> tuple[RemoteRecord, ...]:
        """Every reset or restart camreset sent over the network, oldest first."""
        return tuple(self.fold.remote_actions)

    @property
    def camera_address(self) -> str | None:
        """Where the camera last answered camreset: a check that found it, or a reset sent."""
        seen = [(c.at, c.address) for c in self.fold.network_checks if c.camera is not None]
        seen += [(r.at, r.address) for r in self.fold.remote_actions]
        return max(seen)[1] if seen else None

    @property
    def found(self) -> NetworkCheck | None:
        """The latest check in which a camera answered: who it is and where."""
        return next((c for c in reversed(self.fold.network_checks) if c.camera is not None), None)

    @property
    def have_asked(self) -> bool:
        """Whether the person said what is at hand (else it is asked when a step needs it)."""
        return self.fold.asked

    @property
    def cannot(self) -> frozenset[str]:
        """What the person said is not at hand and cannot be got."""
        return frozenset(self.fold.cannot)

    @property
    def reason(self) -> str | None:
        """Why the person is here, as the opening's first answer said (None: not said)."""
        return self.fold.opening.reason
