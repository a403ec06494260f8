"""What the simulated person answers to each question, read off the camera or their memory.

One declared table from question id to what the person observes: the true answer comes from
the camera's state (its light, the outlet, the cable, the click) or from what the person
remembers of their last try; `Person` then makes it wrong with the configured probability.
Minutes are the time the check takes (fetching a lamp, feeling the cable), not the knowledge
base's costs.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from camreset.bench.sim.person import Person


RECORDER_PORT = 0.4
"""A judgement: about two in five home PoE cameras hang off a recorder kit. It is P(a starved
PoE camera's other port is on another budget, the recorder's), scaled by `--can-manage`, and
P(a wired camera's cable runs to a recorder) when the recorder is not the cause, unscaled."""


INJECTOR_SHARE = 0.15
"""A judgement: of the wired cameras on no recorder whose injector is not the fault, about one
in seven is fed by an injector (one camera added to a home without a PoE switch) rather than a
switch or the router. Not the knowledge base's share (0.2 of all, its `poe-source` question):
both are guesses, and the simulator's is its own."""


@dataclass(frozen=True)
class Observation:
    """How long a question takes to check, and the true answer id it reads."""

    minutes: float
    read: Callable[[Person], str]


POWER_ANSWER = {
    "adapter": "adapter", "usb": "adapter", "poe": "network-cable", "battery": "battery",
    "solar": "battery", "transformer": "doorbell-wiring",
}  # fmt: skip
"""What a person says powers the camera, for each way it is really powered."""
OBSERVATIONS: dict[str, Observation] = {
    "status-light": Observation(0.3, lambda p: p.camera.light.value),
    "outlet-test": Observation(
        2.0, lambda p: "works" if p.camera.outlet in p.camera.live_outlets else "dead"
    ),
    "felt-click": Observation(
        0.5, lambda p: "yes" if p.knows_button and not p.camera.faults.broken_button else "no"
    ),
    "held-how-long": Observation(
        0.2, lambda p: "few-seconds" if p.memory.hold_was_short else "until-change"
    ),
    "waited-boot": Observation(
        0.2, lambda p: "under-minute" if p.memory.waited_seconds < 60 else "two-minutes"
    ),
    "saw-confirmation": Observation(0.2, lambda p: "reacted" if p.memory.reacted else "nothing"),
    "restarted": Observation(0.2, lambda p: "came-back" if p.memory.restarted else "no-restart"),
    "cable-damage": Observation(
        1.0, lambda p: "damaged" if p.camera.supply.cable.value == "damaged" else "fine"
    ),
    "poe-cable-look": Observation(
        3.0, lambda p: "damaged" if p.camera.supply.cable.value == "damaged" else "fine"
    ),
    "update-or-outage": Observation(0.3, lambda p: "yes" if p.remembers_update else "no"),
    "power-kind": Observation(0.3, lambda p: POWER_ANSWER.get(p.power, "adapter")),
    "poe-port-light": Observation(
        1.0, lambda p: "on" if p.camera.powered and p.camera.supply.name != "injector" else "dark"
    ),
    "battery-level": Observation(
        0.5,
        lambda p: (
            "low" if p.camera.supply.weak and p.camera.supply.name == "battery" else "charged"
        ),
    ),
    "transformer-rating": Observation(
        5.0, lambda p: "too-little" if p.camera.supply.weak else "enough"
    ),
    "camera-online": Observation(0.5, lambda p: "online" if p.camera.online else "offline"),
    "hub-online": Observation(0.5, lambda p: "offline" if p.camera.setup.hub_link else "online"),
    "hub-online-add": Observation(  # the same hub, carried over once the camera is reset
        0.5, lambda p: "offline" if p.camera.setup.hub_link else "online"
    ),
    "add-trouble": Observation(1.0, lambda p: _add_trouble(p)),
    "second-hand": Observation(0.3, lambda p: "yes" if p.second_hand else "no"),
    "two-bands": Observation(1.0, lambda p: "no" if p.camera.setup.wifi_band else "yes"),
    "from-provider": Observation(0.3, lambda p: "yes" if p.camera.setup.provider else "no"),
    "on-recorder": Observation(0.2, lambda p: "yes" if _on_recorder(p) else "no"),
    "poe-source": Observation(1.0, lambda p: _poe_source(p)),
}


def _on_recorder(person: Person) -> bool:
    """Always where the recorder takes the camera over; else one draw per case, the same in
    every arm."""
    if person.camera.setup.recorder:
        return True
    draw = random.Random(f"{person.key}:on-recorder").random()
    return person.power == "poe" and draw < RECORDER_PORT


def _poe_source(person: Person) -> str:
    """What the camera's cable plugs into: the injector that is the fault (or that feeds it
    still); a switch or recorder where the fault is the port or the budget; else the
    recorder of `_on_recorder`, or an injector one case in `INJECTOR_SHARE`, or a switch."""
    cam = person.camera
    if cam.supply.name == "injector":
        return "injector"
    if _on_recorder(person):
        return "recorder"
    if cam.supply.name == "budget" or "usual" not in cam.live_outlets:
        return "switch"
    draw = random.Random(f"{person.key}:poe-source").random()
    return "injector" if draw < INJECTOR_SHARE else "switch"


def _add_trouble(person: Person) -> str:
    """What the last try to add it showed; the person tries now if they have not yet."""
    cam = person.camera
    if cam.last_add is None or cam.last_add == "added":
        cam.add()
    return cam.last_add if cam.last_add not in (None, "added") else "not-found"


def answer_question(person: Person, question: str) -> tuple[str, float]:
    """(the true answer id, minutes) for a question of troubleshooting.yaml."""
    seen = OBSERVATIONS.get(question)
    if seen is None:
        raise ValueError(f"the simulated person does not know question {question!r}")
    return seen.read(person), seen.minutes
