"""What the terminal commands share: built once by the root callback, opened lazily.

`camreset --debug guide …` and the like: the root callback fills a `CliContext` on the Typer
context (python-kasa does the same), and each command takes from it only what it uses, so
`camreset --help` opens no database and `camreset show` loads no web stack. Tests may pass
their own context object. Nothing heavy is imported until a command asks for it: the
settings (pydantic), the session service (SQLAlchemy) and the knowledge base each load on
first use.
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from camreset.app import SessionService
    from camreset.cli.server_address import ServerAddress
    from camreset.core.kb.knowledge import KnowledgeBase
    from camreset.settings import Settings


@dataclass
class CliContext:
    """The settings, knowledge base and session service of one command run."""

    debug: bool = False
    _kb: KnowledgeBase | None = None
    _settings: Settings | None = None
    _service: SessionService | None = field(default=None, repr=False)
    _database_flag: str | None = field(default=None, repr=False)
    """The database given with `--database-url` on this command line, if one was."""
    typed_address: str | None = None
    """The camera address last typed in this run (`n`, `r`): offered again, as one that
    answered is, even after a refused password (technician review 40)."""

    def kb(self, folder: Path | None = None) -> KnowledgeBase:
        """The package's knowledge base (loaded once), or an author's folder."""
        from camreset.kb_files import load_kb, load_kb_folder

        if folder is not None:
            return load_kb_folder(folder)
        if self._kb is None:
            self._kb = load_kb()
        return self._kb

    def settings(self, database_url: str | None = None, base_url: str | None = None) -> Settings:
        """Settings from the command's flags, then CAMRESET_* variables, then defaults."""
        if self._settings is None:
            from camreset.settings import load_settings

            self._settings = load_settings(database_url=database_url, base_url=base_url)
            self._database_flag = database_url
        return self._settings

    def again(self, words: str) -> str:
        """A camreset command line to copy that reaches this run's sessions: with the same
        `--database-url` where one was given here (else the next run would look in the
        default database and not find the session)."""
        flag = self._database_flag
        return f"camreset {words}" + (f" --database-url {shlex.quote(flag)}" if flag else "")

    def service(
        self, database_url: str | None = None, base_url: str | None = None
    ) -> SessionService:
        """The session service over the configured database (opened on first use)."""
        if self._service is None:
            from camreset.app import SessionService
            from camreset.store.session_store import SessionStore

            settings = self.settings(database_url, base_url)
            store = SessionStore.from_url(settings.database_url)
            self._service = SessionService(store, self.kb())
        return self._service

    def server_address(self) -> ServerAddress:
        """Where people reach the server: configured, or recorded by the one running."""
        from camreset.cli.server_address import server_address
        from camreset.store.serving import serving

        settings = self.settings()
        found = None if settings.base_url else serving(settings.database_url)
        if found is None:
            return server_address(settings, None, running=False)
        return server_address(settings, found.url, running=found.running)

    def link(self, session_id: str) -> str:
        """Where the same session continues in a browser: on the running server when one over
        this database recorded its address, else at the configured (or default) address."""
        base = self.server_address().url or self.settings().public_url
        return f"{base}/s/{session_id}"

    def close(self) -> None:
        if self._service is not None:
            self._service.close()
            self._service = None


def cli(ctx: typer.Context) -> CliContext:
    """The shared context of this run (a fresh one if a command runs on its own in a test)."""
    root = ctx.find_root()
    if not isinstance(root.obj, CliContext):
        root.obj = CliContext()
    return root.obj
