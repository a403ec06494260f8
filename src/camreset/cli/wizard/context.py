"""What every terminal command needs: settings, the knowledge base and the stored sessions.

Opened once per command from the shared flags (`--database-url`, `--base-url`, or their
CAMRESET_* variables), and closed on the way out.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.session import Guide
from camreset.kb_files import load_kb
from camreset.settings import Settings, load_settings
from camreset.store.guided import GuidedSessions
from camreset.store.session_store import SessionStore


@dataclass(frozen=True)
class WizardContext:
    settings: Settings
    kb: KnowledgeBase
    sessions: GuidedSessions

    def link(self, session_id: str) -> str:
        """Where the same session continues in a browser."""
        return f"{self.settings.public_url}/s/{session_id}"


@contextmanager
def open_context(
    database_url: str | None = None, base_url: str | None = None
) -> Iterator[WizardContext]:
    """Settings from flags then environment; raises CamresetError (settings, KB, store)."""
    settings = load_settings(database_url=database_url, base_url=base_url)
    kb = load_kb()
    store = SessionStore.from_url(settings.database_url)
    try:
        yield WizardContext(settings, kb, GuidedSessions(store, Guide(kb)))
    finally:
        store.close()
