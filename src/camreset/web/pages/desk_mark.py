"""Whether this browser is a helpdesk's screen: one that saved a session's reference, or asked
to see one. Only such a screen shows references; the customer's phone, open on the same
session, showed the agent's "T-4411 Maria" and could overwrite it (helpdesk review 70 H, #13).

A cookie, not a login: camreset has none, and anyone with a session's link may still ask to
see its reference. The point is that the customer is not shown it unasked.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from camreset.web.cookies import set_private_cookie

DESK = "camreset_desk"
DESK_MAX_AGE = 180 * 24 * 60 * 60
"""A desk is used for months; a cookie renewed each time a reference is saved."""


def on_desk(request: Request) -> bool:
    return request.cookies.get(DESK) == "1"


def mark_desk(request: Request, response: Response) -> None:
    set_private_cookie(request, response, DESK, "1", DESK_MAX_AGE)
