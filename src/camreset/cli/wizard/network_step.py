"""The wizard's network keys: `n` lets camreset check the camera for a step that takes it,
`r` sends the remote reset of a step that is one, after the person confirms the camera.

The password is read with the terminal's echo off and goes to `app.network.remote_step` for
the one request; nothing here keeps or prints it, and Enter alone sends nothing (it was sent
as an empty login: terminal review 69, T #1). What went wrong (an address camreset may not
ask, another camera answering, a refused password) is one line, and the step stays; a sent
reset is said with the camera's answer before the next step, as `reset-remote` says it.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import termios
from ipaddress import ip_address

from rich.console import Console
from rich.text import Text

from camreset.app.network import already_reset, check_step, offer, remote_step
from camreset.cli.context import CliContext
from camreset.cli.remote_cmd import describe
from camreset.cli.wizard.keys import LineReader
from camreset.cli.wizard.prompts import QUIT_WORDS, ask_line
from camreset.cli.wizard.trimmed import Trimmed
from camreset.core.present.network_words import (
    MAC_CHECK,
    NO_PASSWORD_SENT,
    as_sentence,
    finder,
    network_said,
    off_subnet_said,
    remote_sent,
)
from camreset.core.report import plain_text
from camreset.core.session import SessionState
from camreset.errors import CamresetError, StaleStepError
from camreset.net.errors import AlreadyAtFactory
from camreset.net.remote import Credentials, RemoteAction
from camreset.net.remote.confirm import NOTES
from camreset.net.remote.offer import confirms

NO_ADDRESS = "No address given: the step is still here."


def _address(
    ctx: CliContext, console: Console, reader: LineReader, state: SessionState
) -> str | None:
    """The address typed (Enter: the one given before); None, said so, for none or `q`. Only
    an address that parses is offered again: a mistyped "foo" came back as the default, and
    Enter alone was called "'' is not an IPv4 address" (terminal review 56)."""
    known = ctx.typed_address or state.camera_address or ""
    hint = f" [{known}]" if known else ""
    typed = ask_line(console, reader, f"The camera's address on your network{hint}: ").strip()
    if typed.casefold() in QUIT_WORDS or not (typed or known):
        console.print(Trimmed(Text(NO_ADDRESS, style="notice")))
        return None
    address = typed or known
    with contextlib.suppress(ValueError):
        ctx.typed_address = str(ip_address(address))
    return address


def read_secret(console: Console, reader: LineReader, prompt: str) -> str:
    """One line typed without echo (where the input is a terminal)."""
    console.print(Text(prompt, style="notice"), end="")
    saved = None
    with contextlib.suppress(termios.error):
        if os.isatty(reader.fd):
            saved = termios.tcgetattr(reader.fd)
            quiet = termios.tcgetattr(reader.fd)
            quiet[3] &= ~termios.ECHO
            termios.tcsetattr(reader.fd, termios.TCSADRAIN, quiet)
    try:
        return reader.readline() or ""
    finally:
        if saved is not None:
            termios.tcsetattr(reader.fd, termios.TCSADRAIN, saved)
        console.print()


USER = "admin"
PASSWORD_FOR = "Password for {user} at {address} (not shown, not stored): "
"""As `camreset reset-remote` asks it: the guide's `r` logged in as admin without saying so,
with no way to give another user (installer review 69, T #10)."""


def _user(console: Console, reader: LineReader) -> str:
    """The camera's user name to log in as: Enter for admin."""
    typed = ask_line(console, reader, f"User name on the camera [{USER}]: ").strip()
    return typed[:64] or USER


def _not_confirmed(typed: str, mac: str | None) -> str:
    """A MAC end that did not match says so, in `reset-remote`'s words (it read "Not
    confirmed" either way: installer review 69, T #10); Enter alone went back."""
    if not typed:
        return "Not confirmed: nothing was sent."
    return f"{plain_text(typed)!r} is not this camera's MAC ({mac}): nothing was sent."


def _trouble(console: Console, exc: CamresetError) -> None:
    console.print(Trimmed(Text(plain_text(as_sentence(str(exc))), style="error")))


def run_check(
    ctx: CliContext, console: Console, reader: LineReader, session_id: str, state: SessionState
) -> SessionState:
    """Check the camera over the network for the step on screen; the state afterwards."""
    sessions = ctx.service()
    address = _address(ctx, console, reader, state)
    if address is None:
        return state
    try:
        timeout = ctx.settings().network_timeout
        new = asyncio.run(check_step(sessions, session_id, state.current.id, address, timeout))
    except StaleStepError:
        console.print(
            Trimmed(Text("This session moved on elsewhere; here is where it stands now.", "notice"))
        )
        return sessions.state(session_id)
    except CamresetError as exc:
        _trouble(console, exc)
        return sessions.state(session_id)
    last = new.network[-1]
    still_open = last.step == new.current.id
    console.print(
        Trimmed(Text(network_said(last.address, last.result, still_open=still_open), "notice"))
    )
    if last.result == "no-answer" and last.off_subnet:
        # why nothing answered: this computer is on none of its networks (installer review 66)
        said = off_subnet_said(last.address, last.off_subnet, finder(new.model))
        console.print(Trimmed(Text(said, "notice")))
    return new


def run_remote(
    ctx: CliContext, console: Console, reader: LineReader, session_id: str, state: SessionState
) -> SessionState:
    """Find the camera, show who it is, take the confirmation and password, send the reset."""
    sessions = ctx.service()
    timeout = ctx.settings().network_timeout
    address = _address(ctx, console, reader, state)
    if address is None:
        return state
    action = RemoteAction.FACTORY_RESET_HARD
    try:
        found = asyncio.run(offer(sessions.kb_for(state), address, timeout, state))
        describe(console, found, action)
        console.print(Trimmed(Text(MAC_CHECK + ".")))
        typed = ask_line(console, reader, "Its last four characters, or Enter to go back: ").strip()
        if not typed or not confirms(found.camera.mac or "", typed):
            console.print(Trimmed(Text(_not_confirmed(typed, found.camera.mac), style="notice")))
            return sessions.state(session_id)
        user, where = _user(console, reader), found.camera.address
        secret = read_secret(console, reader, PASSWORD_FOR.format(user=user, address=where))
        if not secret:  # a login with no password still counts towards a lock-out
            console.print(Trimmed(Text(NO_PASSWORD_SENT, style="notice")))
            return sessions.state(session_id)
        new = asyncio.run(
            remote_step(
                sessions, session_id, state.current.id, found.camera.address, action, typed,
                Credentials(user, secret), timeout,
            )
        )  # fmt: skip
    except AlreadyAtFactory as exc:  # nothing to reset, and no password to ask (T #2)
        console.print(Trimmed(Text(plain_text(str(exc)), style="notice")))
        moved = already_reset(sessions, session_id, state.current.id, exc)  # as `n`'s factory
        return moved or sessions.state(session_id)
    except CamresetError as exc:
        _trouble(console, exc)
        return sessions.state(session_id)
    sent = new.remote[-1]
    said = remote_sent(sent.model, sent.address, sent.mac, plain_text(sent.message))
    console.print(Trimmed(Text(f"{said} {NOTES[action]}", style="notice")))
    return new
