"""Where the pages find the KB, the guide, the store and the settings: on `app.state`.

`create_app` (web/app.py) puts them there once (guide and store together as
`GuidedSessions`); pages only read them, so tests build an app with a temporary store and
the pages never open anything themselves.
"""

from __future__ import annotations

from dataclasses import dataclass

from starlette.requests import Request

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.settings import Settings
from camreset.store.guided import GuidedSessions


@dataclass(frozen=True)
class Services:
    """What a page handler needs from the application."""

    kb: KnowledgeBase
    sessions: GuidedSessions
    settings: Settings


def services(request: Request) -> Services:
    """The application's services, as create_app stored them."""
    state = request.app.state
    return Services(kb=state.kb, sessions=state.sessions, settings=state.settings)


def public_url(request: Request, settings: Settings) -> str:
    """The base URL for resume links: the configured one, else the one the browser used."""
    if settings.base_url:
        return settings.base_url.rstrip("/")
    return str(request.base_url).rstrip("/")
