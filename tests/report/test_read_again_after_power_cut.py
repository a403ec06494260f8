"""What support makes a reset code from, beside a power cut (support-report review 75 G, #2): a
Hikvision's report handed support the start time read in SADP before the steps cut the
camera's power, with nothing saying it no longer matches, though the maker's own way back in
says to keep the camera running until the code is used."""

from __future__ import annotations

import json

import pytest
from tests.report.walks import to_support

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.report import build_report, render_markdown, render_text
from camreset.kb_files import load_kb

CUT = "Its power was cut in step 5 (“Cut its power”): one read before then no longer matches."


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


def test_the_start_time_and_export_say_to_read_them_again(kb: KnowledgeBase) -> None:
    state = to_support(kb, "hikvision-ds-2cd2143g2-i", {})
    report = build_report(kb, state)
    assert report.steps[4].title == "Cut its power"  # the walk's step 5
    rows = {r.need: r for r in report.support_needs}
    for need in ("device_start_time", "lan_tool_export"):
        assert CUT in (rows[need].note or "")
        assert not rows[need].elsewhere  # the maker's own ask, as before
    assert rows["serial"].note is None  # a label does not change on a restart
    text = " ".join(render_text(report).split())
    assert f"on the same network shows it): not given yet. {CUT}" in text
    assert "keep the camera on until support answers" in render_markdown(report)
    needs = json.loads(report.model_dump_json())["support_needs"]
    assert any(CUT in (n["note"] or "") for n in needs if n["need"] == "device_start_time")
