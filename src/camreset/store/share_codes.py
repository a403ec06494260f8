"""The short codes' table: give a session a code, find the session a code opens.

What a code is (its alphabet, length, lifetime and how typing is read) is
`camreset.core.share_code`; here they are stored, one live code per session at a time.
"""

from __future__ import annotations

import secrets
from datetime import datetime

from sqlalchemy import Engine, bindparam, delete, insert, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from camreset.core.share_code import (
    ALPHABET,
    CODE_LENGTH,
    CODE_LIFETIME,
    ShareCode,
    normalise,
)
from camreset.errors import SessionNotFoundError, StoreError
from camreset.store.models import Base, as_utc

CODES = Base.metadata.tables["share_codes"]
SESSIONS = Base.metadata.tables["sessions"]

_LIVE_FOR_SESSION = (
    select(CODES.c.code, CODES.c.expires_at)
    .where(CODES.c.session_id == bindparam("sid"), CODES.c.expires_at > bindparam("now"))
    .order_by(CODES.c.expires_at.desc())
    .limit(1)
)
_SESSION_FOR_CODE = select(CODES.c.session_id).where(
    CODES.c.code == bindparam("code"), CODES.c.expires_at > bindparam("now")
)
_EXISTS = select(SESSIONS.c.id).where(SESSIONS.c.id == bindparam("sid"))
_EXPIRED = delete(CODES).where(CODES.c.expires_at <= bindparam("now"))


class ShareCodes:
    """Give a session a code, and find the session a code opens."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def code_for(self, session_id: str, now: datetime, *, new: bool = True) -> ShareCode | None:
        """The session's live code; with `new`, a fresh one when it has none.

        SessionNotFoundError when there is no such session."""
        try:
            with self.engine.begin() as db:
                live = db.execute(_LIVE_FOR_SESSION, {"sid": session_id, "now": now}).first()
                if live is not None:
                    return ShareCode(live.code, as_utc(live.expires_at))
                if db.execute(_EXISTS, {"sid": session_id}).first() is None:
                    raise SessionNotFoundError(f"no session has id {session_id!r}")
                if not new:
                    return None
                db.execute(_EXPIRED, {"now": now})
            return self._insert(session_id, now + CODE_LIFETIME)
        except SQLAlchemyError as exc:
            raise StoreError(f"could not make a short code: {exc.__class__.__name__}") from exc

    def _insert(self, session_id: str, expires_at: datetime) -> ShareCode:
        for _ in range(5):  # a clash between two random codes is all but impossible
            code = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
            row = {"code": code, "session_id": session_id, "expires_at": expires_at}
            try:
                with self.engine.begin() as db:
                    db.execute(insert(CODES), row)
            except IntegrityError:
                continue
            return ShareCode(code, expires_at)
        raise StoreError("could not make a short code that no other session has")

    def session_for(self, typed: str, now: datetime) -> str | None:
        """The session the code `typed` opens now, or None (not a code, unknown, expired)."""
        code = normalise(typed)
        if code is None:
            return None
        try:
            with self.engine.connect() as db:
                row = db.execute(_SESSION_FOR_CODE, {"code": code, "now": now}).first()
        except SQLAlchemyError as exc:
            raise StoreError(f"could not look up the code: {exc.__class__.__name__}") from exc
        return None if row is None else str(row.session_id)

    def sessions_for(self, codes: list[str], now: datetime) -> set[str]:
        """The sessions any of the stored-form `codes` open now (none, one, or several)."""
        if not codes:
            return set()
        query = select(CODES.c.session_id).where(
            CODES.c.code.in_(codes), CODES.c.expires_at > bindparam("now")
        )
        try:
            with self.engine.connect() as db:
                rows = db.execute(query, {"now": now}).all()
        except SQLAlchemyError as exc:
            raise StoreError(f"could not look up the codes: {exc.__class__.__name__}") from exc
        return {str(row.session_id) for row in rows}
