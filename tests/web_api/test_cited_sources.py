"""A fact's sources in the step JSON come with the title and address a helpdesk tool can cite,
beside their ids (helpdesk review 70, H #8: `"sources": ["ring-support-k8jn9"]` only)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from api_helpers import send, start

from camreset.kb_files import load_kb

pytestmark = pytest.mark.anyio


async def _facts_on_the_way(client: httpx.AsyncClient) -> list[dict[str, Any]]:
    """Every fact the first few steps of a Tapo C200 session show, through the API."""
    session, facts = await start(client), []
    for _ in range(6):
        current = session["current"]
        facts += current["facts"]
        answer = next(a["id"] for a in current["answers"] if a["id"] in ("done", "yes", "cant"))
        sent = await send(client, session["id"], type="answer", step=current["id"], answer=answer)
        session = sent.json()
    got = await client.get(f"/api/sessions/{session['id']}")
    return facts + got.json()["current"]["facts"]


async def test_each_fact_s_sources_are_cited_by_title_and_url(client: httpx.AsyncClient) -> None:
    kb = load_kb()
    facts = await _facts_on_the_way(client)
    assert facts
    for fact in facts:
        assert [c["id"] for c in fact["cited"]] == fact["sources"]
        for c in fact["cited"]:
            source = kb.sources[c["id"]]
            assert c["title"] == source.title and c["publisher"] == source.publisher
            assert c["url"] == (str(source.url) if source.url else None)
        for claim in fact["claims"]:
            assert [c["id"] for c in claim["cited"]] == claim["sources"]
    assert any(c["url"] and c["url"].startswith("https://") for f in facts for c in f["cited"])
