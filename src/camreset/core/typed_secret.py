"""Where a person says what they typed, with no password keyword: "I typed hunter2 in the app".

core/no_passwords.py found a password by a keyword beside it ("password", "PIN", "login"), and
"blue blinking, I typed hunter2 in the app" has none: it was kept whole (support-report review
75 G, #13). The words right after "typed", "entered", "tried", "put in", "used", "changed it
to" (and those joined to them: "tried hunter2 and hunter3") are what was typed; no_passwords
removes those that look like a chosen secret and like nothing else ("typed V2 in the box",
"tried 192.168.1.108", "used 12V 2A" stay).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_VERB = re.compile(
    r"\b(?:typ(?:ed|e|ing)|enter(?:ed|ing)?|key(?:ed|ing)?\s+in|put(?:ting)?(?:\s+in)?|"
    r"tr(?:ied|y|ying)|us(?:ed|e|ing)|reject(?:s|ed|ing)?|refus(?:es|ed|ing|e)|"
    r"accept(?:s|ed|ing)?|(?:changed|set|reset|updated)\s+(?:it\s+)?to)"
    r"(?:\s+(?:in|it\s+as|with))?\s+",
    re.IGNORECASE,
)
"""Words that say what follows is what was typed."""
_VALUE = re.compile(r"\"[^\"\n]{1,64}\"|'[^'\n]{1,64}'|“[^”\n]{1,64}”|‘[^’\n]{1,64}’|[^\s,;]+")
_JOINED = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+|then\s+)?|\s(?:and|or|then|/)\s+)", re.IGNORECASE)
TYPED_SECRET = re.compile(r"[\d!#$%&*?@_~^=+]")
"""What a word typed must hold to be taken for a password: not "eBay's" or "S/N"."""
JOINED_MOST = 5
"""The most values one verb is read to take ("tried A, B, C and D")."""


def typed_values(text: str) -> Iterator[str]:
    """Each value that follows a verb of typing in `text`, as written (quotes kept)."""
    for verb in _VERB.finditer(text):
        at = verb.end()
        for _ in range(JOINED_MOST):
            value = _VALUE.match(text, at)
            if value is None:
                break
            yield value.group()
            joint = _JOINED.match(text, value.end())
            if joint is None:
                break
            at = joint.end()
