"""A camera said to be on a recorder's port, whose app the person said they can't get: the
check after its reset looks on that recorder and its page, not only in the app (phone review
73, F #10). A log started before RECORDER_FEED_RULES keeps the app's words it was shown."""

from __future__ import annotations

from collections.abc import Callable

from tests.session.conftest import Driver, replayed_under

from camreset.core.session.later_rules import RECORDER_FEED_RULES

MakeDriver = Callable[..., Driver]
TOLD = {
    "reason": "wont-reset",
    "app": "cant",
    "power-kind": "network-cable",
    "status-light": "no-light",
}


def _to_the_check(make_driver: MakeDriver, feed: str) -> Driver:
    """A Swann NHD-818 walked as the review did (no app, on PoE, no light seen) to the check
    after its first reset, its cable said to plug into `feed`."""
    d = make_driver(model="swann-nhd-818", have=("pin", "poe_port"), opening=True)
    told = {**TOLD, "poe-source": feed}
    for _ in range(20):
        step = d.state.current
        if step.offers("yes"):
            return d
        ref = step.ref.ref
        d.send(told[ref]) if ref in told and step.offers(told[ref]) else d.pick("not_sure", "done")
    raise AssertionError("no check")


def test_on_the_recorder_without_the_app_the_check_names_the_recorder(
    make_driver: MakeDriver,
) -> None:
    """It read "Does the Swann Security app find it as a new camera, or does its web page ask
    for a new password?" under "You said you can't get the Swann Security app now"."""
    d = _to_the_check(make_driver, "recorder")
    check = d.state.current
    assert check.title == "Does it ask for a new password on its page?"
    assert "Swann Security" not in check.title + check.text
    assert "look for it in the recorder's camera list" in check.text
    assert check.notices[0].startswith("On a recorder (NVR), a reset camera may be set up again")
    assert not [n for n in check.notices if "can't get the Swann Security app" in n]
    # the same pages before it, in the same order: only the check's words changed
    old = replayed_under(d, RECORDER_FEED_RULES - 1).current
    assert old.ref == check.ref


def test_on_a_switch_the_check_is_the_apps_still(make_driver: MakeDriver) -> None:
    """No recorder to look on: the page is the app's, with the notice that it is needed."""
    d = _to_the_check(make_driver, "switch")
    assert d.state.current.title.startswith("Does the Swann Security app find it")


def test_a_log_started_before_keeps_the_apps_words(make_driver: MakeDriver) -> None:
    d = _to_the_check(make_driver, "recorder")
    old = replayed_under(d, RECORDER_FEED_RULES - 1).current
    assert old.title.startswith("Does the Swann Security app find it as a new camera")
    assert any("can't get the Swann Security app" in n for n in old.notices)


def test_adding_it_again_on_the_recorder_starts_there(make_driver: MakeDriver) -> None:
    """Once reset, its "Add it again" page still read "In the Swann Security app, add a new
    camera and follow its steps: choose your home Wi-Fi …", and the check after it "Is it
    added in the Swann Security app …?": the app they had said they can't get, for a camera
    on its recorder's port (phone review 73 F, left over). Now both start at the recorder."""
    d = _to_the_check(make_driver, "recorder")
    d.send("yes")
    add = d.state.current
    assert (add.ref.ref, add.ref.stage) == ("add-again", 0)
    assert add.text.startswith("Add it on the recorder its cable runs to, as a new camera")
    assert "Swann Security" not in add.text and "Wi-Fi" not in add.text
    d.send("done")
    check = d.state.current
    assert (
        check.title == "Does its page (or your recorder) show the camera, with your new password?"
    )
    # only the words changed: the same pages, in the same order, as before
    old = replayed_under(d, RECORDER_FEED_RULES - 1).current
    assert old.ref == check.ref
    assert old.title.startswith("Is it added in the Swann Security app")


def test_adding_it_again_on_a_switch_is_the_apps_still(make_driver: MakeDriver) -> None:
    """No recorder to add it on: the app's way, as before."""
    d = _to_the_check(make_driver, "switch")
    d.send("yes")
    assert d.state.current.text.startswith("In the Swann Security app")
