"""A server whose SQLite file was removed, replaced or emptied under it stops acknowledging:
it answered 200 for answers written into a removed file, all lost at the next start
(robustness review 70, #5)."""

from __future__ import annotations

import os
from pathlib import Path

import httpx
import pytest
from api_helpers import assert_problem, send, start

from camreset.errors import StoreError
from camreset.store.session_store import SessionStore

pytestmark = pytest.mark.anyio


def _remove(path: Path) -> None:
    for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        name.unlink(missing_ok=True)


def _replace(path: Path) -> None:
    copy = path.with_name("copy.sqlite3")
    copy.write_bytes(path.read_bytes())
    os.replace(copy, path)


def _empty(path: Path) -> None:
    for name in (path, Path(f"{path}-wal")):
        if name.exists():
            os.truncate(name, 0)


@pytest.mark.parametrize("damage", [_remove, _replace, _empty], ids=["rm", "replaced", "emptied"])
async def test_answers_are_refused_once_the_file_is_gone(
    client: httpx.AsyncClient, store: SessionStore, tmp_path: Path, damage: object
) -> None:
    session = await start(client)
    damage(tmp_path / "sessions.sqlite3")  # type: ignore[operator]
    step = session["current"]["id"]
    answered = await send(client, session["id"], type="answer", step=step, answer="not_sure")
    assert assert_problem(answered, 503)["type"].endswith("store-unavailable")
    started = await client.post("/api/sessions", json={"model": "tapo-c200"})
    assert assert_problem(started, 503)["type"].endswith("store-unavailable")


def test_the_store_names_the_file_and_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    store = SessionStore.from_url(f"sqlite:///{path}")
    store.recent()
    _remove(path)
    with pytest.raises(StoreError, match=f"the database file {path} was removed: restart"):
        store.recent()


@pytest.mark.parametrize(
    ("content", "said"),
    [(b"not a database at all, just words", "is not an SQLite database"), (None, "is it a folder")],
)
def test_a_file_that_cannot_be_the_database_is_named_at_start(
    tmp_path: Path, content: bytes | None, said: str
) -> None:
    path = tmp_path / "s.sqlite3"
    if content is None:
        path.mkdir()
    else:
        path.write_bytes(content * 100)
    with pytest.raises(StoreError) as caught:
        SessionStore.from_url(f"sqlite:///{path}")
    assert str(path) in str(caught.value) and said in str(caught.value)
