"""The session document's view of a hold going on: a timer started on the step on screen and
not stopped, with when, where and by whom, in the words a page following the session says.

A helpdesk tool following a session through the API saw nothing while the person held the
button, where the web's desk said "Holding the button since 15:40:12 (…)" (session 71,
merged-diff review N, F8). It reads the same `holding` event the desk reads
(core/session/holding.py), sent by a web page, the terminal or an API client.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from camreset.app.local_time import local_zone
from camreset.core.present.holding_words import holding_words
from camreset.core.session import SessionState
from camreset.core.session.holding import BY_HAND, running_hold, still_running
from camreset.core.session.screens import BY, HELPDESK, SCREEN, STARTER


class HoldingDoc(BaseModel):
    """A hold timer started on the current step, with no hold saved for it since."""

    step: str = Field(description="the step it was started on: the current step")
    started_at: datetime
    screen: Literal["starter", "other"] | None = Field(
        description="started where the session was started, or elsewhere (as `history[].screen`); "
        "null: not known"
    )
    by: Literal["helpdesk"] | None = Field(description="the client said the helpdesk sent it")
    timed: bool = Field(
        description="false: said on a page with no timer (no JavaScript), so no time is measured"
    )
    running: bool = Field(
        description="true while it could still be going on (up to the timer's longest hold and "
        "a minute); false: never stopped, and no hold was saved"
    )
    words: str = Field(
        description="as a page following the session says it, its time on the server's clock: "
        "“Holding the button since 15:40:12 (timer on the screen that started the session).”"
    )


def holding_doc(state: SessionState, now: datetime) -> HoldingDoc | None:
    """The timer started on the step on screen and not stopped, as it stands at `now`; None:
    none (the step has no timer, none was started, or its hold was saved)."""
    if state.current.timer is None:
        return None
    found = running_hold(state)
    if found is None:
        return None
    started = found[1]
    screen = started.data.get(SCREEN)
    return HoldingDoc(
        step=state.current.id,
        started_at=started.at,
        screen=("starter" if screen == STARTER else "other") if screen else None,
        by="helpdesk" if started.data.get(BY) == HELPDESK else None,
        timed=started.data.get(BY_HAND) is not True,
        running=still_running(state, started, now),
        words=holding_words(state, now, local_zone()),
    )
