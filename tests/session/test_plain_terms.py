"""A home owner is not asked for what "the vendor's LAN tool" shows (review 71 E, #12): the
start time Hikvision's support asks for is said as shown by the maker's program on a computer
on the same network, on the page and in the report alike."""

from __future__ import annotations

from tests.session.conftest import answered

from camreset.core.session import Guide


def test_the_start_time_is_said_without_lan_tool(guide: Guide) -> None:
    page = answered(guide, ("forgot-password",), model="hikvision-ds-2cd2143g2-i").current
    assert "LAN tool" not in page.text
    said = "the device's start time (the maker's program on a computer on the same network"
    assert said in " ".join(page.text.split())
