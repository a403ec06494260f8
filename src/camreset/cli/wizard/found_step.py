"""The wizard's `m`: the model found on the label of a session started without it.

The name is typed as on the label and looked up as `guide MODEL` does; the session keeps its
id, short code and reference and goes on with the model's own steps (core/session/
model_found.py), whose first page says what was kept. A name that means no model or several
lists the closest, numbered, and asks again: "Choose yours" came with nothing to choose and
the step's prompt back (session 71, merged-diff review N F13).
"""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from camreset.cli.context import CliContext
from camreset.cli.wizard.keys import LineReader
from camreset.cli.wizard.prompts import QUIT_WORDS, Leave, ask_line
from camreset.core.present import found_words as words
from camreset.core.present.names import camera_name
from camreset.core.report import plain_text
from camreset.core.session import SessionState
from camreset.core.session.model_found import started_first
from camreset.core.session.screens import SCREEN
from camreset.errors import SessionError, UnknownModelError


def found_step(
    ctx: CliContext,
    console: Console,
    reader: LineReader,
    session_id: str,
    state: SessionState,
    screen: str | None = None,
) -> SessionState | None:
    """The session after the model typed (or picked) was taken, or as it was (said why);
    None: input ended, so the person leaves, as at every prompt. `screen`: this terminal's
    SCREEN mark, so that a page following the session names who found the model."""
    sessions, prompt, close = ctx.service(), words.FOUND_PROMPT, list[str]()
    while True:
        try:
            typed = ask_line(console, reader, prompt).strip()
        except Leave:
            return None
        if not typed or typed.casefold() in QUIT_WORDS:
            console.print(Text(words.NOT_CHANGED, style="notice"))
            return state
        if typed.isdigit() and 1 <= int(typed) <= len(close):
            typed = close[int(typed) - 1]  # the model's id: taken as it is
        try:
            return sessions.found_model(session_id, typed, {SCREEN: screen} if screen else None)
        except UnknownModelError as exc:
            kb = sessions.kb
            close = started_first(kb, state.events[0], exc.suggestions)[:6]
            said = words.several(typed) if exc.several and close else words.none_like(typed)
            console.print(Text(plain_text(said), "error"))
            if close:
                console.print(Text(words.ONE_OF_THESE, style="notice"))
            for n, model_id in enumerate(close, start=1):
                name = camera_name(kb.line_of(model_id), kb.models[model_id].name)
                console.print(Text(f"{n:>2}. {plain_text(name)}"))
            prompt = words.FOUND_AGAIN if close else words.FOUND_PROMPT
        except SessionError as exc:  # it has a model, or the other screen moved it on
            console.print(Text(plain_text(str(exc)), style="error"))
            return sessions.state(session_id)
