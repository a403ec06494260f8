"""People find their camera however they type it: name, alias, id, brand in front or not,
odd spacing and dashes, one slip of the finger. A family name offers the whole family."""

from __future__ import annotations

import pytest

from camreset.core.kb.search import find_line, find_model, search_models
from camreset.errors import UnknownModelError
from camreset.kb_files import load_kb

KB = load_kb()
SPELLINGS = [
    (model_id, text)
    for model_id, model in KB.models.items()
    for text in dict.fromkeys([model.name, *model.aliases, model_id])
]


@pytest.mark.parametrize(("model_id", "text"), SPELLINGS)
def test_every_name_alias_and_id_finds_its_model(model_id: str, text: str) -> None:
    assert find_model(KB, text) == model_id


@pytest.mark.parametrize(
    ("query", "model_id"),
    [
        ("C200", "tapo-c200"),
        ("Tapo C200", "tapo-c200"),
        ("tapo c-200", "tapo-c200"),
        ("TAPO C200", "tapo-c200"),
        ("  tapo_c.200 ", "tapo-c200"),
        ("TP-Link Tapo C200", "tapo-c200"),
        ("IP4M-1041B", "amcrest-ip4m-1041b"),
        ("ip4m1041b", "amcrest-ip4m-1041b"),
        ("Amcrest IP4M 1041B", "amcrest-ip4m-1041b"),
        ("kc110", "kasa-kc110"),
        ("c2000", "tapo-c200"),  # one key too many
    ],
)
def test_forgiving_queries_find_the_model(query: str, model_id: str) -> None:
    assert find_model(KB, query) == model_id


def test_exact_match_comes_first_with_full_score() -> None:
    top = search_models(KB, "tapo c-200")[0]
    assert (top.model_id, top.score, top.line, top.form_factor) == (
        "tapo-c200",
        1.0,
        "tapo",
        "pan_tilt",
    )


def test_a_family_name_lists_the_family_and_refuses_to_guess() -> None:
    spot = {m.model_id for m in search_models(KB, "Kasa Spot", limit=50) if m.score >= 0.8}
    assert {"kasa-kc105", "kasa-kc110", "kasa-kc400", "kasa-ec60", "kasa-ec71"} <= spot
    assert all(model_id.startswith("kasa-") for model_id in spot)
    with pytest.raises(UnknownModelError) as caught:
        find_model(KB, "Kasa Spot")
    assert set(caught.value.suggestions) == spot


def test_a_near_miss_between_two_models_is_not_guessed() -> None:
    with pytest.raises(UnknownModelError) as caught:
        find_model(KB, "ip4m-1014b")
    assert caught.value.suggestions[0] == "amcrest-ip4m-1041b"


def test_a_generic_word_without_brand_is_not_taken_for_one_brand() -> None:
    with pytest.raises(UnknownModelError) as caught:
        find_model(KB, "doorbell")
    offered = caught.value.suggestions
    assert len({KB.model_line[m] for m in offered}) >= 3, offered  # doorbells of many brands
    assert find_model(KB, "Kasa Doorbell") == "kasa-kd110"


def test_nonsense_finds_nothing() -> None:
    assert search_models(KB, "zebra 9000") == []
    with pytest.raises(UnknownModelError) as caught:
        find_model(KB, "zebra 9000")
    assert caught.value.suggestions == []


def test_a_bare_line_name_lists_that_line_and_names_the_line() -> None:
    tapo = search_models(KB, "Tapo", limit=100)
    assert {m.model_id for m in tapo} == {m for m, line in KB.model_line.items() if line == "tapo"}
    assert find_line(KB, "TAPO") == "tapo"
    assert find_line(KB, "Amcrest") == "amcrest"
    assert find_line(KB, "Tapo C200") is None
    assert find_line(KB, "tp-link") is None  # two lines: not one
