"""The patterns the API's fields must match, each with the words a caller is told instead.

A 422 that quotes a regular expression ("String should match pattern '^[^\\x00-\\x1f…'")
tells a helpdesk tool's user nothing: web/problems.py says `error_words(error)` instead,
which words each pattern below and leaves pydantic's other messages as they are.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from camreset.core.share_code import ALPHABET, CODE_LENGTH, misread, never_in_codes

ONE_LINE = (
    r"^[^\x00-\x1f\x7f]*"
    r"[^\x00-\x20\x7f\x85\xa0\u1680\u180e\u2000-\u200d\u2028\u2029\u202f\u205f\u2060"
    r"\u3000\ufeff]"
    r"[^\x00-\x1f\x7f]*$"
)
"""One line of text with something in it: no control character (NUL, newline, escape…).
Its spaces are listed, not `\\s`: the server's regex reads `\\s` as Unicode does (U+0085 is
a space, U+FEFF is not), a JSON Schema validator as JavaScript does (the other way round), so
a client that checked a lone U+0085 against /openapi.json was refused 422 (session 62).
Invisible format characters (zero-width spaces and joiners, U+FEFF) are not something in it
either: a reference of two zero-width spaces read as an empty one in every list and report
(robustness review 70, #10)."""

USER_NAME = r"^[^\x00-\x1f\x7f]+$"
"""A camera's user name: no control character (a CR/LF in it reached the camera's login as a
header and came back as "the camera did not answer")."""

_CODE_CHAR = f"[{ALPHABET}{ALPHABET.lower()}]"
_HALF = CODE_LENGTH // 2
SHARE_CODE = f"^{_CODE_CHAR}{{{_HALF}}}-?{_CODE_CHAR}{{{_HALF}}}$"
"""A short code as typed: any case, with or without its dash."""


def _share_code_words(value: object) -> str:
    said = f"a short code is {CODE_LENGTH} letters and digits like DVDK-42XS."
    bad = misread(value) if isinstance(value, str) else ""
    return f"{said} {never_in_codes(bad)}" if bad else said


WORDS: dict[str, Callable[[object], str]] = {
    ONE_LINE: lambda _value: (
        "a detail must have some visible text and no control characters (one line, no tabs "
        "or line breaks)."
    ),
    SHARE_CODE: _share_code_words,
    USER_NAME: lambda _value: "a user name is one line with no control characters.",
}


def words_for(pattern: str, value: object) -> str | None:
    """What a value that does not match `pattern` should have been, in words (None: a pattern
    with no words yet, reported as pydantic words it)."""
    words = WORDS.get(pattern)
    return None if words is None else words(value)


def error_words(err: Mapping[str, Any]) -> str:
    """What one pydantic validation error says: a pattern a value missed in words (never the
    regular expression itself), everything else as pydantic says it."""
    if err.get("type") == "string_pattern_mismatch":
        pattern = str((err.get("ctx") or {}).get("pattern", ""))
        words = words_for(pattern, err.get("input"))
        if words is not None:
            return words
    said = str(err.get("msg", ""))
    if err.get("type") == "missing":
        return "required"
    if err.get("type") == "value_error":  # our own check's words, not "Value error, …"
        return said.removeprefix("Value error, ")
    return said
