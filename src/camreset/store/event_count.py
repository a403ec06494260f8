"""The summary's event count mended from the log it summarises, under the session's lock.

`append` writes only when the summary says the session holds the events the writer read,
so a count that disagrees with the log (a hand edit, a half-restored backup) refused every
answer with "try again", forever (robustness review 70, #4). The log is the truth and the
count only a copy of its length: when the log is whole (events 0..n-1, none missing), the
count is set to n, which loses nothing and changes no answer; when it is not, the session is
damaged and said so. The mend runs in one transaction that first writes the session's row, so
it holds the row's lock (PostgreSQL) or the database's (SQLite) while it counts: no append can
land between the count and the mend.
"""

from __future__ import annotations

import logging

from sqlalchemy import Engine, bindparam, func, select, update

from camreset.errors import DamagedSessionError
from camreset.store.models import Base

log = logging.getLogger(__name__)

SESSIONS = Base.metadata.tables["sessions"]
EVENTS = Base.metadata.tables["events"]

_LOCK = (
    update(SESSIONS)
    .where(SESSIONS.c.id == bindparam("sid"))
    .values(event_count=SESSIONS.c.event_count)
)
_COUNTED = select(SESSIONS.c.event_count).where(SESSIONS.c.id == bindparam("sid"))
_LOGGED = select(func.count(), func.max(EVENTS.c.seq)).where(
    EVENTS.c.session_id == bindparam("sid")
)
_MEND = update(SESSIONS).where(SESSIONS.c.id == bindparam("sid"))


def mend_event_count(engine: Engine, session_id: str) -> bool:
    """True if the summary's count disagreed with a whole log and now agrees; False if they
    agreed (the append lost a race: nothing to mend) or the session is gone;
    DamagedSessionError if they disagree and the log has a hole."""
    with engine.begin() as db:
        if db.execute(_LOCK, {"sid": session_id}).rowcount != 1:
            return False
        counted = db.execute(_COUNTED, {"sid": session_id}).scalar_one()
        logged, last = db.execute(_LOGGED, {"sid": session_id}).one()
        if counted == logged:
            return False
        if last is None or last + 1 != logged:
            raise DamagedSessionError(
                f"the saved session {session_id} cannot be read: its summary counts "
                f"{counted} events, its log holds {logged}, numbered up to {last}"
            )
        db.execute(_MEND.values(event_count=logged), {"sid": session_id})
    log.warning(
        "session %s: its summary counted %s events, its log holds %s: count mended from the log",
        session_id,
        counted,
        logged,
    )
    return True
