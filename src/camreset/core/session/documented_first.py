"""Which reset attempts wait while the camera's own documented one is on offer: until
something is held in a session, the seed guides' "hold for a full 30 seconds" waits behind the
hold its sources give, and the maker's own reset comes before any other press. Its own module,
out of core/session/opening.py, as it orders the attempts after the opening (flow.py asks it),
not the opening's questions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from camreset.core.engine.evidence import Answered
from camreset.core.guide.plan import CameraPlan, holds_long_only
from camreset.core.kb.troubleshooting import Capability, Phase

if TYPE_CHECKING:
    from camreset.core.session.fold import Fold

HELD_UNTIL_CHANGE = Answered("held-how-long", "until-change")
"""The person's own try already held for the usual time or longer."""


def documented_first(plan: CameraPlan, fold: Fold, acts: frozenset[str]) -> frozenset[str]:
    """The attempts to hold back for now: until something is held in this session, a hold
    "for a full 30 seconds" (the seed guides' advice when a reset fails) waits while an attempt
    with the camera's own documented hold is on offer, so the first hold is the one its
    sources give, with its sign to let go at; where the maker gives its own reset for the
    camera on its recorder (Lorex), or its surest sources hold the button as the power comes
    back (Hikvision), that comes before any other press (before a plain one
    only, once the person's own try held until the light changed: a power fault is then as
    likely). The long hold is not held back once their own try held until the light
    changed: the documented hold was tried, and a longer one is the next thing."""
    if fold.phase is not Phase.reset or fold.pressed:
        return frozenset()
    own = frozenset(a for a in acts if Capability.recorder_reset in plan.actions[a].needs)
    if plan.model.value("powered_first") is False:  # its sources hold as the power comes back
        own |= frozenset(
            a
            for a in acts
            if any(s.from_power for s in plan.actions[a].steps)
            and not plan.powers_it(a)  # a power fix held that way (guide/power_up.py) waits
        )
    held = HELD_UNTIL_CHANGE in fold.evidence
    if own and not own & set(fold.tried):  # the maker's reset before another press
        return frozenset(
            a
            for a in acts - own
            if Capability.button in plan.actions[a].needs
            and not (held and plan.actions[a].powers_off)  # their try held: a power fault?
        )
    if held:
        return frozenset()
    long_only = frozenset(a for a in acts if holds_long_only(plan.actions[a]))
    documented = any(
        step.hold == "recommended" for a in acts - long_only for step in plan.actions[a].steps
    )
    return long_only if documented else frozenset()
