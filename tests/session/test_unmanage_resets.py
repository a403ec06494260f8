"""A UniFi camera's Unmanage takes it off its console and restores its factory defaults (its
source, ui-help-reset-devices): a seller who has done it is asked to look at it before anyone
reaches for the button (technician review 74, G #4: the guide quoted "restores its factory
defaults", then sent them up a ladder to press the reset button of a camera already reset)."""

from __future__ import annotations

from typing import Any

from tests.session.conftest import replayed_under

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.report import build_report, outcome_words
from camreset.core.session.later_rules import KB_SINCE_72_RULES

HAVE = ("pin", "app", "poe_port")


def test_a_seller_who_unmanaged_a_unifi_camera_looks_for_setup_mode_before_the_button(
    make_driver: Any, kb: KnowledgeBase
) -> None:
    d = make_driver(model="unifi-g4-bullet", have=HAVE, opening=True)
    d.send("selling")
    assert "Unmanage" in d.state.current.text
    d.send("removed")
    step = d.state.current
    assert step.title == "Did removing it reset it?"
    assert step.text.startswith(
        "The sources say removing it from the app also resets it to its factory settings."
    )
    assert any("Unmanage" in f.text and f.sources for f in step.facts)
    d.send("yes")
    assert d.state.current.title == "It is ready for its new owner"
    report = build_report(kb, d.state)
    assert outcome_words(report) == "Done: reset for its new owner, and taken off the account"


def test_a_unifi_seller_started_before_goes_on_to_the_button_as_it_did(make_driver: Any) -> None:
    d = make_driver(model="unifi-g4-bullet", have=HAVE, opening=True)
    d.send("selling")
    d.send("removed")
    older = replayed_under(d, KB_SINCE_72_RULES - 1).current
    assert older.title != "Did removing it reset it?"
    assert older.title == "Have you pressed its reset button already?"
