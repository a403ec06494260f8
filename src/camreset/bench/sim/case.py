"""Simulated cases: a camera line, a model, one cause, what the person has at hand.

The cause is drawn from the line's priors (the same judgement the product starts from), the
model uniformly from the line, the items at hand from `HAVE_PROBABILITY`. `build_world` then
injects the cause as a fault of the camera or a habit of the person, with its own seeded
random stream, and plays the person's own failed try before the session starts, so their
memory ("how long did you hold") is what really happened.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from camreset.bench.sim.camera import Cable, CameraFaults, Light, Supply, Unit, VirtualCamera
from camreset.bench.sim.person import Habits, Person
from camreset.core.kb.resolve import ResolvedModel
from camreset.core.present.holds import long_hold, timer_of

HAVE_PROBABILITY: dict[str, float] = {
    "pin": 0.95,
    "original_adapter": 0.7,
    "spare_adapter": 0.4,
    "other_outlet": 0.9,
    "app": 0.85,
    "computer": 0.6,
    "admin_password": 0.4,
}
"""Each item independently at hand with this probability (a judgement, documented in
docs/benchmark.md)."""
ON_ORIGINAL = 0.8
"""P(the camera runs on its original adapter | the person still has it)."""
MINUTES_BEFORE_SESSION = 5.0
"""Between the person's own failed try and the first step of a session."""


@dataclass(frozen=True)
class Case:
    """One simulated person with one broken camera; `key` seeds everything about it."""

    key: str
    line: str
    model: str
    cause: str
    have: frozenset[str]


def sample_case(
    rng: random.Random, key: str, line: str, models: list[str], priors: dict[str, float]
) -> Case:
    causes = sorted(priors)
    cause = rng.choices(causes, weights=[priors[c] for c in causes])[0]
    model = rng.choice(models)
    have = frozenset(h for h, p in sorted(HAVE_PROBABILITY.items()) if rng.random() < p)
    return Case(key, line, model, cause, have)


def _unit(rng: random.Random, model: ResolvedModel, cause: str) -> Unit:
    lo, rec, hi = timer_of(model.hold)
    longest = long_hold(model.hold)
    if cause == "needs-longer-hold":
        start = hi + 2 if longest - hi >= 6 else rec + 5
        threshold = rng.uniform(start, max(start, longest - 2))
    else:
        threshold = lo * rng.uniform(0.7, 1.0)
    button = model.button
    return Unit(
        boot_seconds=(model.seconds("boot_seconds") or 120) * rng.uniform(0.5, 0.9),
        reboot_seconds=(model.seconds("reboot_seconds") or 180) * rng.uniform(0.5, 0.9),
        hold_min=threshold,
        hold_max=max(hi, longest) + 30,
        has_cover=bool(button and button.open_first),
    )


def build_world(
    model: ResolvedModel,
    case: Case,
    *,
    arm: str,
    error_rate: float,
    slip: float,
    knows_cause: bool = False,
) -> tuple[VirtualCamera, Person]:
    """The camera and the person of `case`; the same case always builds the same world."""
    rng = random.Random(f"{case.key}:world")
    cause = case.cause
    original = Supply("original") if "original_adapter" in case.have else None
    in_use = original if original is not None and rng.random() < ON_ORIGINAL else None
    in_use = in_use or Supply("third-party")
    if cause == "weak-adapter":
        weak = Supply(in_use.name, weak=True)
        original = weak if in_use is original else original
        in_use = weak
    elif cause == "damaged-cable":
        cable = Cable.damaged if rng.random() < 0.5 else Cable.intermittent
        bad = Supply(in_use.name, cable=cable)
        original = bad if in_use is original else original
        in_use = bad
    faults = CameraFaults(
        broken_button=cause == "broken-button",
        transient=cause == "transient-fault",
        corrupt_firmware=cause == "corrupt-firmware",
        corrupt_light=rng.choice([Light.blinking, Light.blinking, Light.off, Light.steady]),
        app_binding=cause == "app-binding",
        something_else=cause == "something-else",
        something_else_reacts=rng.random() < 0.5,
    )
    live = frozenset({"other"}) if cause == "dead-outlet" else frozenset({"usual", "other"})
    unit = _unit(rng, model, cause)
    camera = VirtualCamera(unit, in_use, faults, live, power_since=-3600.0)
    habits = Habits(
        releases_early=cause == "released-early",
        presses_before_boot=cause == "not-booted",
        misses_button=cause == "missed-button",
    )
    remembers = rng.random() < (0.7 if cause == "corrupt-firmware" else 0.05)
    person = Person(
        camera,
        random.Random(f"{case.key}:person:{arm}"),
        case.have,
        habits,
        error_rate=error_rate,
        slip=slip,
        remembers_update=remembers,
        original=original,
    )
    _own_try(person, model, held_documented=cause == "needs-longer-hold")
    if knows_cause:
        person.habits, person.knows_button, person.error_rate, person.slip = Habits(), True, 0, 0
    return camera, person


def _own_try(person: Person, model: ResolvedModel, held_documented: bool = False) -> None:
    """The person's failed try before asking for help, done their own way (with habits).

    `held_documented`: they held for the documented time without watching the light (the
    "needs a longer hold than the one tried" cause), so a unit that needs longer ignores it
    even where the documented range reaches that far (Amcrest: 30 to 60 seconds).
    """
    cam, habits = person.camera, person.habits
    if habits.presses_before_boot:
        person.replug(5)
        cam.advance(person.rng.uniform(10, 20))
    _, rec, hi = timer_of(model.hold)
    if habits.releases_early:
        seconds = person.rng.uniform(1.5, 3.0)
    elif held_documented:
        seconds = rec
    else:
        seconds = person.watched_hold(rec, hi)
    mem = person.memory
    mem.waited_seconds = cam.now - mem.plugged_at
    result = cam.press(person.knows_button, seconds)
    mem.hold_was_short, mem.reacted, mem.pressed_since_plug = (
        habits.releases_early,
        result.reacted,
        True,
    )
    cam.advance(MINUTES_BEFORE_SESSION * 60)
