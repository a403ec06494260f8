""" "Not sure" on an attempt's page is not read as done, and no later page presumes what the
person never reported (phone review 60, #13: a Blink Outdoor 4's owner, not sure what the
Sync Module was, went straight on to "Is it added?", then, not sure of that either, to "Does
it still show its picture?")."""

from __future__ import annotations

from collections.abc import Callable

from tests.session.conftest import Driver, done_to_setup_check

from camreset.core.engine.evidence import ActionFailed
from camreset.core.session.rules import NOT_SURE_KEPT_RULES

BLINK = {"model": "blink-outdoor-4", "have": ("pin", "app")}
NOT_FOUND = ("cant-add", "not-found")
"""It reset, but the app did not find it: the hub's page comes first."""


def test_a_second_look_after_not_sure_does_not_say_still(
    make_driver: Callable[..., Driver],
) -> None:
    d = make_driver(opening=True, **BLINK)
    for answer in (*NOT_FOUND, "done"):
        d.send(answer)
    assert d.state.current.title.startswith("Is it added in the Blink app")
    d.send("not_sure")
    title = d.state.current.title
    assert d.state.current.ref.ref == "hub-check-add" and d.state.current.ref.stage == 2
    assert "still" not in title.lower(), title


def _on_the_hub_page(make_driver: Callable[..., Driver]) -> Driver:
    d = make_driver(opening=True, **BLINK)
    for answer in NOT_FOUND:
        d.send(answer)
    assert (d.state.current.ref.ref, d.state.current.title) == (
        "hub-check-add",
        "The Blink Sync Module",
    )
    return d


def test_not_sure_on_the_hub_page_keeps_it_open_and_says_what_the_hub_is(
    make_driver: Callable[..., Driver],
) -> None:
    d = _on_the_hub_page(make_driver)
    d.send("not_sure")
    step = d.state.current
    assert (step.ref.ref, step.ref.stage, step.title) == (
        "hub-check-add",
        0,
        "The Blink Sync Module",
    )
    assert step.notice is not None
    assert "The Blink Sync Module is the box Blink cameras pair through" in step.notice
    assert "Back after “Not sure”: do it if you can" in step.notice
    assert d.state.history[-1].result == "not sure it was done: the step stays open"
    d.send("done")  # then done: on to its check, with no word of the "Not sure" left
    assert d.state.current.title.startswith("Is it added in the Blink app")
    assert not d.state.current.notice or "Back after “Not sure”" not in d.state.current.notice


def test_not_sure_twice_leaves_the_step_aside_unread_as_done(
    make_driver: Callable[..., Driver],
) -> None:
    d = _on_the_hub_page(make_driver)
    d.send("not_sure")
    d.send("not_sure")
    assert d.state.history[-1].result == "not sure it was done: set aside"
    assert d.state.current.ref.ref != "hub-check-add"  # no "Is it added?" after it
    assert "hub-check-add" in d.state.fold.excluded  # set aside, and no evidence either way
    assert ActionFailed("hub-check-add") not in d.state.fold.evidence


def test_a_log_written_before_that_reading_keeps_its_own(
    make_driver: Callable[..., Driver],
) -> None:
    d = _on_the_hub_page(make_driver)
    d.send("not_sure")
    started, *rest = d.state.events
    assert started.data["rules"] >= NOT_SURE_KEPT_RULES
    old = started.model_copy(update={"data": {**started.data, "rules": NOT_SURE_KEPT_RULES - 1}})
    before = d.guide.replay([old, *rest])
    assert before.current.title.startswith("Is it added in the Blink app")  # read as "Done"
    assert before.history[-1].result is None


def test_not_sure_on_a_wait_or_a_hold_keeps_its_own_reading(
    make_driver: Callable[..., Driver],
) -> None:
    """Only a page that asks for something to be done is kept: a hold's "Not sure" still asks
    what the camera did, a restart's still goes on."""
    d = make_driver(model="tapo-c200", have=("pin", "original_adapter", "app"))
    for _ in range(12):
        step = d.state.current
        if step.timer is not None:
            d.send("not_sure")
            assert d.state.current.ref.kind == "detour"
            return
        d.send("done" if step.offers("done") else "no")
    raise AssertionError("no hold")


def test_not_sure_on_the_restart_wait_still_goes_on(make_driver: Callable[..., Driver]) -> None:
    """A restart's "Not sure" still goes on to the check after it, neither kept on screen nor
    set aside (a change that dropped waits from the exceptions passed every test: diff
    review 62, #4)."""
    d = make_driver(model="tapo-c200", have=("pin", "original_adapter", "app"))
    for _ in range(20):
        step = d.state.current
        if step.title == "Let the camera restart":
            d.send("not_sure")
            after = d.state.current
            assert after.title != "Let the camera restart"
            assert after.ref.ref == step.ref.ref and after.ref.stage == step.ref.stage + 1
            return
        d.send("done" if step.offers("done") else "no")
    raise AssertionError("no restart wait")


def test_a_light_they_cannot_see_is_checked_in_the_app_instead(
    make_driver: Callable[..., Driver],
) -> None:
    """ "I can't do this" on "Is the camera in setup mode now?" failed the attempt as one nobody
    could check, and the next page asked about the light again, then sent a blind person to
    swap the adapter (accessibility review 65, #3). It now goes on to the app's check, which
    needs no sight; a log written before reads it as it did."""
    d = make_driver(model="tapo-c200", have=("pin", "app"))
    done_to_setup_check(d)
    d.send("cant")
    assert d.state.current.title == "Does the Tapo app find it as a new camera?"
    d.send("yes")
    assert d.state.phase == "setup"
    started, *rest = d.state.events
    at62 = started.model_copy(update={"data": {**started.data, "rules": 62}})
    before = d.guide.replay([at62, *rest[:-1]])
    assert before.current.title == "What is the status light doing right now?"
