"""Where the pages find the KB, the session service and the settings: on `app.state`.

`create_app` (web/app.py) puts them there once; pages only read them, so tests build an app
with a temporary store and the pages never open anything themselves.
"""

from __future__ import annotations

from dataclasses import dataclass

from starlette.requests import Request

from camreset.app import SessionService
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.settings import Settings


@dataclass(frozen=True)
class Services:
    """What a page handler needs from the application."""

    kb: KnowledgeBase
    sessions: SessionService
    settings: Settings


def services(request: Request) -> Services:
    """The application's services, as create_app stored them."""
    state = request.app.state
    return Services(kb=state.kb, sessions=state.sessions, settings=state.settings)
