"""Typed "used" or a second-hand marketplace where it was bought brings the second-hand note.

Support-report review 75 G, #12: "Bought at: eBay, used" sat beside "Proof of purchase (the
receipt): have it ready", and the note for a camera bought second-hand came only after the
session's own "It came from someone else" answer.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from camreset.core.report import build_report, render_text
from camreset.core.report.needs import SECOND_HAND_RECEIPT
from camreset.core.session import Command, Guide
from camreset.kb_files import load_kb

T0 = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


def _receipt_line(place: str) -> str:
    kb = load_kb()
    guide = Guide(kb)
    state = guide.replay([guide.start(model="arlo-pro", have=None, at=T0)])
    said = {"purchase_place": place}
    state = guide.extend(state, [guide.command(state, Command("details", data=said), T0)])
    text = render_text(build_report(kb, state))
    return next(line for line in text.splitlines() if line.startswith("- Proof of purchase"))


@pytest.mark.parametrize(
    "place", ["eBay, used", "second-hand from a neighbour", "Facebook Marketplace"]
)
def test_a_place_that_says_second_hand_brings_the_note(place: str) -> None:
    assert SECOND_HAND_RECEIPT in _receipt_line(place)


def test_a_shop_brings_no_note() -> None:
    assert SECOND_HAND_RECEIPT not in _receipt_line("Best Buy, March 2024")
