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

from camreset.bench.sim.answers import RECORDER_PORT, answer_question
from camreset.bench.sim.camera import Supply, VirtualCamera
from camreset.bench.sim.handling import (
    BRIEF_PRESS_SECONDS,
    BUTTON_HOLD,
    CAN_MANAGE,
    DO_MINUTES,
    FINDS_BUTTON,
    NEEDS,
    POWER_THEN_WEB,
    SETUP_FIXES,
    simulated,
)
from camreset.core.present.detour_steps import LAST_LOOK, RECHECK
from camreset.core.present.no_hub_yet import NO_HUB_YET
from camreset.core.present.step import Step, StepRef

DONE, CANT, YES, NO = "done", "cant", "yes", "no"
NETWORK = "network:"
"""Prefix of what camreset's check over the network found ("network:factory"): not the
person's answer but the camera's own, which the driver records as a network check."""
NETWORK_MINUTES = {"first": 1.0, "again": 0.3}
"""Minutes for a check over the network (the probe itself takes seconds): the first time the
person finds the camera's address (typed, or picked from "find my camera"), later ones only
press "check" with the address filled in (judgements)."""

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
    restarted: bool = False
    """The camera rebooted after the last press (a reset started), whatever it came back as."""
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
    power: str = "adapter"
    second_hand: bool = False
    finds: dict[str, float] = field(default_factory=lambda: dict(FINDS_BUTTON))
    odds: float = 1.0
    """Factor on `CAN_MANAGE` and `RECORDER_PORT` (`camreset bench --can-manage`)."""
    knows_button: bool = True
    key: str = ""
    """The case's key: seeds what belongs to the world rather than to one arm's person."""
    _seen: Counter[str] = field(default_factory=Counter)
    _told: Counter[str] = field(default_factory=Counter)
    _looks_next: bool = False
    """The check over the network said nothing: the person now looks at the camera."""
    _net_checked: set[str] = field(default_factory=set)
    """Attempts whose end the person already had checked over the network (once is enough)."""
    wrong: list[tuple[str, str, str]] = field(default_factory=list)
    """Each wrong answer given: (step kind.id, the true answer, the one given)."""

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
        if action == "vendor-code-reset":
            return bool({"computer", "app"} & self.have)
        if action == "poe-injector-check" and self.camera.supply.name != "injector":
            return True  # checks it and finds nothing wrong: still done
        swaps = POWER_THEN_WEB.get(action, action) == "swap-adapter"
        return not swaps or self.replacement() is not None

    # -- steps ----------------------------------------------------------------------------
    def act(self, step: Step, ref: StepRef, check: str | None = None) -> tuple[str, float]:
        """Answer whatever step a session shows: the opening, an item to get, a detour, a
        question or an attempt's page (`check`: the kind of check it is, if one)."""
        if ref.kind == "opening":
            return self.opening(step, ref.ref)
        if ref.kind == "tool":
            return ("have" if ref.ref in self.have else CANT), self._spend(READ_MINUTES)
        if ref.kind == "detour" and ref.ref == LAST_LOOK and check is not None:
            return self.check(step, check)  # one more look: the same check, read again
        if ref.kind == "detour" and ref.ref == RECHECK and ref.subject is not None:
            return self.answer(step, ref.subject)  # the same question, answered afresh
        if ref.kind == "detour":
            return self.why_cant(step, ref.subject or ""), self._spend(READ_MINUTES)
        if ref.kind == "question":
            return self.answer(step, ref.ref)
        return self.do(step, ref.ref, None, check)

    def opening(self, step: Step, which: str) -> tuple[str, float]:
        """The opening, truthfully: the simulated people all came because their own try
        failed (it did not reset, or it reset and adding it failed), and all tried."""
        if which == "reason":
            reset = self.camera.reset_committed
            return ("cant-add" if reset else "wont-reset"), self._spend(READ_MINUTES)
        if which == "tried":
            return YES, self._spend(0.1)
        return self.answer(step, which)

    def why_cant(self, step: Step, action: str) -> str:
        """Why this attempt cannot be done: the first thing it needs that is not at hand."""
        offered = {a.id for a in step.answers}
        lacking = [i for i in sorted(NEEDS.get(action, frozenset())) if i not in self.have]
        if POWER_THEN_WEB.get(action, action) == "swap-adapter" and self.replacement() is None:
            lacking.append("spare_adapter")
        reason = next((f"no-{i}" for i in lacking if f"no-{i}" in offered), "other")
        if reason == "other" and "offline" in offered and not self.camera.online:
            return "offline"  # what kept an app reset from being done: the app shows it offline
        return reason

    def do(
        self, step: Step, action: str | None, question: str | None, check: str | None = None
    ) -> tuple[str, float]:
        """Carry out one step (`check`: the kind of check it is, if one); (answer, minutes)."""
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
        if check is not None:
            return self.check(step, check)
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
        if t.from_power:  # held as the power comes back, timed from then
            cam.advance(READ_MINUTES * 60)
            return READ_MINUTES + self.hold_through_power_up(t.recommended)
        short = self._habit(self.habits.releases_early) and not step.unplugged
        if short:
            seconds = self.rng.uniform(1.5, 3.0)
        elif action in ("long-hold", "full-reset") or step.unplugged:
            seconds = t.recommended + self.rng.uniform(0, 1)
        else:
            seconds = self.watched_hold(t.min, t.max)
        cam.advance(READ_MINUTES * 60)  # reading the step, finding the pin
        if cam.plugged:
            self.memory.waited_seconds = cam.now - self.memory.plugged_at
        result = cam.press(self.knows_button, seconds)
        if cam.plugged:
            self.memory.hold_was_short, self.memory.reacted = short, result.reacted
            self.memory.restarted = result.triggered
            self.memory.pressed_since_plug = True
        return seconds / 60 + READ_MINUTES

    def hold_through_power_up(self, hold: float) -> float:
        """A reset held while the power comes back (the maker's reset on a recorder: hold,
        pull the cable and put it back, hold on `hold` seconds); the minutes it took."""
        short = self._habit(self.habits.releases_early)
        seconds = self.rng.uniform(1.5, 3.0) if short else hold + self.rng.uniform(0, 1)
        result = self.camera.press_through_power_up(self.knows_button, seconds)
        self.memory.plugged_at, self.memory.pressed_since_plug = self.camera.now, True
        self.memory.hold_was_short, self.memory.reacted = short, result.reacted
        self.memory.restarted = result.triggered
        return seconds / 60

    def watched_hold(self, low: float, high: float) -> float:
        """Let go a moment after the light changes, or give up at the longest time told."""
        change = self.camera.reaction_after(self.knows_button)
        if change is not None and change <= high:
            return max(low, change + self.rng.uniform(0.5, 1.5))
        return high

    def instruction(self, action: str) -> tuple[str, float]:
        """An attempt's instruction step; its ordinal within the attempt says which one."""
        if not simulated(action):  # a new attempt needs its physics first (handling.py)
            raise ValueError(f"the simulated person does not know attempt {action!r}")
        self._told[action] += 1
        cam, n = self.camera, self._told[action]
        if action in POWER_THEN_WEB:  # the power attempt's change, then the web page's reset
            action, n = (POWER_THEN_WEB[action], 1) if n == 1 else ("web-reset", 1)
        minutes = DO_MINUTES[action] + READ_MINUTES
        if action in {"app-reset", "web-reset", "remote-reset"}:
            return self.software_reset(action == "app-reset", minutes)
        if action == "vendor-code-reset":
            return self.vendor_code(minutes)
        cam.advance(minutes * 60)  # the handling comes first: walking, swapping, tapping
        if action in self.finds and not self.knows_button:
            self.knows_button = self.rng.random() < self.finds[action]
        if not self.manages(action):
            return CANT, minutes
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
        else:
            self.other_instruction(action)
        return DONE, minutes

    def manages(self, action: str) -> bool:
        """Whether the people this attempt depends on come through, the same in every arm."""
        chance = CAN_MANAGE.get(action)
        if chance is None:
            return True
        return random.Random(f"{self.key}:manage:{action}").random() < min(1.0, chance * self.odds)

    def other_instruction(self, action: str) -> None:
        """What the power and setup attempts do to the world."""
        cam, setup = self.camera, self.camera.setup
        supply = cam.supply
        healthy = Supply(supply.name, cable=supply.cable)
        if action == "poe-other-port":
            better = (
                healthy
                if supply.name == "budget"
                and random.Random(f"{self.key}:recorder-port").random()
                < min(1.0, RECORDER_PORT * self.odds)
                else None
            )
            self.replug(30, outlet="other", supply=better)
        elif action == "poe-short-cable":
            self.replug(30, supply=Supply(supply.name, weak=supply.weak))
        elif (action == "poe-injector-check" and supply.name == "injector") or (
            action == "poe-free-budget" and supply.name == "budget"
        ):
            self.replug(30, supply=Supply("port"))
        elif action == "doorbell-power":  # breaker off for a minute, then a good supply
            self.replug(60, supply=healthy if supply.name == "transformer" else None)
        elif action == "charge-battery" and supply.weak and supply.name == "battery":
            self.replug(60, supply=healthy)
        elif action == "hub-check":
            setup.hub_link = False
        elif action == "known-fix":  # a tap: no reset (below a unit's hold_min); adding next
            cam.press(self.knows_button, BRIEF_PRESS_SECONDS)
        elif action in SETUP_FIXES:
            setattr(setup, SETUP_FIXES[action], False)

    def software_reset(self, from_app: bool, minutes: float) -> tuple[str, float]:
        waited = 0.0
        while not self.camera.online and waited < ONLINE_PATIENCE:
            self.camera.advance(15)
            waited += 15
        if not self.camera.online:
            return CANT, self._spend(READ_MINUTES) + waited / 60
        self.camera.software_reset(from_app)
        return DONE, self._spend(minutes) + waited / 60

    def vendor_code(self, minutes: float) -> tuple[str, float]:
        """The vendor's recovery code: needs the camera on the network and support in time."""
        spent = self._spend(minutes)
        if not self.manages("vendor-code-reset"):
            return CANT, spent
        self.camera.recover_password()
        return DONE, spent

    # -- questions ------------------------------------------------------------------------
    def check(self, step: Step, check: str) -> tuple[str, float]:
        """A check that ends an attempt: setup light, the app finding it, or adding it. Where
        camreset can answer it over the network, the person lets it first, and looks at the
        camera only when that finds no answer."""
        cam = self.camera
        action = step.ref.ref
        if step.network and not self._looks_next and action not in self._net_checked:
            self._net_checked.add(action)
            found = cam.network_reply(wired=self.power == "poe")
            self._looks_next = found == "no-answer"
            return NETWORK + found, self._spend(self._network_minutes())
        self._looks_next = False
        if check == "added":
            truth = YES if cam.add() else NO
            return self._maybe_wrong(step, truth), self._spend(READ_MINUTES + 2.0)
        if check == "new_password":
            return self._maybe_wrong(step, YES if cam.in_setup_mode else NO), self._spend(1.0)
        if check == "still_works":
            return self._maybe_wrong(step, YES if cam.in_hand else NO), self._spend(1.0)
        truth = YES if (cam.in_setup_mode if check == "setup_mode" else cam.findable) else NO
        return self._maybe_wrong(step, truth), self._spend(READ_MINUTES)

    def _network_minutes(self) -> float:
        first = not self._seen["network"]
        self._seen["network"] += 1
        return NETWORK_MINUTES["first" if first else "again"]

    def answer(self, step: Step, question: str) -> tuple[str, float]:
        if step.network:  # camreset asks the camera: its own answer, never misread
            found = self.camera.network_reply(wired=self.power == "poe")
            return NETWORK + found, self._spend(self._network_minutes())
        truth, minutes = answer_question(self, question)
        return self._maybe_wrong(step, truth), self._spend(minutes)

    def _maybe_wrong(self, step: Step, truth: str) -> str:
        if self.error_rate <= 0 or self.rng.random() >= self.error_rate:
            return truth
        # A wrong answer is another of the engine's answers (a light pattern counts as its
        # rhythm, "no light" as none), so more light patterns do not tilt which is picked.
        # "I have no <hub> yet" is the session's, not the engine's: every simulated owner
        # has the hub, and one who has it does not say so by mistake.
        meant = dict.fromkeys(step.counts_as(a.id) for a in step.answers if a.role == "answer")
        others = [a for a in meant if a not in {truth, "not_sure", CANT, NO_HUB_YET}]
        if not others:
            return truth
        given = self.rng.choice(others)
        self.wrong.append((f"{step.ref.kind}.{step.ref.ref}", truth, given))
        return given
