"""A cause no step addresses, where the camera's own sources give a fix (support-report review
67, I #2): a Wyze report said "Firmware corrupted … no step at home addresses this" while the
Wyze KB holds its microSD firmware flash, which Wyze support asks about first."""

from __future__ import annotations

import pytest
from tests.report.walks import to_support

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.resolve import resolve_model
from camreset.core.kb.values import AfterReset
from camreset.core.report import build_report, render_markdown, render_text
from camreset.core.report.model import Report
from camreset.kb_files import load_kb

FIRMWARE = "Firmware corrupted (after a failed update or power loss)"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


def _to_support(kb: KnowledgeBase, model: str) -> Report:
    """A walk to support: "no click", every attempt done and failed, an update just before."""
    return build_report(kb, to_support(kb, model, {"felt-click": "no", "update-or-outage": "yes"}))


def _firmware_line(text: str) -> str:
    joined = " ".join(text.split())  # the text format wraps long lines
    start = joined.index(f"- {FIRMWARE}")
    return joined[start : joined.index(")", joined.index("%", start)) + 1]


def test_a_wyze_report_names_the_microsd_flash_beside_the_firmware_fault(kb: KnowledgeBase) -> None:
    report = _to_support(kb, "wyze-cam-pan-v3")
    for text in (render_text(report), render_markdown(report)):
        line = _firmware_line(text)
        assert "Manually flash the firmware from a microSD card" in line
    asked = "Did an update or a power cut happen just before the trouble?"
    assert asked in [s.title for s in report.steps]
    (cause,) = [c for c in report.model_dump(mode="json")["still_likely"] if c["id"] == FIRMWARE_ID]
    assert cause["sourced_fix"].startswith("Manually flash the firmware from a microSD card")


FIRMWARE_ID = "corrupt-firmware"


def test_the_causes_no_step_addresses_read_alike_in_one_list(kb: KnowledgeBase) -> None:
    """The broken button's "(16%; no step at home addresses this for this camera)" stood above
    the firmware's "(1%; no step camreset guides addresses this; its sources give one to try:
    …)": two wordings in one list, one naming camreset to the vendor (merged-diff review 67,
    N #12)."""
    report = _to_support(kb, "wyze-cam-pan-v3")
    for text in (render_text(report), render_markdown(report)):
        joined = " ".join(text.split())
        button = "The reset button is broken ("
        assert "%; no step at home addresses this for this camera)" in joined.split(button)[1]
        assert _firmware_line(text).endswith(
            "%; no step at home addresses this for this camera, but its sources give one to try:"
            " Manually flash the firmware from a microSD card; a factory reset may not help)"
        )
        assert "camreset guides" not in joined


def test_a_camera_whose_sources_give_no_such_fix_still_says_support(kb: KnowledgeBase) -> None:
    line = _firmware_line(render_text(_to_support(kb, "tapo-c200")))
    assert "no step at home addresses this for this camera" in line


def test_every_known_trouble_fix_names_a_cause_the_kb_has(kb: KnowledgeBase) -> None:
    """A `cause:` on an `after_reset` fact that names no cause would silently say nothing."""
    causes = {c.id for c in kb.troubleshooting.causes}
    named = {
        v.cause
        for m in kb.models
        for v in resolve_model(kb, m if isinstance(m, str) else m.id).values("after_reset")
        if isinstance(v, AfterReset) and v.cause is not None
    }
    assert named and named <= causes
