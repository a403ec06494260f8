"""The details support asks for (serial number, MAC, firmware…), in the words of each place
that shows them: the form's labels, the report's rows, "Saved to the report: …", and what each
vendor's support asks for."""

from __future__ import annotations

import re
from collections.abc import Mapping

from camreset.core.kb.power_values import PowerKind
from camreset.core.kb.resolved import ResolvedModel
from camreset.core.no_passwords import REMOVED

RECORDER_DEVICE_ID = (
    "The recorder's Device ID, not its serial number (on its label beside the QR code, or on "
    "its screen: right-click > Info)"
)
"""Lorex support's first ask for a recorder's temporary password (installer review 66, D #7)."""
DETAIL_WORDS = {
    "label_model": "Brand and model (as on its label)",
    "serial": "Serial number (on the label)",
    "mac": "MAC address (on the label, or in the app)",
    "firmware": "Firmware version (in the app, if you can see it)",
    "hardware_version": "Hardware version (on the label, e.g. 1.0)",
    "purchase_date": "When you bought it",
    "purchase_place": "Where you bought it",
    "power_source": "How it is powered (adapter, PoE, battery…)",
    "light": "What the light did",
    "error_message": "The error message the app or page shows",
    "device_start_time": "Device start time (in the maker's tool on a computer, e.g. SADP)",
    "app_log_id": "The ID of a log sent from the app (its support menu: Submit a Log)",
    "recorder": "The recorder (NVR) it is connected to, if any: its model and firmware",
    "recorder_device_id": RECORDER_DEVICE_ID,
    "hub": "The hub or base station it pairs through: its model, serial number and firmware",
    "recovery_code": "What happened to the recovery code: refused, expired, or it never came",
    "app_version": "The app's version (in the app's settings, or its About page)",
    "phone_os": "Your phone and its system's version (e.g. iPhone, iOS 17.4; or Android 14)",
}
"""What a person can add to the report for support, in the order the form asks."""
NO_PASSWORD = (
    "Never type a password here: support does not need it (camreset removes one it spots)."
)
DETAIL_LABELS = {
    "label_model": "Brand and model",
    "serial": "Serial number",
    "mac": "MAC address",
    "firmware": "Firmware version",
    "hardware_version": "Hardware version",
    "purchase_date": "Bought",
    "purchase_place": "Bought at",
    "power_source": "Powered by",
    "light": "What the light did",
    "error_message": "Error message",
    "device_start_time": "Device start time",
    "app_log_id": "App log ID",
    "recorder": "Recorder (NVR)",
    "recorder_device_id": "Recorder's Device ID",
    "hub": "Hub or base station",
    "battery_charge": "Battery charge",
    "status_light": "Status light",
    "power_need": "Needs (its sources)",
    "hub_state": "Hub",
    "recovery_code": "Recovery code",
    "app_version": "App version",
    "phone_os": "Phone and system",
}
"""The same details as a report's rows (the battery's charge and the status light worked out
from the session, as is whether the recovery code failed; the way it failed is typed)."""
BATTERY_CHARGE = "battery_charge"
STATUS_LIGHT = "status_light"
"""What the status light did, as last answered in the session (core/report/details.py)."""
HUB_STATE = "hub_state"
HUB_SAID = {"online": "online, its light normal", "offline": "offline or its light not normal"}
"""The answers to "Is the hub on and online?", as the hub's row words them."""
SAID_LEVEL = {"low": "battery.low", "charged": "battery.full"}
"""The battery question's answers, as its answer labels word them for this camera."""
CHARGED = "“{what}” done in the session, then reset again"
BATTERY_NOT_KNOWN = "not known: asked in the session, they could not tell"
ONLY_FOR_UNLISTED = frozenset({"label_model"})
"""Details asked only of a camera camreset does not list (another brand, an unknown number):
support must hear what it is, and the report's own name for it is only its shape."""
NEEDS_IT_ON = frozenset({
    "device_start_time", "device_date", "lan_tool_export", "reset_screen_photo", "support_file",
})  # fmt: skip
"""What support asks for that is read from the camera while it runs (its start time, the
export of the maker's tool): nothing to have ready for a camera that won't switch on (web
review 53: a dark Hikvision's report asked for its SADP export)."""
FOR_A_RESET_CODE = frozenset({"device_start_time", "device_date", "lan_tool_export"})
CHANGES_ON_RESTART = frozenset({"device_start_time", "lan_tool_export"})
"""What support makes its reset code from and a restart changes (the start time, and the export
that carries it): the maker's own way back in says not to restart the camera until the code is
used, and the steps after it cut the camera's power."""
POWER_CUT_SINCE = (
    "Its power was cut in step {number} (“{title}”): one read before then no longer matches. "
    "Read it again just before you send this, and keep the camera on until support answers"
)
"""Beside those rows once a step cut the camera's power: a Hikvision's report handed support the
start time read in SADP before camreset's steps unplugged it three times (support-report review
75 G, #2)."""
"""What support asks for to send a reset code (read off the maker's LAN tool): nothing to have
ready once the camera is reset (phone review 60, #9: a reset Hikvision's report asked for its
SADP export and start time)."""
NEEDS_THE_APP = frozenset({"app_log_id"})
"""What support asks for that is sent from the brand's app: nothing to have ready for someone
locked out of its account (diff review 55: Wyze's account page asked for an app log)."""
ONLY_WHEN_ASKED = frozenset({"device_start_time", "app_log_id", "recorder_device_id"})
"""Details the form offers only where the vendor's support asks for them (a start time read
in a LAN tool means nothing for a Ring doorbell; Wyze asks for the ID of a log sent from its
app, which had no field, so the report never carried it: after-reset review 58)."""


ABOUT_A_RECORDER = frozenset({"recorder_device_id", "recorder_info_photo", "recorder_label_photo"})
"""What support asks about the recorder a camera is on (Lorex's, for a recorder's temporary
password: lorex-help-3520): nothing to give for a camera said to be on a PoE switch or an
injector (merged-diff review 66, I #4)."""


def asked_by_support(model: ResolvedModel) -> frozenset[str]:
    """What this vendor's support asks for, where a source says."""
    needs = model.value("support_needs")
    return frozenset(str(n) for n in needs) if isinstance(needs, list) else frozenset()


ONLY_ON_A_CABLE = frozenset({"recorder"})
"""Details for a camera that may be on a network cable or pairs through a recorder (Lorex
support asks about the NVR; a Wi-Fi doorbell has none)."""


ON_A_CABLE_WORDS = {
    "mac": "MAC address (on the label, or in the app, web page, recorder or maker's tool)",
    "firmware": "Firmware version (in the app, web page, recorder or maker's tool, if shown)",
}
"""Where a camera on a network cable shows these: an installer resetting a PoE dome was asked
for them "in the app" (installer review 62, #9)."""


ABOUT_AN_ACCOUNT = frozenset({
    "label_model", "serial", "purchase_date", "purchase_place", "error_message",
})  # fmt: skip
"""What the details form asks on the page for an app account's support: the camera's proof of
ownership and the error, not its light, MAC or hardware version (web review 56)."""


AFTER_A_CODE = frozenset({"recovery_code"})
"""Asked only where the maker's recovery code did not let the person in: which way it failed
decides what support does next (support-report review 67 I, #5)."""


AFTER_ADDING = frozenset({"app_version", "phone_os"})
"""Asked only where adding it again in the app failed: the app's and the phone's versions are
what the makers' pairing guides check first (../shared/research/what-people-ask.md §6: "app +
phone OS versions"; Wyze's help centre: app version against its release notes), and they mean
nothing for a reset (support-report review 75 G, #15)."""


def form_details(
    model: ResolvedModel,
    dark: bool = False,
    account: bool = False,
    off_recorder: bool = False,
    code_failed: bool = False,
    adding_failed: bool = False,
) -> dict[str, str]:
    """The details form's fields for this camera: what its vendor's support asks for, the
    recorder where it may be on one, and the hub it pairs through (a reviewer found no
    place for a eufy HomeBase's model and firmware). `dark`: it won't switch on, so nothing
    is asked that is read from it running (`NEEDS_IT_ON`); `account`: the page is for its
    app account's support (`ABOUT_AN_ACCOUNT`); `off_recorder`: said to be on no recorder
    (`ABOUT_A_RECORDER`); `code_failed`: the maker's recovery code did not let them in;
    `adding_failed`: adding it again in the app failed (`AFTER_ADDING`)."""
    asked = asked_by_support(model) - (ABOUT_A_RECORDER if off_recorder else frozenset())
    recorder, hub = model.recorder, model.pairs_via
    wired = PowerKind.poe in model.power_kinds or recorder is not None
    fields = {
        k: v
        for k, v in DETAIL_WORDS.items()
        if (k not in ONLY_WHEN_ASKED or k in asked)
        and (k not in ONLY_ON_A_CABLE or wired)
        and (k not in ONLY_FOR_UNLISTED or model.generic)
        and (k != "hub" or (hub is not None and recorder is None))
        and not (dark and k in NEEDS_IT_ON)
        and (k in ABOUT_AN_ACCOUNT or not account)
        and (k not in AFTER_A_CODE or code_failed)
        and (k not in AFTER_ADDING or adding_failed)
    }
    if wired and (hub is None or recorder is not None):  # where an installer reads them
        fields |= {k: v for k, v in ON_A_CABLE_WORDS.items() if k in fields}
    if hub is not None and "hub" in fields:
        fields["hub"] = f"The {hub.name} it pairs through: its model, serial number and firmware"
    if recorder is not None and "recorder" in fields:  # its maker's name: a UniFi "console"
        fields["recorder"] = (
            f"The {recorder.name} it is connected to, if any: its model and firmware"
        )
    return fields


DETAIL_SAVED = {
    "label_model": "the brand and model",
    "serial": "the serial number",
    "mac": "the MAC address",
    "firmware": "the firmware version",
    "hardware_version": "the hardware version",
    "purchase_date": "when you bought it",
    "purchase_place": "where you bought it",
    "power_source": "how it is powered",
    "light": "what the light did",
    "error_message": "the error message",
    "device_start_time": "the device start time",
    "app_log_id": "the app log ID",
    "recorder": "the recorder",
    "recorder_device_id": "the recorder's Device ID",
    "hub": "the hub",
    "recovery_code": "what happened to the recovery code",
    "app_version": "the app's version",
    "phone_os": "your phone and its system",
}
"""The same details inside "Saved to the report: …"."""


SUPPORT_NEED_WORDS = {
    "model": ("The camera's model", "report"),
    "steps_tried": ("The steps you already tried", "report"),
    "serial": ("The serial number", "serial"),
    "mac": ("The MAC address", "mac"),
    "firmware": ("The firmware version", "firmware"),
    "hardware_version": ("The hardware version", "hardware_version"),
    "purchase_date": ("When you bought it", "purchase_date"),
    "led_pattern": ("What the light does", "light"),
    "purchase_place": ("Where you bought it", "purchase_place"),
    "proof_of_purchase": ("Proof of purchase (the receipt)", None),
    "label_photo": ("A photo of the camera's label", None),
    "account_email": ("Your account's e-mail address", None),
    "device_start_time": (
        "The device's start time (the maker's program on a computer on the same network shows it)",
        "device_start_time",
    ),
    "device_date": ("The camera's current date, as the camera itself shows it", None),
    "reset_screen_photo": ("A photo of the reset-password screen", None),
    "contact_details": ("How to reach you", None),
    "error_message": ("The error message (a screenshot, or its words)", "error_message"),
    "support_code": ("A one-time support code that verifies you", None),
    "lan_tool_export": (
        "The file the maker's program on a computer saves for support (SADP's XML file, or "
        "its QR code)",
        None,
    ),
    "uid": ("Or its UID instead of the serial (on the label, under its QR code)", None),
    "support_file": ("A support file and a system log", None),
    "app_log_id": (
        "The ID of a log sent from the app (its support menu: Submit a Log)",
        "app_log_id",
    ),
    "safe_word": ("Your Safe Word, if your plan has one", None),
    "recorder_device_id": (RECORDER_DEVICE_ID, "recorder_device_id"),
    "recorder_info_photo": ("A photo of the recorder's Device Info screen", None),
    "recorder_label_photo": (
        "A photo of the recorder's sticker with its serial and model number",
        None,
    ),
}
"""What a vendor's support asks for, and where a report has it: `report` (always in it), a
detail's name (in it once given), or None (the person has it ready; never collected here)."""


MAC_SEPARATORS = re.compile(r"[\s:.\-]")
MAC_DIGITS = re.compile(r"[0-9A-Fa-f]{12}")
NOT_A_MAC = (
    "as typed; a MAC address is 12 characters 0–9 and A–F, such as 9C:53:22:1A:2B:3C, "
    "so check the label"
)
"""Said on the form beside a MAC address that is not one: kept, since the person may have
read a label we do not know, and asked to check it."""
NOT_A_MAC_FOR_SUPPORT = "as typed; not a MAC address, which is exactly 12 characters 0–9 and A–F"
"""The same in the report: support is told it may be wrong."""


def mac_form(typed: str) -> str | None:
    """A MAC address as labels and apps print it ("9C:53:22:1A:2B:3C") whatever the person
    typed between its 12 hex digits (colons, dashes, dots, spaces, none); None: not one."""
    digits = MAC_SEPARATORS.sub("", typed)
    if not MAC_DIGITS.fullmatch(digits):
        return None
    return ":".join(digits[i : i + 2] for i in range(0, 12, 2)).upper()


def detail_warning(key: str, value: str) -> str | None:
    """What is wrong with a saved detail, in a few words (None: nothing we can tell)."""
    if key == "mac" and value and mac_form(value) != value:
        return NOT_A_MAC
    return None


def saved_problems(keys: list[str], saved: dict[str, str]) -> list[str]:
    """What to check in the details just saved (`keys`, as now `saved`), said beside "Saved to
    the report": the form far below marks them, where someone who reads the notice and
    leaves never looks."""
    said = []
    for key in keys:
        value = saved.get(key, "")
        if detail_warning(key, value):
            said.append(f"Check {DETAIL_SAVED[key]}: it was saved {NOT_A_MAC}.")
        if REMOVED in value:
            said.append(f"A password was taken out of {DETAIL_SAVED[key]}: support never needs it.")
    return said


def detail_value(key: str, value: str) -> str:
    """A saved detail as the report shows it: one that cannot be right says so."""
    if detail_warning(key, value):
        return f"{value} ({NOT_A_MAC_FOR_SUPPORT})"
    return value


def changed_elsewhere(
    keys: list[str], now: dict[str, str], yours: Mapping[str, str], who: str
) -> list[str]:
    """What the other screen saved since this page loaded (`keys`, as `now` holds them), and
    for a field typed here too (`yours`) that the typed one was not saved: a form left open
    put back a serial the other screen had corrected, and said nothing (helpdesk review 67,
    E #1). `who` saved it, named as every screen names it (screen_names.py)."""
    said = []
    for key in keys:
        if key not in DETAIL_SAVED or not now.get(key):
            continue
        changed = f"{who} changed {DETAIL_SAVED[key]} to “{now[key]}”"
        changed += " since this page loaded"
        if key in yours:
            said.append(
                f"{changed}, so yours, “{yours[key]}”, was not saved. Check which is right: "
                "to keep yours, type it again and save."
            )
        else:
            said.append(f"{changed}; the form below shows it.")
    return said


def saved_while_asked(key: str, theirs: str, yours: str) -> str:
    """A detail typed in the terminal that another screen saved since the terminal asked for
    it: the terminal put back a serial a browser had saved meanwhile, as the web form had
    before it kept to what was changed on it (helpdesk review 67, after E #1)."""
    return (
        f"Another screen saved {DETAIL_SAVED[key]} as “{theirs}” since it was asked here, "
        f"so yours, “{yours}”, was not saved."
    )


def keep_yours(theirs: str) -> str:
    """The terminal's one question after that: its typed value again, or the other's."""
    return f"Type yours again to keep it, or press Enter to keep “{theirs}”: "
