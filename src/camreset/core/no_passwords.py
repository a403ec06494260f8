"""Free text a person types never keeps a password: camreset must not store one.

People write "I changed the admin password to Amcrest123!" or "login admin / Hik12345!" into
the words they add for support, and the report they hand over is pasted into tickets. Before
such text becomes an event:

- after a password keyword, the word that follows is removed when a connector ("is", "set
  to", "=", ":") says a value follows or when it looks like one (a digit, a symbol, a capital
  inside it); so is any other word in the rest of that sentence that looks like one, and a
  quoted value ("Hik 12345");
- after a login keyword, or after a usual default user name ("admin"), a "user / secret" or
  "user:secret" pair loses its secret;
- every other copy of a secret found this way is removed too.

"Password reset" or "the password was wrong" stay as written; so do words that are not
secrets by their look ("IP2M-841" after "password reset did nothing on" is kept only when no
keyword's sentence contains it), and short acronyms ("on NVR", "the DVR").
"""

from __future__ import annotations

import re

REMOVED = "[password removed]"

_KEYWORD = (
    r"pass(?:word|wort|wd|code|phrase)?|pwd|pw|kennwort|contrase[ñn]a|mot\s+de\s+passe|"
    r"mot\s+passe|wachtwoord|senha"
)
_LOGIN = r"login|log-in|credentials?|creds|user(?:name)?"
_CONNECTOR = r"(?:(?:set|changed|reset|updated)\s+to|is|was|to|into|now|of)\b|=|:|->|,"
"""What says a value follows; a word only as a whole word ("password is TO0000" kept
"TO0000": its "TO" was read as "to")."""
_FOUND = re.compile(
    rf"(?P<key>\b(?:{_KEYWORD})\b)(?P<gap>\s*(?:(?:{_CONNECTOR})\s*)*)"
    r"(?P<value>\"[^\"\n]{1,64}\"|'[^'\n]{1,64}'|[^\s,;\"']+)",
    re.IGNORECASE,
)
_PAIR = re.compile(
    rf"\b(?:{_LOGIN})\b[:=]?\s*(?P<user>[^\s/:]{{1,32}})\s*[/:]\s*(?P<value>[^\s,;]+)"
    rf"|\b(?P<default>admin|root|administrator|supervisor)\s*(?:/|:)\s*(?P<value2>[^\s,;]+)",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
_WORD = re.compile(r"[^\s,;]+")
_PLAIN_WORDS = frozenset({
    "a", "an", "the", "it", "its", "my", "our", "their", "not", "no", "changed", "reset",
    "wrong", "lost", "forgotten", "forgot", "set", "correct", "incorrect", "accepted",
    "rejected", "refused", "expired", "known", "unknown", "default", "same", "empty", "blank",
    "working", "still", "also", "too", "again", "and", "or", "but",
})  # fmt: skip
"""Words that follow "password is/was/to" in plain sentences, not a secret."""
_LEAD_INS = frozenset({"the", "a", "an", "same", "still", "also", "now", "my", "our", "it"})
"""Words after "password is" that lead on to a value later in the sentence ("the same as
the Wi-Fi: Summer2024!"), unlike a verdict ("wrong", "forgotten")."""
_EDGE = ".!?\"'()"
_DEFAULT_USERS = frozenset({"admin", "root", "administrator", "supervisor"})
ACRONYM = 5
"""Capital letters only, at most this long: an acronym ("NVR"); a camera password needs more."""


def _looks_secret(word: str) -> bool:
    """Digits, a symbol or a capital inside: how chosen passwords look, not plain words
    ("wifi:" or a lone "/" are not)."""
    bare = word.rstrip(":").replace("'", "").replace("-", "")
    if bare.isalpha() and bare.isupper() and len(bare) <= ACRONYM:
        return False  # "NVR", "PoE" spelt "POE", "SADP": a name, not a chosen password
    return any(c.isalnum() for c in bare) and (
        any(c.isdigit() for c in bare) or not bare.isalpha() or any(c.isupper() for c in bare[1:])
    )


def _keyword_secrets(text: str) -> set[str]:
    """Secrets stated after a password keyword, and secret-looking words later in its
    sentence ("password is abc123 and then abc1234")."""
    found: set[str] = set()
    for match in _FOUND.finditer(text):
        value = match["value"]
        if value[0] in "\"'":
            found.add(value)
            continue
        word = value.rstrip(_EDGE)
        stated = bool(word) and word.casefold() not in _PLAIN_WORDS
        if stated and (match["gap"].strip(" ,") or _looks_secret(word)):
            found.update((value, word))
        elif word.casefold() not in _LEAD_INS or not match["gap"].strip(" ,"):
            continue  # "password reset did nothing": no password in this sentence
        end = _SENTENCE_END.search(text, match.end())
        rest = text[match.end() : end.start() + 1 if end else len(text)]
        found.update(w for w in _WORD.findall(rest) if _looks_secret(w.strip(_EDGE)))
    return {s for s in found if any(c.isalnum() for c in s)}


def _before_host(value: str) -> str:
    """The password of "Pa55@192.168.1.10/" in a URL, without the host after it."""
    head, at, host = value.rpartition("@")
    return head if at and head and "." in host else value


def _pair_secrets(text: str) -> set[str]:
    """The secret half of "login admin / Hik12345!" or "admin:Hik12345!"."""
    found: set[str] = set()
    for match in _PAIR.finditer(text):
        if match["value"]:  # after "login", "credentials", "user"
            value, bare = match["value"], match["value"].rstrip(_EDGE).casefold()
            user = match["user"].casefold()
            if bare in _PLAIN_WORDS | {"", user}:  # "login admin/admin": the default
                continue
            if user in _DEFAULT_USERS or _looks_secret(value):  # not "user manual: page"
                found.update((value, value.rstrip(_EDGE)))
        elif _looks_secret(value := _before_host(match["value2"])):  # "admin:Hik12345!"
            found.update((value, value.rstrip(_EDGE)))
    return {s for s in found if any(c.isalnum() for c in s)}


def without_passwords(text: str) -> str:
    """`text` with every password it states, and every copy of one, replaced by
    "[password removed]"."""
    secrets = _keyword_secrets(text) | _pair_secrets(text)
    for secret in sorted(secrets, key=len, reverse=True):
        text = re.sub(rf"(?<![\w]){re.escape(secret)}(?![\w])", REMOVED, text)
    return text
