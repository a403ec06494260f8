"""Simulated cases: a camera model, how it is powered, one cause, what the person has at hand.

The model is drawn uniformly from the line, its power from its sourced kinds (or the world's
shares where none is sourced), the cause from the world's table (`world.py`, not the engine's
priors) among causes that camera can have, the items at hand from `HAVE_PROBABILITY`.
`build_world` then injects the cause as a fault of the camera, its power, the person's network,
phone or account, or a habit of the person, with its own seeded random stream, and plays the
person's own failed try before the session starts, so their memory ("how long did you hold")
is what really happened.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from camreset.bench.sim.camera import (
    Cable,
    CameraFaults,
    Light,
    SetupState,
    Supply,
    Unit,
    VirtualCamera,
)
from camreset.bench.sim.person import Habits, Person
from camreset.bench.sim.world import draw_cause, draw_power
from camreset.core.guide.fits_camera import admits_power, may_be_wired
from camreset.core.guide.plan import CameraPlan
from camreset.core.kb.power_values import PowerKind
from camreset.core.kb.resolved import ResolvedModel
from camreset.core.kb.troubleshooting import Phase, TroubleshootingFile
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
ALWAYS_AT_HAND = frozenset({"poe_port", "short_cable", "batteries"})
"""A PoE camera's other port and short cable, and a battery camera's new cells: the simulated
person always has them, as the simulator's own NEEDS for "Another port", "A short cable" and
the battery step ("charge-battery") ask only for the pin (drawn apart from HAVE_PROBABILITY,
so every case draws as before). `batteries` became a checklist item with CELLS_AT_HAND_RULES
(session 76): a person who cannot get cells at all is a judgement the table has no number for."""
ON_ORIGINAL = 0.8
"""P(the camera runs on its original adapter | the person still has it)."""
MINUTES_BEFORE_SESSION = 5.0
"""Between the person's own failed try and the first step of a session."""
SUPPLY_OF = {"adapter": "original", "usb": "original", "poe": "port", "battery": "battery",
             "solar": "battery", "transformer": "transformer", "hub": "original",
             "mains": "mains"}  # fmt: skip
"""The name of the healthy supply for each way of powering a camera."""
WEAK = {"weak-adapter": None, "poe-budget": "budget", "poe-injector": "injector",
        "battery-flat": "battery", "transformer-weak": "transformer"}  # fmt: skip
"""Causes that are a supply too weak to finish the reset; the weak supply's name."""
SETUP_FLAGS = {
    "wifi-band": "wifi_band", "wifi-details": "wifi_details", "wifi-security": "wifi_security",
    "phone-permissions": "permissions", "old-app": "old_app", "other-account": "other_account",
    "recorder-takes-it": "recorder", "other-subnet": "other_subnet", "provider-locked": "provider",
    "hub-link": "hub_link", "old-entry": "old_entry",
}  # fmt: skip


@dataclass(frozen=True)
class Case:
    """One simulated person with one camera and one trouble; `key` seeds everything about it."""

    key: str
    line: str
    model: str
    power: str
    phase: Phase
    cause: str
    have: frozenset[str]


def admits(ts: TroubleshootingFile, power: str, model: ResolvedModel | None = None) -> object:
    """Whether a cause can happen to a camera powered `power`: the product's own rules for a
    cause's `when` (its `power` and its `not_power`, so a PoE camera never draws a Wi-Fi
    cause; with `model`, its `wired`, as a session reads a power answer)."""
    when = {c.id: c.when for c in ts.causes}
    kinds = frozenset({PowerKind(power)})
    cable = may_be_wired(model, kinds) if model is not None else None

    def ok(cause: str) -> bool:
        w = when.get(cause)
        if w is not None and w.wired is not None and cable is not None and w.wired != cable:
            return False
        return w is None or admits_power(w, kinds)

    return ok


def sample_case(
    rng: random.Random, key: str, line: str, plans: list[CameraPlan], world: str,
    ts: TroubleshootingFile,
) -> Case:  # fmt: skip
    plan = rng.choice(plans)
    ff = plan.model.form_factor
    shape = ff.value if ff is not None else None
    power = draw_power(frozenset(k.value for k in plan.model.power_kinds), shape, rng)
    phase, cause = draw_cause(world, plan, rng, admits(ts, power, plan.model))  # type: ignore[arg-type]
    have = frozenset(h for h, p in sorted(HAVE_PROBABILITY.items()) if rng.random() < p)
    have |= ALWAYS_AT_HAND
    return Case(key, line, plan.model.id, power, phase, cause, have)


def _unit(rng: random.Random, model: ResolvedModel, cause: str) -> Unit:
    lo, rec, hi = timer_of(model.hold)
    longest = long_hold(model.hold)
    if cause == "needs-longer-hold":
        start = hi + 2 if longest - hi >= 6 else rec + 5
        threshold = rng.uniform(start, max(start, longest - 2))
    else:
        threshold = lo * rng.uniform(0.7, 1.0)
    full = 0.0
    if cause == "partial-reset":  # the usual hold clears only the Wi-Fi; the long one all
        # below the long hold even where the documented longest hold is the long hold (30 s
        # on most Swann and Hikvision models): above it, no hold could ever clear it all
        low = min(max(hi, rec) + 1, longest - 0.5)
        full = rng.uniform(low, max(low, longest - 1))
    button = model.button
    return Unit(
        boot_seconds=(model.seconds("boot_seconds") or 120) * rng.uniform(0.5, 0.9),
        reboot_seconds=(model.seconds("reboot_seconds") or 180) * rng.uniform(0.5, 0.9),
        hold_min=threshold,
        hold_max=max(hi, longest) + 30,
        has_cover=bool(button and button.open_first),
        full_hold=full,
    )


def _supply(rng: random.Random, case: Case) -> tuple[Supply, Supply | None]:
    """The supply in use, and the original adapter if the person has it."""
    cause = case.cause
    if case.power in ("adapter", "usb"):
        original = Supply("original") if "original_adapter" in case.have else None
        in_use = original if original is not None and rng.random() < ON_ORIGINAL else None
        in_use = in_use or Supply("third-party")
    else:
        original, in_use = None, Supply(SUPPLY_OF.get(case.power, "original"))
    if cause in WEAK:
        weak = Supply(WEAK[cause] or in_use.name, weak=True)
        original, in_use = (weak if in_use is original else original), weak
    elif cause in ("damaged-cable", "poe-cable"):
        cable = Cable.damaged if rng.random() < 0.5 else Cable.intermittent
        bad = Supply(in_use.name, cable=cable)
        original, in_use = (bad if in_use is original else original), bad
    return in_use, original


def build_world(
    model: ResolvedModel,
    case: Case,
    *,
    arm: str,
    error_rate: float,
    slip: float,
    knows_cause: bool = False,
    finds: dict[str, float] | None = None,
    odds: float = 1.0,
) -> tuple[VirtualCamera, Person]:
    """The camera and the person of `case`; the same case always builds the same world."""
    rng = random.Random(f"{case.key}:world")
    cause = case.cause
    in_use, original = _supply(rng, case)
    buttonless = not model.has_button
    faults = CameraFaults(
        # a camera with no button to press: its button does nothing (but see below)
        broken_button=cause == "broken-button" or (buttonless and case.phase is Phase.reset),
        transient=cause == "transient-fault",
        corrupt_firmware=cause == "corrupt-firmware",
        corrupt_light=rng.choice([Light.blinking, Light.blinking, Light.off, Light.steady]),
        app_binding=cause == "app-binding",
        something_else=cause == "something-else" and case.phase is Phase.reset,
        something_else_reacts=rng.random() < 0.5,
    )
    setup = SetupState()
    if cause in SETUP_FLAGS:
        setattr(setup, SETUP_FLAGS[cause], True)
    setup.unknown = cause == "something-else" and case.phase is Phase.setup
    dead = cause in ("dead-outlet", "poe-port-dead")
    live = frozenset({"other"}) if dead else frozenset({"usual", "other"})
    camera = VirtualCamera(_unit(rng, model, cause), in_use, faults, live, power_since=-3600.0)
    camera.setup = setup
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
        power=case.power,
        key=case.key,
        second_hand=cause in ("other-account", "provider-locked") or rng.random() < 0.1,
    )
    if finds is not None:
        person.finds = dict(finds)
    person.odds = odds
    _own_try(person, model, held_documented=cause == "needs-longer-hold")
    # With an after-reset cause the own try resets the camera; on one with no button it
    # stands for whatever way the person reset it, and from then on no button works.
    camera.faults.broken_button |= buttonless
    if knows_cause:
        person.habits, person.knows_button, person.error_rate, person.slip = Habits(), True, 0, 0
    return camera, person


def _own_try(person: Person, model: ResolvedModel, held_documented: bool = False) -> None:
    """The person's failed try before asking for help, done their own way (with habits).

    `held_documented`: they held for the documented time without watching the light (the
    "needs a longer hold than the usual one" cause), so a unit that needs longer ignores it
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
    mem.restarted = result.triggered
    cam.advance(MINUTES_BEFORE_SESSION * 60)
