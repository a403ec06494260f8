"""How a camera in setup mode shows it, as one clause: its light, a voice or a setup Wi-Fi
where sources give them; for a camera activated with a password of one's own, the new-password
prompt and the status its maker's tool and a recorder list it with (Hikvision's SADP:
"Inactive").

Split from phrases.py (the words of every fact value) when the maker's tool joined the signs:
the words for setup mode are said on their own page and in detours, not only on a card.
"""

from __future__ import annotations

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.values import SetupMode
from camreset.core.present.phrases import pattern_name
from camreset.core.present.words import mid_sentence

NO_SETUP = (
    "its light does something other than before the reset: no source says what, so if you "
    "cannot tell, answer “Not sure”"
)
"""Setup mode when no source describes it: no light to promise, the app's finding it is the
check (a reviewer's Wyze Cam v3 was asked about "a setup pattern" nobody knows)."""
NO_SETUP_WIRED = (
    "its recorder, web page or the maker's tool finds it as a new camera, or it asks for a new "
    "password (no source says what its light shows then)"
)
"""Setup mode of a camera that may be on a network cable when no source describes it: a
recorder camera has no setup light to watch and is not found by a phone app."""
OR_OVER_WIFI = "; a camera added over Wi-Fi is found by the app as a new device"
"""Said after NO_SETUP_WIRED only of a camera that may have Wi-Fi: an Amcrest PoE bullet's
page spoke of adding it over Wi-Fi (web review 39)."""

INACTIVE = (
    "it asks for a new admin password again, as when it was new: its web page, or the "
    "maker's tool on a computer on the same network, asks you to create one; on a recorder "
    "(NVR), the recorder's camera list offers to set it up (to “activate” or “initialise” "
    "it, in its maker's word)"
)
"""Setup mode of a camera that is activated with a password of one's own (Hikvision): no
light pattern says it; the sources say the device shows as inactive until activated, and a
recorder it is plugged into can activate it (a reviewer's dome on an NVR never heard of it)."""
LISTED_INACTIVE = (
    "it asks for a new admin password again, as when it was new: its web page, or the "
    "maker's tool on a computer on the same network ({tool}, which lists it as “{status}”), "
    "asks you to create one; on a recorder (NVR), the recorder's camera list offers to set it "
    "up (to “activate” or “initialise” it, in its maker's word) and shows it as “{status}” "
    "until then"
)
"""The same where the sources name the maker's tool and the status it lists a reset camera
with: installers check a reset Hikvision in SADP ("Inactive") or on the recorder, and the page
named neither (installer review 62, #7). The plain words stay first: "inactive" alone read as
jargon to a helpdesk reviewer; here it is the status to look for, quoted."""


def listing(setup: SetupMode | None) -> tuple[str, str] | None:
    """(the maker's tool, the status it lists a camera in setup mode with), where sourced."""
    if setup is None or not setup.tool or not setup.listed_as:
        return None
    return setup.tool, setup.listed_as


def setup_words(
    kb: KnowledgeBase,
    setup: SetupMode | None,
    activates: bool = False,
    wired: bool = False,
    wifi: bool = True,
) -> str:
    """How a camera in setup mode shows it, as one clause (`activates`: the sources say it
    must be activated with a new password, and no setup light is sourced; `wired`: it may be
    on a network cable; `wifi`: it may have Wi-Fi too)."""
    listed = listing(setup)
    if activates and (setup is None or not (setup.led or setup.voice or setup.wifi_ssid)):
        return LISTED_INACTIVE.format(tool=listed[0], status=listed[1]) if listed else INACTIVE
    if setup is None:
        return NO_SETUP_WIRED + (OR_OVER_WIFI if wifi else "") if wired else NO_SETUP
    parts = []
    led = pattern_name(kb, setup.led)
    if led:
        named = mid_sentence(led)  # "red blinking", or "white light going round"
        parts.append(
            f"it shows a {named}" if " light " in f" {named} " else f"the light shows {named}"
        )
    if setup.voice:
        parts.append(f"it may say: “{setup.voice}”")
    if setup.wifi_ssid:
        parts.append(f"a Wi-Fi network named like {setup.wifi_ssid} appears")
    if listed:
        parts.append(f"{listed[0]}, the maker's tool on a computer, lists it as “{listed[1]}”")
    return "; ".join(parts) or "the app can find the camera as a new device"
