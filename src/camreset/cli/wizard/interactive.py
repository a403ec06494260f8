"""The wizard loop: show a step, run its timer or light, take the answer, save it, repeat.

Each answer is saved before the next step is drawn, so leaving (q, Ctrl-C, a closed
terminal) never loses anything: `camreset guide --resume ID` or the web link carries on. A hold
the timer measured is saved as soon as the timer stops; `h` changes what is at hand; at an
end that goes to support the details support asks for can be added, and saving says so
(end_of_run.py).
"""

from __future__ import annotations

from datetime import datetime

from rich.console import Console
from rich.text import Text

from camreset.app.local_time import local_zone
from camreset.cli.context import CliContext
from camreset.cli.wizard.choose_camera import choose_have
from camreset.cli.wizard.countdown import run_countdown
from camreset.cli.wizard.end_of_run import EndOfRun
from camreset.cli.wizard.exits import INTERRUPTED, UNFINISHED
from camreset.cli.wizard.found_step import found_step
from camreset.cli.wizard.holding_seen import HoldingSeen
from camreset.cli.wizard.keys import LineReader
from camreset.cli.wizard.led_view import animate, pattern_of
from camreset.cli.wizard.network_step import run_check, run_remote
from camreset.cli.wizard.pace import Pace
from camreset.cli.wizard.prompts import Leave, ask_choice
from camreset.cli.wizard.so_far import moved_since, so_far_view, took_back_words, undo_words
from camreset.cli.wizard.stale_words import stale_words
from camreset.cli.wizard.step_view import StepView, folded_text, terms_text
from camreset.cli.wizard.timed_hold import timed_hold
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.plain import plain_text
from camreset.core.present.battery_words import single_use_cells
from camreset.core.present.ending_words import SUCCESSES
from camreset.core.present.fact_groups import FactGroup
from camreset.core.present.undo_takes import undo_takes
from camreset.core.present.usual_note import says_usual, usual_note
from camreset.core.report import build_report
from camreset.core.session import Command, SessionState
from camreset.core.session.commands import AWAY, PACE, SCREEN
from camreset.core.session.events import TO_START
from camreset.core.session.model_found import can_find
from camreset.errors import InvalidAnswerError, StaleStepError

NOT_YET = "leave for now"
"""Enter alone on an end page that hands over to support: whether support fixed it is not
known yet (a technician was made to answer "is the camera fixed?" before calling them)."""
LOOKS = frozenset({"why", "terms", "list", "have", "network", "remote"})
"""Keys that answer nothing: read after another screen moved the session, that is said first
and its step shown (helpdesk review 70, H #2); an answer or undo is refused and said so."""


class Wizard:
    """One person working through one stored session in this terminal."""

    def __init__(
        self,
        ctx: CliContext,
        console: Console,
        reader: LineReader,
        pace: Pace,
        screen: str | None = None,
    ) -> None:
        self.ctx = ctx
        self.screen = screen
        """Each answer's SCREEN: this run started the session, or resumed it from a short code
        (another screen's); None when it cannot tell (resumed by id: maybe this terminal's)."""
        self.console = console
        self.reader = reader
        self.pace = pace
        self._enter: str | None = None
        """What Enter alone answers on this step: "done" once a timed hold was long enough."""
        self._gone: tuple[SessionState, str] | None = None
        """The session, and what to say of it, once a timed hold was refused because another
        screen took the session back past the hold's page: no answer is asked there."""
        self._here: set[datetime] = set()
        """When this run's answers were saved: `l` says "on this screen" of them, as the web."""
        self._away = 0.0
        """Seconds the session was left before this run showed its step (a resume): the first
        answer says so, and the report does not count them as time on the step."""
        self._holding = HoldingSeen()
        """Other screens' hold timers on the step on screen, said as the web's desk says them."""
        self._said: tuple[int, tuple[tuple[FactGroup, int], ...]] = (0, ())
        """The last page's number and its source blocks (`StepView.said`)."""
        self._end = EndOfRun(ctx, console, reader)

    def run(self, session_id: str) -> int:
        """Guide until the outcome's feedback or until the person leaves; the exit code."""
        try:
            state = self.ctx.service().state(session_id)
            left = (self.ctx.service().clock() - state.current_since).total_seconds()
            self._away = left if state.history and left > 1 else 0.0  # resumed, not new
            self._welcome(session_id, state)
            while True:
                if state.current.kind == "outcome" and state.feedback is not None:
                    return self._end.finish(session_id, state)
                new_state = self._step(session_id, state)
                if new_state is None and state.current.kind == "outcome":
                    return self._end.leave_at_end(session_id, state)
                if new_state is None:
                    self._end.leave(session_id, "Paused.")
                    return UNFINISHED
                if state.current.kind == "outcome" and new_state.feedback is not None:
                    return self._end.finish(session_id, new_state)
                state = new_state
        except KeyboardInterrupt:
            self.console.print()
            self._end.leave(session_id, "Stopped.")
            return INTERRUPTED
        except EOFError:  # input closed during a countdown or a hold: as at an answer prompt
            self.console.print()
            self._end.leave(session_id, "Paused.")
            return UNFINISHED

    def _welcome(self, session_id: str, state: SessionState) -> None:
        self.console.print(
            Text.assemble(("Camera: ", "fact.label"), state.camera_name),
            Text.assemble(("Session: ", "fact.label"), session_id),
            Text("Type q at any time to leave; every answer is saved.", style="keys"),
            sep="\n",
        )

    def _lead_in(self, session_id: str, state: SessionState) -> str | None:
        """Run the step's timer (timed_hold.py), countdown or light animation; a line typed
        meanwhile."""
        step = state.current
        self._enter = None
        if step.kind == "action" and step.timer is not None:
            shown = (self.console, self.reader, self.pace)
            hold = timed_hold(self.ctx, *shown, session_id, state, self.screen, self._holding)
            self._enter, self._gone = hold.enter, hold.gone
            return hold.typed
        if step.kind == "wait" and step.wait_seconds:
            if step.offers("done"):  # the countdown says "Enter: ready": so does the prompt
                self._enter = "done"
            gone = self._away * self.pace.factor  # since it was first shown: a resumed wait
            return run_countdown(self.console, self.reader, step.wait_seconds, self.pace, gone)
        kb = self.ctx.service().kb_for(state)  # as the session's steps saw it
        pattern = pattern_of(kb, step.pattern)
        if step.kind == "question" and pattern is not None:
            return animate(self.console, kb, pattern, self.pace, self.reader)
        return None

    def _step(self, session_id: str, state: SessionState) -> SessionState | None:
        """Show the current step and apply the answer; None when the person leaves."""
        step = state.current
        number = state.progress.steps_done + 1
        before = self._said[1] if self._said[0] == number - 1 else ()  # the page just before
        self.console.print()
        self.console.print(
            view := StepView(
                self.ctx.service().kb_for(state),
                step,
                number=number,
                time_left=state.progress.time_left,
                can_undo=state.can_undo,
                to_start=state.skipped_to_the_reset,
                found=can_find(state),
                undo=undo_takes(state),
                said_before=before,
                usual=_usual(self.ctx.service().kb_for(state), state),
            )
        )
        self._said = (number, view.said())
        self._say_holding(state, drawn=True)  # another screen's timer running on this step
        typed = self._lead_in(session_id, state)
        if self._gone is not None:  # the hold's page was taken back elsewhere: said, gone
            now, self._gone = self._gone[0], None
            return now
        later = step.kind == "outcome" and state.outcome not in SUCCESSES  # support is next
        while True:
            choice = ask_choice(
                self.console,
                self.reader,
                step,
                can_undo=state.can_undo,
                to_start=state.skipped_to_the_reset,
                typed=typed,
                enter=self._enter,
                enter_leaves=NOT_YET if later else None,
                found=can_find(state),
                why_folded=any(view.why_folded),
                undo=view.undo,
                again=view.again_words(),
                more=view.more_words(),
            )
            if choice.kind in LOOKS and (moved := self._moved(session_id, state)) is not None:
                return moved  # the other screen answered meanwhile: said, then its step
            if choice.kind == "list":  # the answers so far, then the same prompt
                report = build_report(self.ctx.service().kb_for(state), state, zone=local_zone())
                self.console.print(so_far_view(report, self._here))
                typed = None
                continue
            again = tuple(g for g, _ in view.again())
            why = (
                folded_text(step, again) if choice.kind == "why" else terms_text(step, choice.kind)
            )
            if why is None:
                break
            self.console.print(why)  # then the same prompt: the answers are still above
            typed = None
        if choice.kind == "quit":
            return None
        if choice.kind == "network":
            return run_check(self.ctx, self.console, self.reader, session_id, state)
        if choice.kind == "remote":
            return run_remote(self.ctx, self.console, self.reader, session_id, state)
        if choice.kind == "found":  # m: the model on its label (session 71)
            return found_step(self.ctx, self.console, self.reader, session_id, state, self.screen)
        sessions = self.ctx.service()
        try:
            if choice.kind == "undo":
                mark = {SCREEN: self.screen} if self.screen else {}  # who took it back
                back = sessions.apply(session_id, Command("undo", step.id, None, mark))
                if (took := undo_words(back, self.screen)) is not None:  # as the web says it
                    self.console.print(Text(took, style="notice"))
                return back
            if choice.kind == "start":  # every answer at once: say how many (review 67, N #13)
                mark = {SCREEN: self.screen} if self.screen else {}
                back = sessions.apply(session_id, Command("undo", step.id, TO_START, mark))
                self.console.print(Text(took_back_words(state, back), style="notice"))
                return back
            if choice.kind == "have":
                app = state.model.app
                try:
                    used = sessions.guide.session_plan(state).items_used
                    cells = single_use_cells(state.model)
                    have = choose_have(self.console, self.reader, app, used, state.have, cells)
                except Leave:
                    return None  # q in the list leaves, as on a step
                if have == state.have:  # Enter kept it as it was: nothing to change (a
                    return state  # checklist skipped read as "none at hand": diff review 57)
                items = sorted(have or ())
                return sessions.apply(session_id, Command("have", data={"have": items}))
            said: dict[str, float | str] = {PACE: self.pace.factor} if self.pace.factor != 1 else {}
            if self._away:  # left, then resumed: that time was not spent on this step
                said[AWAY] = self._away
            if self.screen:
                said[SCREEN] = self.screen
            answered = sessions.apply(session_id, Command("answer", step.id, choice.answer, said))
            self._away = 0.0
            self._here.add(answered.events[-1].at)
            return answered
        except StaleStepError:
            now = sessions.state(session_id)
            told = stale_words(step, choice.kind, choice.answer, now, shown=state)
            self.console.print(Text(told, "notice"))
            return now
        except InvalidAnswerError as exc:
            self.console.print(Text(plain_text(str(exc)), style="error"))
        return sessions.state(session_id)

    def _moved(self, session_id: str, shown: SessionState) -> SessionState | None:
        """The session, once what another screen did since `shown` is said; None: nothing."""
        now = self.ctx.service().state(session_id)
        said = moved_since(shown, now)
        if said is None:
            self._say_holding(now)  # moves no step: said, then what the key shows
            return None
        self.console.print(Text(said, style="notice"))
        return now

    def _say_holding(self, state: SessionState, *, drawn: bool = False) -> None:
        """A hold timer another screen started on the step on screen, as the desk says it."""
        said = self._holding.news(state, self.ctx.service().clock(), drawn=drawn)
        if said is not None:
            self.console.print(Text(said, style="notice"))


def _usual(kb: KnowledgeBase, state: SessionState) -> str | None:
    """The generic camera's line for this step, as the web page has it; None for any other."""
    step = state.current
    if not says_usual(
        generic=state.model.generic,
        finished=state.finished,
        opening=step.ref.kind == "opening",
        question=step.kind == "question",
    ):
        return None
    brand = kb.line(state.line).brand if state.line != "other" else None
    return usual_note(brand, state.form_factor)
