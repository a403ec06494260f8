"""The FCC ID on a label finds the camera (issue 14, point 4): the model name on a label is
often worn off or printed as a code, and the FCC ID is what a person can still read."""

from __future__ import annotations

import pytest

from camreset.core.kb.loader import seen_from
from camreset.core.kb.meant_model import find_match
from camreset.core.kb.search import search_models
from camreset.core.session.later_rules import KB_FCC_IDS_RULES, KB_SINCE_71_RULES
from camreset.core.session.rules import RULES
from camreset.errors import UnknownModelError
from camreset.kb_files import load_kb

KB = load_kb()


@pytest.mark.parametrize(
    ("typed", "model_id"),
    [
        ("2AOKB-T8113", "eufy-eufycam-2c"),  # as eufy's labels print it, with the dash
        ("2AOKBT8113S", "eufy-eufycam-2c"),  # a later board's
        ("2AXJ4 D230", "tapo-d230"),  # a space after the grantee code
        ("TE7KC110", "kasa-kc110"),
        ("te7kc120v2", "kasa-kc120"),  # typed in small letters
        ("FCC ID: 2BCGWD235", "tapo-d235"),  # copied with its label's words
        ("2ANJHWYZEC1", "wyze-cam-v1"),
        ("2AUIU WYZECOP", "wyze-battery-cam-pro"),
    ],
)
def test_an_fcc_id_from_the_label_finds_the_camera_and_says_so(typed: str, model_id: str) -> None:
    """Before session 72 only 10 models had an FCC ID: these found no camera at all."""
    match = find_match(KB, typed)
    assert (match.model_id, match.exact) == (model_id, True)
    assert match.fcc_id is not None and match.fcc_id in typed.upper().replace(" ", "").replace(
        "-", ""
    )
    assert [m.model_id for m in search_models(KB, typed)] == [model_id]


def test_a_model_name_is_not_said_to_be_an_fcc_id() -> None:
    assert find_match(KB, "Tapo C200").fcc_id is None
    assert find_match(KB, "T8113").fcc_id is None  # eufy's model number, not its FCC ID


def test_the_ring_video_doorbell_3s_label_code_finds_it() -> None:
    """Its FCC test report gives 5UM6ES5 as its model number: the code on its label."""
    match = find_match(KB, "5UM6ES5")
    assert (match.model_id, match.exact, match.fcc_id) == ("ring-video-doorbell-3", True, None)


def test_every_brand_with_sourced_fcc_ids_has_them_where_people_look_first() -> None:
    counted: dict[str, int] = {}
    for model_id, model in KB.models.items():
        if model.fcc_id is not None:
            counted[KB.model_line[model_id]] = counted.get(KB.model_line[model_id], 0) + 1
    assert counted["tapo"] >= 19 and counted["kasa"] >= 12 and counted["eufy"] >= 13
    assert counted["wyze"] >= 12


def test_a_session_started_under_rules_69_sees_the_knowledge_base_as_it_ran() -> None:
    """The FCC IDs and label codes are `since: 70` (the reset card a session shows lists a
    model's FCC ID): a session started before sees none of them, a new one sees them all."""
    old, new = seen_from(KB, KB_FCC_IDS_RULES - 1), seen_from(KB, KB_FCC_IDS_RULES)
    assert old.models["tapo-d230"].fcc_id is None
    assert new.models["tapo-d230"].fcc_id is not None
    assert old.models["tapo-c200"].fcc_id is not None  # written before: seen by both
    assert seen_from(KB, RULES) is KB  # a new session sees every FCC ID


def test_one_fcc_id_on_two_models_lists_both_and_takes_neither() -> None:
    """Its source gives 2AUIUWYZECGS to one row naming the Wyze Cam OG and the OG Telephoto 3x:
    both are listed, found by that ID, and neither is taken for the person."""
    found = search_models(KB, "2AUIU-WYZECGS")
    assert [(m.model_id, m.fcc_id) for m in found] == [
        ("wyze-cam-og", "2AUIUWYZECGS"),
        ("wyze-cam-og-telephoto", "2AUIUWYZECGS"),
    ]
    with pytest.raises(UnknownModelError) as caught:
        find_match(KB, "2AUIUWYZECGS")
    assert str(caught.value) == (
        "FCC ID 2AUIUWYZECGS is on more than one camera: wyze-cam-og, wyze-cam-og-telephoto; "
        "give one"
    )


def test_the_nest_hello_fcc_id_finds_it_for_new_sessions_only() -> None:
    """Session 73: the user manual filed under ZQANC51 is the Nest Hello's (fcc.report, a
    third-party listing, so low). Before, "ZQANC51" off its label found no camera; a session
    started under rules 70 still sees no FCC ID on its card."""
    match = find_match(KB, "FCC ID: ZQA-NC51")
    assert (match.model_id, match.exact, match.fcc_id) == ("nest-doorbell-legacy", True, "ZQANC51")
    assert [m.model_id for m in search_models(KB, "zqanc51")] == ["nest-doorbell-legacy"]
    old = seen_from(KB, KB_SINCE_71_RULES - 1)
    assert old.models["nest-doorbell-legacy"].fcc_id is None
