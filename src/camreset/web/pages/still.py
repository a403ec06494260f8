"""The "Stop the blinking pictures" choice, kept from page to page without JavaScript: the box
posts with the answers (its page says it was there), and the next page shows it ticked.

Its own module: the session page's module had reached the 400 lines a module may have.
"""

from __future__ import annotations

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response

from camreset.web.cookies import set_private_cookie

STILL = "camreset_still"
STILL_MAX_AGE = 365 * 24 * 60 * 60


def keep_still(request: Request, form: FormData, response: Response) -> None:
    """Keep what the page's box said for the next pages; a page without the box says nothing."""
    if not form.get("lights"):
        return
    if form.get("still") == "1":
        set_private_cookie(request, response, STILL, "1", STILL_MAX_AGE)
    else:
        response.delete_cookie(STILL, path="/")


def still_chosen(request: Request) -> bool:
    """Whether this browser chose pictures that do not blink."""
    return request.cookies.get(STILL) == "1"
