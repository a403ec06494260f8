"""The report of a session that ended at the router's 2.4 GHz network follows that end: a
setting of the router, the camera maker's support only if it still does not join (merged-diff
review 69, N #6: it read "… could not be added again: needs support", with TP-Link support's
checklist first)."""

from __future__ import annotations

import json

from tests.report.test_report_sources import GUIDE, KB
from tests.session.conftest import Driver, start_event

from camreset.core.report import build_report, render_markdown, render_text

OUTCOME = (
    "Reset worked; the Wi-Fi has no 2.4 GHz network of its own: a setting of the router, which "
    "its maker or the internet provider can help with; support only if it still does not join"
)
NEXT = "next: a 2.4 GHz network of its own on the router (a router setting)"
CHECKLIST = "If it still does not join: what TP-Link support asks for"


def _at_the_router_end() -> Driver:
    """A Tapo C500 whose joining the Wi-Fi failed twice, "I can't do this" on "2.4 GHz Wi-Fi",
    "No" to a separate 2.4 GHz network, and the same answers on the looks before support."""
    d = Driver(
        GUIDE, start_event(GUIDE, model="tapo-c500", have=("pin", "original_adapter", "app"))
    )
    for answer in ("cant-add", "join-failed", "done", "no", "join-failed", "cant", "no"):
        d.send(answer)
    for _ in range(6):
        if d.state.current.kind == "outcome":
            break
        d.send("no" if d.state.current.offers("no") else "join-failed")
    assert d.state.current.ref.ref == "escalate-router"
    return d


def test_the_router_end_reports_a_router_setting_with_supports_list_for_later() -> None:
    report = build_report(KB, _at_the_router_end().state)
    text = render_text(report).splitlines()
    assert text[2] == f"Outcome:      {OUTCOME}"
    assert text[3].startswith("Summary:") and text[3].endswith(f"; {NEXT}")
    assert CHECKLIST.upper() in text
    assert "needs support" not in text[2]
    markdown = render_markdown(report)
    assert f"- **Outcome:** {OUTCOME}" in markdown
    assert f"## {CHECKLIST}" in markdown
    document = json.loads(report.model_dump_json())
    assert document["to_router"] is True
    assert document["summary"].endswith(NEXT)
