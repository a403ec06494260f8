"""A measured hold is a number: `true` was logged as a 1 s hold and "5" as five seconds, each
then quoted to support as measured (robustness review 70, #11)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from api_helpers import assert_problem, send, start

pytestmark = pytest.mark.anyio


async def _timer_step(client: httpx.AsyncClient) -> tuple[str, dict[str, Any]]:
    session = await start(client, have=["pin", "app"])
    for _ in range(20):
        current = session["current"]
        if current["timer"] is not None:
            return session["id"], current
        # the app's reset cannot be done, so the button's: its hold has a timer
        answer = (
            "cant"
            if ".a.app-reset." in current["id"]
            else next(a["id"] for a in current["answers"] if a["role"] == "answer")
        )
        sent = await send(client, session["id"], type="answer", step=current["id"], answer=answer)
        assert sent.status_code == 200, sent.text
        session = sent.json()
    raise AssertionError("no step with a timer")


@pytest.mark.parametrize("seconds", [True, "5", None, [5]])
async def test_a_hold_that_is_not_a_number_is_refused(
    client: httpx.AsyncClient, seconds: object
) -> None:
    session_id, step = await _timer_step(client)
    refused = await send(
        client, session_id, type="hold", step=step["id"], data={"seconds": seconds}
    )
    problem = assert_problem(refused, 422)
    assert problem["type"].endswith("validation")
    assert any(error["loc"][-1] == "seconds" for error in problem["errors"])
    kept = await send(client, session_id, type="hold", step=step["id"], data={"seconds": 5})
    assert kept.status_code == 200, kept.text  # a whole number is a number
