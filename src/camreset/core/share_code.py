"""Short codes for a session: eight characters a person can read out over the phone.

A session's id is 32 case-sensitive characters (I and l, O and 0): fine in a link, slow and
error-prone to read aloud. A code is eight characters from an alphabet without look-alikes,
typed in any case, with or without its dash, and it opens its session only for
`CODE_LIFETIME`. The id stays the key: a code is a second, short-lived way to it (the store
keeps codes in a table of their own).
"""

from __future__ import annotations

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


def normalise(typed: str) -> str | None:
    """The code `typed` names (any case, spaces or a dash anywhere), or None if it is not
    shaped like one."""
    code = "".join(typed.split()).replace("-", "").upper()
    if len(code) != CODE_LENGTH or any(c not in ALPHABET for c in code):
        return None
    return code
