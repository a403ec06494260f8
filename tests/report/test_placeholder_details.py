"""A placeholder typed into a detail is not a value (support-report review 75 G, #11): a Ring's
report said "Firmware version: not sure" in its opening rows while the list of what support
asks for, two screens lower, said the firmware was "not given yet"."""

from __future__ import annotations

from datetime import timedelta

import pytest
from tests.report.walks import T0, to_support

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.report import build_report, header_rows, render_text
from camreset.core.session import Command, Guide
from camreset.kb_files import load_kb


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


def _with_details(kb: KnowledgeBase, said: dict[str, str]) -> tuple[str, dict[str, str]]:
    guide = Guide(kb)
    state = to_support(kb, "amcrest-ip4m-1046ew", {})
    at = T0 + timedelta(hours=9)
    state = guide.extend(state, [guide.command(state, Command("details", data=said), at)])
    report = build_report(kb, state)
    return " ".join(render_text(report).split()), dict(header_rows(report))


def test_not_sure_is_no_firmware_version_and_the_needs_agree(kb: KnowledgeBase) -> None:
    text, rows = _with_details(kb, {"firmware": "not sure", "serial": "AMC0123456789"})
    assert "Firmware version" not in rows
    assert "Firmware version: not sure" not in text
    assert "AMC0123456789" in text  # what was given is kept


def test_a_real_version_is_still_a_row(kb: KnowledgeBase) -> None:
    _text, rows = _with_details(kb, {"firmware": "V2.800.0000000.5.R"})
    assert rows["Firmware version"] == "V2.800.0000000.5.R"
