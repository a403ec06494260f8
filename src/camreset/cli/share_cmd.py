"""`camreset share ID`: the session's short code, to read out to the person at the camera.

A helpdesk agent in a terminal could open a session from a code a customer read out, but not
make one for a customer to carry on with on their phone: the wizard showed only the 32
characters of the id (helpdesk review 57). The code is the one the session's web page gives
(the same one while it lives), with the words to say it in over the phone.
"""

from __future__ import annotations

import json
from datetime import UTC
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.text import Text

from camreset.cli.context import cli
from camreset.cli.guide_cmd import session_of
from camreset.cli.options import BaseUrlOption, DatabaseUrlOption
from camreset.cli.typed_args import short
from camreset.cli.wizard.trimmed import Trimmed
from camreset.errors import CamresetError

if TYPE_CHECKING:
    from camreset.cli.server_address import ServerAddress
    from camreset.core.share_code import ShareCode

THIS_COMPUTER_ONLY = (
    "{where} opens only on this computer: for a customer's phone, give the address it "
    "reaches the server at with --base-url (or CAMRESET_BASE_URL), as the server was started."
)
"""Said where the address names this computer (helpdesk review 60, #9: the code was read out
with 127.0.0.1:8000 for a customer's phone to open)."""


def share(
    ctx: typer.Context,
    session_id: Annotated[
        str, typer.Argument(metavar="ID", help="The session's id, or its live short code.")
    ],
    as_json: Annotated[
        bool,
        typer.Option("--json", help="Print JSON (the API's share-code fields, times in UTC)."),
    ] = False,
    database_url: DatabaseUrlOption = None,
    base_url: BaseUrlOption = None,
) -> None:
    """Print the session's short code to read out, and where the person types it."""
    short(session_id, "ID")
    context = cli(ctx)
    context.settings(database_url, base_url)
    service = context.service()
    session_id = session_of(service, session_id)
    code = service.share_code(session_id)
    if code is None:  # the store makes one for any session it has: never for a user's typo
        raise CamresetError("no short code could be made for this session")
    address = context.server_address()
    where = address.shown
    minutes = code.minutes_left(service.clock())
    if as_json:  # what a helpdesk script captures, as `POST /api/sessions/{id}/share-code` has it
        typer.echo(json.dumps(_as_json(code, session_id, minutes, address), indent=2))
        return
    console = Console(highlight=False)
    console.print(Text.assemble(("Short code: ", "bold"), code.shown))
    console.print(Text(f"Read it out as: {code.spoken}."))
    said = f"They type it into the search box on {where} (“Find my camera”); it works for "
    console.print(Trimmed(Text(f"{said}{minutes} more minutes.")))  # no line ends in spaces
    if address.note:  # no address known here: not a guess at 127.0.0.1:8000 (review 74, #6)
        console.print(Trimmed(Text(address.note)))
    if address.this_computer_only:  # a phone opening 127.0.0.1 reaches itself
        console.print(Trimmed(Text(THIS_COMPUTER_ONLY.format(where=where))))


def _as_json(
    code: ShareCode, session_id: str, minutes: int, address: ServerAddress
) -> dict[str, Any]:
    """The API's fields (code, spoken, expires_at in UTC, minutes_left), the session it opens,
    where it is typed (null when not known here), and whether that address opens only on this
    computer."""
    expires = code.expires_at.astimezone(UTC).isoformat().replace("+00:00", "Z")
    return {
        "code": code.shown,
        "spoken": code.spoken,
        "expires_at": expires,
        "minutes_left": minutes,
        "session_id": session_id,
        "type_it_at": address.url,
        "this_computer_only": address.this_computer_only,
    }
