"""Which cameras a troubleshooting record applies to: its `when` and what it `needs`.

Kept apart from the records themselves (core/kb/troubleshooting.py): the plan keeps or drops
a cause, attempt or question for one camera by these alone — its power, lines, way of being
added, hub and button, and what the model offers (a button, an app or web reset).
"""

from __future__ import annotations

from enum import StrEnum

from camreset.core.kb.power_values import HubKind, PowerKind
from camreset.core.kb.text import Ident, Strict
from camreset.core.kb.values import Provisioning


class Capability(StrEnum):
    """What a model must offer for an action to apply to it."""

    button = "button"
    app_reset = "app_reset"
    web_reset = "web_reset"
    client_reset = "client_reset"
    cover = "cover"
    recovery = "recovery"
    """The vendor gives a way back in without a reset (password_recovery)."""
    vendor_site = "vendor_site"
    """camreset knows the vendor's support site (not so for a camera of another brand)."""
    recorder_reset = "recorder_reset"
    """The vendor gives its own reset for the camera on its recorder (nvr_reset)."""
    known_fix = "known_fix"
    """A known trouble fact of the camera (after_reset) gives a fix for a cause it fixes."""


class When(Strict):
    """Which cameras a cause, action or question applies to; unset means all of them.

    A camera whose power or provisioning no source gives keeps every option, and the
    questions that ask about them sort it out.
    """

    power: list[PowerKind] | None = None
    """Only cameras that may be powered one of these ways."""
    not_power: list[PowerKind] | None = None
    """Not for cameras whose every known way of being powered is one of these."""
    power_known: bool | None = None
    """True: only where sources give exactly one way of powering it; False: only where not."""
    lines: list[Ident] | None = None
    provisioning: list[Provisioning] | None = None
    hub: bool | None = None
    """True: only cameras that pair through a hub or base station; False: only the others."""
    button: bool | None = None
    """True: only cameras with a reset button to press (or whose sources do not say); False:
    only cameras whose sources say they have none one can reach."""
    wired: bool | None = None
    """True: only cameras that may be added over their network cable (a wired way of adding
    them is sourced, or they may be on PoE): a 12 V camera on Ethernet is one too."""
    not_pairs_via: list[HubKind] | None = None
    """Not for cameras that pair through one of these kinds of box (a camera that joins its
    hub's own network has no home Wi-Fi to get wrong; Blink's sync module is not such a box)."""
