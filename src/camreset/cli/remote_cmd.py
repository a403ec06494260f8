"""`camreset reset-remote ADDR`: reset or restart a camera over the network, once confirmed.

It asks the camera at ADDR who it is (no login), shows its model, MAC and what the action
does to its network settings, and asks the person to type the last four characters of that
MAC. Only then is the password asked, hidden, and used for the one request. It is never a
command-line argument (process lists and shell histories keep those): scripts pipe it with
`--password-stdin`. `--yes` skips the typed confirmation only together with `--mac`, the MAC
the script means, which must be the MAC the camera reports right now. Without a terminal
both are required: `--yes --mac MAC --password-stdin`.

Exit codes: 0 the camera accepted it, or says it is already back at factory settings (no
admin password yet: nothing to reset, nothing sent); 1 the camera did not answer or did not
do it; 2 nothing was sent (stopped at the confirmation, or the person's part: an address,
the confirmation, the password, did not fit), or the camera refused the login, which is
never tried again on its own. Enter at the confirmation exited 0, the code for "accepted",
so `reset-remote ADDR && mark_done` marked a reset never sent (terminal review 69, T #4).
"""

from __future__ import annotations

import asyncio
import sys
from typing import TYPE_CHECKING, Annotated, Literal

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from camreset.cli.context import cli
from camreset.cli.scan_cmd import label_values
from camreset.cli.wizard.trimmed import Trimmed
from camreset.core.plain import plain_text
from camreset.errors import UsageError
from camreset.net import ActionFailed, ConfirmationRequired, DeviceUnreachable
from camreset.net.errors import AlreadyAtFactory, CameraNotFound
from camreset.net.remote import Credentials, RemoteAction
from camreset.net.remote.confirm import NOTES, VERBS
from camreset.net.remote.offer import confirms, could_be_a_mac
from camreset.net.scanner import CHECK_TIMEOUT, check_timeout

if TYPE_CHECKING:
    from camreset.app.network import Offer

ACTIONS: dict[str, RemoteAction] = {
    "hard": RemoteAction.FACTORY_RESET_HARD,
    "soft": RemoteAction.FACTORY_RESET_SOFT,
    "reboot": RemoteAction.REBOOT,
}
EXIT_CAMERA = 1
EXIT_NOT_SENT = 2
"""Stopped at the confirmation: nothing was sent, as when the confirmation did not fit."""
NO_TERMINAL_PASSWORD = (
    "no terminal to ask the password in (it is never echoed): pipe it with --password-stdin"
)


def identity(found: Offer) -> Table:
    from camreset.app.network import camera_name  # the session store: not for `--help`
    from camreset.core.present.network_words import SETUP_STATE_WORDS

    """The camera as it answers now: what the person checks before confirming."""
    camera = found.camera
    return label_values(
        [
            ("model", camera_name(camera)),
            ("address", camera.address),
            ("MAC", camera.mac or ""),
            ("firmware", camera.firmware or ""),
            ("serial", camera.serial or ""),
            ("state", SETUP_STATE_WORDS[camera.setup_state]),
        ]
    )


def describe(console: Console, found: Offer, action: RemoteAction) -> None:
    """Who answered, and what the action will do to it."""
    console.print(f"The camera at {found.camera.address} answers as:")
    console.print(Trimmed(identity(found)))  # no line ends in spaces (G #3)
    console.print(Trimmed(Text(f"{VERBS[action]}: {NOTES[action]}")))


def ask_confirmation(console: Console, found: Offer) -> str:
    """The MAC end the person types; empty (Enter) stops without sending anything."""
    from camreset.core.present.network_words import MAC_CHECK

    console.print(Trimmed(Text(MAC_CHECK + ".")))
    typed: str = typer.prompt(
        "Its last four characters, or Enter to stop",
        default="",
        show_default=False,
    )
    return typed.strip()


def read_password(username: str, address: str, from_stdin: bool) -> str:
    """The password, hidden as it is typed, or the first line of stdin for a script."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise UsageError(NO_TERMINAL_PASSWORD)
    secret: str = typer.prompt(
        f"Password for {username} at {address} (not shown, not stored)",
        hide_input=True,
        default="",  # Enter alone stops, as at the confirmation, where Typer asked again
        show_default=False,
    )
    return secret


def refuse_before_asking(mac: str | None, yes: bool, password_stdin: bool) -> None:
    """UsageError for options that cannot work, before a packet goes out: a --mac that is no
    MAC first (it was named after "no terminal", terminal review 69, T #11), and, without a
    terminal, a password with nowhere to come from (the camera was probed first)."""
    if mac is not None and not could_be_a_mac(mac):
        raise UsageError(
            f"--mac {mac!r} is not a MAC: give the camera's MAC (like 9C:8E:CD:00:00:02, on "
            "its label) or its last four characters (like 0002)"
        )
    if yes and not mac:
        raise UsageError(
            "--yes sends without asking, so say which camera you mean: add --mac MAC "
            "(the camera's MAC, or its last four characters)"
        )
    terminal = sys.stdin.isatty()
    if not yes and not terminal:
        raise UsageError(
            "no terminal to ask for the confirmation: add --yes --mac MAC (the camera's MAC, "
            "or its last four characters) and --password-stdin"
        )
    if password_stdin and terminal:  # no prompt, and what is typed is shown
        raise UsageError(
            "--password-stdin reads the password from a pipe, for scripts; in a terminal leave "
            "it out and you are asked for it, with nothing shown"
        )
    if not password_stdin and not terminal:
        raise UsageError(NO_TERMINAL_PASSWORD)


def reset_remote(
    ctx: typer.Context,
    address: Annotated[str, typer.Argument(metavar="ADDR", help="The camera's IPv4 address.")],
    action: Annotated[
        Literal["hard", "soft", "reboot"],
        typer.Option("--action", help="hard: full reset; soft: keep network; reboot: restart."),
    ] = "hard",
    mac: Annotated[
        str | None,
        typer.Option("--mac", metavar="MAC", help="With --yes: the camera's MAC (or its end)."),
    ] = None,
    yes: Annotated[
        bool, typer.Option("--yes", help="Send without the typed confirmation (needs --mac).")
    ] = False,
    username: Annotated[
        str, typer.Option("--username", metavar="NAME", help="The camera's user name.")
    ] = "admin",
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from stdin (scripts).")
    ] = False,
    timeout: Annotated[
        float,
        typer.Option("--timeout", metavar="SECONDS", help="How long to wait for the camera."),
    ] = CHECK_TIMEOUT,
) -> None:
    """Reset or restart a camera over the network, after you confirm it is yours.

    Works over Dahua's protocol (Dahua, Amcrest, Lorex) or ONVIF; other cameras: button or app.

    Exit 0: sent and accepted, or the camera is already at factory settings (nothing sent).

    Exit 1: the camera did not answer, or did not do it.

    Exit 2: nothing was sent (stopped; the address, confirmation or password did not fit).

    Exit 2 also when the camera refused the login."""
    from camreset.app.network import camera_name, offer, send
    from camreset.core.present.network_words import NO_PASSWORD_SENT

    check_timeout(timeout)
    if not 0 < len(username) <= 64 or not username.isprintable():
        raise UsageError("--username: 1 to 64 characters, with no line break or control character")
    refuse_before_asking(mac, yes, password_stdin)
    chosen = ACTIONS[action]
    kb = cli(ctx).kb()
    console = Console(highlight=False)
    try:
        found = asyncio.run(offer(kb, address, timeout))
    except CameraNotFound as exc:  # nothing answered: as `check` says it, exit 1, not 2
        typer.echo(f"camreset reset-remote: {plain_text(str(exc))}", err=True)
        raise typer.Exit(EXIT_CAMERA) from None
    except AlreadyAtFactory as exc:  # the job is done: nothing to send, no password to ask
        console.print(Text(plain_text(str(exc))))
        raise typer.Exit(0) from None
    if chosen not in found.actions:
        takes = ", ".join(k for k, v in ACTIONS.items() if v in found.actions)
        raise ConfirmationRequired(f"{camera_name(found.camera)} takes --action {takes}")
    describe(console, found, chosen)
    typed = mac if yes and mac else ask_confirmation(console, found)
    if not typed:
        console.print("Stopped: nothing was sent.")
        raise typer.Exit(EXIT_NOT_SENT)
    if not confirms(found.camera.mac or "", typed):
        raise ConfirmationRequired(
            f"{typed!r} is not this camera's MAC ({found.camera.mac}); nothing was sent"
        )
    secret = read_password(username, found.camera.address, password_stdin)
    if not secret and not password_stdin:  # Enter alone: said as the guide's `r` says it
        console.print(Text(NO_PASSWORD_SENT))
        raise typer.Exit(EXIT_NOT_SENT)
    if not secret:  # a login with no password costs one of the few tries before a lock-out
        raise UsageError("no password given (an empty line): nothing was sent")
    try:
        done, _way = asyncio.run(
            send(kb, address, chosen, typed, Credentials(username, secret), timeout)
        )
    except (CameraNotFound, DeviceUnreachable, ActionFailed) as exc:  # silent since: exit 1
        typer.echo(f"camreset reset-remote: {plain_text(str(exc))}", err=True)
        raise typer.Exit(EXIT_CAMERA) from None
    console.print(Text(f"Sent. The camera answered: {plain_text(done.device_message)}"))
    console.print(Text(done.note))
