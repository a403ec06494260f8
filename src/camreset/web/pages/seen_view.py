"""The step page and its script tell the server which step this screen shows; a helpdesk's
screen is told the same of the other screens (helpdesk review 74 F, #5).

In memory only (web/screens_seen.py): no event, nothing in the database. A screen is known by
a hash of its browser's CSRF cookie (random; every step page sets it), and named by the marks
its answers get (started.py, desk_mark.py), as every screen names it. A page without
JavaScript says so by fetching the image in its `<noscript>`: the desk then says that page
moves on only when reloaded. Off with several worker processes: each would know only the
screens it served, and the desk's line would come and go.
"""

from __future__ import annotations

import hashlib

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import Response

from camreset.core.present.screen_names import who_did
from camreset.core.present.seen_words import seen_words
from camreset.core.session import SessionState
from camreset.web import csrf
from camreset.web.pages.deps import services
from camreset.web.pages.desk_mark import on_desk
from camreset.web.pages.started import which_screen
from camreset.web.screens_seen import ScreensSeen, Shown

router = APIRouter()

PIXEL = bytes.fromhex(
    "47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b"
)
"""A transparent 1×1 GIF: what the `<noscript>` image shows (nothing)."""


def tracker(request: Request) -> ScreensSeen:
    """The app's one tracker (pages/__init__.py puts it there)."""
    found: ScreensSeen = request.app.state.screens_seen
    return found


def _key(token: str) -> str:
    return hashlib.sha256(f"screen:{token}".encode()).hexdigest()[:20]


def _screen(request: Request) -> str | None:
    """This browser's key, from the cookie it sent; None without one."""
    token = request.cookies.get(csrf.COOKIE, "")
    return _key(token) if token and csrf.token_for(request) == token else None


def _marks(request: Request, session_id: str) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(which_screen(request, session_id).items()))


def shown_in(state: SessionState) -> Shown:
    """The step the page shows for `state`: "Step 7", or the end page."""
    number = None if state.finished else state.progress.steps_done + 1
    return Shown(state.current.ref.seq, number)


def seen_page(request: Request, session_id: str, state: SessionState) -> None:
    """This screen fetched the step page of `state` (a first visit: the token about to be
    set)."""
    screen = _key(csrf.token_for(request))
    now = services(request).sessions.clock()
    tracker(request).page(session_id, screen, _marks(request, session_id), shown_in(state), now)


def seen_poll(
    request: Request, session_id: str, at: int | None, shown: SessionState | None
) -> None:
    """The page at position `at` asked where the session stands; `shown`: the state it shows,
    where the caller knows it."""
    screen = _screen(request)
    if screen is None or at is None:
        return
    now, marks = services(request).sessions.clock(), _marks(request, session_id)
    step = shown_in(shown) if shown is not None else None
    tracker(request).polled(session_id, screen, marks, at, step, now)


def screens_seen(request: Request, session_id: str) -> list[str] | None:
    """What a helpdesk's screen says of the other screens, one line each; None on any other
    screen (the customer is not told of the desk), or with several worker processes."""
    svc = services(request)
    if not on_desk(request) or svc.settings.workers > 1:
        return None
    now = svc.sessions.clock()
    lines = []
    for seen in tracker(request).others(session_id, _key(csrf.token_for(request)), now):
        ago = (now - seen.at).total_seconds()
        lines.append(seen_words(who_did(dict(seen.marks)), seen.shown.number, ago, seen.script))
    return lines


@router.get("/s/{session_id}/seen", name="page_seen_no_script")
async def seen_no_script(request: Request, session_id: str) -> Response:
    """Fetched by a step page's `<noscript>` image: this screen runs no script."""
    screen = _screen(request)
    if screen is not None:
        now = services(request).sessions.clock()
        tracker(request).no_script(session_id[:64], screen, now)
    return Response(PIXEL, media_type="image/gif", headers={"Cache-Control": "no-store"})
