"""The details for support, asked in the terminal at an end that goes to support.

The web form marks what the vendor's support asks for and warns at the field about a MAC
that cannot be one; the terminal said neither, and a mistyped MAC was only flagged inside
the printed report (support review 44). Here each prompt says when the vendor asks for it,
and what is wrong with a value is said as soon as it is saved, with one chance to type it
again.

A browser may be open on the same session: each value is saved against what this terminal knew
of that field, and one another screen saved since it was asked is kept and said, with one
chance to type this one again (the terminal put back a serial a browser had saved meanwhile,
as the web form had: helpdesk review 67, after E #1).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.console import Console
from rich.text import Text

from camreset.cli.wizard.keys import LineReader
from camreset.cli.wizard.prompts import QUIT_WORDS, Leave, ask_line
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.plain import plain_text
from camreset.core.present.detail_words import (
    DETAIL_SAVED,
    NO_PASSWORD,
    SUPPORT_NEED_WORDS,
    detail_warning,
    form_details,
    keep_yours,
    saved_problems,
    saved_while_asked,
)
from camreset.core.present.end_messages import ACCOUNT_END
from camreset.core.report import session_details, support_needs
from camreset.core.report.details import RECOVERY_CODE, adding_failed, code_asked
from camreset.core.session import SessionState
from camreset.core.session.commands import SHOWN, detail_as_kept

Save = Callable[[dict[str, Any]], tuple[SessionState, bool]]
"""Appends a details command to the session: the session as it is now, and whether it was
saved (not where another screen changed the field since this terminal knew it)."""
AGAIN = "Type it again, or press Enter to keep it as saved: "
ASKED_WHEN_KNOWN = frozenset({"power_source"})
"""Asked even where the session worked it out, as the web form does ("Already in the report:
…"): the terminal skipped "How it is powered" once an answer showed PoE, so nobody typed "PoE
switch, port 4", and support asks switch, injector or recorder first (support-report review
75 G, #7)."""
ALREADY = "{words} (already in the report: {known}; Enter keeps it)"


def asked_at_the_end(state: SessionState) -> dict[str, str]:
    """The details the terminal asks for at an end that goes to support (Enter skips each),
    in the form's words ("The eufy HomeBase 2 it pairs through…"): the web form's, for this
    vendor, less what the session already knows but how it is powered (asked to say it in
    the person's own words)."""
    known = session_details(state)
    return {
        k: v
        for k, v in form_details(
            state.model,
            state.dark,
            state.current.ref.ref == ACCOUNT_END,
            state.off_recorder,
            code_asked(state),
            adding_failed(state),
        ).items()
        if k not in known
        or (k in (RECOVERY_CODE, *ASKED_WHEN_KNOWN) and k not in state.details)  # worked out
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
    asked = asked_at_the_end(state)
    known = {name: str(state.details.get(name, "")) for name in asked}  # as said here
    worked_out = session_details(state)
    saved: list[str] = []
    try:
        for name, words in asked.items():
            marked = f"{words} ({brand} asks for this)" if name in asks else words
            if name in ASKED_WHEN_KNOWN and not known[name] and name in worked_out:
                marked = ALREADY.format(words=marked, known=worked_out[name])
            typed = ask_line(console, reader, f"{marked}: ").strip()
            if typed.casefold() in QUIT_WORDS:
                break
            if not typed:
                continue
            state, kept = _typed(console, reader, save, state, name, typed, known)
            if not kept:
                continue
            saved.append(DETAIL_SAVED[name])
            if detail_warning(name, state.details.get(name, "")):
                again = ask_line(console, reader, AGAIN).strip()
                if again.casefold() in QUIT_WORDS:
                    break  # q stops asking here too, the value kept as saved
                if again:
                    state, _kept = _typed(console, reader, save, state, name, again, known)
    except Leave:
        pass
    if saved:
        console.print(Text(f"Saved to the report: {', '.join(saved)}.", style="notice"))
    return state


def _typed(
    console: Console,
    reader: LineReader,
    save: Save,
    state: SessionState,
    name: str,
    typed: str,
    known: dict[str, str],
) -> tuple[SessionState, bool]:
    """Save one detail against what this terminal knew of it (`known`, kept up to date), and
    whether it was saved: where another screen saved that field since, say so and ask once
    more (Enter keeps the other screen's; q stops asking)."""
    state, kept = _saved(console, save, state, name, typed, known)
    if kept:
        return state, True
    theirs = plain_text(state.details.get(name, ""))
    yours = plain_text(detail_as_kept(state, name, typed))
    console.print(Text(saved_while_asked(name, theirs, yours), style="notice"))
    again = ask_line(console, reader, keep_yours(theirs)).strip()
    if again.casefold() in QUIT_WORDS:
        raise Leave
    if not again:
        return state, False
    return _typed(console, reader, save, state, name, again, known)


def _saved(
    console: Console,
    save: Save,
    state: SessionState,
    name: str,
    typed: str,
    known: dict[str, str],
) -> tuple[SessionState, bool]:
    """Save one detail, unless another screen changed it since it was `known` here, and say
    at once what is wrong with it as saved (a MAC that cannot be one, a password taken
    out)."""
    if typed.split() == known[name].split():  # as it stands: nothing to save
        return state, True
    state, kept = save({name: typed, SHOWN: {name: known[name]}})
    known[name] = str(state.details.get(name, ""))  # said here, as saved or as the other's
    if kept:
        for problem in saved_problems([name], state.details):
            console.print(Text(problem, style="fact.warning"))
    return state, kept
