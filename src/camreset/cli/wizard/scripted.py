"""Showing a scripted run: a short line per step for people, or the `--json` stream.

Errors and the final result go to the same stream as the steps (JSON mode) or to stderr
and stdout (text mode), and the exit code is the same either way (wizard/exits.py).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence

from rich.console import Console
from rich.text import Text

from camreset.cli.context import CliContext
from camreset.cli.wizard.exits import BAD_INPUT, outcome_code
from camreset.cli.wizard.script import Replay, check_first, replay
from camreset.cli.wizard.step_json import line, network_record, result_record, step_record
from camreset.core.plain import plain_text
from camreset.core.present.ending_words import FIXED_SINCE, FOR_A_HUB
from camreset.core.present.fixed_words import said_ending
from camreset.core.present.network_words import network_said
from camreset.core.present.no_hub_yet import NEEDS_HUB_END
from camreset.core.session import SessionState
from camreset.core.session.events import moves_on
from camreset.errors import InvalidAnswerError

UNFINISHED_WORDS = "The answers ran out before the end; the session is saved."
"""A run whose file of answers ended before the session did; every ending is worded in the
one table of endings every screen reads (core/present/ending_words.py)."""
ONE_MORE_TRY = (
    "Not solved yet, and worth one more try before support: once you have what its last page "
    "names, continue the session and press h to say so."
)
"""The support page that reopens: only something the person lacks stands in the way."""
ONE_MORE_TRY_WITH = (
    "Not solved yet, and worth one more try before support: once you have {item}, continue "
    "the session and press h to say so."
)
"""The same, naming the item: a run from a file shows only step titles (user review 52)."""
REDO_FIRST = (
    "Not solved yet, and worth one more try before support: a step was cut short, so do it "
    "again in full (its last page says which), then take the report to support if need be."
)


def _said(result: Replay) -> str:
    """How the run ended, in a sentence, for the text run and the JSON result alike."""
    state = result.state
    if result.status == "escalated" and state.current.reopens:
        item = state.current.lacking
        return ONE_MORE_TRY_WITH.format(item=item) if item else ONE_MORE_TRY
    end = state.current.ref.ref
    ending = said_ending(state.outcome, end, state.feedback)
    if ending is FIXED_SINCE:
        return ending.told  # the hand-over is over: no report to take anywhere
    if result.status == "escalated" and state.current.redo:
        return REDO_FIRST
    if end == NEEDS_HUB_END:  # not for support: a hub of their own first
        title = state.current.title
        return FOR_A_HUB.told.format(title=f"{title[:1].lower()}{title[1:]}")
    return ending.told if ending is not None else UNFINISHED_WORDS


NOT_SAVED = "Nothing was saved: no session was started."
"""A file whose first answer fits nothing: no session is made for it."""
UNDONE = "undo: back to the step before"
"""Under a step a file's `undo` left: it read as unanswered, the step before as asked twice
(terminal review 56)."""


class ScriptedRun:
    """Replays answers into one session and prints as it goes."""

    def __init__(self, ctx: CliContext, console: Console, *, as_json: bool) -> None:
        self.ctx = ctx
        self.console = console
        self.as_json = as_json

    def _emit(self, text: str) -> None:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()

    def _on_step(self, state: SessionState) -> None:
        last = state.events[-1]
        if self.as_json:
            if last.type == "network" and last.step and state.network:
                check = state.network[-1]
                said = network_said(check.address, check.result, still_open=not moves_on(last))
                self._emit(line(network_record(check.address, check.result, said)))
            service = self.ctx.service()
            self._emit(line(step_record(state, service.kb_for(state).sources, service.clock())))
            return
        if last.type == "network" and last.step and not moves_on(last) and state.network:
            check = state.network[-1]  # nothing answered: the same step again, still open
            said = network_said(check.address, check.result, still_open=True)
            self.console.print(Text(f"   → {said}", style="keys"))
        elif last.type == "undone":  # the step left unanswered, and the one before again
            self.console.print(Text(f"   → {UNDONE}", style="keys"))
        elif state.history and state.progress.steps_done:
            self.console.print(Text(f"   → {state.history[-1].answer_label}", style="keys"))
        step = state.current
        label = "Result" if step.kind == "outcome" else f"Step {state.progress.steps_done + 1}"
        self.console.print(Text.assemble((f"{label}: ", "fact.label"), step.title))

    def run_new(self, first: SessionState, start: Callable[[], str], items: Sequence[str]) -> int:
        """A new session's run: `first` is the step it would open on, and the session is made
        (`start`) only once the file's first answer fits it."""
        self._on_step(first)
        try:
            check_first(first, items)
        except InvalidAnswerError as exc:
            return self._refused(exc, None)
        return self.run(start(), items, shown=True)

    def _refused(self, exc: InvalidAnswerError, session_id: str | None) -> int:
        kept = f"The session is saved up to there: {session_id}" if session_id else NOT_SAVED
        if self.as_json:
            link = self.ctx.link(session_id) if session_id else None
            self._emit(line(result_record("error", BAD_INPUT, session_id, link, str(exc))))
        Console(stderr=True).print(
            f"camreset guide: {plain_text(f'{exc}. {kept}')}",
            markup=False,
            highlight=False,
            soft_wrap=True,
        )
        return BAD_INPUT

    def run(self, session_id: str, items: Sequence[str], *, shown: bool = False) -> int:
        link = self.ctx.link(session_id)
        try:
            timeout = self.ctx.settings().network_timeout
            service = self.ctx.service()
            result = replay(service, session_id, items, self._on_step, timeout, shown=shown)
        except InvalidAnswerError as exc:
            return self._refused(exc, session_id)
        code = outcome_code(result.state)  # the interactive guide's rule, "still not right" too
        said = _said(result)
        if self.as_json:  # the same sentence: it was "" (terminal review 56)
            self._emit(line(result_record(result.status, code, session_id, link, said)))
            return code
        self.console.print(Text(said, style="notice"))
        # commands to copy: never folded by Rich (soft_wrap), whatever the terminal's width
        self.console.print(f"Session: {session_id}", markup=False, highlight=False)
        reopens = result.status == "escalated" and result.state.current.reopens
        if result.status == "unfinished" or reopens:
            self.console.print(
                Text(f"Continue: {self.ctx.again(f'guide --resume {session_id}')}"), soft_wrap=True
            )
        self.console.print(
            Text(f"Report:   {self.ctx.again(f'report {session_id}')}"), soft_wrap=True
        )
        return code
