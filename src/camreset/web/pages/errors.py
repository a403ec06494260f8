"""HTML error pages for the page routes: people get a page with a way on, never JSON.

The JSON API has its own error shape (web/app.py); page routers use `PageRoute`, which turns
the errors a person can cause into a plain page with the right status.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from fastapi.routing import APIRoute
from starlette.requests import Request
from starlette.responses import Response

from camreset.errors import InvalidAnswerError, SessionNotFoundError, UnknownModelError
from camreset.web.csrf import CsrfRejected
from camreset.web.pages.render import render

Handler = Callable[[Request], Coroutine[Any, Any, Response]]


def error_page(request: Request, status: int, title: str, message: str) -> Response:
    """The one HTML error page."""
    return render(
        request,
        "error.html",
        status_code=status,
        title=title,
        message=message,
        back_url=None,
        back_label=None,
    )


def _page_for(request: Request, exc: Exception) -> Response | None:
    if isinstance(exc, CsrfRejected):
        return error_page(
            request,
            403,
            "This form has expired",
            "For your safety we could not accept that form: its security token was missing "
            "or did not match. Go back, reload the page and try again.",
        )
    if isinstance(exc, SessionNotFoundError):
        return error_page(
            request,
            404,
            "We can't find that session",
            "The link may be mistyped, or the session was removed. You can start again.",
        )
    if isinstance(exc, UnknownModelError):
        return error_page(
            request,
            404,
            "We don't know that camera",
            "Search again, or choose your camera's brand and shape.",
        )
    if isinstance(exc, InvalidAnswerError):
        return error_page(
            request,
            400,
            "That answer doesn't fit this step",
            "Go back to the step and choose one of the buttons shown.",
        )
    return None


class PageRoute(APIRoute):
    """An APIRoute whose person-caused errors become HTML pages."""

    def get_route_handler(self) -> Handler:
        inner = super().get_route_handler()

        async def handler(request: Request) -> Response:
            try:
                return await inner(request)
            except Exception as exc:
                page = _page_for(request, exc)
                if page is None:
                    raise
                return page

        return handler
