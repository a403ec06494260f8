"""A hold timed in the terminal on a step with a timer, and what the session keeps of it.

The timer's bar is `hold_timer`; this is the step's side of it: the hold the session takes as
long enough, the timer's start logged as a web page logs it (a `holding` event with this
screen's mark: a desk following the session shows "Holding the button since 15:40:12 …",
where it had said nothing until the timer stopped: session 71, N F8), the measured hold saved
as soon as the timer stops (it is evidence, and the report shows it), and what is said when
another screen took the session back past the page meanwhile. A timer left without a hold
(`q`, `h`, `u`, Ctrl-C) logs nothing more, as a web page left mid-count: the desk says the
timer was never stopped once it could no longer be going on. Its own module: the wizard's
loop (interactive.py) had reached the 400 lines a module may have, and the hold is one thing
a person does, apart from answering.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from functools import partial

from rich.console import Console
from rich.text import Text

from camreset.cli.context import CliContext
from camreset.cli.wizard.hold_timer import run_hold
from camreset.cli.wizard.holding_seen import HoldingSeen
from camreset.cli.wizard.keys import LineReader
from camreset.cli.wizard.pace import Pace
from camreset.core.plain import plain_text
from camreset.core.present.taken_back_past import taken_back_past
from camreset.core.session import Command, SessionState
from camreset.core.session.commands import SCREEN
from camreset.core.session.detours import hold_asked, hold_minimum
from camreset.errors import InvalidAnswerError, StaleStepError


@dataclass(frozen=True)
class TimedHold:
    """What came of a step's timer."""

    typed: str | None
    """A line typed instead of starting the timer, or to end it (then that answer)."""
    enter: str | None
    """What Enter alone answers next: "done" once a hold was timed."""
    gone: tuple[SessionState, str] | None
    """The session, and what to say of it, when the hold was refused because another screen
    took the session back past the hold's page: no answer is asked there."""


def timed_hold(
    ctx: CliContext,
    console: Console,
    reader: LineReader,
    pace: Pace,
    session_id: str,
    state: SessionState,
    screen: str | None = None,
    seen: HoldingSeen | None = None,
) -> TimedHold:
    """Run the step's hold timer, log its start and save the hold it measured; `screen`: this
    run's SCREEN mark (None: it cannot tell), on both as on its answers; `seen` learns which
    start was this run's own."""
    step = state.current
    assert step.timer is not None
    enter = None
    plan = ctx.service().guide.session_plan(state)
    at, rules = (step.ref.ref, step.ref.stage), state.fold.rules  # as the session reads
    least, asked = hold_minimum(plan, *at, rules), hold_asked(plan, *at, rules)
    marks = {SCREEN: screen} if screen else {}
    begun = partial(_started, ctx, session_id, Command("holding", step.id, data=marks), seen)
    answered = partial(_answered_elsewhere, ctx, session_id, state)
    result = run_hold(
        console, reader, step.timer, pace, least, asked, started=begun, answered=answered
    )
    if result.answered_elsewhere:  # said by the timer; the step after it is shown next
        return TimedHold(None, None, (ctx.service().state(session_id), ""))
    timed = result.ran_out or (result.held or 0) > 0
    if result.typed is None and timed and step.offers("done"):
        enter = "done"  # timed: Enter says so (a short one is then offered again)
    # a timer that ran to its end measured that long (the screen then said to let go):
    # saved too, so an earlier, shorter try on this page is not the one reported
    held = step.timer.max if result.ran_out else result.held
    gone = None
    if held is not None and held > 0:
        command = Command("hold", step.id, data={"seconds": held, **marks})
        try:
            ctx.service().apply(session_id, command)
        except StaleStepError:  # moved on: taken back past this page, said now
            gone = _taken_back(ctx, session_id, state, held, result.typed)
        except InvalidAnswerError:
            pass
        else:  # the time itself was just said ("You held for 5.7 s.")
            console.print(Text("Saved to the report.", style="keys"))
    if result.typed and held:  # typed as the timer ran: not echoed, so shown now
        console.print(Text(f"Your answer: {plain_text(result.typed)}", style="notice"))
    if gone is not None:
        console.print(Text(gone[1], "notice"))
    return TimedHold(result.typed, enter, gone)


def _started(ctx: CliContext, session_id: str, command: Command, seen: HoldingSeen | None) -> None:
    """Log the timer's start; a refusal (the step moved on, another screen took it back) is
    passed over, as the web page's script does: only the other screen misses it, and the
    hold when it stops says the rest."""
    with suppress(StaleStepError, InvalidAnswerError):
        logged = ctx.service().apply(session_id, command)
        if seen is not None:
            seen.started_here(logged)


def _answered_elsewhere(ctx: CliContext, session_id: str, shown: SessionState) -> bool:
    """Whether another screen answered the step on screen since it was shown (the web, on the
    same session): an answer more, and another step now. A step taken back is not this: the
    hold, when it stops, says that (`_taken_back`)."""
    now = ctx.service().state(session_id)
    return len(now.history) > len(shown.history) and now.current.id != shown.current.id


def _taken_back(
    ctx: CliContext, session_id: str, shown: SessionState, held: float, typed: str | None
) -> tuple[SessionState, str] | None:
    """A hold refused as the session was taken back past its page on another screen, with
    its words: that was said only once the answer after it was refused too, as "another
    screen took back an answer meanwhile" of seven, the hold not named (session 68, K)."""
    now = ctx.service().state(session_id)
    sent = "answer" if typed else "hold"  # an answer typed as the finger left goes too
    said = taken_back_past(now, shown, held=held, sent=sent)
    return None if said is None else (now, said)
