"""The plain-text report folded to the terminal's width: its own module, out of the wizard
(which had reached the 400 lines a module may have)."""

from __future__ import annotations

import re
import textwrap


def hanging(text: str, width: int) -> str:
    """The plain-text report folded to the terminal's width, each continuation indented under
    what it continues ("Answer:" under its step, a value under its label), so a folded line
    never reads as a new entry at 40 columns."""
    folded = []
    for line in text.split("\n"):
        label = re.match(r"(?:\s*\d+\.\s|-\s|\s+\w[^:]*:\s+|[A-Z][^:]{0,30}:\s+)", line)
        indent = " " * min(len(label.group()) if label else 0, width // 2)
        folded.append(
            textwrap.fill(
                line,
                width,
                subsequent_indent=indent,
                break_long_words=False,
                break_on_hyphens=False,
            )
            or line
        )
    return "\n".join(folded)
