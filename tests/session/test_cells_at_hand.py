"""New batteries at hand (review 73 F #2; session 75, helper D; session 76, helper A): a Blink
Outdoor 4 runs on new AA lithium cells only (Blink's page), and its "New batteries" page was the
first word of them, asked of someone who could not put any in. Now "What do you have at hand?"
offers them, named as its sources name them, and a checklist that leaves them unticked is not
sent to "New batteries": the page that says to make sure it has power says why the reset may not
finish. A log started before (rules 73) runs as it ran."""

from __future__ import annotations

from typing import Any

from tests.session.conftest import replayed_under

from camreset.core.session.later_rules import CELLS_AT_HAND_RULES

OWN_TRY = ("wont-reset", "few-seconds", "nothing", "no-restart", "battery", "low")
UNTICKED = "You said its battery is low, and new batteries are not among what you have at hand."


def _after_low(make_driver: Any, have: tuple[str, ...] | None) -> Any:
    d = make_driver(model="blink-outdoor-4", have=have, opening=True)
    for answer in OWN_TRY:
        assert d.state.current.offers(answer), (d.state.current.id, answer)
        d.send(answer)
    return d


def _at(state: Any) -> tuple[str, str, int]:
    ref = state.current.ref
    return ref.kind, ref.ref, ref.stage


def test_unticked_new_batteries_are_not_asked_for_and_the_next_page_says_why(
    make_driver: Any,
) -> None:
    d = _after_low(make_driver, ("pin", "app"))
    assert _at(d.state) == ("action", "guided-reset", 0)
    assert "Make sure it has power" in d.state.current.text
    said = " ".join(d.state.current.notices)
    assert UNTICKED in said and "get new ones of the kind it takes first" in said


def test_a_log_started_before_is_still_sent_to_new_batteries(make_driver: Any) -> None:
    d = _after_low(make_driver, ("pin", "app"))
    old = replayed_under(d, CELLS_AT_HAND_RULES - 1)
    assert _at(old) == ("action", "charge-battery", 0)
    assert old.current.title == "New batteries"


def test_ticked_new_batteries_are_put_in_first(make_driver: Any) -> None:
    d = _after_low(make_driver, ("pin", "app", "batteries"))
    assert _at(d.state) == ("action", "charge-battery", 0)
    assert "AA 1.5 V lithium" in d.state.current.text


def test_without_a_checklist_the_new_batteries_page_asks_once(make_driver: Any) -> None:
    d = _after_low(make_driver, None)
    assert _at(d.state) == ("action", "charge-battery", 0)  # no "Can you get …?" before it
    d.send("cant")
    after = d.state.current.ref
    assert after.kind != "detour" and after.ref != "batteries"  # nor "What stops you?" after it


def test_the_checklist_offers_them_for_single_use_cells_alone(make_driver: Any) -> None:
    guide = make_driver(model="blink-outdoor-4").guide
    assert "batteries" in guide.items_used("blink-outdoor-4", None, None)
    for rechargeable_or_wired in ("ring-stick-up-cam-battery", "blink-mini", "tapo-c200"):
        assert "batteries" not in guide.items_used(rechargeable_or_wired, None, None)


def test_before_support_it_asks_for_them_by_their_kind(make_driver: Any) -> None:
    d = _after_low(make_driver, ("pin", "app"))
    for _ in range(40):  # the resets fail; an unticked item worth getting is asked for
        if d.state.current.ref.kind in ("tool", "outcome"):
            break
        d.pick("no", "done", "not_sure")
    step = d.state.current
    assert (step.ref.kind, step.ref.ref) == ("tool", "batteries")
    assert "New batteries" not in [h.title for h in d.state.history]  # not offered before
    assert step.title == (
        "Can you get new batteries of the kind it takes: AA 1.5 V lithium, non-rechargeable only?"
    )
    d.send("have")
    assert _at(d.state) == ("action", "charge-battery", 0)
