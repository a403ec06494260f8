"""Every error response comes from one function, in one shape: RFC 9457 problem details.

`{"type", "title", "status", "detail"}` (plus a few named extras such as `errors` or
`suggestions`) as `application/problem+json`. Exceptions are mapped to problems here and
nowhere else: camreset's own errors by class, FastAPI's validation errors as 422, Starlette's
HTTP errors (404, 405, 413) by status, and anything unexpected as a 500 that tells nothing
about the inside. A browser asking for a page (not /api) gets the same problem as a small
HTML page; `app.state.error_page`, if set, renders that page instead.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import HTMLResponse, JSONResponse, Response

from camreset import errors

PROBLEM_JSON = "application/problem+json"
TYPE_PREFIX = "urn:camreset:problem:"

log = logging.getLogger("camreset.web")


@dataclass(frozen=True)
class Problem:
    """One problem-details document; `type` is a short name, prefixed on the way out."""

    status: int
    title: str
    detail: str
    type: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        kind = TYPE_PREFIX + self.type if self.type else "about:blank"
        return {
            "type": kind,
            "title": self.title,
            "status": self.status,
            "detail": self.detail,
            **self.extra,
        }


class ProblemError(Exception):
    """Raise from a route to answer with exactly this problem."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        super().__init__(problem.detail)


ErrorPage = Callable[[Request, Problem], Response]


def problem_response(request: Request | None, problem: Problem) -> Response:
    """The one place an error becomes a response."""
    page: ErrorPage | None = None
    if request is not None and _wants_page(request):
        page = getattr(request.app.state, "error_page", None) or _plain_page
    if page is not None and request is not None:
        return page(request, problem)
    return JSONResponse(problem.as_json(), status_code=problem.status, media_type=PROBLEM_JSON)


def http_problem(status: int, detail: str | None = None) -> Problem:
    """A problem named only by its HTTP status."""
    phrase = HTTPStatus(status).phrase
    return Problem(status=status, title=phrase, detail=detail or phrase + ".")


def problem_for(exc: BaseException) -> Problem:
    """Map any exception to the problem a caller is told about."""
    if isinstance(exc, ProblemError):
        return exc.problem
    if isinstance(exc, RequestValidationError):
        return _validation_problem(exc)
    if isinstance(exc, StarletteHTTPException):
        detail = exc.detail if isinstance(exc.detail, str) else None
        return http_problem(exc.status_code, detail)
    for cls, status, kind, title in _CAMRESET_PROBLEMS:
        if isinstance(exc, cls):
            extra: dict[str, Any] = {}
            if isinstance(exc, errors.UnknownModelError):
                extra["suggestions"] = exc.suggestions
            detail = str(exc) if status < 500 else _SERVER_DETAIL[kind]
            return Problem(status=status, title=title, detail=detail, type=kind, extra=extra)
    return Problem(
        status=500,
        title="Internal Server Error",
        detail="Something went wrong on the server. It has been logged; please try again.",
        type="internal",
    )


_CAMRESET_PROBLEMS: list[tuple[type[BaseException], int, str, str]] = [
    (errors.StaleStepError, 409, "stale-step", "That step is no longer the current one"),
    (errors.InvalidAnswerError, 422, "invalid-answer", "That answer is not offered here"),
    (errors.SessionNotFoundError, 404, "session-not-found", "No such session"),
    (errors.UnknownModelError, 422, "unknown-model", "Unknown camera model"),
    (errors.SessionError, 422, "session-event", "That does not fit this session"),
    (errors.StoreError, 503, "store-unavailable", "Session database unavailable"),
    (errors.KBError, 500, "knowledge-base", "Knowledge base is broken"),
    (errors.CamresetError, 400, "bad-request", "Bad request"),
]
_SERVER_DETAIL = {
    "store-unavailable": "The session database cannot be reached right now. Please try again.",
    "knowledge-base": "The server's knowledge base failed to load. It has been logged.",
}


def _validation_problem(exc: RequestValidationError) -> Problem:
    """422 listing where and what, never echoing the input back into logs."""
    found = [
        {"loc": [str(part) for part in err.get("loc", ())], "msg": str(err.get("msg", ""))}
        for err in exc.errors()
    ]
    detail = "; ".join(f"{'.'.join(e['loc'][1:]) or e['loc'][0]}: {e['msg']}" for e in found)
    return Problem(
        status=422,
        title="Invalid request",
        detail=detail or "The request is not valid.",
        type="validation",
        extra={"errors": found},
    )


def install_problem_handlers(app: FastAPI) -> None:
    """Route every exception FastAPI hands to a handler through problem_response."""

    async def handle(request: Request, exc: Exception) -> Response:
        problem = problem_for(exc)
        if problem.status >= 500:
            log.error(
                "%s on %s %s", type(exc).__name__, request.method, _route(request), exc_info=exc
            )
        return problem_response(request, problem)

    for cls in (ProblemError, RequestValidationError, StarletteHTTPException, errors.CamresetError):
        app.add_exception_handler(cls, handle)


def _route(request: Request) -> str:
    route = request.scope.get("route")
    return str(getattr(route, "path", "(no route)"))


def _wants_page(request: Request) -> bool:
    if request.url.path.startswith("/api") or request.url.path.startswith("/openapi"):
        return False
    return "text/html" in request.headers.get("accept", "")


def _plain_page(_request: Request, problem: Problem) -> Response:
    title = html.escape(problem.title)
    body = (
        f'<!doctype html><html lang="en"><meta charset="utf-8"><title>{title}</title>'
        f"<h1>{title}</h1><p>{html.escape(problem.detail)}</p>"
        f'<p><a href="/">Start again</a></p></html>'
    )
    return HTMLResponse(body, status_code=problem.status)


class CatchAllMiddleware:
    """Turn an unexpected exception into the same 500 problem, inside the security headers."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Any) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception as exc:
            if started:
                raise
            request = Request(scope)
            log.error(
                "%s on %s %s", type(exc).__name__, request.method, _route(request), exc_info=exc
            )
            await problem_response(request, problem_for(exc))(scope, receive, send)
