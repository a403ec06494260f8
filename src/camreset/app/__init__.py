"""The application layer: the one session service over the pure core and the store, and the
documents (a step, a session) every interface hands out."""

from camreset.app.sessions import SessionService, utc_now

__all__ = ["SessionService", "utc_now"]
