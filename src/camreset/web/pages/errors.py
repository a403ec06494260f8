"""The HTML error page: every error on a page path is the app's one problem (web/problems.py)
rendered with a way on, never JSON."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from camreset.web.pages.render import render
from camreset.web.problems import Problem


def problem_page(request: Request, problem: Problem) -> Response:
    """`app.state.error_page`: the problem's person-facing words as our HTML page."""
    return render(
        request,
        "error.html",
        status_code=problem.status,
        title=problem.page_title or problem.title,
        message=problem.page_text or problem.detail,
    )
