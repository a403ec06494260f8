"""Free text a person types never keeps a password: camreset must not store one.

People write "I changed the admin password to Amcrest123!" into the words they add for
support, and the report they hand over is pasted into tickets. Before such text becomes an
event, the word after a password keyword is replaced — when a connector ("is", "set to",
"=", ":") says a value follows, or when the word looks like one (a digit, a symbol, a capital
inside it). "Password reset" or "the password was wrong" stay as written.
"""

from __future__ import annotations

import re

REMOVED = "[password removed]"

_KEYWORD = (
    r"pass(?:word|wort|code|phrase)?|pwd|pw|kennwort|contrase[ñn]a|mot\s+de\s+passe|"
    r"mot\s+passe|wachtwoord|senha"
)
_CONNECTOR = r"(?:set|changed|reset|updated)\s+to|is|was|to|into|now|of|=|:|->"
_FOUND = re.compile(
    rf"(?P<key>\b(?:{_KEYWORD})\b)(?P<gap>\s*(?:(?:{_CONNECTOR})\s*)*)(?P<value>[^\s,;]+)",
    re.IGNORECASE,
)
_PLAIN_WORDS = frozenset({
    "a", "an", "the", "it", "its", "my", "our", "their", "not", "no", "changed", "reset",
    "wrong", "lost", "forgotten", "forgot", "set", "correct", "incorrect", "accepted",
    "rejected", "refused", "expired", "known", "unknown", "default", "same", "empty", "blank",
    "working", "still", "also", "too", "again", "and", "or", "but",
})  # fmt: skip
"""Words that follow "password is/was/to" in plain sentences, not a secret."""


def _looks_secret(word: str) -> bool:
    return (
        any(c.isdigit() for c in word) or not word.isalpha() or any(c.isupper() for c in word[1:])
    )


def _replace(match: re.Match[str]) -> str:
    word = match["value"].rstrip(".!?")
    if not word or word.casefold() in _PLAIN_WORDS:
        return match[0]
    if match["gap"].strip() or _looks_secret(word):  # the gap holds only connectors
        return f"{match['key']}{match['gap']}{REMOVED}"
    return match[0]


def without_passwords(text: str) -> str:
    """`text` with any password it states replaced by "[password removed]"."""
    return _FOUND.sub(_replace, text)
