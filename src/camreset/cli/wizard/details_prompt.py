"""The details for support, asked in the terminal at an end that goes to support.

The web form marks what the vendor's support asks for and warns at the field about a MAC
that cannot be one; the terminal said neither, and a mistyped MAC was only flagged inside
the printed report (support review 44). Here each prompt says when the vendor asks for it,
and what is wrong with a value is said as soon as it is saved, with one chance to type it
again.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.console import Console
from rich.text import Text

from camreset.cli.wizard.keys import LineReader
from camreset.cli.wizard.prompts import QUIT_WORDS, Leave, ask_line
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.present.detail_words import (
    DETAIL_SAVED,
    NO_PASSWORD,
    SUPPORT_NEED_WORDS,
    detail_warning,
    form_details,
    saved_problems,
)
from camreset.core.present.end_messages import ACCOUNT_END
from camreset.core.report import session_details, support_needs
from camreset.core.session import SessionState

Save = Callable[[dict[str, str]], SessionState | None]
"""Appends what was typed to the session (nothing to save: None)."""
AGAIN = "Type it again, or press Enter to keep it as saved: "


def asked_at_the_end(state: SessionState) -> dict[str, str]:
    """The details the terminal asks for at an end that goes to support (Enter skips each),
    in the form's words ("The eufy HomeBase 2 it pairs through…"): the web form's, for this
    vendor, less what the session already knows (how it is powered, from an answer)."""
    known = session_details(state)
    return {
        k: v
        for k, v in form_details(
            state.model, state.dark, state.current.ref.ref == ACCOUNT_END, state.off_recorder
        ).items()
        if k not in known
    }


def vendor_asks(kb: KnowledgeBase, state: SessionState) -> frozenset[str]:
    """The detail fields this vendor's support asks for, where a source says."""
    rows, _sources = support_needs(kb, state, session_details(state))
    fields = (SUPPORT_NEED_WORDS[r.need][1] for r in rows if r.need in SUPPORT_NEED_WORDS)
    return frozenset(f for f in fields if f is not None)


def ask_details(
    console: Console, reader: LineReader, kb: KnowledgeBase, state: SessionState, save: Save
) -> SessionState:
    """Ask each detail (Enter skips one, q stops asking), each saved as soon as it is typed:
    a terminal closed at the next question lost the ones typed before it (terminal review
    39)."""
    console.print(
        Text("For the report (press Enter to skip any, q to stop):", style="step.title"),
        Text(NO_PASSWORD, style="step.hint"),
        sep="\n",
    )
    asks, brand = vendor_asks(kb, state), state.model.line.brand
    saved: list[str] = []
    try:
        for name, words in asked_at_the_end(state).items():
            marked = f"{words} ({brand} asks for this)" if name in asks else words
            typed = ask_line(console, reader, f"{marked}: ").strip()
            if typed.casefold() in QUIT_WORDS:
                break
            if not typed:
                continue
            state = _saved(console, save, state, name, typed)
            saved.append(DETAIL_SAVED[name])
            if detail_warning(name, state.details.get(name, "")):
                again = ask_line(console, reader, AGAIN).strip()
                if again.casefold() in QUIT_WORDS:
                    break  # q stops asking here too, the value kept as saved
                if again:
                    state = _saved(console, save, state, name, again)
    except Leave:
        pass
    if saved:
        console.print(Text(f"Saved to the report: {', '.join(saved)}.", style="notice"))
    return state


def _saved(
    console: Console, save: Save, state: SessionState, name: str, typed: str
) -> SessionState:
    """Save one detail and say at once what is wrong with it as saved (a MAC that cannot be
    one, a password taken out)."""
    state = save({name: typed}) or state
    for problem in saved_problems([name], state.details):
        console.print(Text(problem, style="fact.warning"))
    return state
