"""What the simulated person answers to each question, read off the camera or their memory.

The true answer comes from the camera's state (its light, the outlet, the cable, the click)
or from what the person remembers of their last try; `Person` then makes it wrong with the
configured probability. Minutes are the time the check takes (fetching a lamp, feeling the
cable), not the knowledge base's costs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from camreset.bench.sim.person import Person

MINUTES = {
    "status-light": 0.3,
    "outlet-test": 2.0,
    "felt-click": 0.5,
    "held-how-long": 0.2,
    "waited-boot": 0.2,
    "saw-confirmation": 0.2,
    "cable-damage": 1.0,
    "update-or-outage": 0.3,
}


def answer_question(person: Person, question: str) -> tuple[str, float]:
    """(the true answer id, minutes) for a question of troubleshooting.yaml."""
    cam, mem = person.camera, person.memory
    minutes = MINUTES.get(question, 0.5)
    if question == "status-light":
        return cam.light.value, minutes
    if question == "outlet-test":
        return ("works" if cam.outlet in cam.live_outlets else "dead"), minutes
    if question == "felt-click":
        click = person.knows_button and not cam.faults.broken_button
        return ("yes" if click else "no"), minutes
    if question == "held-how-long":
        return ("few-seconds" if mem.hold_was_short else "until-change"), minutes
    if question == "waited-boot":
        return ("under-minute" if mem.waited_seconds < 60 else "two-minutes"), minutes
    if question == "saw-confirmation":
        return ("reacted" if mem.reacted else "nothing"), minutes
    if question == "cable-damage":
        return ("damaged" if cam.supply.cable.value == "damaged" else "fine"), minutes
    if question == "update-or-outage":
        return ("yes" if person.remembers_update else "no"), minutes
    raise ValueError(f"the simulated person does not know question {question!r}")
