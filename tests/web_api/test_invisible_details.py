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


def test_a_reference_pasted_with_a_zero_width_space_is_kept_without_it(db_url: str) -> None:
    """Review 71 C, #8: a helpdesk reference pasted from a ticket tool kept its zero-width
    space ("T-44\\u200b11"), stored and printed so; only the search's folding dropped it."""
    service = SessionService(SessionStore.from_url(db_url), load_kb())
    session_id, _ = service.start(model="tapo-c200")
    pasted = {"reference": "T-44\u200b11\ufeff", "label_model": "Tapo\u200b C200"}
    service.apply(session_id, Command("details", data=pasted))
    assert service.state(session_id).details["reference"] == "T-4411"


def test_one_definition_of_unsafe_typed_text_serves_the_kb_and_the_session() -> None:
    """The KB's check refuses every character a typed line may not keep."""
    from camreset.core.kb.text import FORBIDDEN
    from camreset.core.plain import INVISIBLE, UNSAFE, folded

    for character in ("\u200b", "\u2060", "\ufeff", "\u202e", "\u2066", "\x1b", "\u2028"):
        assert FORBIDDEN.search(character), repr(character)
        assert UNSAFE.search(character) or INVISIBLE.search(character), repr(character)
    assert folded("T-44\u200b11 (2nd call)") == "t44112ndcall"
