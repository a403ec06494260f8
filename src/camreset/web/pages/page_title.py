"""A step page's <title> and the one notice it opens on: the title is what a screen reader
reads first, so it starts with that news ("Answer not saved · Step 4: …").

Its own module: the session page's handlers had reached the 400 lines a module may have.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from camreset.core.present.found_words import FOUND_BACK_TITLE
from camreset.core.present.other_screen import OTHER_QUICK_HOLD
from camreset.core.present.said_notices import QUICK_HOLD_NOTICE, SHORT_TIMED_HOLD_NOTICE
from camreset.core.session import SessionState

NEWS_TITLES = {
    "stale": "Answer not saved · ",
    "took_back": "Answer taken back · ",
    "clashed": "Not saved: changed on another screen · ",
}
"""The page title's first words when the page opens with news of the last thing done: the
title is what a screen reader reads first."""


def opening_news(
    stale: int,
    took_back: bool,
    saved: bool,
    clashed: Mapping[str, str] | None = None,
    arrived: tuple[bool, ...] = (),
    fixing: bool = False,
) -> str:
    """The one notice a page opens on (it takes the focus, so a screen reader reads it before
    the step, and someone who jumps to the heading is not told a normal step); none when a
    field to fix takes it (`fixing`). `arrived`, as ARRIVED: news that comes with the page,
    which a live region present at load never said (accessibility review 68, #2)."""
    if fixing:
        return ""
    if stale == 1:
        return "stale"
    if stale >= 2:  # the same answer sent twice (3: with a timed hold kept)
        return "twice"
    if took_back:
        return "took_back"
    if clashed:  # a detail typed here, not saved: the other screen changed it first
        return "clashed"
    if saved:
        return "saved"
    return next((n for n, shown in zip(ARRIVED, arrived, strict=False) if shown), "")


ARRIVED = ("checked", "resumed", "overtaken", "moved", "code", "warned")
"""News that comes with the page rather than from what was done on it, the first shown
first: the network check's result, the session resumed, another screen's answer overtaken,
what the other screen did since this page showed (focused by follow.js only: a reload
without JavaScript left the focus at the page top, merged-diff review 68, N #12), the short
code just asked for (the page opened at its top, the code at the bottom, unread: review
75 F, #4), and the warning that the hold answered may have been too short."""

EARLY = tuple(
    n.split("{")[0] for n in (QUICK_HOLD_NOTICE, OTHER_QUICK_HOLD, SHORT_TIMED_HOLD_NOTICE)
)
"""How a step notice that the hold just answered may have been too short begins: the one
place a person is told to take that answer back (merged-diff review 68, N #11)."""


def warns_of_a_short_hold(notices: Sequence[str]) -> bool:
    """Whether the step's notices say the hold just answered may have been too short."""
    return any(n.startswith(EARLY) for n in notices)


def titled(state: SessionState) -> str:
    """The page's <title>: with its step number, so tabs, history and a screen reader's
    "page loaded" tell apart the third "Let the camera restart" from the first."""
    step = state.current
    if step.kind == "outcome":
        return step.title
    return f"Step {state.progress.steps_done + 1}: {step.title}"


def step_title(state: SessionState, news: str, fixing: bool, taken: int = 1) -> str:
    """The step page's <title>: what went wrong first when a field is to be fixed, else the
    news it opens on; of answers taken back, how many (`taken`): "Answer taken back" stood
    above "You took back 5 answers" (merged-diff review 68, N #9); none, the model found."""
    if fixing:
        return f"Error: {titled(state)}"
    if news == "took_back" and taken > 1:
        return f"{taken} answers taken back · {titled(state)}"
    if news == "took_back" and taken == 0:  # no answer: the model found (session 73)
        return f"{FOUND_BACK_TITLE} · {titled(state)}"
    return f"{NEWS_TITLES.get(news, '')}{titled(state)}"
