"""Text that is safe to show as one line: what a person typed can never forge a line, move a
terminal's cursor or reorder what is shown.

Kept apart from the report that uses it most, so every command line and setting can use it
without loading the report, the knowledge base or pydantic (the CLI's start-up time). The one
definition of the characters typed text may not keep (review 71 C, #8: three modules had
their own sets, and a reference pasted from a ticket tool kept a zero-width space): the KB's
check (core/kb/text.py) and the session's commands (core/session/commands.py) use these.
"""

from __future__ import annotations

import re

from camreset.errors import CamresetError

CONTROLS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
"""C0 (but tab, LF, CR) and C1 controls, and DEL: a terminal acts on them."""
BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
"""Bidi marks, embeddings and isolates: "V2.800\u202egnp.exe" shows as "V2.800exe.png"."""
SEPARATORS = "\u2028\u2029"
"""Line and paragraph separators: a line break to some readers."""
SURROGATES = "\ud800-\udfff"
ZERO_WIDTH = "\u180e\u200b-\u200d\u2060\ufeff"
"""Format characters that show nothing (zero-width spaces and joiners, a byte-order mark):
"T-44\u200b11" looks like "T-4411" and is not, to a search or a person retyping it."""

UNSAFE = re.compile(f"[{CONTROLS}{BIDI}{SEPARATORS}{SURROGATES}]")
"""Characters a terminal or a reader takes for something other than the text they stand in."""
BIDI_MARKS = re.compile(f"[{BIDI}]")
INVISIBLE = re.compile(f"[{ZERO_WIDTH}]")

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
    nobody (review 63, #11). Zero-width characters are dropped too: typed, they are never
    meant (a reference pasted from a ticket tool kept one, review 71 C, #8)."""
    dropped = INVISIBLE.sub("", UNSAFE.sub("", str(text)))
    return " ".join(dropped.replace(REPLACEMENT, "").split())


def visible(typed: object) -> bool:
    """`typed` shows something: more than spaces and invisible characters."""
    return bool(INVISIBLE.sub("", str(typed)).strip())


def folded(text: str | None) -> str:
    """Letters and digits only, any case, as a reference is searched: "t 4411" finds
    "T-4411 (2nd call)" (a zero-width character is no letter: dropped too)."""
    return re.sub(r"[\W_]", "", (text or "").casefold())


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
