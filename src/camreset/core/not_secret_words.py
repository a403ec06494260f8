"""Words that are not a password, though they stand where one could (core/no_passwords.py).

The scans remove what looks like a secret after a password keyword or in a sentence about
one; these lists are what keeps a plain sentence, a shop's name or a serial number's label
from being read as one. Kept apart so the lists can grow without crowding the scans.
"""

from __future__ import annotations

PLAIN_WORDS = frozenset({
    "a", "an", "the", "it", "its", "my", "our", "their", "not", "no", "changed", "reset",
    "wrong", "lost", "forgotten", "forgot", "set", "correct", "incorrect", "accepted",
    "rejected", "refused", "expired", "known", "unknown", "default", "same", "empty", "blank",
    "working", "still", "also", "too", "again", "and", "or", "but",
})  # fmt: skip
"""Words that follow "password is/was/to" in plain sentences, not a secret."""
FUNCTION_WORDS = PLAIN_WORDS | frozenset({
    "by", "on", "in", "at", "for", "with", "from", "after", "since", "when", "if", "is", "was",
    "does", "do", "did", "doesn't", "won't", "can't", "cannot", "any", "more", "longer", "via",
    "using", "through", "to", "of", "work", "works", "worked", "anymore", "i", "we", "you",
    "they", "me", "please", "help", "this", "that", "there", "here", "every", "time", "times",
    "now", "today", "yesterday", "always", "never", "sometimes", "anyway", "as", "so", "then",
    "twice", "once", "because", "which", "while", "until", "though", "although",
})  # fmt: skip
"""Words that carry a sentence on after a passphrase ("… staple and it did not work")."""
STATUS_WORDS = (PLAIN_WORDS - {"correct", "a", "an", "the", "my", "our", "their"}) | {
    "not", "no", "still", "also", "same", "incorrect", "too", "very", "being", "now",
}  # fmt: skip
"""A first word after "password:" or "the password is" that says what became of it."""
CAPITALISED_NAMES = frozenset({
    "ebay", "iphone", "ipad", "ipod", "ios", "icloud", "imac", "macos", "wifi", "poe",
    "youtube", "paypal", "whatsapp", "facetime", "airplay", "airpods", "homekit", "smartthings",
    "aliexpress", "linkedin", "unifi", "simplisafe", "homebase", "eufycam", "eufysecurity",
    "tplink", "facebook", "gopro", "oneplus", "mcafee", "appletv", "ipados", "watchos", "2fa",
})  # fmt: skip
"""Names written with a capital inside that are not chosen passwords: shops, phones, apps."""
DEFAULT_USERS = frozenset({"admin", "root", "administrator", "supervisor"})
"""The usual default user names: the word after one of them may be its password."""
CODE_LABELS = frozenset({
    "error", "err", "serial", "sn", "s/n", "model", "firmware", "fw", "version", "ver", "mac",
    "uid", "hardware", "hw",
})  # fmt: skip
"""Words that name the code right after them ("error E2", "serial ABC123", "error code E2",
"serial number: ABC123"): in a sentence about a password, support's error code and serial
were removed as secrets (web review 52). A password stated after a keyword goes all the same."""
LABEL_TAILS = frozenset({"code", "number", "no", "no.", "#", "nr", "nr."})
"""What may stand between such a label and its code ("serial number", "error code")."""
