"""How the report is sent names only the ways in a vendor's sources give (merged-diff review
67, N #4): every vendor was told "copy it into … its chat, e-mail or contact form", Ring too,
whose sources give its support page and a phone call, and no e-mail."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.report import build_report
from camreset.core.report.sending import sending_words
from camreset.core.session import Guide
from camreset.kb_files import load_kb

T0 = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


def _said(kb: KnowledgeBase, model: str) -> str:
    guide = Guide(kb)
    state = guide.replay([guide.start(model=model, have=None, at=T0)])
    return sending_words(build_report(kb, state))


@pytest.mark.parametrize(
    ("model", "said"),
    [
        (
            "ring-battery-doorbell",
            "To send it to Ring support, copy it into a message through their support page, and"
            " attach a photo of the camera's label. On a call with them, keep it in front of you"
            " to read from.",
        ),
        ("unifi-g3-flex", "To send it to Ubiquiti support, copy it into their chat or an e-mail."),
        (
            "ezviz-bc1",  # its contact says "no password resets by phone": no call
            "To send it to EZVIZ support, copy it into an e-mail (service@ezvizlife.com).",
        ),
        ("amcrest-ip2m-841", "To send it to Amcrest support, copy it into their contact form."),
        ("lorex-w461asc", "Lorex support takes calls: keep it in front of you on the call."),
        (
            "eufy-eufycam-2c",  # no way in sourced: none named
            "To send it to eufy support, copy it into a message through their support page.",
        ),
    ],
)
def test_how_to_send_it_names_the_ways_in_its_vendor_gives(
    kb: KnowledgeBase, model: str, said: str
) -> None:
    assert _said(kb, model) == said


def test_no_vendor_is_told_of_a_way_in_its_sources_do_not_give(kb: KnowledgeBase) -> None:
    """Over every camera: chat, e-mail and a form are named only where its contact says so."""
    from camreset.core.report.sending import ways_in

    guide = Guide(kb)
    for model in kb.models:
        report = build_report(kb, guide.replay([guide.start(model=model, have=None, at=T0)]))
        said, ways = sending_words(report), ways_in(report)
        assert "its chat, e-mail or contact form" not in said
        for way, words in (("chat", "chat"), ("e-mail", "e-mail"), ("contact form", "form")):
            assert (words in said) == (way in ways), (model, said)
