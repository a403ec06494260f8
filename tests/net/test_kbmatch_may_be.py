"""`may_be`: could a device that names itself so be a session's KB model?"""

from __future__ import annotations

import pytest

from camreset.net.kbmatch import may_be

G2 = ("hikvision-ds-2cd2143g2-i", "hikvision", ("Hikvision DS-2CD2143G2-I (AcuSense 4 MP dome)",))


@pytest.mark.parametrize(
    ("reported", "expected"),
    [
        ("DS-2CD2143G2-I", True),
        ("DS-2CD2143G2-IU", True),  # a regional variant of the same model
        ("DS-2CD2143G2-I(EU)", True),
        ("DS-2CD2143G0-I", False),  # another generation
        ("DS-2CD2387G2-LU", False),
        ("", True),  # no name: nothing to refuse it by
    ],
)
def test_a_hikvision_name(reported: str, expected: bool) -> None:
    assert may_be(reported, *G2) is expected


def test_a_vendor_prefix_the_label_does_not_carry_is_ignored() -> None:
    names = ("Dahua IPC-HFW2831T-ZS",)
    assert may_be("DH-IPC-HFW2831T-ZS", "dahua-ipc-hfw2831t-zs", "dahua", names)
    assert not may_be("DH-IPC-HDW2431T-AS", "dahua-ipc-hfw2831t-zs", "dahua", names)
