"""A simulated person: carries out the step a session shows on the virtual camera.

The person reads a step by its kind and its action or question id (as in a session step id)
and does what it says, with the time it takes in simulated minutes. Habits are the person's
own causes of failure: letting go after a few seconds, pressing right after plugging in,
pressing the wrong hole (or the cover). Told otherwise, a person still slips back into a habit
with probability `slip`. Answers are wrong with probability `error_rate` (see `answers`).
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field

from camreset.bench.sim.answers import answer_question
from camreset.bench.sim.camera import Supply, VirtualCamera
from camreset.core.present.step import Step

DONE, CANT, YES, NO = "done", "cant", "yes", "no"

BUTTON_HOLD = {"guided-reset", "find-button", "long-hold", "vendor-instructions"}
"""Attempts that press the button without a power step of their own (their hold page says to
leave the camera plugged in)."""
NEEDS: dict[str, frozenset[str]] = {
    "guided-reset": frozenset({"pin"}),
    "find-button": frozenset({"pin"}),
    "long-hold": frozenset({"pin"}),
    "vendor-instructions": frozenset({"pin"}),
    "drained-power-cycle": frozenset({"pin"}),
    "other-outlet": frozenset({"pin", "other_outlet"}),
    "swap-adapter": frozenset({"pin"}),
    "remove-from-app": frozenset({"app"}),
    "app-reset": frozenset({"app"}),
    "web-reset": frozenset({"computer", "admin_password"}),
}
"""What each attempt physically needs at hand (the simulator's own list)."""
FINDS_BUTTON = {"guided-reset": 0.5, "find-button": 0.95, "vendor-instructions": 0.8}
"""P(a person who presses the wrong place finds the button when this step shows where it is)."""
DO_MINUTES = {
    "guided-reset": 1.0,
    "find-button": 3.0,
    "other-outlet": 1.5,
    "swap-adapter": 3.0,
    "drained-power-cycle": 0.3,
    "remove-from-app": 2.0,
    "app-reset": 2.0,
    "web-reset": 6.0,
    "vendor-instructions": 8.0,
}
"""Minutes of handling for an attempt's instruction steps (reading, walking, tapping)."""
READ_MINUTES = 0.3
ONLINE_PATIENCE = 180.0
"""Seconds a person waits for the camera to show as online before saying they cannot."""


@dataclass(frozen=True)
class Habits:
    releases_early: bool = False
    presses_before_boot: bool = False
    misses_button: bool = False


@dataclass
class Memory:
    """What the person remembers of the last try (answers to "how long", "did it react")."""

    hold_was_short: bool = False
    waited_seconds: float = 1e9
    reacted: bool = False
    plugged_at: float = -1e9
    pressed_since_plug: bool = True


@dataclass
class Person:
    camera: VirtualCamera
    rng: random.Random
    have: frozenset[str]
    habits: Habits = field(default_factory=Habits)
    error_rate: float = 0.0
    slip: float = 0.1
    remembers_update: bool = False
    spare: Supply = field(default_factory=lambda: Supply("spare"))
    original: Supply | None = None
    memory: Memory = field(default_factory=Memory)
    knows_button: bool = True
    _seen: Counter[str] = field(default_factory=Counter)
    _told: Counter[str] = field(default_factory=Counter)

    def __post_init__(self) -> None:
        self.knows_button = not self.habits.misses_button

    def _habit(self, has_habit: bool) -> bool:
        """True when the habit wins over the instruction this time."""
        return has_habit and self.rng.random() < self.slip

    def _spend(self, minutes: float) -> float:
        self.camera.advance(minutes * 60)
        return minutes

    def replacement(self) -> Supply | None:
        """The adapter the person would swap to: the original if not on it, else a spare."""
        if self.original is not None and self.camera.supply is not self.original:
            return self.original
        return self.spare if "spare_adapter" in self.have else None

    def can_do(self, action: str) -> bool:
        if not NEEDS.get(action, frozenset()) <= self.have:
            return False
        return action != "swap-adapter" or self.replacement() is not None

    # -- steps ----------------------------------------------------------------------------
    def do(self, step: Step, action: str | None, question: str | None) -> tuple[str, float]:
        """Carry out one step; (answer id, minutes it took)."""
        if question is not None:
            return self.answer(step, question)
        assert action is not None
        first = self._seen[action] == 0
        self._seen[action] += 1
        if first and not self.can_do(action):
            return CANT, self._spend(READ_MINUTES)
        if first and action in BUTTON_HOLD and self._habit(self.habits.presses_before_boot):
            # Their routine, off and on again and press, even though these attempts' hold
            # page says not to unplug the camera first.
            self.replug(5)
        if step.kind == "question":
            return self.check_setup(step)
        if step.kind == "wait":
            return DONE, self.wait(step.wait_seconds or 0)
        if step.timer is not None:
            return DONE, self.hold(step, action)
        return self.instruction(action)

    def replug(
        self, seconds: float, outlet: str | None = None, supply: Supply | None = None
    ) -> None:
        self.camera.unplug()
        self.camera.advance(seconds)
        self.camera.plug(outlet, supply)
        self.memory.plugged_at, self.memory.pressed_since_plug = self.camera.now, False

    def wait(self, seconds: float) -> float:
        fresh = self.camera.plugged and not self.memory.pressed_since_plug
        if fresh and self._habit(self.habits.presses_before_boot):
            seconds = self.rng.uniform(10, 20)
        return self._spend(seconds / 60 + READ_MINUTES)

    def hold(self, step: Step, action: str) -> float:
        """Hold as told, watching for the light, unless the early-release habit wins."""
        assert step.timer is not None
        t, cam = step.timer, self.camera
        short = self._habit(self.habits.releases_early) and not step.unplugged
        if short:
            seconds = self.rng.uniform(1.5, 3.0)
        elif action == "long-hold" or step.unplugged:
            seconds = t.recommended + self.rng.uniform(0, 1)
        else:
            seconds = self.watched_hold(t.min, t.max)
        cam.advance(READ_MINUTES * 60)  # reading the step, finding the pin
        if cam.plugged:
            self.memory.waited_seconds = cam.now - self.memory.plugged_at
        result = cam.press(self.knows_button, seconds)
        if cam.plugged:
            self.memory.hold_was_short, self.memory.reacted = short, result.reacted
            self.memory.pressed_since_plug = True
        return seconds / 60 + READ_MINUTES

    def watched_hold(self, low: float, high: float) -> float:
        """Let go a moment after the light changes, or give up at the longest time told."""
        change = self.camera.reaction_after(self.knows_button)
        if change is not None and change <= high:
            return max(low, change + self.rng.uniform(0.5, 1.5))
        return high

    def instruction(self, action: str) -> tuple[str, float]:
        """An attempt's instruction step; its ordinal within the attempt says which one."""
        self._told[action] += 1
        cam, n = self.camera, self._told[action]
        minutes = DO_MINUTES.get(action, 1.0) + READ_MINUTES
        if action in {"app-reset", "web-reset"}:
            return self.software_reset(action == "app-reset", minutes)
        cam.advance(minutes * 60)  # the handling comes first: walking, swapping, tapping
        if action in FINDS_BUTTON and not self.knows_button:
            self.knows_button = self.rng.random() < FINDS_BUTTON[action]
        if action == "other-outlet":
            self.replug(30, outlet="other")
        elif action == "swap-adapter":
            self.replug(45, supply=self.replacement())
        elif action == "drained-power-cycle":
            if n == 1:
                cam.unplug()
            else:
                self.replug(0)
        elif action == "remove-from-app":
            if n == 1:
                cam.remove_binding()
            else:
                self.replug(5)
        return DONE, minutes

    def software_reset(self, from_app: bool, minutes: float) -> tuple[str, float]:
        waited = 0.0
        while not self.camera.online and waited < ONLINE_PATIENCE:
            self.camera.advance(15)
            waited += 15
        if not self.camera.online:
            return CANT, self._spend(READ_MINUTES) + waited / 60
        self.camera.software_reset(from_app)
        return DONE, self._spend(minutes) + waited / 60

    # -- questions ------------------------------------------------------------------------
    def check_setup(self, step: Step) -> tuple[str, float]:
        truth = YES if self.camera.in_setup_mode else NO
        return self._maybe_wrong(step, truth), self._spend(READ_MINUTES)

    def answer(self, step: Step, question: str) -> tuple[str, float]:
        truth, minutes = answer_question(self, question)
        return self._maybe_wrong(step, truth), self._spend(minutes)

    def _maybe_wrong(self, step: Step, truth: str) -> str:
        if self.error_rate <= 0 or self.rng.random() >= self.error_rate:
            return truth
        others = [a.id for a in step.answers if a.id not in {truth, "not_sure", CANT}]
        return self.rng.choice(others) if others else truth
