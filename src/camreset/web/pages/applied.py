"""A form's command applied, answered with a redirect (POST → redirect → GET): to the step it
led to, or, refused as its step is no longer the session's (a second tab, a page left open
while the other screen answered or took answers back), to where the session is, with a
query that says why it was not saved. A browser that answers in a session it reached by its
link (not from a short code) keeps it on its home page's "Carry on where you left off", as
one that opened it by code does: a customer who hung up had no way back (review 70 H, #5).

Its own module: the session page's handlers had reached the 400 lines a module may have.
"""

from __future__ import annotations

from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from camreset.core.session import Command, SessionState, StepRef
from camreset.core.session.overtaken import OVERTAKEN
from camreset.errors import SessionError, StaleStepError
from camreset.web.pages import started
from camreset.web.pages.answered_here import remember, timed_here
from camreset.web.pages.deps import services


def session_url(request: Request, session_id: str, suffix: str = "") -> str:
    return f"{request.scope.get('root_path', '')}/s/{session_id}{suffix}"


def at_of(state: SessionState) -> str:
    return f"?at={state.current.ref.seq}"


async def post(
    request: Request,
    session_id: str,
    command: Command,
    extra: str = "",
    late: bool = False,
    held: str = "",
) -> Response:
    """Apply one command, then show the session; a stale step just shows where it stands
    (`late`: the hold sent with an answer was kept on the other screen's; `held`: that hold,
    as sent)."""
    sessions = services(request).sessions
    try:
        state = await sessions.apply_async(session_id, command)
    except StaleStepError:  # a double tap sent the answer already saved: not "not saved"
        now = await sessions.state_async(session_id)
        url = session_url(request, session_id)
        return _refused(request, url, session_id, now, command, late=late, held=held)
    response = RedirectResponse(session_url(request, session_id, at_of(state) + extra), 303)
    remember(request, response, session_id, state)
    if session_id not in started.remembered(request):  # opened from a link: on the home list
        started.remember(request, response, session_id, opened=True)
    return response


def _refused(
    request: Request,
    url: str,
    session_id: str,
    now: SessionState,
    command: Command,
    *,
    late: bool = False,
    held: str = "",
) -> Response:
    """The session page at `url` after `command` was refused as stale: `stale=2` the same
    answer sent twice (3: with its hold kept on the other screen's answer, `late`), `stale=1`
    not saved, naming the page's position (`page`) so that a step taken back since is said
    as that, with the hold sent along (`held`) that was not kept either."""
    again = any((h.step, h.answer) == (command.step, command.answer) for h in now.history[-1:])
    noted = now.events[-1] if now.events else None
    mine = noted is not None and noted.type == OVERTAKEN and noted.answer == command.answer
    yours = f"&yours={quote(command.answer or '')}" if mine else ""  # never `again`
    kept = late or (again and timed_here(request, session_id, now))  # its timer's, first
    query = f"?stale={(3 if kept else 2) if again else 1}{yours}"  # 3: its hold kept (late)
    if not again:
        query += _page(command.step) + (f"&held={quote(held)}" if held and not late else "")
        query += "&sent=undo" if command.type == "undo" else ""  # "Nothing was undone on …"
    response = RedirectResponse(url + query, 303)
    if mine:
        remember(request, response, session_id, now)  # the note is this browser's answer
    return response


def refused_over_network(
    request: Request, session_id: str, step: str, sent: str, address: str
) -> Response:
    """The session page after a check or reset over the network was refused, its step being
    no longer the session's (nothing was sent to the camera): said as a refused answer is,
    from its page's position, with the address typed kept for the step shown now. It read
    "Your answer was not saved: that step had already been answered", of a step the other
    screen had taken back, and the address was gone (session 69, B #3)."""
    query = f"?stale=1{_page(step)}&sent={sent}&address={quote(address)}"
    return RedirectResponse(session_url(request, session_id, query), 303)


def _page(step: str | None) -> str:
    """The refused page's position, from its step id (none for a command without one)."""
    try:
        return f"&page={StepRef.parse(step).seq}" if step else ""
    except SessionError:
        return ""
