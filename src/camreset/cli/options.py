"""Typer options built from the settings registry, shared by `camreset serve` and `guide`.

Each option defaults to None ("not given") so the environment (`CAMRESET_*`) and then the
registry's default fill in: `load_settings(database_url=database_url, ...)`.
"""

from __future__ import annotations

from typing import Annotated, Any

import typer

from camreset.settings import env_var, flag, setting_help

METAVARS = {
    "database_url": "URL",
    "host": "ADDR",
    "port": "PORT",
    "base_url": "URL",
    "network_timeout": "SECONDS",
    "workers": "N",
}
"""What each setting's option takes, in its help ("<str>" said only that it is text)."""


def setting_option(name: str) -> Any:
    """The `--flag` for setting `name`, with the registry's help and its environment variable."""
    return typer.Option(
        flag(name),
        metavar=METAVARS[name],
        help=f"{setting_help(name)} \\[env: {env_var(name)}]",
        show_default=False,
    )


DatabaseUrlOption = Annotated[str | None, setting_option("database_url")]
HostOption = Annotated[str | None, setting_option("host")]
PortOption = Annotated[int | None, setting_option("port")]
BaseUrlOption = Annotated[str | None, setting_option("base_url")]
NetworkOption = Annotated[
    bool | None,
    typer.Option(
        "--network/--no-network",
        help=f"{setting_help('network')} \\[env: {env_var('network')}]",
        show_default=False,
    ),
]
NetworkTimeoutOption = Annotated[float | None, setting_option("network_timeout")]
WorkersOption = Annotated[int | None, setting_option("workers")]
