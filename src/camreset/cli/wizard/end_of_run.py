"""How a terminal run ends: at the outcome (a thank-you, or the report for support after the
details it asks for), at the end page left before saying whether it worked, or paused midway;
each time with the lines that save the report and carry the session on.

Out of interactive.py (the wizard's step loop), which had reached the 400 lines a module may
have: the end of a run is one thing of its own (session 76).
"""

from __future__ import annotations

import shlex
from functools import partial
from typing import Any

from rich.console import Console
from rich.text import Text

from camreset.app.local_time import local_zone
from camreset.cli.context import CliContext
from camreset.cli.wizard.details_prompt import ask_details
from camreset.cli.wizard.exits import outcome_code
from camreset.cli.wizard.keys import LineReader
from camreset.cli.wizard.report_fold import hanging
from camreset.core.present.ending_words import SUCCESSES
from camreset.core.present.fixed_words import (
    HANDED_OVER,
    added_through_hub,
    fixed_by_support,
    still_not_right,
)
from camreset.core.report import build_report, render_text
from camreset.core.report.sending import carries_words, sending_words
from camreset.core.session import Command, SessionState
from camreset.errors import InvalidAnswerError
from camreset.settings import Settings


def browser_words(
    settings: Settings, serve: str = "camreset serve", *, running: bool = False
) -> str:
    """Where the session's link works: without a public URL or a running server's address
    (`running`) it is this machine's `serve` command on the configured port (one started with
    another --port, or over another database, gives a dead link)."""
    if settings.base_url or running:
        return "In a browser"
    return f"In a browser, while `{serve}` runs here on port {settings.port}"


class EndOfRun:
    """The end of one person's run through one stored session in this terminal."""

    def __init__(self, ctx: CliContext, console: Console, reader: LineReader) -> None:
        self.ctx = ctx
        self.console = console
        self.reader = reader

    def finish(self, session_id: str, state: SessionState) -> int:
        """A fixed camera gets a thank-you; anything else gets the full report for support,
        after the details support asks for (each optional)."""
        self.console.print()
        fixed = (state.feedback or {}).get("fixed")
        end = state.current.ref.ref  # a hub of their own first: it works now, no support
        if (
            state.outcome in SUCCESSES or added_through_hub(end, state.feedback)
        ) and fixed == "yes":
            done = len(state.history)
            self.console.print(Text(f"Glad it worked. {done} steps, all saved.", "outcome.done"))
        elif fixed_by_support(state.outcome, state.feedback, end):  # no report to hand over now
            done = len(state.history)
            said = f"Glad support got it working. {done} steps, all saved."
            self.console.print(Text(said, "outcome.done"))
        elif state.outcome == "not_needed" and fixed == "no":  # the reset is the way on
            self.console.print(
                Text(still_not_right(state.outcome, end) or "", "notice"),
                Text(f"  {self.ctx.again(f'guide {shlex.quote(state.model.id)}')}"),
                sep="\n",
                soft_wrap=True,  # a command to copy: never folded by Rich
            )
        else:  # support is next: not solved, or solved but still not right for the person
            again = state.current.reopens or state.current.redo  # one more try comes first
            way_on = still_not_right(state.outcome, state.current.ref.ref)
            if state.outcome in HANDED_OVER and fixed == "no" and not again and way_on:
                self.console.print(Text(way_on, "notice"))  # prose: folded at words
            if state.outcome not in SUCCESSES or fixed == "no":
                state = self._details(session_id, state)
            self._print_report(state)
        self._save_lines(session_id)
        return outcome_code(state)

    def leave_at_end(self, session_id: str, state: SessionState) -> int:
        """Leaving at the end page before saying whether it worked: support is still to be
        contacted, so the report is printed (as "Stop here and give me the report"
        promised), after the details support asks for (an unlisted camera's report named no
        camera: terminal review 59), and the exit code is the outcome's, as a script's
        would be."""
        success = state.outcome in SUCCESSES
        self.console.print()
        if success:
            self.console.print(Text("Your session is saved, with its report.", "notice"))
        else:
            state = self._details(session_id, state)
            self._print_report(state)
        self._save_lines(session_id)
        later = "whether it keeps working" if success else "whether it worked, once it is sorted"
        self.console.print(
            Text(f"To say {later}:", "keys"),
            Text(f"  {self.ctx.again(f'guide --resume {session_id}')}"),
            sep="\n",
            soft_wrap=True,
        )
        return outcome_code(state)

    def _print_report(self, state: SessionState) -> None:
        report = build_report(self.ctx.service().kb_for(state), state, zone=local_zone())
        self.console.print(Text("Here is the report for the vendor's support:", "notice"))
        self.console.print()
        folded = hanging(render_text(report).rstrip(), self.console.width)
        self.console.print(Text(folded), soft_wrap=True)  # folded here, with its indents
        self.console.print()
        self.console.print(Text(sending_words(report), "notice"))  # review 67, I #7 and #8
        self.console.print(Text(carries_words(report)))
        self.console.print()

    def _save_lines(self, session_id: str) -> None:
        self.console.print(  # each command or link on a line of its own (terminal review 59:
            Text("Save it:", "keys"),  # "> report.m" and "d" on the next line at 80 columns)
            Text(f"  {self.ctx.again(f'report {session_id} --format md')} > report.md"),
            Text(f"{self._browser()}:", "keys"),
            Text(f"  {self.ctx.link(session_id)}"),
            sep="\n",
            soft_wrap=True,  # commands and links to copy: never folded by Rich
        )

    def _details(self, session_id: str, state: SessionState) -> SessionState:
        """Ask the details support may need, each saved as soon as it is typed."""
        save = partial(self._save_details, session_id)
        service = self.ctx.service()
        return ask_details(self.console, self.reader, service.kb_for(state), state, save)

    def _browser(self) -> str:
        """Where the link works, with the serve command that opens this run's database."""
        running = self.ctx.server_address().running
        return browser_words(self.ctx.settings(), self.ctx.again("serve"), running=running)

    def _save_details(self, session_id: str, data: dict[str, Any]) -> tuple[SessionState, bool]:
        """Append what was typed, and whether it was saved: the session refuses a field another
        screen changed since this terminal knew it (then: the session as it is now)."""
        sessions = self.ctx.service()
        try:
            return sessions.apply(session_id, Command("details", data=data)), True
        except InvalidAnswerError:
            return sessions.state(session_id), False

    def leave(self, session_id: str, why: str) -> None:
        self.console.print(
            Text(f"{why} Your session is saved.", style="notice"),
            Text("Continue here with:"),
            Text(f"  {self.ctx.again(f'guide --resume {session_id}')}"),
            Text(f"or, while `{self.ctx.again('serve')}` runs, in a browser:"),
            Text(f"  {self.ctx.link(session_id)}"),
            sep="\n",
            soft_wrap=True,  # commands and links to copy: never folded by Rich
        )
