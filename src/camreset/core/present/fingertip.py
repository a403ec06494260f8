"""How a page says to press the reset button: with a pin, a fingertip, or either where no
source says which, and the same page's words for someone who said a fingertip presses theirs.
One concept that values.py (the template values) and the session's pages (said_before.py)
share; out of values.py, which had grown to 400 lines."""

from __future__ import annotations

from camreset.core.kb.values import Tool
from camreset.core.present.phrases import TOOL_WORDS

MICROPHONE = "Use the reset hole, not another small hole such as the microphone's."
"""No source says where a microphone's hole sits: "it often sits right beside it" was said on
every pin page with none behind it (KB audit 67, F2)."""

PRESS_WORDS = {
    False: "Push the pin in firmly",
    True: "Press the button firmly",
    None: "Press it in firmly (with the pin, if it sits in a small hole)",
}
WITH_WORDS = {
    False: "with the pin",
    True: "with a fingertip",
    None: "with a fingertip, or with the pin if it sits in a small hole",
}
"""How a page says to press, keyed by whether a fingertip does it (None: no source says)."""
EITHER_TOOL = (
    "paperclip, pin or SIM-eject tool if it sits in a small hole, or a fingertip if it is a "
    "button (its sources do not say which)"
)
"""The tool, where the button's place is sourced but not what presses it: a eufyCam 2's
SYNC button read "Use a paperclip, pin or SIM-eject tool", a fact no source gives (KB
review 66, B). After "Use a " in the KB's "Get ready"."""


RECESSED_HOLE = "a small recessed hole"
"""What the general default (defaults.yaml) and a place with no side call a reset button."""


def for_a_fingertip(text: str) -> str:
    """A page's words for a pin, said for a button the person presses with a fingertip
    (they said so where no source says what presses it): a reviewer who answered "a button I
    can press without a tool" was told to "press it gently with the pin". Nor is that button
    placed in "a small recessed hole", the general default's word for it (phone review 69,
    U #13: "… a small recessed hole, usually on the back … Use a fingertip")."""
    pin_tool = f"Use {TOOL_WORDS[Tool.pin]}."
    swaps = (
        (f"{RECESSED_HOLE}, usually ", "usually "),  # the general default's place, its words
        (RECESSED_HOLE, "a small button"),  # "…; which side is not known"
        (PRESS_WORDS[None], PRESS_WORDS[True]),
        (WITH_WORDS[None], WITH_WORDS[True]),
        (f"Use a {EITHER_TOOL}.", f"Use {TOOL_WORDS[Tool.finger]}."),
        (PRESS_WORDS[False], PRESS_WORDS[True]),
        (WITH_WORDS[False], WITH_WORDS[True]),
        (pin_tool, f"Use {TOOL_WORDS[Tool.finger]}."),
        (f" {MICROPHONE}", ""),
        (f"\n\n{MICROPHONE}", ""),  # its own paragraph on "Finding the reset button"
    )
    for pin, hand in swaps:
        text = text.replace(pin, hand)
    return text
