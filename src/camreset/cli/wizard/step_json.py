"""The `--json` stream: one JSON object per line, for programs that follow a scripted run.

`{"type": "step", "number": N, "step": {...}, "holding": {...} | null}` for every step shown
(the step document the JSON API gives too: camreset.app.step_docs.StepDoc; `holding`: a hold
timer another screen started on it, as the API's session document says it), then one
`{"type": "result", ...}` line:
status
(`reset`, `escalated`, `unfinished` or `error`), exit_code, session_id, link and message.
Before the step that follows a `network ADDR` answer, `{"type": "network", "address",
"result", "said"}`: what the check found (`factory`, `set-up` or `no-answer`) and the words
the terminal prints; without it a check that found nothing showed as the same step again,
unexplained (technician review 40).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from camreset.app.holding_doc import holding_doc
from camreset.app.step_docs import step_doc
from camreset.core.kb.schema import Source
from camreset.core.plain import terminal_json
from camreset.core.session import SessionState


def step_record(
    state: SessionState, sources: Mapping[str, Source], now: datetime
) -> dict[str, Any]:
    """A step shown, with the hold going on there as it stands at `now` (the API's session
    document had it, `guide --json` not: a script resuming a session while the customer's
    phone timed the hold saw nothing of it)."""
    holding = holding_doc(state, now)
    return {
        "type": "step",
        "number": state.progress.steps_done + 1,
        "step": step_doc(state.current, sources).model_dump(mode="json"),
        "holding": None if holding is None else holding.model_dump(mode="json"),
    }


def network_record(address: str, result: str, said: str) -> dict[str, Any]:
    return {"type": "network", "address": address, "result": result, "said": said}


def result_record(
    status: str, exit_code: int, session_id: str | None, link: str | None, message: str = ""
) -> dict[str, Any]:
    return {
        "type": "result",
        "status": status,
        "exit_code": exit_code,
        "session_id": session_id,
        "link": link,
        "message": message,
    }


def line(record: dict[str, Any]) -> str:
    """One record as a single line of JSON (keys in a stable order, non-ASCII kept, control
    and bidi characters escaped: core.report.terminal_json)."""
    return terminal_json(json.dumps(record, ensure_ascii=False, separators=(",", ":")))
