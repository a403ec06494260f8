"""A MAC address typed from a label, however it is separated, is the same address in the
report; text that cannot be one is never turned into one."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from camreset.core.present.detail_words import detail_value, mac_form

HEX = "0123456789abcdefABCDEF"


@given(
    digits=st.text(alphabet=HEX, min_size=12, max_size=12),
    separator=st.sampled_from(["", ":", "-", ".", " "]),
    group=st.sampled_from([2, 4]),
)
def test_any_way_of_writing_twelve_hex_digits_is_one_address(
    digits: str, separator: str, group: int
) -> None:
    typed = separator.join(digits[i : i + group] for i in range(0, 12, group))
    written = mac_form(typed)
    assert written is not None
    assert written.replace(":", "") == digits.upper() and len(written) == 17
    assert detail_value("mac", written) == written


def test_what_is_not_twelve_hex_digits_is_not_a_mac() -> None:
    for typed in ("9C:53:22:1A:2B:3", "9C:53:22:1A:2B:3G", "9C:53:22:1A:2B:3C:4D", "on the box"):
        assert mac_form(typed) is None
        assert (
            detail_value("mac", typed)
            == f"{typed} (as typed; not a MAC address, which is exactly 12 characters 0–9 and A–F)"
        )
    assert detail_value("serial", "on the box") == "on the box"  # only a MAC has a form
