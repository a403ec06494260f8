"""A model found on the label after a session started without it (session 71, helpdesk review
leftover): the session goes on with the model's own steps, keeping what still holds."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from tests.session.conftest import T0, Driver, start_event

from camreset.core.kb.knowledge import OTHER
from camreset.core.kb.power_values import PowerKind
from camreset.core.report import build_report, render_text
from camreset.core.session import Command, Guide, SessionEvent, SessionState
from camreset.core.session.later_rules import MODEL_FOUND_RULES
from camreset.core.session.rules import RULES, RULES_KEY
from camreset.errors import ModelFoundError, SessionError

OPENING = ("wont-reset", "few-seconds", "nothing", "no-restart")


def _found(d: Driver, model: str, minutes: int = 40, **data: Any) -> None:
    cmd = Command("found", data={"model": model, **data})
    d.state = d.guide.extend(
        d.state, [d.guide.command(d.state, cmd, T0 + timedelta(minutes=minutes))]
    )


def _ring_doorbell(guide: Guide, **start: Any) -> Driver:
    """A Ring doorbell of unknown model: the opening, "How is it powered?", then the pin."""
    d = Driver(guide, start_event(guide, line="ring", form_factor="doorbell", have=None, **start))
    for answer in OPENING:
        d.send(answer)
    assert d.state.current.title == "How is the doorbell powered?"
    return d


def test_the_found_model_s_own_steps_follow_with_the_opening_and_what_is_at_hand(
    guide: Guide,
) -> None:
    d = _ring_doorbell(guide)
    d.send("doorbell-wiring")  # a way the Video Doorbell 3 is powered too
    for _ in range(100):  # "Find a paperclip": yes
        if d.state.current.ref.kind != "tool":
            break
        d.send("have")
    else:
        raise AssertionError("100 steps and still: d.state.current.ref.kind == 'tool'")
    before = d.state
    assert before.model.generic and before.model.name == "Ring camera (doorbell)"
    _found(d, "ring-video-doorbell-3")
    after = d.state
    assert after.model.name == "Ring Video Doorbell 3" and not after.model.generic
    assert after.events[0] == before.events[0]  # the same session, its start untouched
    assert after.current.ref.seq == before.current.ref.seq + 1  # the page before is stale
    assert after.reason == "wont-reset"  # the opening is not asked again
    assert after.current.ref.kind != "opening"
    assert after.fold.said_power == before.fold.said_power  # doorbell wiring: said once
    assert "pin" in after.have
    assert [h.title for h in after.history] == [h.title for h in before.history]  # as shown
    notice = after.current.notice or ""
    assert notice.startswith("Model found: Ring Video Doorbell 3. The steps are now its own.")
    assert "how it is powered" in notice and "what you have at hand" in notice
    assert guide.replay(after.events).current.id == after.current.id


def test_an_answer_the_found_model_s_page_does_not_offer_is_asked_again(guide: Guide) -> None:
    """ "A power adapter" fits a Ring doorbell of any model, not a Video Doorbell 3 (a battery or
    doorbell wiring): it is not replayed as if it did, nor offered as "pick it again"."""
    d = _ring_doorbell(guide)
    d.send("adapter")
    _found(d, "ring-video-doorbell-3")
    assert d.state.fold.said_power is None
    assert d.state.current.title == "How is the doorbell powered?"
    assert not d.state.current.offers("adapter")
    assert "Last time you answered" not in (d.state.current.notice or "")


def test_the_usual_steps_tried_are_not_counted_as_the_model_s_but_a_reset_that_took_stays(
    make_driver: Any,
) -> None:
    d = make_driver(opening=True, line=OTHER, form_factor="indoor", power=PowerKind.adapter)
    for answer in OPENING:
        d.send(answer)
    for _ in range(100):  # the usual reset: done, and every check said yes
        if d.state.phase != "reset":
            break
        d.send("yes" if d.state.current.offers("yes") else "done")
    else:
        raise AssertionError("100 steps and still: d.state.phase == 'reset'")
    d.send("done")  # "Add it again": done
    assert d.state.phase == "setup" and d.state.tried
    _found(d, "tapo-c200")
    assert d.state.model.name == "Tapo C200"
    assert d.state.phase == "setup"  # in setup mode whatever its model: not reset again
    assert d.state.tried == ()  # its attempts' hold and button were the usual ones
    assert d.state.current.title == "Add it again"
    assert "that the reset already worked" in (d.state.current.notice or "")


def test_undo_takes_back_answers_since_the_model_was_found_then_the_model_itself(
    guide: Guide,
) -> None:
    """A model picked wrongly could never be corrected (session 71, merged-diff review N F1):
    with no answer since, undo takes the model found back, and another can be found; the
    answers before it stay (they were on the usual steps)."""
    d = _ring_doorbell(guide)
    before = d.state
    _found(d, "ring-video-doorbell-3")
    first = d.state.current.title
    d.send(d.state.current.answers[0].id)
    assert d.state.can_undo
    d.send(None, "undo")
    assert d.state.model.name == "Ring Video Doorbell 3"
    assert d.state.current.title == first and d.state.can_undo
    d.send(None, "undo")  # nothing answered since: the model found is taken back
    assert d.state.model.generic and d.state.current.title == before.current.title
    assert [h.title for h in d.state.history] == [h.title for h in before.history]
    _found(d, "ring-video-doorbell-2", minutes=45)
    assert d.state.model.name == "Ring Video Doorbell 2"
    assert d.state.events[0] == before.events[0]  # the same session
    assert guide.replay(d.state.events).model.name == "Ring Video Doorbell 2"
    text = render_text(build_report(guide.kb, d.state))
    assert "Ring Video Doorbell 2" in text
    assert text.count("Ring Video Doorbell 3") == 1  # only as taken back (session 72)
    assert "Model found — Ring Video Doorbell 3; taken back at" in text


def test_an_answer_taken_back_after_the_model_was_found_is_listed_once(guide: Guide) -> None:
    """One undo after the model was found read as two in the report's "taken back" (session 71,
    merged-diff review N F12); one taken back before it stays listed too."""
    d = _ring_doorbell(guide)
    d.send("adapter")
    d.send(None, "undo")
    _found(d, "ring-video-doorbell-3")
    d.send("battery")
    d.send(None, "undo")
    report = build_report(guide.kb, d.state)
    assert [(t.title, t.answer_label) for t in d.state.taken_back] == [
        ("How is the doorbell powered?", "A power adapter in a wall socket (or USB)"),
        ("How is the doorbell powered?", "A battery (maybe with a solar panel)"),
    ]
    assert len(report.taken_back) == 2
    assert guide.replay(d.state.events).taken_back == d.state.taken_back


def test_a_model_of_another_brand_or_a_doorbell_for_a_camera_is_refused_saying_why(
    make_driver: Any, guide: Guide
) -> None:
    """ "Ring, doorbell" became a Tapo C200 in one tap (session 71, merged-diff review N F6):
    a label read off another camera or box is refused, in words naming both."""
    d = _ring_doorbell(guide)
    with pytest.raises(ModelFoundError) as refused:
        _found(d, "tapo-c200")
    assert str(refused.value) == (
        "You started with a Ring doorbell; the Tapo C200 is a TP-Link pan-tilt camera. Check the "
        "label on the camera you are resetting, or start a new session for that camera."
    )
    assert d.state.model.generic
    other = make_driver(opening=True, line=OTHER, form_factor="doorbell")
    with pytest.raises(ModelFoundError, match="You started with a doorbell; the Tapo C200"):
        _found(other, "tapo-c200")
    _found(d, "ring-video-doorbell-3")  # its own brand and shape: taken
    assert d.state.model.name == "Ring Video Doorbell 3"


def test_a_session_with_a_model_is_refused_in_plain_words(make_driver: Any) -> None:
    d = make_driver(model="tapo-c200")
    with pytest.raises(ModelFoundError, match="already has a model: Tapo C200"):
        _found(d, "tapo-c210")


def test_the_report_says_when_the_model_was_found_and_what_the_session_started_as(
    guide: Guide,
) -> None:
    d = _ring_doorbell(guide)
    _found(d, "ring-video-doorbell-3", minutes=40)
    text = render_text(build_report(guide.kb, d.state))
    assert "Camera:       Ring Video Doorbell 3, doorbell" in text
    assert (
        "Model found:  on the label at 12:40 (started as: Ring, model not known, doorbell)"
    ) in text
    assert "exact model not known" not in text


def _under(rules: int, event: SessionEvent) -> SessionEvent:
    return event.model_copy(update={"data": {**event.data, RULES_KEY: rules}})


def test_a_log_started_under_rules_68_replays_as_before_and_takes_no_model_found(
    guide: Guide,
) -> None:
    assert RULES >= MODEL_FOUND_RULES == 69
    d = _ring_doorbell(guide)
    old_events = [_under(68, d.state.events[0]), *d.state.events[1:]]
    old: SessionState = guide.replay(old_events)
    assert old.fold.rules == 68 and old.model.generic
    assert old.current.id == d.state.current.id  # the same pages as before
    with pytest.raises(ModelFoundError, match="started before camreset could take a model"):
        guide.command(old, Command("found", data={"model": "ring-video-doorbell-3"}), T0)
    found = SessionEvent(type="model-found", at=T0, data={"model": "ring-video-doorbell-3"})
    with pytest.raises(SessionError, match="not read in a log under rules 68"):
        guide.replay([*old_events, found])


def test_the_first_page_after_the_model_found_does_not_say_the_time_grew_for_an_answer(
    guide: Guide,
) -> None:
    """ "This will take longer than we said: what you told us points to …" read on the page
    after the model was found, though nobody had answered anything."""
    d = Driver(guide, start_event(guide, line="ring", form_factor="doorbell", have=["pin"]))
    d.send("wont-reset")
    d.send("few-seconds")
    _found(d, "ring-video-doorbell-3")
    assert d.state.current.title == "Did the doorbell react while you held the button?"
    assert d.state.progress.time_left.grew is None


def test_a_session_stopped_on_the_usual_steps_goes_on_once_the_model_is_found(
    guide: Guide,
) -> None:
    """ "Stop here and give me the report" ended the usual steps; the label read afterwards
    gives the model's own, which that "stop" was never said to."""
    d = _ring_doorbell(guide)
    d.send("stop")
    assert d.state.finished
    _found(d, "ring-video-doorbell-3")
    assert not d.state.finished
    assert d.state.current.title == "How is the doorbell powered?"


def test_the_model_found_keeps_who_found_it_and_an_older_event_reads_as_another_screen(
    guide: Guide,
) -> None:
    """A `model-found` kept no screen marks, so no screen could say who found the model
    (merged-diff review 71 N, F2). Its marks are keys only added: an event without them (logged
    before) replays the same, and is said as "another screen", as any event that does not say."""
    from camreset.core.present.moved_words import moved_words
    from camreset.core.session.screens import BY, HELPDESK, SCREEN, STARTER, VIA

    d = _ring_doorbell(guide)
    _found(d, "ring-video-doorbell-3", **{SCREEN: STARTER, "color": "red"})
    event = d.state.events[-1]
    assert event.data == {"model": "ring-video-doorbell-3", SCREEN: STARTER}  # marks only
    said = moved_words(d.state)
    assert said.said == (
        "The screen that started the session found the model: Ring Video Doorbell 3."
    )
    older = SessionEvent(type=event.type, at=event.at, data={"model": "ring-video-doorbell-3"})
    replayed = guide.replay([*d.state.events[:-1], older])
    assert replayed.current.id == d.state.current.id and replayed.history == d.state.history
    assert moved_words(replayed).said == "Another screen found the model: Ring Video Doorbell 3."

    d = _ring_doorbell(guide)
    _found(d, "ring-video-doorbell-3", **{VIA: "api", BY: HELPDESK})
    assert moved_words(d.state).said == "The helpdesk found the model: Ring Video Doorbell 3."
    assert moved_words(d.state, who="An earlier request").said == (
        "An earlier request found the model: Ring Video Doorbell 3."
    )
