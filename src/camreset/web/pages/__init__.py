"""The HTML pages: finding the camera, the steps, the outcome and the support report.

`install_pages(app)` is the one call web/app.py makes: it adds the page routers, serves the
static files and lets the app's error handler render errors as our HTML page.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from starlette.staticfiles import StaticFiles

from camreset.web.pages import (
    assets,
    begin,
    details,
    have_edit,
    holding,
    model_found,
    network,
    network_session,
    reference,
    report,
    seen_view,
    session,
    session_now,
    start,
)
from camreset.web.pages.errors import problem_page
from camreset.web.pages.render import load_templates
from camreset.web.screens_seen import ScreensSeen

STATIC = Path(__file__).resolve().parent.parent / "static"


def install_pages(app: FastAPI) -> None:
    """Add every page route and the static files to `app`."""
    for module in (
        start,
        begin,
        session,
        have_edit,
        model_found,
        reference,
        session_now,
        seen_view,
        holding,
        details,
        network_session,
        network,
        report,
        assets,
    ):
        app.include_router(module.router, include_in_schema=False)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.state.error_page = problem_page
    app.state.screens_seen = ScreensSeen()  # in memory only: pages/seen_view.py
    load_templates()
