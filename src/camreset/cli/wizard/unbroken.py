"""Text that wraps between words, never inside a duration: "14 s", "0.4 s of 2 min" and
"2 min 07 s" stay on one line.

At 40 columns the terminal's `l` list wrapped "held 14" at a line's end and "s" at the next
one's start (session 70 left over). Rich breaks at every space, a no-break space too (Python
counts it as one), so the lines are folded here, as `camreset sessions` folds its own
(cli/sessions_cmd.py), and the spaces inside a duration given back as spaces.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterator, Sequence

from rich.console import Console, ConsoleOptions
from rich.measure import Measurement
from rich.text import Text

_KEPT = "\u00a0"
"""A space textwrap does not fold at (it folds at ASCII spaces only), given back as a space."""
_AMOUNT = r"\d+(?:\.\d+)? (?:ms|s|min|h|seconds?|minutes?|hours?)\b"
DURATION = re.compile(rf"{_AMOUNT}(?: (?:of )?{_AMOUNT})*")
"""A number and its unit, with the ones that go with it: "2 min 07 s", "0.4 s of 2 min"."""


def kept_whole(words: str) -> str:
    """`words` with the spaces inside each duration made spaces that do not fold."""
    return DURATION.sub(lambda found: found.group(0).replace(" ", _KEPT), words)


class Unbroken:
    """Lines of text, each in its style, folded to the width given, durations kept whole."""

    def __init__(self, *lines: tuple[str, str]) -> None:
        self.lines = [(kept_whole(text), style) for text, style in lines]

    @classmethod
    def phrases(cls, phrases: Sequence[str], style: str, joint: str = " · ") -> Unbroken:
        """`phrases` on one line joined by `joint`, folded only between two of them, the
        joint kept with the phrase before it: the keys line folded "l answers so" / "far"
        at 80 columns (terminal review 71, I #13)."""
        kept = joint.rstrip().replace(" ", _KEPT) + " "
        unbroken = cls()
        unbroken.lines = [(kept.join(p.replace(" ", _KEPT) for p in phrases), style)]
        return unbroken

    @property
    def plain(self) -> str:
        """The lines as they read, unfolded."""
        return "\n".join(text.replace(_KEPT, " ") for text, _ in self.lines)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Text]:
        width = max(options.max_width, 1)
        for text, style in self.lines:
            text = " ".join(_opened(w, width) for w in text.split(" "))
            folded = textwrap.wrap(text, width, break_on_hyphens=False) or [""]
            for line in folded:
                yield Text(line.replace(_KEPT, " "), style=style)

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        """At least its longest word (a duration is one), at most its longest line."""
        words = [len(w) for text, _ in self.lines for w in text.split(" ")] or [0]
        longest = max(len(text) for text, _ in self.lines) if self.lines else 0
        return Measurement(max(words), max(longest, 1)).clamp(max_width=options.max_width)


def _opened(kept: str, width: int) -> str:
    """A phrase kept whole that is wider than the screen, folded between its words (its
    durations still whole) rather than inside one: "u take back the model found (Hikvision
    DS-2CD2187G2H-LI (ColorVu 8 MP Smart Hybrid Light dome))" is 95 columns (session 73)."""
    return kept if len(kept) <= width else kept_whole(kept.replace(_KEPT, " "))
