"""The web application: JSON API, pages, error shape and safety middleware, wired once.

`create_app(settings)` builds everything it is not given, so tests pass a store over a
temporary database and a small knowledge base, and `camreset serve` passes nothing.
"""

from __future__ import annotations

import gc
import html
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

from camreset import __version__
from camreset.app import SessionService
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.kb_files import load_kb
from camreset.settings import Settings
from camreset.store.session_store import SessionStore
from camreset.web.api import router as api_router
from camreset.web.api_network import router as network_router
from camreset.web.host_check import HostCheckMiddleware
from camreset.web.http_edge import HeadAsGetMiddleware
from camreset.web.log_privacy import TypedTextMiddleware, protect_logs
from camreset.web.openapi import install_openapi
from camreset.web.pages import install_pages
from camreset.web.problems import CatchAllMiddleware, install_problem_handlers
from camreset.web.security import (
    AccessLogMiddleware,
    BodySizeLimitMiddleware,
    SanePathMiddleware,
    SecurityHeadersMiddleware,
    Utf8BodyMiddleware,
)


def create_app(
    settings: Settings, store: SessionStore | None = None, kb: KnowledgeBase | None = None
) -> FastAPI:
    """The ASGI app; a store it opens itself is closed when the app shuts down."""
    kb = kb if kb is not None else load_kb()
    owned = store is None
    store = store if store is not None else SessionStore.from_url(settings.database_url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        if owned:
            store.close()

    app = FastAPI(
        title="camreset",
        version=__version__,
        summary="Guides a person step by step until a security camera is back in setup mode.",
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
        lifespan=lifespan,
        redirect_slashes=False,  # problems.py redirects, relatively (web/http_edge.py)
    )
    app.state.settings = settings
    app.state.kb = kb
    app.state.sessions = SessionService(store, kb)

    install_problem_handlers(app)
    app.include_router(api_router)
    app.include_router(network_router)
    install_openapi(app, kb)
    app.add_api_route("/healthz", healthz, methods=["GET"], include_in_schema=False)
    app.add_api_route(
        "/docs", lambda: HTMLResponse(docs_page(app.openapi())), include_in_schema=False
    )

    # ---- pages: the HTML pages router and /static are included here (pages engineer) ----
    install_pages(app)

    # Middleware: the last added is the outermost. Headers wrap everything, errors included.
    app.add_middleware(CatchAllMiddleware)
    app.add_middleware(Utf8BodyMiddleware)
    app.add_middleware(BodySizeLimitMiddleware)
    app.add_middleware(SanePathMiddleware)
    app.add_middleware(HostCheckMiddleware, public_url=settings.public_url)
    app.add_middleware(HeadAsGetMiddleware)
    app.add_middleware(AccessLogMiddleware)
    app.add_middleware(SecurityHeadersMiddleware)
    app.add_middleware(TypedTextMiddleware)
    protect_logs()
    return app


GC_THRESHOLDS = (7000, 20, 20)
"""A step allocates a few thousand short-lived objects; Python's default (700, 10, 10) ran a
young collection several times per request and a full one every ~2,000 requests."""


def settle_heap() -> None:
    """For a serving process, once everything loaded at start is in memory: move those objects
    (modules, the KB, settings) out of the garbage collector's sight, and collect less often.

    Measured in process over 6,000 varied steps (docs/deploy.md): full collections paused the
    server for up to 255 ms and took 9 % of its CPU; afterwards none ran, and collecting took
    1 % of it."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)


def prepare_database(settings: Settings) -> None:
    """Reach and migrate the database once, before several workers start on it."""
    SessionStore.from_url(settings.database_url).close()


def record_address(settings: Settings) -> None:
    """Note where this server serves, for `camreset share` in another terminal (a server on
    `--port 8850` was read out as 127.0.0.1:8000, helpdesk review 74, #6)."""
    from camreset.store import serving

    serving.record(settings.database_url, settings.public_url)


def forget_address(settings: Settings) -> None:
    """Remove this server's address record as it stops."""
    from camreset.store import serving

    serving.forget(settings.database_url)


def app_from_environment() -> FastAPI:
    """The app of one worker of `camreset serve --workers N`: settings from CAMRESET_*."""
    from camreset.settings import load_settings

    app = create_app(load_settings())
    settle_heap()
    return app


async def healthz() -> dict[str, str]:
    """Liveness: the process answers (the load benchmark's baseline)."""
    return {"status": "ok"}


def docs_page(openapi: dict[str, Any]) -> str:
    """The API reference without Swagger's CDN: every operation, linking /openapi.json. One
    operation under another (a three-column table was unreadable on a phone), in the site's
    own stylesheet, the descriptions' `code` shown as code. Links are relative to /docs, so
    they hold behind a proxy's path prefix (/camreset/docs → /camreset/openapi.json)."""
    sections = []
    for path, operations in openapi.get("paths", {}).items():
        for method, op in operations.items():
            summary = html.escape(str(op.get("summary", "")))
            text = _code_spans(str(op.get("description", "")).split("\n\n")[0])
            sections.append(
                f'<h2 class="small"><code>{method.upper()} {html.escape(path)}</code></h2>'
                f"<p><strong>{summary}.</strong> {text}</p>"
            )
    title = html.escape(f"{openapi['info']['title']} API {openapi['info']['version']}")
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<title>{title}</title><link rel="stylesheet" href="static/app.css"></head>'
        f'<body><main class="wrap"><h1>{title}</h1>'
        '<p>The full schema is <a href="openapi.json">openapi.json</a> (OpenAPI 3); '
        "load it into any OpenAPI tool. Errors are RFC 9457 problem details.</p>"
        f"{''.join(sections)}</main></body></html>"
    )


def _code_spans(text: str) -> str:
    """Escaped text whose `backticked` parts are code, as in the Markdown they are written in."""
    parts = html.escape(" ".join(text.split())).split("`")
    if len(parts) % 2 == 0:  # an odd backtick: leave it as written
        return "`".join(parts)
    return "".join(f"<code>{p}</code>" if i % 2 else p for i, p in enumerate(parts))
