"""A cap on short codes that open nothing, per client: guessing a live code stays hopeless.

A code is 8 characters from 30 (≈ 6.6e11 codes) and lives two hours, so one guess finds one of
a helpdesk's few hundred live codes about once in a billion tries — unless a program tries
thousands a second, and a look-alike search tries up to 27 codes at once. So every code looked
up for a client that opens nothing counts against that client, and once `CODES_PER_WINDOW`
have missed within `WINDOW` its next lookup is refused (HTTP 429, with when to try again)
until the oldest miss is older than the window. Codes that open a session cost nothing: a
person who types their code right never meets the cap, and one who mistypes it a few times
does not either.

The count is per server process (a server with W workers allows W times as many); a client
is its address as the server sees it (behind a proxy, run uvicorn with its proxy headers
trusted so that the address is the person's, not the proxy's).
"""

from __future__ import annotations

from collections import OrderedDict, deque
from datetime import datetime, timedelta
from threading import Lock

from camreset.errors import TooManyCodesError

WINDOW = timedelta(minutes=1)
CODES_PER_WINDOW = 60
"""At most this many codes that open nothing per client and window: a person's few typos,
two look-alike searches; for a guessing program 86,400 codes a day, a chance in about 15,000
a day of finding one of 500 live codes."""
MOST_CLIENTS = 10_000
"""Clients remembered at once; the longest quiet are forgotten first (memory stays bounded)."""


class CodeGuard:
    """Counts each client's missed codes over the last `WINDOW`; thread-safe."""

    def __init__(self, per_window: int = CODES_PER_WINDOW, window: timedelta = WINDOW) -> None:
        self.per_window = per_window
        self.window = window
        self._misses: OrderedDict[str, deque[tuple[datetime, int]]] = OrderedDict()
        self._lock = Lock()

    def check(self, client: str, now: datetime) -> None:
        """TooManyCodesError if this client has used up its misses for now."""
        with self._lock:
            misses = self._recent(client, now)
            if sum(n for _, n in misses) >= self.per_window:
                wait = misses[0][0] + self.window - now
                raise TooManyCodesError(max(1, int(wait.total_seconds()) + 1))

    def missed(self, client: str, codes: int, now: datetime) -> None:
        """`codes` codes looked up for this client opened nothing."""
        if codes <= 0:
            return
        with self._lock:
            self._recent(client, now).append((now, codes))
            self._misses.move_to_end(client)
            while len(self._misses) > MOST_CLIENTS:
                self._misses.popitem(last=False)

    def _recent(self, client: str, now: datetime) -> deque[tuple[datetime, int]]:
        misses = self._misses.setdefault(client, deque())
        while misses and misses[0][0] <= now - self.window:
            misses.popleft()
        return misses
