"""When each screen of a session last fetched its step, and which step it showed: in this
server's memory only.

The agent at the desk could not tell whether the customer's phone was still open, nor which
step it showed (helpdesk review 74 F, #5). This is no part of the session's history: no
event, nothing written to the database, forgotten on a restart; each server process knows
only the screens it served. A screen is a browser, known by an opaque key (never its cookie
itself, nothing typed, no password); its marks say what to call it. Bounded: a few screens
per session, a few hundred sessions, each forgotten some hours after it was last seen; one
lock, since pages may be served from several threads.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

SESSIONS_KEPT = 500
"""Sessions remembered, the one seen longest ago dropped first: a desk's day of calls, many
times over."""
SCREENS_KEPT = 6
"""Screens remembered per session, the one seen longest ago dropped first: a phone, a laptop,
a desk and a colleague's, with room."""
KEPT_FOR = timedelta(hours=2)
"""Past this since it was last seen, a screen is forgotten: a session's short code lives two
hours too."""


@dataclass(frozen=True)
class Shown:
    """The step a screen's page showed: its position (a step's `seq`), its number as the page
    says it ("Step 7"), or None on the end page."""

    seq: int
    number: int | None


@dataclass(frozen=True)
class Seen:
    """One screen of a session, as last seen."""

    screen: str
    """The opaque key of the browser."""
    marks: tuple[tuple[str, str], ...]
    """What the screen's answers are marked with (which screen, by whom): its name."""
    shown: Shown
    at: datetime
    script: bool | None = None
    """True once its page asked where the session stands (it follows the session), False
    once a page said it runs no script; None until either."""


class ScreensSeen:
    """Every session's screens, newest last; safe to share between threads."""

    def __init__(
        self,
        sessions_kept: int = SESSIONS_KEPT,
        screens_kept: int = SCREENS_KEPT,
        kept_for: timedelta = KEPT_FOR,
    ) -> None:
        self._lock = threading.Lock()
        self._sessions: OrderedDict[str, OrderedDict[str, Seen]] = OrderedDict()
        self._sessions_kept, self._screens_kept, self._kept_for = (
            sessions_kept,
            screens_kept,
            kept_for,
        )

    def page(
        self,
        session_id: str,
        screen: str,
        marks: tuple[tuple[str, str], ...],
        shown: Shown,
        at: datetime,
    ) -> None:
        """The screen fetched the session's step page, showing `shown`."""
        with self._lock:
            before = self._get(session_id, screen)
            script = before.script if before is not None else None  # one browser keeps its own
            self._put(session_id, Seen(screen, marks, shown, at, script), at)

    def polled(
        self,
        session_id: str,
        screen: str,
        marks: tuple[tuple[str, str], ...],
        seq: int,
        shown: Shown | None,
        at: datetime,
    ) -> None:
        """The page at position `seq` asked where the session stands (so it runs its script):
        it still shows the step it was fetched with, or `shown`, where the caller could tell."""
        with self._lock:
            before = self._get(session_id, screen)
            if before is not None and (before.shown.seq == seq or shown is None):
                shown = before.shown
            if shown is not None:
                self._put(session_id, Seen(screen, marks, shown, at, True), at)

    def no_script(self, session_id: str, screen: str, at: datetime) -> None:
        """A page of the screen said it runs no script: it moves only when reloaded."""
        with self._lock:
            before = self._get(session_id, screen)
            if before is not None:
                self._put(session_id, replace(before, at=max(at, before.at), script=False), at)

    def others(self, session_id: str, screen: str, now: datetime) -> list[Seen]:
        """The session's screens other than `screen`, seen within the time kept, the one seen
        last first."""
        with self._lock:
            self._forget_old(now)
            found = self._sessions.get(session_id)
            screens = list(found.values()) if found is not None else []
            kept = [s for s in screens if s.screen != screen and now - s.at <= self._kept_for]
        return sorted(kept, key=lambda s: s.at, reverse=True)

    def __len__(self) -> int:
        """How many screens are kept, over all sessions."""
        with self._lock:
            return sum(len(screens) for screens in self._sessions.values())

    def _get(self, session_id: str, screen: str) -> Seen | None:
        found = self._sessions.get(session_id)
        return found.get(screen) if found is not None else None

    def _put(self, session_id: str, seen: Seen, now: datetime) -> None:
        screens = self._sessions.setdefault(session_id, OrderedDict())
        screens[seen.screen] = seen
        screens.move_to_end(seen.screen)
        self._sessions.move_to_end(session_id)
        while len(screens) > self._screens_kept:
            screens.popitem(last=False)
        while len(self._sessions) > self._sessions_kept:
            self._sessions.popitem(last=False)
        self._forget_old(now)

    def _forget_old(self, now: datetime) -> None:
        """Drop the sessions not seen within the time kept, oldest first (their order)."""
        while self._sessions:
            oldest = next(iter(self._sessions.values()))
            if oldest and now - max(s.at for s in oldest.values()) <= self._kept_for:
                return
            self._sessions.popitem(last=False)
