"""What a battery camera's report says of its charge (support-report review 67, I #1): a Ring
doorbell's report reached support with no word on the battery, and Ring's support has a
customer charge it first."""

from __future__ import annotations

import pytest
from tests.report.walks import to_support

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.report import build_report, header_rows, render_markdown, render_text
from camreset.core.session import SessionState
from camreset.kb_files import load_kb


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


def _to_support(kb: KnowledgeBase, model: str, told: dict[str, str]) -> SessionState:
    """A walk to the end at support: "no click", every attempt done and failed, `told`."""
    return to_support(kb, model, told)


@pytest.mark.parametrize(
    ("model", "told", "row"),
    [
        ("ring-battery-doorbell", {"battery-level": "charged"}, "Full enough (well charged)"),
        ("eufy-eufycam-3", {"battery-level": "not_sure"}, "not known: asked in the session"),
        ("ezviz-bc1", {"battery-level": "low"}, "“Charge it” done in the session"),
    ],
)
def test_the_report_says_what_was_said_of_the_charge(
    kb: KnowledgeBase, model: str, told: dict[str, str], row: str
) -> None:
    report = build_report(kb, _to_support(kb, model, {"felt-click": "no", **told}))
    assert dict(header_rows(report))["Battery charge"].startswith(row)
    assert f"Battery charge: {row}" in " ".join(render_text(report).split())
    assert f"**Battery charge:** {row}" in render_markdown(report)


def test_a_camera_on_an_adapter_has_no_battery_row(kb: KnowledgeBase) -> None:
    report = build_report(kb, _to_support(kb, "tapo-c200", {"felt-click": "no"}))
    assert "Battery charge" not in dict(header_rows(report))
