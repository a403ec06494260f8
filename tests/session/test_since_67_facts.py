"""Facts marked `since: 67` or `retired: 67` in session 69: a session started since sees the
knowledge base so, an older log replays as it ran."""

from __future__ import annotations

from typing import Any

import pytest
from tests.session.conftest import answered, started_under

from camreset.core.session import Guide
from camreset.core.session.later_rules import KB_RETIRED_RULES


def test_a_tapo_sellers_removal_page_no_longer_says_remove_it_first_yes(
    guide: Guide, make_driver: Any
) -> None:
    """KB audit 68, R7 (left over): the seller's page's facts still read "Remove it from the
    app first: yes" from one guide's author's habit, hedged in a note. A new session's page
    has no such fact (`retired: 67`); a session started under rules 66 keeps it."""
    d = make_driver(model="tapo-c200", have=("pin", "app"), opening=True)
    d.send("selling")
    page = d.state.current
    assert page.title == "Before you hand it over: remove it from your account"
    assert "remove_before_reset" not in {fact.name for fact in page.facts}
    old = started_under(guide, d.state, KB_RETIRED_RULES - 1).current
    assert old.id == page.id
    assert "remove_before_reset" in {fact.name for fact in old.facts}


@pytest.mark.parametrize("model", ["kasa-ec70", "kasa-kc110", "kasa-kc411s"])
def test_a_kasa_spot_pan_tilt_leads_with_the_place_its_own_guide_gives(
    guide: Guide, model: str
) -> None:
    """Session 68 leftover: the EC70's "Get ready" led with the pan-tilt default's "maybe next
    to the microSD card slot" (a TP-Link guide about any pan-tilt model) and put its own
    guide's "typically on the bottom or side" (kasa-survguides-pantilt, which covers Kasa's six
    pan-tilt cameras) in brackets as other sources'. A new session leads with it; a session
    started under rules 66 reads as before."""
    state = answered(
        guide,
        ("wont-reset", "few-seconds", "nothing", "no-restart", "cant"),
        model=model,
        have=("pin", "original_adapter"),
    )
    page = state.current
    name = state.model.name
    assert (page.ref.ref, page.ref.stage) == ("guided-reset", 0), page.title
    assert (
        f"Where the button is on the {name}: usually underneath (or on the side: "
        "its source names both; other sources say on top or next to the microSD card slot)."
    ) in page.text
    old = started_under(guide, state, KB_RETIRED_RULES - 1).current
    assert old.id == page.id
    assert (
        f"{name}: maybe next to the microSD card slot (other sources say on top, underneath or on "
        "the side)."
    ) in old.text


def test_a_swann_alwayssafe_camera_is_added_in_the_alwayssafe_app(guide: Guide) -> None:
    """Session 69: the Swann Wi-Fi Pan & Tilt Camera (AlwaysSafe app), whose manual is the
    AlwaysSafe app's, was said to be added in the line's Swann Security app, and its "What
    stops you?" named only that app. A new session names the AlwaysSafe app as where it is
    added, the Swann Security app as where the sourced reset path is; a session started under
    rules 66 reads as before."""
    opening = ("wont-reset", "few-seconds", "nothing", "no-restart")
    start = {"model": "swann-wifi-pan-tilt-alwayssafe", "have": ("app", "pin", "original_adapter")}
    state = answered(guide, opening, **start)
    page = state.current
    assert page.title == "Reset in the app"
    assert "none gives one in the AlwaysSafe app, where this camera is added" in page.text
    why = answered(guide, (*opening, "cant"), **start).current
    assert why.title == "What stops you?"
    said = "I don't have a phone with the AlwaysSafe app or the Swann Security app"
    assert said in [a.label for a in why.answers]
    old = started_under(guide, state, KB_RETIRED_RULES - 1).current
    assert old.id == page.id
    assert "AlwaysSafe" not in old.text
