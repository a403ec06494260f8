"""The address of the camreset server, as a terminal command that prints it knows it.

A base URL given (--base-url, CAMRESET_BASE_URL) is the address. Otherwise the address the
running server over the same database recorded (store/serving.py), then the host and port
settings where they were set. With none of these the terminal does not guess 127.0.0.1:8000
(helpdesk review 74, #6: read out to a customer while the server was on port 8850): it says
"the address of your camreset server", and why it does not know it.
"""

from __future__ import annotations

from dataclasses import dataclass

from camreset.settings import Settings, names_this_computer

UNKNOWN = "the address of your camreset server"


@dataclass(frozen=True)
class ServerAddress:
    """The base URL to give out (None: not known), and a sentence when it is not."""

    url: str | None
    note: str | None = None
    running: bool = False
    """The URL is the one the running server recorded (not a setting)."""

    @property
    def shown(self) -> str:
        """The URL, or the words that stand for it when it is not known."""
        return self.url or UNKNOWN

    @property
    def this_computer_only(self) -> bool:
        return self.url is not None and names_this_computer(self.url)


def server_address(settings: Settings, recorded: str | None, running: bool) -> ServerAddress:
    """Where people reach the server over `settings`' database, as far as is known here
    (`recorded`: the address its server recorded, if one did; `running`: that server is)."""
    if settings.base_url:
        return ServerAddress(settings.public_url)
    if recorded is not None and running:
        return ServerAddress(recorded, running=True)
    if settings.address_given:
        return ServerAddress(settings.public_url)
    if recorded is not None:
        return ServerAddress(
            None,
            f"The camreset server that was at {recorded} has stopped: start `camreset serve` "
            "and give the address it prints (or set it with --base-url).",
        )
    return ServerAddress(
        None,
        "No camreset server is running over this database here: start `camreset serve` and "
        "give the address it prints (or set it with --base-url).",
    )
