"""The HTML error page: every error on a page path is the app's one problem (web/problems.py)
rendered with a way on, never JSON."""

from __future__ import annotations

import re

from starlette.requests import Request
from starlette.responses import Response

from camreset.web.pages.render import render
from camreset.web.problems import Problem

SESSION_PATH = re.compile(r"/s/([A-Za-z0-9_-]{16,64})/")
"""A page inside a session (a form it posted, its report…): the error links back to it."""


def problem_page(request: Request, problem: Problem) -> Response:
    """`app.state.error_page`: the problem's person-facing words as our HTML page; inside a
    session, with the way back to it (nothing typed there is lost from the session)."""
    inside = SESSION_PATH.match(request.url.path)
    root = request.scope.get("root_path", "")
    return render(
        request,
        "error.html",
        status_code=problem.status,
        title=problem.page_title or problem.title,
        message=problem.page_text or problem.detail,
        session_url=f"{root}/s/{inside.group(1)}" if inside and problem.status != 404 else None,
    )
