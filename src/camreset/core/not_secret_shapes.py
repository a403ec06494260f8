"""Codes support asks for whose shape no chosen password has: kept in a sentence about one.

core/no_passwords.py removes every word that looks like a secret from a sentence that names
a password. A Dahua or Amcrest firmware version has letters inside ("V2.800.00AC006.0.R"), a
MAC address is cut at its colons into "1A", "2B", an address carries a port ("…:37777"): each
looked like a secret and went, with the password typed beside it (support-report review 75 G,
#5: "Firmware version: [password removed], admin pass: [password removed]"). Their whole
shapes are found first and kept, unless the text states that very word as the password ("I
typed V2.800.00AC006.0.R as the password"), and a word right after a password keyword goes
whatever its shape ("password is 192.168.1.1"): the keyword scan reads it.
"""

from __future__ import annotations

import re

WHOLE_CODES = re.compile(
    r"(?<![\w.:/-])(?:"
    # a firmware version of three parts or more, letters inside its later ones: Dahua and
    # Amcrest "V2.800.00AC006.0.R", "2.420.AC00.18.R"; with a build after "_": Reolink
    # "v3.0.0.2356_23062000", Hikvision "V5.5.82_build_190909", Arlo "1.125.13.1_22004"
    r"[vV]?\d{1,3}\.\d{1,4}(?:\.(?:[0-9A-Z]{1,10}|[a-z]\d{1,4}))+(?:_(?:build_)?\d{3,10})?"
    r"|(?i:rel)\.\d{3,8}[a-z]?"  # Tapo's "1.3.6 Build 230215 Rel.37018n"
    # a MAC address: 9C:53:22:1A:2B:3C, 9c-53-22-1a-2b-3c, 9c53.221a.2b3c
    r"|[0-9A-Fa-f]{2}(?P<sep>[:-])(?:[0-9A-Fa-f]{2}(?P=sep)){4}[0-9A-Fa-f]{2}"
    r"|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}"
    # an IPv4 address with its port or network: 192.168.1.108:37777, 10.0.0.2/24
    r"|\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?(?:/\d{1,2})?"
    # a web address with no user or password in it: http://192.168.1.64:8000/doc/page
    r"|https?://[^\s@,;]+(?=[\s,;]|$)"
    r")(?![\w:-]|\.\w)"
)
"""Whole words whose shape is a version, a build, a MAC address, an address: not a secret."""
NOT_A_LOGIN = re.compile(
    r"\d{1,2}:\d{2}|v\d{1,3}(?:\.\d+)*|\d{3,4}p|\d{1,2}k|h\.?26[45]|\d(?:\.\d)?g"
    r"|(?:ch|gen|x)\d{1,2}|wpa[23](?:-(?:psk|sae|personal))?|cr(?:123a?|2032|2)|18650"
    r"|usb-?[23](?:\.\d)?",
    re.IGNORECASE,
)
"""After a default user name or a verb of typing, words with a digit that are no password
(diff review 57): a time, a version, a resolution, a codec, a radio band, a channel, a
generation, a Wi-Fi security, a battery, a USB port ("tried WPA2", "put in CR123A")."""
MODEL_WITH_PARTS = re.compile(
    r"(?<![^\s(])[A-Z0-9]+(?:-[A-Z0-9]+)+/\d{1,2}[A-Z]{1,2}(?=[\s,;.)]|$)"
)
"""A model number with a port or size variant after a slash ("DS-7608NI-K2/8P": an 8-port
recorder): the scan splits words at "/", and its "8P" looked like a password (a technician's
note lost the recorder's model, review 51). Capitals only, and a variant of one or two
digits and a letter or two: not "ADMIN-2024/PW12" or "K9-QX/7ZP2", which stay secrets."""
BUILD_LABELS = frozenset({"build", "rel", "release", "id"})
"""Words that name the code right after them, with CODE_LABELS ("build 210601", "Device ID
4K01ABC"): a Hikvision's "V5.7.3 build 210601" lost its build number beside a password."""


def stated_after(key: str) -> re.Pattern[str]:
    """What, right after a word, says that word is the password: "… is my password", "… was
    the camera's PIN", "… as the password" (`key`: the pattern of what names a secret)."""
    return re.compile(
        rf"\s*(?:is|was|as)\s+(?:(?:my|the|our|its|a|an|new|old)\s+)?(?:[\w']+\s+)?"
        rf"(?:{key})\b",
        re.IGNORECASE,
    )
