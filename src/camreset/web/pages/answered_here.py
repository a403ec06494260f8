"""Which answers this browser gave: a cookie keeps, for the last answers this browser gave
(in any session), the session's event count just after each.

A step page uses it to tell its own Back (offer "undo your last answer?") from a page left
open while another screen answered (only say the session moved on), to word the undo button
("undo my last answer", or "… given on another screen") by whose the answer now last is,
even after an undo, and to say who moved the session ("another tab in this browser").
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from camreset.core.session import SessionEvent, SessionState
from camreset.core.session.events import effective, moves_on, timed_late
from camreset.core.session.holding import HOLDING
from camreset.core.session.overtaken import OVERTAKEN
from camreset.web.cookies import set_private_cookie

ANSWERED = "camreset_answered"
"""What this browser did in the sessions it moved on last: "session.count.first-last~session.count",
each count the session's event count just after one of its answers, oldest first, and a run of
counts in a row written as its first and last. One
session only was kept at first: an agent who answered in a second session saw their own
answers in the first called "given on another screen" (helpdesk review 40). Several counts
per session since an undo from another screen made the answer before it the last one, and
its owner was lost (helpdesk review 57); kept per session, so a busy session never pushes
out another's (diff review 57: one cap over all sessions did)."""
SESSIONS_KEPT = 8
"""Sessions whose answers from this browser are remembered."""
RUNS_KEPT = 24
"""Runs of answers in a row remembered in each session (about 8 bytes a run). Sixteen single
answers were kept: an agent's laptop that answered a doorbell's 19 steps to support called its
own first answers "on another screen" (helpdesk review 74 F, #1); a desk answering alone gives
one run however long the session, and one taking turns with the phone 24 turns."""
RUN_MAX = 10_000
"""The longest run a cookie may name: more than any session's events."""
ANSWERED_MAX_AGE = 12 * 60 * 60


def _mine(events: list[SessionEvent]) -> list[SessionEvent]:
    """`events` without the notes of answers refused at their end: another screen's answer
    overtaken by this browser's is nobody's last event (helpdesk review 60, #3)."""
    while events and events[-1].type == OVERTAKEN:
        events = events[:-1]
    return events


WHOSE_NOT = frozenset({OVERTAKEN, "hold", HOLDING})
"""Events that make no answer anyone's: a refused answer's note, and a hold, which goes with
the answer on its page whoever timed it (after the phone's timer saved a hold on the desk's
answer, the desk's Back read "undo the last answer, given on another screen": session 67,
after helpdesk review 67 E #2); and a hold timer started (session 71), for the same reason."""


def _count_after_last(state: SessionState, before: int = 0) -> int:
    """The event count just after the last event that still counts (an undo takes one back),
    leaving out the last `before` events. A refused answer's note counts for no one, at the
    end of the log or not: after an undo made the step it was refused on the last answered
    again, the refused screen was told "your “…” came first and was kept" of the other's
    answer (session-65 diff review, H #7)."""
    events = _mine(list(state.events)[: len(state.events) - before])
    kept = [e for e in effective(events) if e.type not in WHOSE_NOT]
    if not kept:
        return 0
    last = kept[-1]
    return next(i + 1 for i in range(len(events) - 1, -1, -1) if events[i] is last)


def _live(state: SessionState) -> set[int]:
    """The counts just after each event that still counts, and the latest count."""
    events = list(state.events)
    kept = {id(e) for e in effective(events)}
    return {i + 1 for i, e in enumerate(events) if id(e) in kept} | {len(events)}


def _marks(request: Request) -> dict[str, list[int]]:
    """Each remembered session's counts, oldest session first (an older cookie's one count
    per session reads the same way)."""
    marks: dict[str, list[int]] = {}
    for part in request.cookies.get(ANSWERED, "").split("~"):
        session_id, *runs = part.split(".")
        counts = [_run(run) for run in runs]
        if session_id and counts and all(c is not None for c in counts):
            marks[session_id] = [n for run in counts if run is not None for n in run]
    return marks


def _run(text: str) -> range | None:
    """One count ("7") or a run of counts in a row ("7-12"); None for anything else."""
    first, _, last = text.partition("-")
    if not first.isdigit() or (last and not last.isdigit()):
        return None
    start, end = int(first), int(last or first)
    return range(start, end + 1) if start <= end <= start + RUN_MAX else None


def _runs(counts: list[int]) -> list[str]:
    """`counts` as the cookie writes them, ascending: each run of counts in a row as one."""
    runs: list[list[int]] = []
    for count in sorted(set(counts)):
        if runs and count == runs[-1][1] + 1:
            runs[-1][1] = count
        else:
            runs.append([count, count])
    return [str(a) if a == b else f"{a}-{b}" for a, b in runs]


def answered_here(request: Request, session_id: str, state: SessionState, before: int = 0) -> bool:
    """Whether the session's last event that still counts (`before` events back) came from
    this browser."""
    return _count_after_last(state, before) in _marks(request).get(session_id, [])


def moved_here(request: Request, session_id: str, state: SessionState) -> bool:
    """Whether this browser made the session's last event itself (an undo too): "another tab
    in this browser took it back", not "the other screen". A hold saved after it is passed by:
    a phone whose timer saved one on the desk's answer read "Another tab in this browser
    answered" of the desk's answer."""
    events = _mine(list(state.events))
    while events and events[-1].type in WHOSE_NOT:
        events.pop()
    return len(events) in _marks(request).get(session_id, [])


def gave_last_answer(request: Request, session_id: str, state: SessionState) -> bool:
    """Whether this browser gave the session's last answer still standing: a hold timed, or
    details saved, on another screen after it leave it its giver's. The page after it says
    "you" to that browser only (helpdesk review 67, E #6)."""
    events = list(state.events)
    kept = [e for e in effective(events) if moves_on(e)]
    if not kept:
        return False
    count = next(i + 1 for i in range(len(events) - 1, -1, -1) if events[i] is kept[-1])
    return count in _marks(request).get(session_id, [])


def timed_here(request: Request, session_id: str, state: SessionState) -> bool:
    """Whether this browser's timer saved the hold kept with the last answer, after another
    screen gave it: its own "Done, I let go" tapped then read "sent twice" (session 67, after
    helpdesk review 67 E #2), where the hold sent with it says the hold was kept."""
    late, last = timed_late(state.events), state.history[-1] if state.history else None
    if not late or last is None or state.events[late[-1]].step != last.step:
        return False
    return late[-1] + 1 in _marks(request).get(session_id, [])


def given_here(request: Request, session_id: str) -> frozenset[int]:
    """The session's event counts just after the answers this browser gave: left out of what
    "the other screen" gave since a page showed its step (moved.py)."""
    return frozenset(_marks(request).get(session_id, []))


def overtaken_here(request: Request, session_id: str, state: SessionState) -> bool:
    """Whether this browser sent one of the answers refused at the end of the log (a second
    tap on another answer, another tab): "another tab in this browser", not "the other
    screen" (diff review 62, #2)."""
    counts = set(_marks(request).get(session_id, []))
    events = list(state.events)
    kept = len(_mine(events))
    return any(i + 1 in counts for i in range(kept, len(events)) if events[i].type == OVERTAKEN)


def remember(request: Request, response: Response, session_id: str, state: SessionState) -> None:
    """Mark the session's last event as this browser's, keeping its earlier marks (an undo
    leaves the answer before it last, and that answer is still its giver's)."""
    marks = _marks(request)
    live = _live(state)  # an answer taken back is no one's now: its mark goes
    counts = [c for c in marks.pop(session_id, []) if c in live and c < len(state.events)]
    marks[session_id] = [*counts, len(state.events)]  # newest session last
    kept = list(marks.items())[-SESSIONS_KEPT:]
    value = "~".join(".".join([sid, *_runs(counts)[-RUNS_KEPT:]]) for sid, counts in kept)
    set_private_cookie(request, response, ANSWERED, value, ANSWERED_MAX_AGE)
