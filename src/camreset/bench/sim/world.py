"""How often each cause happens in the simulated world: the benchmark's own table.

The product's engine starts from the knowledge base's priors; if the benchmark drew its cases
from those same priors it would grade the engine on its own assumptions. So the world has its
own frequencies, each with the reasoning behind it, and `--world-priors` can swap in others:

- `table` (default): the table below;
- `kb`: the knowledge base's priors (what the engine believes);
- `uniform`: every cause that applies to the camera equally often;
- `reversed`: the knowledge base's ranking turned upside down (its likeliest cause rarest);
- `perturbed`: the knowledge base's priors, each multiplied by a random factor per case.

Every number here is a judgement written down for a reader to dispute; none is read from the
knowledge base. Sources for the reasoning: the seed guides and shared/research/what-people-ask.md.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Mapping

from camreset.bench.config import WORLDS as WORLDS  # re-exported
from camreset.core.guide.plan import CameraPlan
from camreset.core.kb.troubleshooting import Phase

RESET_TABLE: dict[str, tuple[float, str]] = {
    "released-early": (0.20, "the Amcrest seed's 'number one reason'; both seeds stress it"),
    "not-booted": (0.10, "both seeds ask for a full start-up first: a common slip"),
    "missed-button": (0.10, "microphone holes and covered slots; several forum cases"),
    "needs-longer-hold": (0.06, "the TP-Link seed's 'some models need longer'"),
    "dead-outlet": (0.04, "outlets rarely fail, but both seeds make you check"),
    "weak-adapter": (0.10, "both seeds call power a common culprit"),
    "damaged-cable": (0.04, "frayed cables: less common than weak adapters"),
    "transient-fault": (0.07, "the TP-Link seed's power-cycle step exists for it"),
    "app-binding": (0.05, "the TP-Link seed's remove-from-app alternative"),
    "broken-button": (0.04, "both seeds: rare"),
    "no-button": (
        0.50,
        "a camera with no reset button to press: the five causes that need one, summed "
        "(0.20 + 0.10 + 0.10 + 0.06 + 0.04), as it has none of them",
    ),
    "corrupt-firmware": (0.04, "the Amcrest seed: rare, after failed updates or outages"),
    "something-else": (0.05, "faults no guide lists"),
    "poe-port-dead": (0.05, "dead or disabled switch ports, as dead outlets but likelier"),
    "poe-budget": (0.04, "budget overruns reported on PoE switches (research, §1 case 38)"),
    "poe-injector": (0.03, "injector adapters age like wall adapters"),
    "poe-cable": (0.04, "long outdoor cable runs get damaged"),
    "battery-flat": (
        0.14,
        "Ring and SimpliSafe both ask for a full charge first: a very "
        "common reason battery cameras do not reset (research, §1 case 26)",
    ),
    "transformer-weak": (
        0.10,
        "old 10 VA chime transformers under video doorbells (research, §1 case 27)",
    ),
    "hub-link": (0.06, "hub or base station off or out of reach (SimpliSafe's 30 ft rule)"),
}
"""Relative frequency among people whose reset does not take (only those that apply count)."""

SETUP_TABLE: dict[str, tuple[float, str]] = {
    "wifi-band": (
        0.25,
        "the largest after-reset cluster: 5 GHz-only or one name for both "
        "bands (research, cluster F)",
    ),
    "wifi-details": (
        0.10,
        "a mistyped Wi-Fi password or a camera far from the router: two of the three things "
        "Tapo's setup error names (case 5), with a light of their own on Ring doorbells; none "
        "of the 46 public cases rests on it, as a typo found is not posted",
    ),
    "wifi-security": (0.05, "WPA3-only routers: newer, still uncommon"),
    "phone-permissions": (0.18, "Bluetooth, location and local-network permissions (cluster F)"),
    "old-app": (0.07, "an app too old for the camera"),
    "other-account": (
        0.10,
        "second-hand cameras on their first owner's account (cluster G, 4 of its 7 cases: "
        "30, 31, 32, 35)",
    ),
    "old-entry": (
        0.08,
        "the owner's own app still listing the camera from before its reset (cluster G, the "
        "other 3: SimpliSafe 33, Nest 34, eufy 39); the cluster's 0.18 split by whose entry",
    ),
    "partial-reset": (0.12, "a short hold clears only the Wi-Fi (cluster B, 4 cases)"),
    "recorder-takes-it": (0.06, "recorders taking cameras over (cluster K)"),
    "other-subnet": (0.06, "factory static addresses on another range (cluster J)"),
    "provider-locked": (0.03, "provider-supplied cameras (cluster L, 1 case)"),
}
"""Relative frequency among people whose camera resets but will not be added again."""

SETUP_SHARE = 0.3
"""Share of cases whose trouble comes after the reset: what-people-ask.md finds about half of
its public cases there, but people asking a reset tool mostly cannot reset at all."""
POWER_SHARE = {"adapter": 0.55, "usb": 0.05, "poe": 0.15, "battery": 0.2, "transformer": 0.05}
"""How a camera whose power no source gives is powered, in homes, when not even its shape is
known (a judgement)."""
POWER_BY_SHAPE: dict[str, dict[str, float]] = {
    "indoor": {"adapter": 0.8, "usb": 0.2},
    "pan_tilt": {"adapter": 0.8, "usb": 0.2},
    "outdoor": {"adapter": 0.5, "battery": 0.3, "poe": 0.2},
    "bullet": {"poe": 0.6, "adapter": 0.4},
    "dome": {"poe": 0.7, "adapter": 0.3},
    "turret": {"poe": 0.7, "adapter": 0.3},
    "doorbell": {"transformer": 0.6, "battery": 0.4},
    "battery": {"battery": 1.0},
    "floodlight": {"mains": 1.0},
}
"""The same by the camera's shape: a bullet is not wired to a doorbell transformer, a doorbell
not to a wall adapter (judgements; the shape comes from the KB's form factor)."""
PERTURB_SIGMA = 0.5
"""Spread of the `perturbed` world: each prior times exp(N(0, 0.5)), about ×0.6 to ×1.6."""


FAMILIES: dict[str, frozenset[str]] = {
    "habit": frozenset({"released-early", "not-booted", "missed-button", "needs-longer-hold"}),
    "power": frozenset({
        "dead-outlet", "weak-adapter", "damaged-cable", "poe-port-dead", "poe-budget",
        "poe-injector", "poe-cable", "battery-flat", "transformer-weak", "hub-link",
    }),
    "camera": frozenset({
        "transient-fault", "app-binding", "broken-button", "corrupt-firmware", "something-else",
        "no-button",
    }),
}  # fmt: skip
"""Reset causes grouped for the report; every after-reset cause is in family "setup"."""


def family_of(cause: str, phase: Phase = Phase.reset) -> str:
    """The report's family of a cause: habit, power, camera or setup (every cause of a camera
    that reset but will not be added again, "something-else" included)."""
    if phase is Phase.setup:
        return "setup"
    return next((name for name, causes in FAMILIES.items() if cause in causes), "setup")


def _kb(plan: CameraPlan, phase: Phase) -> dict[str, float]:
    faults = plan.phases[phase].engine.faults
    return {f: float(p) for f, p in faults.items() if f not in ("no-trouble", "not-reset")}


def _reversed(weights: Mapping[str, float]) -> dict[str, float]:
    ranked = sorted(weights, key=lambda c: (weights[c], c))
    values = sorted(weights.values(), reverse=True)
    return dict(zip(ranked, values, strict=True))


def cause_weights(
    world: str, plan: CameraPlan, phase: Phase, rng: random.Random, admits: Callable[[str], bool]
) -> dict[str, float]:
    """The weights the world draws a cause of `phase` with, over causes this camera has."""
    present = {c: w for c, w in _kb(plan, phase).items() if admits(c)}
    if world == "table":
        table = RESET_TABLE if phase is Phase.reset else SETUP_TABLE
        return {c: table[c][0] for c in present if c in table}
    if world == "uniform":
        return dict.fromkeys(present, 1.0)
    if world == "reversed":
        return _reversed(present)
    if world == "perturbed":
        return {c: w * math.exp(rng.gauss(0, PERTURB_SIGMA)) for c, w in present.items()}
    return present


def draw_cause(
    world: str, plan: CameraPlan, rng: random.Random, admits: Callable[[str], bool]
) -> tuple[Phase, str]:
    """The phase the trouble is in, and its one cause (one the camera can have: `admits`)."""
    phase = Phase.setup if rng.random() < SETUP_SHARE else Phase.reset
    weights = cause_weights(world, plan, phase, rng, admits)
    if not weights:
        phase, weights = Phase.reset, cause_weights(world, plan, Phase.reset, rng, admits)
    causes = sorted(weights)
    return phase, rng.choices(causes, weights=[weights[c] for c in causes])[0]


def draw_power(kinds: frozenset[str], shape: str | None, rng: random.Random) -> str:
    """How this camera is powered: one of its sourced kinds, or, where none is sourced, a draw
    by its shape (or the overall shares when the shape is unknown too)."""
    shares = POWER_BY_SHAPE.get(shape or "", POWER_SHARE)
    options = sorted(kinds) or sorted(shares)
    weights = [shares.get(k, POWER_SHARE.get(k, 0.05)) for k in options]
    return rng.choices(options, weights=weights)[0]
