"""The one registry of camreset's settings.

Each field is a setting: its name, default and help live here and nowhere else. The flags of
`camreset serve` (and `camreset guide`) are built from these fields, environment variables
`CAMRESET_<NAME>` fill what no flag gave, and docs/settings.md documents each one (a test checks
that it does). Explicit objects, no global: callers build a `Settings` and pass it on.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import platformdirs
from pydantic import Field, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from camreset.errors import SettingsError

ENV_PREFIX = "CAMRESET_"


def default_database_url() -> str:
    """SQLite in the user's data directory, so `camreset serve` needs no configuration."""
    data_dir = Path(platformdirs.user_data_dir("camreset", appauthor=False))
    return f"sqlite:///{data_dir / 'camreset.sqlite3'}"


class Settings(BaseSettings):
    """Everything an operator can set; each field is also a command-line flag."""

    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, extra="forbid", frozen=True)

    database_url: str = Field(
        default_factory=default_database_url,
        description=(
            "SQLAlchemy URL of the session database. Default: SQLite in the user's data "
            "directory. Use postgresql+psycopg://user:password@host/db for a shared deployment."
        ),
    )
    host: str = Field(
        default="127.0.0.1",
        description="Address `camreset serve` listens on; 0.0.0.0 listens on every interface.",
    )
    port: int = Field(
        default=8000, ge=1, le=65535, description="TCP port `camreset serve` listens on."
    )
    base_url: str | None = Field(
        default=None,
        description=(
            "Public base URL used in resume links and in the report, e.g. "
            "https://help.example.org/camreset. Default: http://HOST:PORT."
        ),
    )

    @property
    def public_url(self) -> str:
        """The base URL people reach this server at, without a trailing slash."""
        if self.base_url:
            return self.base_url.rstrip("/")
        host = "127.0.0.1" if self.host in ("0.0.0.0", "::") else self.host
        if ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{self.port}"


def setting_names() -> list[str]:
    """Every setting's field name, in declaration order."""
    return list(Settings.model_fields)


def setting_help(name: str) -> str:
    """The help text of one setting, shared by its flag and its documentation."""
    return Settings.model_fields[name].description or ""


def env_var(name: str) -> str:
    """The environment variable that sets `name`."""
    return f"{ENV_PREFIX}{name.upper()}"


def flag(name: str) -> str:
    """The command-line flag that sets `name`."""
    return "--" + name.replace("_", "-")


def load_settings(**flags: Any) -> Settings:
    """Settings from the flags that were given (None = not given), then the environment."""
    given = {name: value for name, value in flags.items() if value is not None}
    try:
        return Settings(**given)
    except ValidationError as exc:
        problems = "; ".join(
            f"{flag(str(err['loc'][0])) if err['loc'] else 'settings'}: {err['msg']}"
            for err in exc.errors()
        )
        raise SettingsError(problems) from exc
