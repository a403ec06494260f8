"""Every error response comes from one function, in one shape: RFC 9457 problem details.

`{"type", "title", "status", "detail"}` (plus a few named extras such as `errors` or
`suggestions`) as `application/problem+json`. Exceptions are mapped to problems here and
nowhere else: camreset's own errors by class (`KNOWN_ERRORS` in web/known_errors.py, the one
table), FastAPI's validation errors as 422, its one 400 (a body it could not decode) as
`unreadable-body`, Starlette's HTTP errors (404, 405, 413) by status (a 405 with `Allow`; a
404 that only lacks or has a trailing slash becomes a relative redirect, web/http_edge.py),
and anything unexpected as a 500 that tells nothing about the inside. A page (any path
outside /api) gets the same problem as an HTML page with a way on; `app.state.error_page`
renders it.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from camreset import errors
from camreset.web.api_events import EVENT_TYPES
from camreset.web.asgi import HttpMiddleware
from camreset.web.csrf import CsrfRejected
from camreset.web.http_edge import allow_header, slash_redirect
from camreset.web.known_errors import KNOWN_ERRORS
from camreset.web.log_privacy import OWN_WORDS
from camreset.web.pattern_words import error_words

PROBLEM_JSON = "application/problem+json"
TYPE_PREFIX = "urn:camreset:problem:"

log = logging.getLogger("camreset.web")


@dataclass(frozen=True)
class Problem:
    """One problem-details document; `type` is a short name, prefixed on the way out.

    `page_title` and `page_text` are what a person reads on the HTML error page (the API's
    `title` and `detail` otherwise).
    """

    status: int
    title: str
    detail: str
    type: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    page_title: str | None = None
    page_text: str | None = None
    headers: dict[str, str] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        kind = TYPE_PREFIX + self.type if self.type else "about:blank"
        return {
            "type": kind,
            "title": self.title,
            "status": self.status,
            "detail": self.detail,
            **self.extra,
        }


class ProblemError(errors.CamresetError):
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
        response = page(request, problem)
    else:
        response = JSONResponse(
            problem.as_json(), status_code=problem.status, media_type=PROBLEM_JSON
        )
    response.headers.update(problem.headers)
    return response


def http_problem(status: int, detail: str | None = None) -> Problem:
    """A problem named only by its HTTP status."""
    phrase = HTTPStatus(status).phrase
    return Problem(status=status, title=phrase, detail=detail or phrase + ".")


def no_page() -> Problem:
    """The 404 for a path camreset does not have, with the words a person reads."""
    return _in_words(http_problem(404))


def _in_words(problem: Problem) -> Problem:
    """A bare HTTP problem with the words its page says to a person, where there are some."""
    if problem.status not in PAGE_WORDS:
        return problem
    title, text = PAGE_WORDS[problem.status]
    return replace(problem, page_title=title, page_text=text)


def problem_for(exc: BaseException) -> Problem:
    """Map any exception to the problem a caller is told about."""
    if isinstance(exc, ProblemError):
        return exc.problem
    if isinstance(exc, RequestValidationError):
        return _validation_problem(exc)
    if isinstance(exc, StarletteHTTPException):
        if exc.status_code == 400:
            return UNREADABLE_BODY
        detail = exc.detail if isinstance(exc.detail, str) else None
        return _in_words(http_problem(exc.status_code, detail))
    for cls, known in KNOWN_ERRORS:
        if isinstance(exc, cls):
            extra: dict[str, Any] = {}
            if isinstance(exc, errors.UnknownModelError):  # "wyze": its line's usual steps
                extra = {"suggestions": exc.suggestions, **({"line": exc.line} if exc.line else {})}
            if isinstance(exc, errors.StaleStepError):  # another screen moved it on
                extra = _stale_extra(exc)
            if isinstance(exc, errors.PowerMismatchError):  # the ways its sources give
                extra = {"powers": exc.powers}
            detail = str(exc) if known.status < 500 else known.server_detail or known.title
            wait = getattr(exc, "retry_after", None)  # 429: when to try again
            return Problem(
                status=known.status,
                title=known.title,
                detail=detail,
                type=known.type,
                extra=extra,
                page_title=known.page_title,
                page_text=known.page_text,
                headers={"Retry-After": str(wait)} if wait is not None else {},
            )
    return Problem(
        status=500,
        title="Internal Server Error",
        detail="Something went wrong on the server. It has been logged; please try again.",
        type="internal",
    )


def _stale_extra(exc: errors.StaleStepError) -> dict[str, Any]:
    """What a 409 stale-step names besides its words: the answer saved first (`kept`), the
    step the session is on (`current`), and whether it was taken back past the step sent."""
    extra: dict[str, Any] = {"kept": exc.kept} if exc.kept else {}
    extra |= {"current": exc.current} if exc.current else {}
    return extra | ({"taken_back": True} if exc.taken_back else {})


NO_PAGE = (
    "There is no page here",
    "The address may be mistyped or cut short. Start again, or find your camera by its model.",
)
"""A page path camreset does not have: said to a person, not as "Not Found"."""
NOT_A_PAGE = (
    "That address is not a page to open",
    "It is where a form sends its answers. Start again, or open your session's link (it ends "
    "in /s/ and a long code).",
)
"""A form's address opened as a page (GET /start): 405, in words."""
PAGE_WORDS = {404: NO_PAGE, 405: NOT_A_PAGE}
BAD_LINK = (
    "That link is not quite right",
    "Part of the address is not what camreset expects, so nothing was changed. If you were in "
    "a session, open its link again (it ends in /s/ and a long code), or start again.",
)
"""A page whose address has a value camreset cannot read (e.g. ?at=abc)."""

UNREADABLE_BODY = Problem(
    status=400,
    title="Request body could not be read",
    detail=(
        "The request body could not be read: send UTF-8 JSON (nested no deeper than a few "
        "hundred levels) or UTF-8 form data."
    ),
    type="unreadable-body",
    page_title="We couldn't read that form",
    page_text="The form arrived in a shape we could not read. Go back and try again.",
)
"""FastAPI's only 400: a body it could not decode (not UTF-8, or JSON nested deeper than
Python parses) before validation began; one not UTF-8 says so (`NOT_UTF8_KEY`)."""

NOT_UTF8 = "The request body is not UTF-8 text: send the JSON (or form data) encoded as UTF-8."

NOT_UTF8_KEY = "camreset.body_not_utf8"
"""Set in the request's scope when its body is not UTF-8 (web/security.py)."""


NOT_AN_OBJECT = (
    "The request body must be a JSON object sent with the header Content-Type: "
    "application/json (without it the body is read as text)."
)


JSON_NOT_AN_OBJECT = (
    "The request body must be a JSON object ({...}), not an array, a number or null."
)
"""JSON sent with the right content type, but not an object: not a word about the header (a
helpdesk reviewer sent [1,2] and was told to send the header they had sent)."""


def _whole_body_not_object(err: dict[str, Any]) -> bool:
    """The body as a whole is not an object: JSON sent without its content type (read as a
    string), or a JSON array or number."""
    return tuple(err.get("loc", ())) == ("body",) and err.get("type") in (
        "model_attributes_type",
        "dict_type",
    )


def _located(err: dict[str, Any], body: Any) -> tuple[list[str], str]:
    """Where an error is and what it says, in the event's own terms: a missing or unknown
    `type` names the types, and the event's type is not read as a field ("answer.answer:
    Field required" is "answer: required")."""
    loc = [str(part) for part in err.get("loc", ())]
    kind, ctx = err.get("type"), err.get("ctx") or {}
    if kind in ("union_tag_not_found", "union_tag_invalid"):
        field = str(ctx.get("discriminator", "type")).strip("'")
        if kind == "union_tag_not_found":
            return [*loc, field], f"required, one of {', '.join(EVENT_TYPES)}"
        return [*loc, field], f"{ctx.get('tag')!r} is not one of {', '.join(EVENT_TYPES)}"
    if isinstance(body, dict) and len(loc) > 2 and loc[1] == body.get("type"):
        loc = [loc[0], *loc[2:]]  # the union's tag, not a field of the body
    return loc, error_words(err)


def _validation_problem(exc: RequestValidationError) -> Problem:
    """422 listing where and what, never echoing the input back into logs; a body that is
    not JSON at all is the one 400 (FastAPI reports it as a validation error)."""
    broken = next((e for e in exc.errors() if e.get("type") == "json_invalid"), None)
    if broken is not None:
        at = broken.get("loc", ("body", "?"))[-1]
        return replace(
            UNREADABLE_BODY, detail=f"The request body is not valid JSON (at character {at})."
        )
    said = [_located(err, exc.body) for err in exc.errors()]  # words, not regexes
    found = [{"loc": loc, "msg": msg} for loc, msg in said]
    detail = "; ".join(f"{'.'.join(e['loc'][1:]) or e['loc'][0]}: {e['msg']}" for e in found)
    whole = next((e for e in exc.errors() if _whole_body_not_object(e)), None)
    if whole is not None:  # text/plain, or no type at all; or JSON that is no object
        sent = whole.get("input")
        detail = NOT_AN_OBJECT if isinstance(sent, str | bytes) else JSON_NOT_AN_OBJECT
    return Problem(
        status=422,
        title="Invalid request",
        detail=detail or "The request is not valid.",
        type="validation",
        extra={"errors": found},
        page_title=BAD_LINK[0],
        page_text=BAD_LINK[1],
    )


def install_problem_handlers(app: FastAPI) -> None:
    """Route every exception FastAPI hands to a handler through problem_response."""

    async def handle(request: Request, exc: Exception) -> Response:
        problem = problem_for(exc)
        if problem.type == UNREADABLE_BODY.type and request.scope.get(NOT_UTF8_KEY):
            problem = replace(problem, detail=NOT_UTF8)  # not "not valid JSON (at character 0)"
        if isinstance(exc, StarletteHTTPException) and exc.status_code in (404, 405):
            routes = request.app.router.routes
            if exc.status_code == 405:
                allow = allow_header((exc.headers or {}).get("Allow"))
                problem = replace(problem, headers={"Allow": allow})
            elif (location := slash_redirect(routes, request.scope)) is not None:
                return RedirectResponse(location, status_code=307)
        if isinstance(exc, errors.StoreError):  # expected (a full disk, a damaged row): one line
            log.error(
                "%s on %s %s: %s",
                type(exc).__name__,
                request.method,
                _route(request),
                exc,
                extra={OWN_WORDS: True},
            )
        elif problem.status >= 500:
            log.error(
                "%s on %s %s", type(exc).__name__, request.method, _route(request), exc_info=exc
            )
        return problem_response(request, problem)

    handled = (ProblemError, RequestValidationError, StarletteHTTPException, errors.CamresetError)
    for cls in (*handled, CsrfRejected):
        app.add_exception_handler(cls, handle)


def _route(request: Request) -> str:
    route = request.scope.get("route")
    return str(getattr(route, "path", "(no route)"))


JSON_PATHS = ("/api", "/openapi", "/healthz", "/static")


def _wants_page(request: Request) -> bool:
    """Everything but the API (and machine paths) is a page a person opened."""
    return not request.url.path.startswith(JSON_PATHS)


def _plain_page(_request: Request, problem: Problem) -> Response:
    title = html.escape(problem.page_title or problem.title)
    body = (
        f'<!doctype html><html lang="en"><meta charset="utf-8"><title>{title}</title>'
        f"<h1>{title}</h1><p>{html.escape(problem.page_text or problem.detail)}</p>"
        f'<p><a href="/">Start again</a></p></html>'
    )
    return HTMLResponse(body, status_code=problem.status)


class CatchAllMiddleware(HttpMiddleware):
    """Turn an unexpected exception into the same 500 problem, inside the security headers."""

    async def http(self, scope: Any, receive: Any, send: Any) -> None:
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
