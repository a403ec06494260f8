"""The screens that joined a session besides the one that started it, named by how they
joined and when they first answered, for the report's key to its marks.

The key read "Another screen: a phone, computer, terminal or program other than the one this
session was started on (see Started), which opened it by its link, short code or id, or
answered through the API …" in every report, however the screens had joined (helpdesk review
74 F, #9). The log says where the session was started, which screen gave each answer, who
said they were the helpdesk, and, since session 75, how a browser opened it: the key now says
that of this session ("another screen, which opened it from its short code, first answering
at 02:44").
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from camreset.core.report.steps import Frozen
from camreset.core.session.events import SessionEvent, moves_on
from camreset.core.session.screens import ANOTHER, API, BY, HELPDESK, JOINED, SCREEN, VIA


class JoinedScreen(Frozen):
    """Who answered besides the screen that started the session: `who` "other" (another
    screen) or "helpdesk" (one that said it is the helpdesk's), when it first did, where
    ("starter" or "other", for the helpdesk), how it joined ("code", "link"; None: not
    said), and whether through the API."""

    who: str
    first_at: datetime
    screen: str | None = None
    joined: str | None = None
    api: bool = False


def joined_screens(events: Sequence[SessionEvent]) -> list[JoinedScreen]:
    """Another screen's first answer (standing or taken back since), and the helpdesk's."""
    found: dict[str, JoinedScreen] = {}
    for event in events:
        if not moves_on(event) and event.type != "model-found":
            continue
        data = event.data
        who = HELPDESK if data.get(BY) == HELPDESK else "other"
        if who == "other" and data.get(SCREEN) != ANOTHER:
            continue
        if who not in found:
            joined = data.get(JOINED)
            found[who] = JoinedScreen(
                who=who,
                first_at=event.at,
                screen=str(data[SCREEN]) if SCREEN in data else None,
                joined=str(joined) if isinstance(joined, str) else None,
                api=data.get(VIA) == API,
            )
    return list(found.values())
