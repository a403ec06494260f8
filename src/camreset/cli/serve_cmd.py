"""`camreset serve`: the guide's web pages and JSON API on http://127.0.0.1:8000.

No configuration needed: sessions go to SQLite in the user's data directory. uvicorn's access
log is off (it prints query strings, which hold what people type); camreset's own access log
names routes only (web/security.py).
"""

from __future__ import annotations

import copy
from typing import Any

import typer
from sqlalchemy.engine import make_url

from camreset.cli.options import BaseUrlOption, DatabaseUrlOption, HostOption, PortOption
from camreset.errors import CamresetError
from camreset.settings import Settings, load_settings


def serve(
    database_url: DatabaseUrlOption = None,
    host: HostOption = None,
    port: PortOption = None,
    base_url: BaseUrlOption = None,
) -> None:
    """Serve the step-by-step guide and its JSON API (API reference at /docs)."""
    import uvicorn  # the web stack loads only for this command: other commands start fast

    from camreset.web.app import create_app

    try:
        settings = load_settings(database_url=database_url, host=host, port=port, base_url=base_url)
        app = create_app(settings)
    except CamresetError as exc:
        typer.echo(f"camreset serve: {exc}", err=True)
        raise typer.Exit(1) from None
    typer.echo(f"camreset is running at {settings.public_url}/  (Ctrl+C stops it)")
    typer.echo(f"Sessions are stored in {describe_database(settings)}")
    uvicorn.run(
        app,
        host=settings.host,
        port=settings.port,
        access_log=False,
        server_header=False,
        log_config=log_config(),
    )


def describe_database(settings: Settings) -> str:
    """The database URL with any password hidden."""
    return make_url(settings.database_url).render_as_string(hide_password=True)


def log_config() -> dict[str, Any]:
    """uvicorn's logging, plus camreset's loggers on the same console handler."""
    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    config["loggers"]["camreset"] = {"handlers": ["default"], "level": "INFO", "propagate": False}
    return config
