"""What the status light did, in the report's opening rows (support-report review 75 G, #1): an
Amcrest bullet's report reached support with "What the light did" left empty and no row on
the light at all, though "What is the status light doing right now? On and steady" was
answered twice in its steps, and support's scripts key on the light."""

from __future__ import annotations

import json

import pytest
from tests.report.walks import to_support

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.report import build_report, header_rows, render_markdown, render_text
from camreset.kb_files import load_kb


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


def test_the_light_said_in_the_session_is_a_row_in_every_format(kb: KnowledgeBase) -> None:
    state = to_support(kb, "amcrest-ip4m-1046ew", {"status-light": "steady"})
    report = build_report(kb, state)
    row = "On and steady (answered in the session)"
    assert dict(header_rows(report))["Status light"] == row
    assert f"Status light: {row}" in " ".join(render_text(report).split())
    assert f"**Status light:** {row}" in render_markdown(report)
    assert json.loads(report.model_dump_json())["details"]["status_light"] == row


def test_a_not_sure_on_the_last_look_keeps_the_earlier_answer(kb: KnowledgeBase) -> None:
    """The walk answers the look before support "Not sure": the steps say the earlier answer
    stands, and so does the row; a light never told (only "I can't do this") has no row."""
    state = to_support(kb, "amcrest-ip4m-1046ew", {"status-light": "blinking"})
    looks = [h.answer for h in state.history if "status-light" in (h.ref.ref, h.ref.subject)]
    assert looks[0] == "blinking" and looks[-1] == "not_sure"  # the look before support
    row = dict(header_rows(build_report(kb, state)))["Status light"]
    assert row == "Blinking or changing (answered in the session)"
    never = to_support(kb, "amcrest-ip4m-1046ew", {"status-light": "cant"})
    assert "Status light" not in dict(header_rows(build_report(kb, never)))
