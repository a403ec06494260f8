"""The one registry of camreset's settings.

Each field is a setting: its name, default and help live here and nowhere else. The flags of
`camreset serve` (and `camreset guide`) are built from these fields, environment variables
`CAMRESET_<NAME>` fill what no flag gave, and docs/settings.md documents each one (a test checks
that it does). Explicit objects, no global: callers build a `Settings` and pass it on.

A value is checked here, once, before anything uses it: a database URL must name SQLite or
PostgreSQL (psycopg) and have a numeric port, and its problems are told without echoing the
URL, which may hold a password; the base URL, printed in every link, must be a plain http(s)
URL (no spaces, line breaks or terminal escapes).
"""

from __future__ import annotations

import contextlib
from ipaddress import ip_address
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import platformdirs
from pydantic import Field, ValidationError, field_validator
from pydantic_core import PydanticCustomError
from pydantic_settings import BaseSettings, SettingsConfigDict

from camreset.core.plain import plain_text
from camreset.errors import SettingsError

ENV_PREFIX = "CAMRESET_"

DATABASE_DRIVERS = ("sqlite", "sqlite+pysqlite", "postgresql", "postgresql+psycopg")
"""The databases camreset runs on (`postgresql://` is read as `postgresql+psycopg://`)."""

DATABASE_URL_FORMS = "sqlite:///PATH or postgresql+psycopg://USER:PASSWORD@HOST[:PORT]/NAME"

MAX_BASE_URL = 2000


def database_url_problem(url: str) -> str | None:
    """Why camreset cannot use the database URL `url`, or None. Never quotes the URL: it may
    hold a password."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError:
        return f"not a database URL; use {DATABASE_URL_FORMS}"
    except ValueError:  # the only number in a URL: int(port) failed
        return "the port is not a number from 1 to 65535"
    if parsed.drivername not in DATABASE_DRIVERS:
        return f"camreset cannot use {parsed.drivername!r} databases; use {DATABASE_URL_FORMS}"
    if parsed.port is not None and not 1 <= parsed.port <= 65535:
        return "the port is not a number from 1 to 65535"
    return None


def default_database_url() -> str:
    """SQLite in the user's data directory, so `camreset serve` needs no configuration: the
    directory is made here, the one database folder camreset creates by itself."""
    data_dir = Path(platformdirs.user_data_dir("camreset", appauthor=False))
    with contextlib.suppress(OSError):  # unwritable: opening the database then says so
        data_dir.mkdir(parents=True, exist_ok=True)
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
    workers: int = Field(
        default=1,
        ge=1,
        le=64,
        description=(
            "Worker processes `camreset serve` starts on the one port; more than one is for "
            "PostgreSQL (docs/deploy.md)."
        ),
    )
    base_url: str | None = Field(
        default=None,
        description=(
            "Public base URL used in resume links and in the report, e.g. "
            "https://help.example.org (a path after the host works too). Default: "
            "http://HOST:PORT of the host and port settings (http://127.0.0.1:8000 unless they "
            "are set)."
        ),
    )

    network: bool = Field(
        default=True,
        description=(
            "Let people find, check and reset cameras on this server's own network (the "
            "network pages and API routes). Turn it off (--no-network) on a server that is not "
            "on the cameras' network, such as a shared helpdesk deployment."
        ),
    )
    network_timeout: float = Field(
        default=2.0,
        ge=0.1,
        le=30,
        allow_inf_nan=False,
        description="Seconds a network check waits for cameras to answer (0.1 to 30).",
    )

    @field_validator("database_url")
    @classmethod
    def _usable_database_url(cls, url: str) -> str:
        problem = database_url_problem(url)
        if problem is not None:
            raise PydanticCustomError("database_url", problem)
        return url

    @field_validator("base_url")
    @classmethod
    def _plain_base_url(cls, url: str | None) -> str | None:
        if not url:
            return url
        plain = plain_text(url) == url and " " not in url and len(url) <= MAX_BASE_URL
        if not (plain and url.startswith(("http://", "https://"))):
            raise PydanticCustomError(
                "base_url",
                "expected an http:// or https:// URL without spaces or control characters, "
                "e.g. https://help.example.org/camreset",
            )
        return url

    @property
    def this_computer_only(self) -> bool:
        """The public URL names this computer (127.0.0.1, localhost, ::1): a phone that opens
        a resume link or scans its QR code reaches itself, not camreset."""
        return names_this_computer(self.public_url)

    @property
    def address_given(self) -> bool:
        """The base URL, host or port was set (flag or CAMRESET_* variable), not defaulted."""
        return bool(self.base_url) or bool({"host", "port"} & self.model_fields_set)

    @property
    def public_url(self) -> str:
        """The base URL people reach this server at, without a trailing slash."""
        if self.base_url:
            return self.base_url.rstrip("/")
        host = "127.0.0.1" if self.host in ("0.0.0.0", "::") else self.host
        if ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{self.port}"


def names_this_computer(url: str) -> bool:
    """The URL's host is this computer (127.0.0.1, localhost, ::1): a phone reaches itself."""
    host = (urlsplit(url).hostname or "").casefold()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ip_address(host).is_loopback
    except ValueError:
        return False


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


IN_MEMORY = (
    "an in-memory SQLite database keeps no session once camreset stops (and each server "
    "worker would have its own); give a file, e.g. sqlite:////var/lib/camreset/sessions.sqlite3"
)


def in_memory(url: str) -> bool:
    """The URL names an SQLite database that lives only in this process's memory."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    database = parsed.database or ""
    return parsed.get_backend_name() == "sqlite" and (
        database in ("", ":memory:") or "mode=memory" in database or database == "file::memory:"
    )


def load_settings(**flags: Any) -> Settings:
    """Settings from the flags that were given (None = not given), then the environment.

    SettingsError names each flag, or the environment variable when no flag gave the value,
    and what is wrong; pydantic's own error is not chained, as it repeats the value given (a
    database URL's password with it). A command line never keeps its sessions in memory."""
    given = {name: value for name, value in flags.items() if value is not None}
    try:
        settings = Settings(**given)
    except ValidationError as exc:
        problems = "; ".join(
            f"{_named(str(err['loc'][0]), given) if err['loc'] else 'settings'}: {_said(err)}"
            for err in exc.errors()
        )
        raise SettingsError(problems) from None
    if in_memory(settings.database_url):
        raise SettingsError(f"{_named('database_url', given)}: {IN_MEMORY}")
    return settings


def _named(name: str, given: dict[str, Any]) -> str:
    """The flag when one gave the value, else the environment variable that did."""
    return flag(name) if name in given or name not in Settings.model_fields else env_var(name)


def _said(error: Any) -> str:
    """pydantic's message, in words for a number out of range or not a number at all."""
    field = Settings.model_fields.get(str(error["loc"][0])) if error["loc"] else None
    if field is not None and field.annotation is bool:
        return "expected true or false (also 1 or 0, yes or no, on or off)"
    bounds = {
        kind: getattr(rule, kind)
        for rule in (field.metadata if field else [])
        for kind in ("ge", "le")
        if getattr(rule, kind, None) is not None
    }
    if field is None or set(bounds) != {"ge", "le"} or field.annotation not in (int, float):
        return str(error["msg"])
    kind = "a whole number" if field.annotation is int else "a number"
    return f"expected {kind} from {bounds['ge']} to {bounds['le']}"
