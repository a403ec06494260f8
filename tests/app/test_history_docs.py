"""The API's history of answered steps, whose documents are built once and kept
(app/documents.py `_history_doc`): each answer still shows its own screen and "by" marks,
never those of an equal answer in another session."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from camreset.app import SessionService
from camreset.app.documents import session_doc
from camreset.core.session import Command
from camreset.core.session.screens import API
from camreset.kb_files import load_kb
from camreset.store.session_store import SessionStore

T0 = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)


def _history(service: SessionService, data: dict[str, str]) -> list[dict[str, object]]:
    session_id, state = service.start(model="tapo-c200", via=API)
    answer = next(a.id for a in state.current.answers if a.role == "answer")
    state = service.apply(
        session_id, Command(type="answer", step=state.current.id, answer=answer, data=data)
    )
    doc = session_doc(session_id, state, "http://127.0.0.1")
    return [h.model_dump(include={"step", "answer", "screen", "by"}) for h in doc.history]


def test_equal_answers_in_two_sessions_keep_their_own_marks(tmp_path: Path) -> None:
    store = SessionStore.from_url(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    service = SessionService(store, load_kb(), clock=lambda: T0)  # equal entries, equal times
    plain = _history(service, {"via": "api"})
    helpdesk = _history(service, {"via": "api", "by": "helpdesk"})
    plain_again = _history(service, {"via": "api"})
    assert [h["by"] for h in plain] == [None]
    assert [h["by"] for h in helpdesk] == ["helpdesk"]
    assert plain_again == plain
    assert [(h["step"], h["answer"]) for h in helpdesk] == [(h["step"], h["answer"]) for h in plain]
    assert plain[0]["screen"] == "starter"  # the API answered the session the API started
