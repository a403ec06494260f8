"""A reset again held the camera's own way, let go at its sign, where its known trouble after a
reset is one the attempt fixes.

"Do the full reset" holds for the general guides' 30 s "even after the camera reacts". A Wyze
Cam OG whose known fix ("Press SETUP briefly; blinking red after a reset already means setup
mode") did not get it added was sent straight to that hold: the very trouble its fact quotes
("Holding SETUP 30 s: light keeps blinking red, never solid"), against its own source's "let
go once the LED is solid red" by 20 s (session-69 review, N #5). Its own module, as
power_up.py: one rule about which cameras get which pages; the page is the KB's
(`at_its_sign` on the attempt).
"""

from __future__ import annotations

from camreset.core.kb.resolved import ResolvedModel
from camreset.core.kb.troubleshooting import Action
from camreset.core.present.holds import general_long_hold, longest_claim
from camreset.core.present.known_fixes import known_fixes


def lets_go_at_its_sign(model: ResolvedModel, action: Action) -> bool:
    """Whether `action`'s long hold is held the camera's own way instead: a known trouble
    fact of the camera gives a fix for a cause `action` fixes, its own sources give a sign to
    let go at (not guides for any camera), and the general guides' long hold is longer than any
    of them gives (its own sources' long hold, where they give one, is not: the OG's 20 s)."""
    longest = longest_claim(model)
    return (
        bool(known_fixes(model, action.fixes))
        and bool(model.while_holding)
        and not model.any_brand("while_holding")
        and longest is not None
        and general_long_hold(model.hold) > longest
    )


def at_its_sign(model: ResolvedModel, action: Action) -> Action:
    """`action` with its `long` hold page replaced by its `at_its_sign` page, where the
    camera lets go at its sign (`lets_go_at_its_sign`); else as written."""
    page = action.at_its_sign
    if page is None or not lets_go_at_its_sign(model, action):
        return action
    steps = [page if s.hold == "long" else s for s in action.steps]
    return action.model_copy(update={"steps": steps})
