"""An FCC ID no listed camera has still says whose it is (review 76 G, #1 and #2): its first
part is the FCC's code for the company that certified it, and camreset's own sourced FCC IDs
say which brands' cameras carry that code."""

from __future__ import annotations

import pytest

from camreset.core.kb.fcc_grantee import grantees, read_fcc_id
from camreset.core.present.names import fcc_grantee_words
from camreset.kb_files import load_kb

KB = load_kb()


def test_the_grantee_codes_of_the_listed_fcc_ids_name_their_brands() -> None:
    known = grantees(KB)
    assert known["2APLE"] == ("arlo",)
    assert known["2AOKB"] == ("eufy",)
    assert set(known["TE7"]) == {"kasa", "tapo"}  # TP-Link's, on both of its lines


@pytest.mark.parametrize(
    ("typed", "fcc_id", "grantee", "lines"),
    [
        ("FCC ID: 2A4RQ-Q5", "2A4RQQ5", "2A4RQ", ()),  # a no-name camera's label
        ("2A4RQQ5", "2A4RQQ5", "2A4RQ", ()),
        ("2APLE-VMC4040", "2APLEVMC4040", "2APLE", ("arlo",)),  # an Arlo camreset lists not
        ("te7 c999", "TE7C999", "TE7", ("kasa", "tapo")),
        ("FCC ID: A3L-SMG", "A3LSMG", "A3L", ()),  # an older, three-character code, labelled
    ],
)
def test_an_fcc_id_is_read_with_its_grantee_code(
    typed: str, fcc_id: str, grantee: str, lines: tuple[str, ...]
) -> None:
    reading = read_fcc_id(KB, typed)
    assert reading is not None
    assert (reading.fcc_id, reading.grantee, reading.line_ids) == (fcc_id, grantee, lines)


@pytest.mark.parametrize("typed", ["Q5", "C200", "IP8M-2496EW", "ABC123", "22222222", "4MP IPC"])
def test_a_model_name_is_not_read_as_an_fcc_id(typed: str) -> None:
    assert read_fcc_id(KB, typed) is None


def test_the_words_name_a_brand_only_where_a_listed_camera_carries_the_code() -> None:
    assert fcc_grantee_words("2APLEVMC4040", "2APLE", ["Arlo"]) == (
        "No camera on our list has the FCC ID 2APLEVMC4040, but its first part, 2APLE, is the "
        "FCC's code for the company behind the Arlo cameras we list: it is likely an Arlo camera."
    )
    unknown = fcc_grantee_words("2A4RQQ5", "2A4RQ", [])
    assert "the FCC's search at https://www.fcc.gov/oet/ea/fccid names that company" in unknown
    assert "likely" not in unknown
