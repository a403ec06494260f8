"""The kinds of text a knowledge-base file may hold, checked when it loads.

Every string in the KB reaches a person (a page, a terminal, a report), so none may carry a
control character, a NUL or a bidi override, and names may not be empty. `Strict` is the base
of every KB record: unknown keys are errors and records are immutable.
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, StringConstraints

from camreset.core.plain import BIDI, CONTROLS, SEPARATORS, SURROGATES, ZERO_WIDTH

FORBIDDEN = re.compile(f"[\x00-\x08\x0b-\x1f{CONTROLS}{BIDI}{SEPARATORS}{SURROGATES}{ZERO_WIDTH}]")
"""Control characters (tab and newline allowed only where text may span lines), bidi
overrides, which could make a page or a terminal show something else than what is written,
and invisible ones (zero-width spaces and joiners, a byte-order mark inside a value: "\ufeffTapo"
is not "Tapo" to a search, robustness review 70, #9)."""
IDENT = r"^[a-z0-9][a-z0-9-]*$"


def _clean(text: str) -> str:
    found = FORBIDDEN.search(text)
    if found:
        raise ValueError(f"control character U+{ord(found.group()):04X} in text")
    return text


def _one_line(text: str) -> str:
    if "\n" in text or "\t" in text:
        raise ValueError("a single line of text: no line breaks or tabs")
    return _clean(text)


class Strict(BaseModel):
    """Base for every KB record: unknown keys are errors, records are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


Ident = Annotated[str, StringConstraints(pattern=IDENT, max_length=64)]
OneLine = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=400),
    AfterValidator(_one_line),
]
"""One line of words: a name, a place, a short phrase."""
Text = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=4000),
    AfterValidator(_clean),
]
"""Sentences, possibly in paragraphs."""
