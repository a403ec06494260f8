"""A helpdesk reference typed in the box that finds a camera: the session in this browser's
own list that carries it, or plainly none.

A call-back went to a colleague, who typed the ticket "T-4411" and read "It looks like a eufy
Security model" (helpdesk review 70 H, #4). Only this browser's list is searched: a reference
is short and easy to guess, and matching it across every session would open one customer's
session to anyone who types a ticket number. The computer running camreset finds it in all
of them (`camreset sessions --ref`).
"""

from __future__ import annotations

import re

from starlette.requests import Request

from camreset.core.plain import folded
from camreset.core.session.commands import REFERENCE
from camreset.errors import CamresetError
from camreset.web.pages import started
from camreset.web.pages.deps import services

REFERENCE_SHAPE = re.compile(r"[A-Za-z]{0,6}\s?[-#/:]\s?\d{3,}")
"""What a ticket number looks like: "T-4411", "INC-0012345", "#4411" (a model's own name,
"T8410", or part of one, "2496", has no dash and is searched as one)."""


def looks_like_reference(query: str) -> bool:
    return REFERENCE_SHAPE.fullmatch(query.strip()) is not None


async def session_by_reference(request: Request, query: str) -> str | None:
    """The newest session this browser started or opened whose reference holds `query`, when
    `query` is shaped like a ticket ("T-4411"), or whose whole reference it is. A camera's
    name is never taken for part of one: a desk that saved "Jones, Tapo C200" had every later
    search for "c200" open Jones's session, the next caller's answers going into it (merged-diff
    review 70 N, #1)."""
    typed, ticket = folded(query), looks_like_reference(query)
    if len(typed) < 3:
        return None
    sessions = services(request).sessions
    for session_id in started.remembered(request):
        try:
            state = await sessions.state_async(session_id)
        except CamresetError:
            continue
        reference = folded(str(state.details.get(REFERENCE) or ""))
        if typed == reference or (ticket and typed in reference):
            return session_id
    return None
