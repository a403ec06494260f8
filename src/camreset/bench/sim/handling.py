"""What each attempt takes of a simulated person: what it needs at hand, the minutes its
instructions take, the help it depends on, and what it changes. The simulator's own tables,
judgements written beside each, not read from the KB (issue 13: an independent world)."""

from __future__ import annotations

BUTTON_HOLD = {"guided-reset", "find-button", "long-hold", "vendor-instructions", "full-reset"}
"""Attempts that press the button without a power step of their own (their hold page says to
leave the camera plugged in)."""
NEEDS: dict[str, frozenset[str]] = {
    "allow-permissions": frozenset({"app"}),
    "update-app": frozenset({"app"}),
    "remove-old-entry": frozenset({"app"}),
    "find-on-network": frozenset({"computer"}),
    "full-reset": frozenset({"pin"}),
    "guided-reset": frozenset({"pin"}),
    "find-button": frozenset({"pin"}),
    "long-hold": frozenset({"pin"}),
    "vendor-instructions": frozenset({"pin"}),
    "drained-power-cycle": frozenset({"pin"}),
    "other-outlet": frozenset({"pin", "other_outlet"}),
    "swap-adapter": frozenset({"pin"}),
    "remove-from-app": frozenset({"app"}),
    "app-reset": frozenset({"app"}),
    "web-reset": frozenset({"computer", "admin_password"}),
    "remote-reset": frozenset({"computer", "admin_password"}),
    "swap-adapter-web": frozenset({"computer", "admin_password"}),
    "poe-other-port-web": frozenset({"computer", "admin_password"}),
    "poe-free-budget-web": frozenset({"computer", "admin_password"}),
    **dict.fromkeys(
        ("poe-other-port", "poe-short-cable", "recorder-reset", "power-up-hold",
         "poe-injector-check", "poe-free-budget", "charge-battery", "doorbell-power",
         "hub-check"),
        frozenset({"pin"}),
    ),
}  # fmt: skip
"""What each attempt physically needs at hand (the simulator's own list)."""
FINDS_BUTTON = {
    "guided-reset": 0.5, "find-button": 0.95, "vendor-instructions": 0.8, "recorder-reset": 0.5,
    "power-up-hold": 0.5,
}  # fmt: skip
"""P(a person who presses the wrong place finds the button when this step shows where it is):
a judgement (a description beside the drawing, as on the maker's recorder reset and the
power-up hold's first page too; a search with the cover open; the vendor's own page).
`camreset bench --button-finding` varies it, because the KB's fixes are similar."""
CAN_MANAGE = {
    "wpa2-mixed": 0.8, "release-account": 0.7, "doorbell-power": 0.7, "vendor-code-reset": 0.8,
}  # fmt: skip
"""P(a person manages an attempt that depends on others: the router's settings, the previous
owner or the vendor answering (in time for its code), an electrician) (judgements).
Drawn once per case and attempt (`Person.manages`), so every arm meets the same world."""
DO_MINUTES = {
    "guided-reset": 1.0, "find-button": 3.0, "other-outlet": 1.5, "swap-adapter": 3.0,
    "drained-power-cycle": 0.3, "remove-from-app": 2.0, "app-reset": 2.0, "web-reset": 6.0,
    "vendor-code-reset": 25.0, "remote-reset": 3.0, "vendor-instructions": 8.0,
    "poe-other-port": 2.0, "poe-short-cable": 12.0, "poe-injector-check": 4.0,
    "poe-free-budget": 3.0, "recorder-reset": 1.0, "charge-battery": 15.0,
    "doorbell-power": 40.0, "hub-check": 3.0,
    "add-again": 4.0, "check-wifi-details": 5.0, "use-2g-network": 6.0, "wpa2-mixed": 8.0,
    "allow-permissions": 2.0, "update-app": 4.0, "release-account": 40.0, "reset-again": 0.3,
    "add-through-recorder": 12.0, "find-on-network": 12.0, "hub-check-add": 7.0,
    "remove-old-entry": 6.0, "known-fix": 4.5, "power-up-hold": 1.0, "full-reset": 1.0,
}  # fmt: skip
"""Minutes of handling for an attempt's instruction steps (reading, walking, tapping). A
battery charging for hours counts the person's own minutes, not the hours it sits. Removing
an old entry and adding the camera again is remove-from-app's 2 and add-again's 4. The known
fix's page ("press SETUP briefly", then add it) is add-again's 4 and 0.5 for the press.
power-up-hold's first page and full-reset's page after its hold count 1.0, the default every
attempt missing here had until session 70 (an attempt missing now is an error)."""
BRIEF_PRESS_SECONDS = 1.0
"""The known fix's brief press of the button ("Don't press the setup button that long; just
press briefly", wyze-forum-338358): a tap, a judgement of "briefly"."""
PAGE_ONLY = {
    "guided-reset": "shows where the button is (`FINDS_BUTTON`); its hold does the reset",
    "find-button": "shows where the button is (`FINDS_BUTTON`); its hold does the reset",
    "vendor-instructions": "the vendor's page (`FINDS_BUTTON`); its hold does the reset",
    "recorder-reset": "shows the button (`FINDS_BUTTON`); its hold through a power-up resets",
    "power-up-hold": "shows the button (`FINDS_BUTTON`); its hold through a power-up resets",
    "add-again": "the adding is its `added` check (`VirtualCamera.add`)",
    "full-reset": "after its long hold, the adding is its `added` check",
    "reset-again": "sends the person back to the reset steps, which reset it",
}  # fmt: skip
"""Attempts whose instruction pages change nothing in the simulated world, and why: their
holds, waits and checks do the work. Every other attempt changes the world on its page
(`Person.instruction`), or the simulator does not know it (an error)."""
SETUP_FIXES = {
    "use-2g-network": "wifi_band", "check-wifi-details": "wifi_details",
    "wpa2-mixed": "wifi_security", "allow-permissions": "permissions", "update-app": "old_app",
    "release-account": "other_account", "add-through-recorder": "recorder",
    "find-on-network": "other_subnet", "hub-check-add": "hub_link",
    "remove-old-entry": "old_entry",
}  # fmt: skip
"""Setup attempts and the obstacle each removes when the person carries it out."""
POWER_THEN_WEB = {
    "swap-adapter-web": "swap-adapter",
    "poe-other-port-web": "poe-other-port",
    "poe-free-budget-web": "poe-free-budget",
}
"""Attempts for a camera with no reset button: a power attempt's change, then the web page's
reset instead of its hold (first instruction: the power attempt's; second: web-reset's)."""
ON_PAGE = frozenset({
    "other-outlet", "swap-adapter", "drained-power-cycle", "remove-from-app", "app-reset",
    "web-reset", "remote-reset", "vendor-code-reset", "poe-other-port", "poe-short-cable",
    "poe-injector-check", "poe-free-budget", "doorbell-power", "charge-battery", "hub-check",
    "known-fix",
})  # fmt: skip
"""Attempts whose instruction pages change the world (`Person.instruction`; "What each attempt
does to the world" in docs/benchmark.md), besides `SETUP_FIXES` and `POWER_THEN_WEB`."""


def simulated(action: str) -> bool:
    """Whether the simulated person knows what an attempt's instruction pages take and do."""
    if action in POWER_THEN_WEB:  # the power attempt's page, then web-reset's
        return simulated(POWER_THEN_WEB[action]) and simulated("web-reset")
    rules = ON_PAGE | PAGE_ONLY.keys() | SETUP_FIXES.keys()
    return action in DO_MINUTES and action in rules
