"""Where a session stands, for a step page's script (follow.js), and what moved it since the
page showed its step.

Its own module: the step page's (session.py) had reached the 400 lines a module may have.
"""

from __future__ import annotations

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from camreset.app.local_time import local_zone
from camreset.core.present.beside_words import beside_count, beside_words
from camreset.core.present.holding_words import holding_words
from camreset.core.present.moved_words import moved_words
from camreset.core.present.two_screens import overtaken_words
from camreset.core.session import SessionState, StepRef
from camreset.core.session.commands import keeps_a_late_hold
from camreset.core.session.step_again import same_step_now, shown_then
from camreset.web.pages.answered_here import (
    answered_here,
    given_here,
    moved_here,
    overtaken_here,
)
from camreset.web.pages.deps import services
from camreset.web.pages.desk_view import hold_saved_words
from camreset.web.pages.seen_view import screens_seen, seen_poll

router = APIRouter()


@router.get("/s/{session_id}/now", name="page_session_now")
async def session_now(request: Request, session_id: str, at: int | None = None) -> Response:
    """Where the session stands, for the step page's script: a page left open (a helpdesk
    agent's, while the customer answers on a phone) follows the session by itself, or (not
    following, or something typed there) says what was answered, with a link; `overtaken`:
    another screen's answer to the step answered last, refused (said by a page loaded
    before it came); `changed`: how many changes that move no step (what is at hand,
    details, a hold timed after the other screen answered its page) the session has had,
    `changed_said` the last, said; `hold_kept`: whether a hold being timed on the page at
    `at` would still be kept (on the hold page answered last only: not once its step was
    taken back, merged-diff review 67 N #8; but on it again when only the answer to it was:
    review 68, N #1); `holding`: a hold timer started on another screen on the step the
    session is on and not stopped, said ("" if none; session 71); `held`: once it is
    stopped, the hold saved for that step, said; `same_step`: the page at
    `at` shows the step the session is on (its
    answer given and taken back on another screen: the page is up to date, though the step's
    id changed; the page said "Go to the new step" of the very step it showed, session 69);
    `screens`, on a helpdesk's screen: which step each other screen shows and when it last
    looked, this look noted for the others (seen_view.py; helpdesk review 74 F, #5). `at`:
    the position of the step the page shows, so that
    every answer given since is said, not only the last (helpdesk review 67, E #3: three
    quick answers on the phone were told to the desk as the last one alone)."""
    sessions = services(request).sessions
    state = await sessions.state_async(session_id)
    left = at is not None and 0 < at < state.current.ref.seq  # only a page left behind
    since = shown_then(state, at, sessions.guide.replay) if left else None
    here, ours = moved_here(request, session_id, state), given_here(request, session_id)
    said = moved_words(state, here=here, since=since, mine=ours).said
    root = request.scope.get("root_path", "")
    url = f"{root}/s/{session_id}?moved=1" + (f"&since={at}" if left else "")
    mine = (request, session_id, state)
    other = overtaken_words(state, here=answered_here(*mine), also_here=overtaken_here(*mine))
    now: dict[str, object] = {"step": state.current.id, "url": url, "said": said}
    now |= {"overtaken": other, "changed": beside_count(state)}  # changes that move no step
    now["changed_said"] = beside_words(state, here=here, mine=ours).said  # a late hold too
    page = since.current.id if since is not None else ""  # back on it: the same step
    now_at = StepRef.parse(same_step_now(state, page, sessions.guide.replay)).seq if page else at
    here_now = now_at == state.current.ref.seq
    now["hold_kept"] = now_at is not None and (here_now or keeps_a_late_hold(state, now_at))
    now["same_step"] = here_now  # nothing new to go to: this page's answer is this step's
    now["held_counted"] = held_counted(state, since)
    now["changed_url"] = f"{root}/s/{session_id}?at={state.current.ref.seq}&changed=1"
    clock = sessions.clock()  # a timer started on another screen, not stopped (session 71)
    now["holding"] = holding_words(state, clock, local_zone(), ours)
    # and once stopped, the hold saved, said by a page not following (review 71 N, F9)
    now["held"] = "" if now["holding"] else hold_saved_words(state, sessions.kb_for(state), ours)
    seen = f"?at={state.current.ref.seq}&seen={len(state.events)}#timer-h"  # a new address:
    # a fragment alone would not reload; no "The session has changed": the timer says what
    now["holding_url"] = f"{root}/s/{session_id}{seen}"
    seen_poll(request, session_id, at, state if at == state.current.ref.seq else since)
    now["screens"] = screens_seen(request, session_id)  # a desk's line, updated (seen_view.py)
    return JSONResponse(now, headers={"Cache-Control": "no-store"})


def held_counted(state: SessionState, since: SessionState | None) -> float | None:
    """The hold an answer given since to the page's step carries from a timer's start
    (core/session/held_elsewhere.py), if it stands: given on another screen, as a page with
    its own timer running sends its hold with its answer."""
    page = since.current.id if since is not None else None
    counted = (h.held for h in state.history if h.step == page and h.held_start is not None)
    return next(counted, None)
