"""Time a step was left, told apart from time spent on it, for an answer given on the web.

The terminal knows when a session was left (q, then `guide --resume`) and says so with the
answer (`away`); a page does not, but the answer form says when the page was shown, and a
page shown long after its step began was opened again: the time before is away, not spent.
"""

from __future__ import annotations

from contextlib import suppress

from starlette.requests import Request

from camreset.core.session.commands import AWAY
from camreset.web.pages.deps import services

LEFT_FOR = 10 * 60.0
"""A step page shown this long after its step began was opened again (a link, a reload the
next day): the time before is away from the step, as after the terminal's `--resume`."""


async def left_for(request: Request, session_id: str, shown: str) -> dict[str, float]:
    """The answer's `away`: how long the step was left before the page it came from was
    shown. The report counted a night as "Time spent: 1256 min 27 s" (review 65 D, #3)."""
    with suppress(ValueError):
        since = (await services(request).sessions.state_async(session_id)).current_since
        away = float(shown) - since.timestamp()
        if LEFT_FOR <= away < 1e9:  # the fold keeps it within the step's own time
            return {AWAY: away}
    return {}
