"""The shape every camreset middleware shares: plain ASGI, HTTP requests only.

Pure ASGI (not Starlette's BaseHTTPMiddleware) so streamed bodies and errors pass through
untouched; lifespan and other scopes go straight to the app.
"""

from __future__ import annotations

from typing import Any

ASGIApp = Any


class HttpMiddleware:
    """Wraps an ASGI app; subclasses handle HTTP requests in `http`."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        await self.http(scope, receive, send)

    async def http(self, scope: Any, receive: Any, send: Any) -> None:
        raise NotImplementedError
