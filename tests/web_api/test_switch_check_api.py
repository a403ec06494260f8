"""The API's step says what the terminal's keys and the page's form say: a Lorex E893AB on a
PoE switch, a computer at hand, is offered the check over the network at its reset's check
(`network` true), and on its recorder's own ports it is not, with a notice saying why
(technician review 74, G #6)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from api_helpers import send, start

pytestmark = pytest.mark.anyio
WALK = ("wont-reset", "until-change", "reacted", "came-back", "on")


async def _at_the_check(client: httpx.AsyncClient, feed: str) -> dict[str, Any]:
    session = await start(
        client, opening=True, model="lorex-e893ab", power="poe", have=["computer", "pin"]
    )
    for answer in (*WALK, feed, "done", "done", "done"):
        step = session["current"]["id"]
        sent = await send(client, session["id"], type="answer", step=step, answer=answer)
        assert sent.status_code == 200, sent.text
        session = sent.json()
    current: dict[str, Any] = session["current"]
    assert current["title"] == "Is the camera in setup mode now?"
    return current


async def test_on_a_switch_the_step_offers_the_network_check(client: httpx.AsyncClient) -> None:
    current = await _at_the_check(client, "switch")
    assert current["network"] is True


async def test_on_its_recorders_ports_the_step_says_why_not(client: httpx.AsyncClient) -> None:
    current = await _at_the_check(client, "recorder")
    assert current["network"] is False
    assert any(
        n.endswith(
            ": there your computer can reach it, and camreset can check it over the network."
        )
        for n in current["notices"]
    )
