"""Where the sources disagree on a hold, said on its page: a time a source found resets the
camera only in part, and the range of times they give; no hold time is made up.
"""

from __future__ import annotations

import re

from camreset.core.kb.resolved import ResolvedModel
from camreset.core.kb.values import Hold
from camreset.core.present.holds import (
    in_part_windows,
    past_in_part,
    restart_warning,
    timer_of,
    window_end,
)
from camreset.core.present.number_words import number
from camreset.core.present.step import Timer
from camreset.core.present.timer import not_before

LET_GO = "Let go once it happens after that, or when the longest hold is up."
"""A hold page's release rule at its sign (troubleshooting.yaml), which an in-part window
replaces: beside it, "keep holding past 5 s" gave two rules (KB audit 68, R8)."""


def in_part_warning(model: ResolvedModel, timer: Timer, text: str) -> str:
    """A hold page's words (`text`) where its timer allows letting go where a source found the
    reset only partial (a Tapo C200's 5 s keeps its admin password), else `text`: the minimum
    alone would not keep a person from stopping there. No new hold time is made up: it says
    to hold past the window, to the next hold a source gives. Where the page lets go at its
    sign, which the 5 s sources give at about 5 s, one rule replaces it and the sources'
    disagreement is said plainly. A window that only restarts it is said too (`restart_warning`)."""
    text = restart_warning(model, timer.recommended, text)
    for window in in_part_windows(model):
        if timer.min <= (end := window_end(window)) < timer.max:
            kept = f" ({window.note})" if window.note else ""
            aim = timer.recommended
            if LET_GO in text and not_before(model, timer) is not None:
                rule = (
                    f"Let go once it happens, but not before {aim:g} s: keep holding to {aim:g} s "
                    "even if it happens sooner, and let go when the longest hold is up if it "
                    "never does."
                )
                least = f"for at least {timer.min:g} seconds"  # "… at least 5 seconds" above it
                text = text.replace(least, f"for at least {aim:g} seconds", 1)
                return text.replace(LET_GO, rule) + (
                    f" Why {aim:g} s: the sources that give this sign say to let go as soon as "
                    f"it happens, but a source found that letting go at {window.seconds} s "
                    f"resets it only in part{kept}; {aim:g} s is the next hold a source gives."
                )
            aiming = f", aiming for {aim:g} s" if aim > end else ""
            if aim > end and aim == past_in_part(model, end, timer.max):  # not a long hold's 30
                aiming += ", the next hold a source gives"  # (phone review 69, U #11)
            return text + (
                f" A source found that letting go at {window.seconds} s resets it only in "
                f"part{kept}: keep holding past {window.seconds} s{aiming}."
            )
    return text


def hold_disagreement(model: ResolvedModel, timer: Timer, hold: str = "recommended") -> str:
    """A sentence for a hold page (`hold`: which of the model's holds it times) whose sources
    give different times, else "": the page's "at least 5 seconds" followed the first of two
    equally sure claims (5 s and 30 s) and only the facts below the answers said they differ
    (KB audit 57). No time is made up: the range is the claims' own, and the timer already
    stops at its longest. A page with its own hold ("15", "long") is not about them."""
    resolved = model.facts.get("hold")
    if resolved is None or hold != "recommended":
        return ""
    windows = [timer_of(c.value) for c in resolved.claims if isinstance(c.value, Hold)]
    if len({(lo, hi) for lo, _, hi in windows}) < 2:
        return ""
    least = min(lo for lo, _, _ in windows)  # two windows differ: least < most
    most = max(hi for _, _, hi in windows)
    return (
        f" The sources differ on how long to hold ({number(least)} to {number(most)} seconds): "
        f"the timer runs to {number(timer.max)}."
    )


_RUNS_TO = re.compile(
    r"( The sources differ on how long to hold \([^)]*\): the timer runs to )[\d.]+\."
)


def retimed(text: str, timer: Timer) -> str:
    """A hold page's `text` whose sentence on the sources' different times ends at `timer`'s
    last second: a page for someone who can't see the light is timed by one source's window,
    and its "the timer runs to 60" stood beside "Stop by 30 seconds" (phone review 69, U #3).
    Which window it is, is said: "the timer runs to 15" under "10 to 20 seconds" gave no
    reason to stop short of the 20 (merged-diff review 69, N #10)."""
    follows = f"the {number(timer.min)} to {number(timer.max)} seconds this page follows"
    end = f"{number(timer.max)}, the end of {follows}" if timer.min < timer.max else ""
    return _RUNS_TO.sub(lambda m: f"{m.group(1)}{end or number(timer.max)}.", text)
