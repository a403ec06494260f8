"""A buyer whose hub-paired camera came without its hub, and who has none yet, can say so where
adding it is asked about, and is told what the camera needs (session-65 diff review, H #6:
"What went wrong when you added it?" had no answer for "I have no hub yet")."""

from __future__ import annotations

from typing import Any

import pytest
from tests.session.conftest import Driver, second_hand

from camreset.core.kb import KnowledgeBase
from camreset.core.present.feedback_words import feedback_question
from camreset.core.present.fixed_words import still_not_right
from camreset.core.report import build_report, render_text
from camreset.core.session import Guide

TROUBLE_TITLE = "What went wrong when you added it?"


def _to_add_trouble(make_driver: Any, model: str, *said: str) -> Driver:
    """A buyer who did the reset, could not do the app's check nor add it again."""
    return _on_to_add_trouble(second_hand(make_driver, model, *said))


def _on_to_add_trouble(d: Driver) -> Driver:
    """Reset it, then fail to add it again, until "What went wrong when you added it?"."""
    for _ in range(30):
        step = d.state.current
        if step.title == TROUBLE_TITLE or d.state.finished:
            break
        if "setup mode" in step.title:
            d.send("yes")
        elif step.offers("cant") and ("new camera" in step.title or step.title == "Add it again"):
            d.send("cant")
        else:
            d.send("done" if step.offers("done") else step.answers[0].id)
    assert d.state.current.title == TROUBLE_TITLE
    return d


@pytest.mark.parametrize(
    ("model", "hub"),
    [("arlo-pro-3", "Arlo SmartHub"), ("tapo-c420", "Tapo H200 hub")],
)
def test_a_buyer_with_no_hub_yet_can_say_so_and_is_told_to_get_one(
    make_driver: Any, kb: KnowledgeBase, guide: Guide, model: str, hub: str
) -> None:
    """They had said the camera "came without the Arlo SmartHub", were asked to add it through
    that hub, and on "What went wrong when you added it?" had to pick a wrong cause or skip."""
    d = _to_add_trouble(make_driver, model, "no-hub")
    asked = d.state.current
    assert asked.answer_label("no-hub-yet") == f"I have no {hub} yet"
    ids = [a.id for a in asked.answers]
    assert ids.index("no-hub-yet") < ids.index("not_sure")  # among the answers, not way-outs
    d.send("no-hub-yet")
    end = d.state.current
    assert d.state.finished and d.state.outcome == "stopped"
    assert end.title.startswith("Get an " if hub[0] == "A" else "Get a ")
    assert end.title.endswith(f"{hub} of your own first")
    assert end.text.startswith(f"You said you have no {hub} yet. Its sources say the ")
    assert "This session stops here" in end.text
    assert [f.name for f in end.facts] == ["pairs_via"]  # the fact, with its source
    assert end.facts[0].sources
    # its question and way on wait for the hub, not for support to fix a fault
    question = feedback_question(d.state.outcome, end.ref.ref)
    assert question == "Once you have added it through your own hub: is it working?"
    assert "warranty" not in (still_not_right(d.state.outcome, end.ref.ref) or "warranty")
    text = render_text(build_report(kb, d.state, session_id="s1"))
    assert f"I have no {hub} yet" in text
    assert "to get a" in text and "the report is for support" not in text
    again = guide.replay(d.state.events)  # a saved session replays to the same end
    assert again.current.title == end.title and again.history == d.state.history
    d.send(None, type="undo")  # and "Back" leads to the question again
    assert d.state.current.title == TROUBLE_TITLE and not d.state.finished


def test_a_camera_that_pairs_through_no_hub_is_not_offered_the_answer(make_driver: Any) -> None:
    d = _on_to_add_trouble(make_driver(model="tapo-c200", have=("pin", "app")))
    assert not d.state.current.offers("no-hub-yet")


def test_a_buyer_who_then_added_it_through_their_own_hub_is_not_said_fixed_by_support(
    make_driver: Any, kb: KnowledgeBase
) -> None:
    """After "I have no Arlo SmartHub yet" and "Yes", the report said "Not solved at home;
    fixed since with support's help" and "Fixed by support: yes", and the end page offered
    "Yes, it is fixed" (merged-diff review 66, I #3): support did nothing, a hub was bought."""
    d = _to_add_trouble(make_driver, "arlo-pro-3", "no-hub")
    d.send("no-hub-yet")
    assert d.state.current.answer_label("yes") == "Yes, it works"
    d.send("yes", type="feedback")
    text = render_text(build_report(kb, d.state, session_id="s1"))
    assert "support's help" not in text and "Fixed by support" not in text
    assert "added through it since, as the person said" in text
    assert "Works through their own hub: yes" in text
