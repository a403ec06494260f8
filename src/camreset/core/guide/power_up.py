"""A power fix (another PoE port, the switch's power freed, a short cable) done the camera's
own way, on a camera whose sources hold its button as its power comes back: the hold starts
before the cable goes back in and is timed from then, instead of a plain hold after a start-up.

Its own module, out of plan.py, as it is one rule about which cameras get which pages: an
installer's Lorex E893AB, moved to free its recorder's power, was held "for 15 seconds" from
the press under its own fact "counted once the Ethernet cable is back in", and a Hikvision
whose sources say "Powered and started first: no" was held only once it had started
(installer review 66, D #2). The pages are the KB's (`held_from_power` on the attempt).
"""

from __future__ import annotations

from collections.abc import Iterable

from camreset.core.kb.resolved import ResolvedModel
from camreset.core.kb.troubleshooting import Action, Capability


def holds_through_power(model: ResolvedModel, actions: Iterable[Action]) -> bool:
    """Whether the camera's sources hold its button as its power comes back: its surest
    sources say it need not have started first (Hikvision), or the maker's own reset for it
    (one of `actions`, those that apply to it) holds the button while its cable is pulled and
    put back, and counts from then (Lorex, on its recorder)."""
    if model.value("powered_first") is False:
        return True
    return any(
        Capability.recorder_reset in a.needs and any(s.from_power for s in a.steps) for a in actions
    )


def holds_by_cable(model: ResolvedModel, actions: dict[str, Action]) -> bool:
    """Whether the maker's own reset holds the button while the network cable is pulled and put
    back, counted from then (Lorex's hold "counted once the Ethernet cable is back in"): the
    maker's recorder reset among `actions`, on a camera that need not be powered off first."""
    return model.value("powered_first") is not False and any(
        Capability.recorder_reset in a.needs and any(s.from_power for s in a.steps)
        for a in actions.values()
    )


def held_from_power(action: Action, own_way: bool) -> Action:
    """`action` with its pages up to its first hold replaced by its `held_from_power` pages,
    where the camera holds through its power-up (`own_way`); else as written."""
    held = action.held_from_power
    if not own_way or held is None:
        return action
    first_hold = next(i for i, s in enumerate(action.steps) if s.hold is not None)
    return action.model_copy(update={"steps": [*held.steps, *action.steps[first_hold + 1 :]]})
