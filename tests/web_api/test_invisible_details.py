"""Details of only invisible characters are empty details: two zero-width spaces were saved
as a reference and printed as a blank "Reference:" in the report (robustness review 70, #10)."""

from __future__ import annotations

import httpx
import pytest
from api_helpers import assert_problem, send, start

from camreset.app import SessionService
from camreset.core.session import Command
from camreset.errors import InvalidAnswerError
from camreset.kb_files import load_kb
from camreset.store.session_store import SessionStore

pytestmark = pytest.mark.anyio

INVISIBLE = ["\u200b\u200b", "\ufeff", "\u200d", " \u2060 ", "\u180e"]


@pytest.mark.parametrize("typed", INVISIBLE)
async def test_an_invisible_detail_is_refused_like_an_empty_one(
    client: httpx.AsyncClient, typed: str
) -> None:
    session = await start(client)
    for field in ("reference", "firmware", "purchase_place"):
        refused = await send(client, session["id"], type="details", data={field: typed})
        problem = assert_problem(refused, 422)
        assert "a detail must have some visible text" in problem["detail"]
    kept = await send(client, session["id"], type="details", data={"firmware": "1.2\u200b.3"})
    assert kept.status_code == 200, kept.text  # visible text with one inside is kept


def test_a_page_s_invisible_detail_is_not_saved(db_url: str) -> None:
    service = SessionService(SessionStore.from_url(db_url), load_kb())
    session_id, _ = service.start(model="tapo-c200")
    with pytest.raises(InvalidAnswerError, match="details take at least one of"):
        service.apply(session_id, Command("details", data={"firmware": "\u200b\u200b"}))
    assert not service.state(session_id).details
