"""What just happened on a step page, said above its step: one typed object for the session
page's renderer, not 17 keyword flags each new notice added one more of, to it and to every
caller (code review 71 C, #7)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class PageNews:
    """The one-off news a step page is shown with; all of it empty: a plain step page."""

    stale: int = 0
    """This page's answer was refused: 1 not saved, 2 the same answer already saved, 3 and
    the hold sent with it kept with the other screen's."""
    refused_at: tuple[int, str, str] | None = None
    """With `stale` 1: the position of the page refused, the hold sent with it and what was
    sent (taken_back_past.SENT, else an answer)."""
    yours: str = ""
    """This page's answer that was not saved, when its refusal was noted (overtaken)."""
    problem: str | None = None
    """What went wrong with a check or reset over the network, shown above its form."""
    address: str = ""
    """The address the person typed for that check, kept in its field."""
    checked: bool = False
    """A check over the network was just made."""
    saved: str = ""
    """The details just saved, by key, comma-separated."""
    cut: str = ""
    """Those of them kept only in part, being too long."""
    elsewhere: str = ""
    """The details the other screen changed since this page loaded, comma-separated."""
    clashed: Mapping[str, str] | None = None
    """Those typed here too, as typed, not saved."""
    resumed: int = 0
    """The session was already under way (2: and what was just ticked is kept)."""
    moved_on: bool = False
    """The session moved on elsewhere since this page was shown ..."""
    shown_at: int | None = None
    """... at this position, if known."""
    changed: bool = False
    """The page's script followed a change that moves no step (what is at hand, details)."""
    undone: bool = False
    """This page's own undo led here: the page names the answer it took back."""
    code: bool = False
    """The page shows the session's short code."""
    comment: str | None = None
    """The words sent back with no answer chosen: the page asks for one, keeping them."""


NO_NEWS = PageNews()
