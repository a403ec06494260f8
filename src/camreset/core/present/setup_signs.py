"""How a camera in setup mode shows it, as one clause: its light, a voice or a setup Wi-Fi
where sources give them; for a camera activated with a password of one's own, the new-password
prompt and the status its maker's tool and a recorder list it with (Hikvision's SADP:
"Inactive").

Split from phrases.py (the words of every fact value) when the maker's tool joined the signs:
the words for setup mode are said on their own page and in detours, not only on a card.
"""

from __future__ import annotations

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.resolved import Origin, ResolvedModel
from camreset.core.kb.values import Credentials, SetupMode
from camreset.core.present.in_a_sentence import mid_sentence
from camreset.core.present.phrases import pattern_name

NO_SETUP = (
    "its light does something other than before the reset: no source says what, so if you "
    "cannot tell, answer “Not sure”"
)
"""Setup mode when no source describes it: no light to promise, the app's finding it is the
check (a reviewer's Wyze Cam v3 was asked about "a setup pattern" nobody knows)."""
NEW_PASSWORD = ("asks for a new password", "ask for a new password")
"""What a reset wired camera's web page does, said of it and after "may" or "does"."""
FACTORY_LOGIN = (
    "accepts its factory login again ({login})",
    "accept its factory login again ({login})",
)
"""The same where its maker gives the login a reset sets it back to (the Amcrest IPM-743E's
admin/admin): "it asks for a new password" sent its owner looking for a page the maker says
never comes (KB audit 68, R3)."""
NO_SETUP_WIRED = (
    "its recorder, web page or the maker's tool finds it as a new camera, or it {prompt} "
    "(no source says what its light shows then)"
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
    prompt: str = NEW_PASSWORD[0],
) -> str:
    """How a camera in setup mode shows it, as one clause (`activates`: the sources say it
    must be activated with a new password, and no setup light is sourced; `wired`: it may be
    on a network cable; `wifi`: it may have Wi-Fi too; `prompt`: what its web page does then,
    `page_prompt`)."""
    listed = listing(setup)
    if activates and (setup is None or not (setup.led or setup.voice or setup.wifi_ssid)):
        return LISTED_INACTIVE.format(tool=listed[0], status=listed[1]) if listed else INACTIVE
    if setup is None:
        wired_words = NO_SETUP_WIRED.format(prompt=prompt) + (OR_OVER_WIFI if wifi else "")
        return wired_words if wired else NO_SETUP
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


def page_prompt(model: ResolvedModel, after_verb: bool = False) -> str:
    """What its web page does once it is reset: it asks for a new password, or, where a
    source gives this model's own factory login with a password, it takes that login again
    (`after_verb`: the words after "may" or "does")."""
    fact = model.facts.get("default_credentials")
    login = fact.value if fact is not None and fact.origin is Origin.model else None
    if not isinstance(login, Credentials) or not login.password:
        return NEW_PASSWORD[after_verb]
    user = f"user {login.username}, " if login.username else ""
    return FACTORY_LOGIN[after_verb].format(login=f"{user}password {login.password}")
