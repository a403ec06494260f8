"""A Hikvision report says how to reach the maker's support: its contact read only "support@
hikvision.com or the distributor", from a training guide, though Hikvision North America's
own page says reset requests go by its Password Reset Request Form, not by phone (session 71
leftover). A session started before sees the contacts it saw."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.session.conftest import started_under

from camreset.core.report import build_report, render_text
from camreset.core.report.sending import ways_in
from camreset.core.session import Guide
from camreset.core.session.intake import parse_have
from camreset.core.session.later_rules import HIK_CONTACT_RULES
from camreset.kb_files import load_kb

FORM = (
    "In the US and Canada, the Password Reset Request Form on Hikvision North America's tech "
    "support page; reply within about 1 h, Mon-Fri 6 AM-4:30 PM PST; no password resets by "
    "phone; elsewhere, Hikvision's regional office"
)


def test_a_hikvision_report_names_the_makers_own_way_in() -> None:
    kb = load_kb()
    guide = Guide(kb)
    at = datetime(2026, 12, 6, 12, tzinfo=UTC)
    state = guide.replay(
        [guide.start(model="hikvision-ds-2cd2143g2-i", have=parse_have({"pin"}), at=at)]
    )
    report = build_report(kb, state)
    assert report.support is not None and report.support.contact == FORM
    assert "support@hikvision.com or the distributor" in report.support.also
    assert f"Contact: {FORM}" in render_text(report)
    assert "contact form" in ways_in(report) and "phone" not in ways_in(report)
    old = build_report(kb, started_under(guide, state, HIK_CONTACT_RULES - 1))
    assert old.support is not None
    assert old.support.contact == "support@hikvision.com or the distributor"
