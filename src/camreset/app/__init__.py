"""The application layer: the one session service over the pure core and the store, and the
documents (a step, a session) every interface hands out.

Its names load on first use: importing a light module of this package (`local_time`) must not
bring in the store, SQLAlchemy and Alembic (`camreset guide --help` took 1.6 s for that).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from camreset.app.sessions import SessionService, utc_now

__all__ = ["SessionService", "utc_now"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from camreset.app import sessions

        return getattr(sessions, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
