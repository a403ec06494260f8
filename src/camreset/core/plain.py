"""Text that is safe to show as one line: what a person typed can never forge a line, move a
terminal's cursor or reorder what is shown.

Kept apart from the report that uses it most, so every command line and setting can use it
without loading the report, the knowledge base or pydantic (the CLI's start-up time).
"""

from __future__ import annotations

import re

from camreset.errors import CamresetError

UNSAFE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"  # C0 (but tab, LF, CR) and C1 controls, DEL
    "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"  # bidi marks, embeddings, isolates
    "\u2028\u2029\ud800-\udfff]"  # line/paragraph separators, lone surrogates
)
"""Characters a terminal or a reader takes for something other than the text they stand in."""

REPLACEMENT = "\ufffd"


def plain_text(text: str, *, lines: bool = False) -> str:
    """`text` as one safe line: every run of whitespace and line breaks becomes one space, and
    each other control, bidi or surrogate character becomes U+FFFD (visible: "something was
    here"), so nothing a person typed can add a line, move the cursor or reorder the text.

    `lines=True` keeps line feeds and indentation (a traceback for `--debug`); carriage
    returns and tabs become spaces, everything else is neutralised the same way."""
    if lines:
        return UNSAFE.sub(REPLACEMENT, str(text).replace("\r", " ").replace("\t", " "))
    return UNSAFE.sub(REPLACEMENT, " ".join(str(text).split()))


def bare_text(text: str) -> str:
    """`text` as one safe line with each control, bidi or surrogate character dropped, not
    marked (nor the mark `plain_text` left for one): for a camera's name a person typed and
    reads back on every page, where "V380\ufffd Pro" for a stray control character helped
    nobody (review 63, #11)."""
    return " ".join(UNSAFE.sub("", str(text)).replace(REPLACEMENT, "").split())


def terminal_json(document: str) -> str:
    """A JSON document with the characters `plain_text` replaces written as `\\uXXXX` escapes:
    the same data, nothing a terminal acts on. (Outside strings JSON has only ASCII, and tab,
    LF and CR inside strings are already escaped by every encoder.)"""
    return UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", document)


class NotUtf8(CamresetError, ValueError):
    """A file that is not UTF-8 text, at the first byte that is not (line and column from 1)."""

    def __init__(self, line: int, column: int, byte: int) -> None:
        super().__init__(f"not UTF-8 text (byte 0x{byte:02x})")
        self.line, self.column, self.byte = line, column, byte


def utf8_text(data: bytes) -> str:
    """`data` decoded as UTF-8 without a leading byte-order mark; NotUtf8 where it is not."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        raise NotUtf8(before.count(b"\n") + 1, column, data[exc.start]) from None
    return text.removeprefix("\ufeff")
