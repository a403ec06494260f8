"""Short codes for a session: eight characters a person can read out over the phone.

A session's id is 32 case-sensitive characters (I and l, O and 0): fine in a link, slow and
error-prone to read aloud. A code is eight characters from an alphabet without look-alikes,
typed in any case, with or without its dash, and it opens its session only for
`CODE_LIFETIME`. The id stays the key: a code is a second, short-lived way to it (the store
keeps codes in a table of their own).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
"""No 0/O, 1/I/L or U/V pairs: what is heard or read is what is typed."""
CODE_LENGTH = 8  # 30**8 ≈ 6.6e11 codes: guessing one that is live is hopeless
CODE_LIFETIME = timedelta(hours=2)


@dataclass(frozen=True)
class ShareCode:
    """A code as stored ("K7QM4TXP") and when it stops working."""

    code: str
    expires_at: datetime

    @property
    def shown(self) -> str:
        """As people read it: two groups of four ("K7QM-4TXP")."""
        return f"{self.code[:4]}-{self.code[4:]}"

    @property
    def spoken(self) -> str:
        """As said over the phone, spelt out: "Kilo seven Quebec Mike, four Tango X-ray Papa"."""
        return spoken(self.code)

    def minutes_left(self, now: datetime) -> int:
        return max(0, round((self.expires_at - now).total_seconds() / 60))


_DIGITS = ("two", "three", "four", "five", "six", "seven", "eight", "nine")
_NATO = (
    "Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "Juliet",
    "Kilo", "Mike", "November", "Papa", "Quebec", "Romeo", "Sierra", "Tango", "Victor",
    "Whiskey", "X-ray", "Yankee", "Zulu",
)  # fmt: skip
SPELLING = {**dict(zip("23456789", _DIGITS, strict=True)), **{w[0]: w for w in _NATO}}
"""How each character of the alphabet is said: the NATO spelling alphabet for letters (B, D,
E, G, P, T, V, Z and C, M and N, S and F sound alike on a phone line), words for digits."""


def spoken(code: str) -> str:
    """A stored code ("DVDK42XS") spelt out: "Delta Victor Delta Kilo, four two X-ray Sierra"."""
    words = [SPELLING[c] for c in code]
    half = len(words) // 2
    return f"{' '.join(words[:half])}, {' '.join(words[half:])}"


SEPARATORS = re.compile(r"[\s\-‐‑‒–—−_.,;:'\"“”‘’]")
"""Spaces, dashes, underscores and the punctuation a code picks up when copied from a
sentence ("6PPE-JSN3." or 6PPE_JSN3): none is part of a code. A phone's keyboard makes a
typed "-" an en or em dash ("S6S5—N4H4" found no session: web review 56)."""


def _squeezed(typed: str) -> str:
    return SEPARATORS.sub("", typed).upper()


def normalise(typed: str) -> str | None:
    """The code `typed` names (any case, spaces or a dash anywhere), or None if it is not
    shaped like one."""
    code = _squeezed(typed)
    if len(code) != CODE_LENGTH or any(c not in ALPHABET for c in code):
        return None
    return code


NEVER = "O0I1LU"
"""The letters and digits a code never has: each looks like one it has (or like another of
these), so none is ever typed from a code read correctly."""
NEVER_SAID = "O, 0, I, 1, L or U"
LOOK_ALIKES = {"O": "DQ", "0": "DQ", "I": "J7T", "1": "7JT", "U": "V"}
"""What a character a code never has may have been, misread: L has no likely stand-in."""
MAX_GUESSES = 27  # at most three characters misread, each three ways


def misread(typed: str) -> str:
    """The characters a code never has in `typed` ("O", "O1"), in the order typed, when
    `typed` is otherwise shaped like a code: eight letters and digits, any case, spaces or a
    dash anywhere. "" when it has none, or is not shaped like a code at all."""
    code = _squeezed(typed)
    if len(code) != CODE_LENGTH or not (code.isascii() and code.isalnum()):
        return ""
    if code.isalpha() and SEPARATORS.search(typed) is None:
        return ""  # a word ("Kangaroo", "floodcam") is not taken for a misread code
    if any(len(part) > CODE_LENGTH // 2 and part.isalpha() for part in SEPARATORS.split(typed)):
        return ""  # a brand and a model ("Foscam R4"): a code is read out in fours at most
    return "".join(dict.fromkeys(c for c in code if c in NEVER))


def look_alikes(typed: str) -> list[str]:
    """The codes `typed` may have been meant as, each character a code never has read as one
    it has that looks like it ("DVDK42XO": DVDK42XD and DVDK42XQ); [] when `typed` is not
    misread that way, a character has no stand-in (L), or there would be more than
    `MAX_GUESSES`."""
    if not misread(typed):
        return []
    guesses = [""]
    for c in _squeezed(typed):
        options = c if c in ALPHABET else LOOK_ALIKES.get(c, "")
        guesses = [g + o for g in guesses for o in options]
        if not guesses or len(guesses) > MAX_GUESSES:
            return []
    return guesses


def never_in_codes(bad: str) -> str:
    """What to tell a person who typed a code with the characters `bad` ("O1") in it."""
    listed = f"{', '.join(bad[:-1])} and {bad[-1]}" if len(bad) > 1 else bad
    return f"Short codes never contain {NEVER_SAID}, and this one has {listed}: check the letters."
