"""Shared fixtures: the shipped knowledge base and a guide over it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.present.step import StepRef
from camreset.core.present.words import SKIP
from camreset.core.session import Command, Guide, SessionEvent, SessionState
from camreset.core.session.intake import DEFAULT_HAVE, parse_form_factor, parse_have
from camreset.kb_files import load_kb

T0 = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return load_kb()


@pytest.fixture(scope="session")
def guide(kb: KnowledgeBase) -> Guide:
    return Guide(kb)


class Driver:
    """Applies commands one simulated minute apart, folding each onto the state as the service
    does (one event at a time)."""

    def __init__(self, guide: Guide, start: SessionEvent) -> None:
        self.guide = guide
        self.state: SessionState = guide.replay([start])
        self.gap = timedelta(minutes=1)
        """Between answers. A 3-minute restart answered a minute in was cut short: its
        failure is no evidence (set `gap` longer where a test needs a person who waits)."""

    @property
    def events(self) -> list[SessionEvent]:
        return list(self.state.events)

    def command(self, answer: str | None, type: str = "answer", **extra: Any) -> SessionEvent:
        at = T0 + self.gap * len(self.state.events)
        step = extra.pop("step", self.state.current.id)
        return self.guide.command(self.state, Command(type, step, answer, **extra), at)

    def send(self, answer: str | None, type: str = "answer", **extra: Any) -> None:
        self.state = self.guide.extend(self.state, [self.command(answer, type, **extra)])

    def finish_action(self, check: str) -> None:
        """Answer "done" until the attempt's deciding check (setup mode while resetting, added
        while adding it again), then answer it; a reset done while adding it again takes."""
        for _ in range(60):
            if self.state.current.offers("yes") and not (
                self.state.phase == "setup" and setup_mode_check(self, self.state.current.ref)
            ):
                break
            self.send("yes" if self.state.current.offers("yes") else "done")
        else:
            raise AssertionError(f"60 steps and no deciding check: {self.state.current.title!r}")
        self.send(check)

    def pick(self, *prefer: str) -> None:
        """Send the first of `prefer` the step offers (by default: no, done, not sure, can't),
        else its first plain answer."""
        step = self.state.current
        order = prefer or ("no", "done", "not_sure", "cant")
        first = next(a.id for a in step.answers if a.role == "answer")
        self.send(next((a for a in order if step.offers(a)), first))

    def skip_opening(self) -> None:
        """Skip the opening questions: straight to the engine's steps."""
        if self.state.current.ref.kind == "opening":
            self.send(SKIP)


def start_event(guide: Guide, **start: Any) -> SessionEvent:
    """A `started` event from plain ids, checked as the session service checks them."""
    have = start.pop("have", DEFAULT_HAVE)
    ff = parse_form_factor(start.pop("form_factor", None))
    told = None if have is None else parse_have(have)
    return guide.start(at=T0, have=told, form_factor=ff, **start)


def answered(guide: Guide, answers: Sequence[str], **start: Any) -> SessionState:
    """A session started with `start`, after `answers` in turn, each one its step offers."""
    state = guide.replay([start_event(guide, **start)])
    for answer in answers:
        assert state.current.offers(answer), (state.current.id, answer)
        cmd = Command("answer", state.current.id, answer)
        state = guide.extend(state, [guide.command(state, cmd, T0)])
    return state


def pages_shown(d: Driver, told: dict[str, str], steps: int = 40) -> list[str]:
    """Each attempt or question as it first shows, until the end: a page named in `told`
    gets that answer, a check over the network is skipped, a reset done while adding it
    again takes (its setup-mode check: yes), any other page "no", "done" or "not sure"
    (whichever it offers first)."""
    shown: list[str] = []
    for _ in range(steps):
        step = d.state.current
        if d.state.finished:
            break
        if step.ref.stage == 0:
            shown.append(step.ref.ref)
        if step.ref.ref in told:
            d.send(told[step.ref.ref])
        elif step.network:
            d.send("not_sure")
        elif d.state.phase == "setup" and setup_mode_check(d, step.ref):
            d.send("yes")
        else:
            d.pick("no", "done", "not_sure")
    return shown


def on_to(d: Driver, ref: str, steps: int = 40) -> Driver:
    """`d` answered "no", "done" or "not sure" until page `ref` shows (it must)."""
    for _ in range(steps):
        if d.state.current.ref.ref == ref:
            break
        d.pick("no", "done", "not_sure")
    assert d.state.current.ref.ref == ref
    return d


SETUP_CHECK = "Is the camera in setup mode now?"


def done_to_setup_check(d: Driver, steps: int = 100) -> Driver:
    """`d` answered "done" until "Is the camera in setup mode now?" shows (it must)."""
    for _ in range(steps):
        if d.state.current.title == SETUP_CHECK:
            return d
        d.send("done")
    raise AssertionError(f"{steps} steps and still not at {SETUP_CHECK!r}: {d.state.current.title}")


WIFI_STEPS = {
    "two-bands",
    "use-2g-network",
    "check-wifi-details",
    "wpa2-mixed",
    "allow-permissions",
}
"""The Wi-Fi attempts and questions while a camera is added again (not on its cable alone)."""

WONT_RESET = ("wont-reset", "few-seconds", "nothing", "no-restart")
"""The opening as a review told it: it won't reset, held a few seconds, nothing happened, no
restart after."""


def after_the_opening(make: Callable[..., Driver], model: str) -> Driver:
    """A session for `model` (a pin and the app at hand) past the opening told as WONT_RESET."""
    d = make(model=model, have=("pin", "app"), opening=True)
    for answer in WONT_RESET:
        d.send(answer)
    return d


def to_the_end(d: Driver, told: dict[str, str], steps: int = 60) -> Driver:
    """`d` answered to its end: a page named in `told` gets that answer where it offers it,
    an item asked for "I can't", any other page "no", "done", "not sure" or "I can't"."""
    for _ in range(steps):
        step = d.state.current
        if step.kind == "outcome":
            return d
        if step.ref.ref in told and step.offers(told[step.ref.ref]):
            d.send(told[step.ref.ref])
        elif step.ref.kind == "tool":
            d.send("cant")
        else:
            d.pick("no", "done", "not_sure", "cant")
    raise AssertionError("no end")


def replayed_under(d: Driver, rules: int) -> SessionState:
    """`d`'s log replayed as if it had been started under `rules` (an older log)."""
    return started_under(d.guide, d.state, rules)


def started_under(guide: Guide, state: SessionState, rules: int) -> SessionState:
    """`state`'s log replayed as if it had been started under `rules` (an older log)."""
    started, *rest = state.events
    old = started.model_copy(update={"data": {**started.data, "rules": rules}})
    return guide.replay([old, *rest])


def as_started_under(d: Driver, rules: int) -> Driver:
    """`d`, its log from now on that of a session started under `rules` (an older log, which
    still replays so: a camera that no longer behaves so for new sessions still does for it)."""
    d.state = started_under(d.guide, d.state, rules)
    return d


def setup_mode_check(d: Driver, ref: StepRef) -> bool:
    """Whether `ref` is an attempt's "is it in setup mode now?" page."""
    if ref.kind != "action":
        return False
    plan, _ = d.guide.plan(d.state.model)
    return plan.actions[ref.ref].steps[ref.stage].check == "setup_mode"


def reset_check(d: Driver, ref: StepRef) -> bool:
    """A reset's check that it took, or the setup-mode check of a reset done while adding it."""
    if d.state.phase == "setup":
        return setup_mode_check(d, ref)
    plan, _ = d.guide.plan(d.state.model)
    return ref.kind == "action" and plan.actions[ref.ref].steps[ref.stage].check is not None


@pytest.fixture
def make_driver(guide: Guide) -> Callable[..., Driver]:
    """Start a session with the given choices and return its driver, past the opening unless
    `opening=True`."""

    def make(opening: bool = False, **start: Any) -> Driver:
        driver = Driver(guide, start_event(guide, **start))
        if not opening:
            driver.skip_opening()
        return driver

    return make


@pytest.fixture
def t0() -> datetime:
    return T0


@pytest.fixture
def driver(guide: Guide) -> Driver:
    """A Tapo C200 session past its opening, with a pin, its adapter, an outlet and the app."""
    have = frozenset({"pin", "original_adapter", "other_outlet", "app"})
    d = Driver(guide, start_event(guide, model="tapo-c200", have=have))
    d.skip_opening()
    return d


def second_hand(make_driver: Callable[..., Driver], model: str, *said: str) -> Driver:
    """A buyer's session: "It came from someone else", not reset since, then `said`; with
    the app and a pin at hand, sitting every wait out."""
    d: Driver = make_driver(model=model, have=("pin", "app"), opening=True)
    d.gap = timedelta(minutes=10)
    for answer in ("second-hand", "no", *said):
        d.send(answer)
    return d
