"""Facts the knowledge base gained from the KB source audit of session 67 (marked `since: 65`):
a new session's steps use them, and a log started before replays with the words it was shown."""

from __future__ import annotations

from typing import Any

from tests.session.conftest import answered, started_under

from camreset.core.session import Guide, SessionState
from camreset.core.session.rules import RULES

OPENING = ("wont-reset", "few-seconds", "nothing", "no-restart")


def _at(guide: Guide, title: str, **start: Any) -> SessionState:
    """A session walked past the opening to the first page whose title starts with `title`,
    each page before it answered "done" (or "have", "yes", "a battery", "charged"); no app at hand
    for an app's reset."""
    answers = list(OPENING)
    for _ in range(12):
        state = answered(guide, answers, **start)
        if state.current.title.startswith(title):
            return state
        page = state.current
        app = page.title.startswith("Get the") and page.title.endswith("app on a phone")
        said = next(a for a in ("done", "have", "yes", "battery", "charged") if page.offers(a))
        answers.append("cant" if app else said)
    raise AssertionError(f"no page {title!r} after {answers}")


def test_every_arlo_hold_page_gives_both_times_its_sources_give(guide: Guide) -> None:
    """KB audit 67, F3: one Arlo guide gives 10 s for any Arlo, scOS 15 s (its "15-Second
    Rule"); the Pro 5S's page said 10 s and the Pro 4's 15 s, each with no word of the other."""
    for model, first in (("arlo-pro-5s", "at least 10"), ("arlo-pro-4", "15")):
        state = _at(
            guide,
            "Hold",
            model=model,
        )
        text = state.current.text
        assert f"keep holding for {first} seconds" in text
        assert "The sources differ on how long to hold (10 to 15 seconds)" in text
        assert state.events[0].data["rules"] == RULES >= 65
        old = started_under(guide, state, 64).current
        assert old.id == state.current.id
        assert "differ on how long" not in old.text


def test_a_hold_watching_for_the_usual_signs_gives_the_makers_factory_restore_light(
    guide: Guide,
) -> None:
    """KB audit 67, F4: Ring's own light table ("Factory restore: short rapid flashing burst of
    light") was on the Stick Up Cam's card, while its hold page said only what cameras usually
    do. A camera whose sources give no such row reads as before."""
    text = _at(guide, "Hold", model="ring-stick-up-cam-battery").current.text
    assert (
        "what cameras usually do. Its maker's light table gives this for a factory restore: "
        "short rapid flashing burst of light. The sources differ" in text
    )
    doorbell = _at(guide, "Hold", model="ring-battery-doorbell").current.text
    assert "usually do. The sources differ on how long" in doorbell


def test_a_swann_smart_security_camera_is_set_up_in_its_own_manuals_app(guide: Guide) -> None:
    """KB audit 67, F5: the SWWHD-INTCAM's own manual is for the SAFE by Swann app, yet its steps
    said "Get the Swann Security app" and gave that app's reset path (a recorder kit's camera's)
    as its own. Now its app is its manual's, and the path's page says no source gives it there."""
    state = _at(guide, "Get the", model="swann-swwhd-intcam")
    assert state.current.title == "Get the SAFE by Swann app on a phone"
    old = started_under(guide, state, 64).current
    assert old.title == "Get the Swann Security app on a phone"
    in_app = answered(guide, (*OPENING, "have"), model="swann-swwhd-intcam").current
    assert in_app.title == "Reset in the app"
    assert (
        "The sources give this path in the Swann Security app; none gives one in the SAFE by "
        "Swann app, where this camera is added." in in_app.text
    )
    # not "The camera must show as online in the Swann Security app" (merged-diff review 67, N #9)
    assert in_app.text.startswith(
        "It works only if the camera is also listed, and online, in the Swann Security app. There,"
    )
    assert "must show as online" not in in_app.text


def test_a_swann_battery_cameras_button_is_often_where_its_guide_says(guide: Guide) -> None:
    """KB audit 67, F5: scOS puts a wire-free Swann's reset hole "often" near the charging port
    or under a silicone flap; the page said "usually"."""
    state = _at(guide, "Get ready", model="swann-swwhd-intcam")
    assert ": often next to the charging port, or under a silicone flap." in state.current.text
    old = started_under(guide, state, 64).current
    assert ": usually next to the charging port, or under a silicone flap." in old.text


def test_a_blink_outdoor_4s_button_is_usually_where_its_one_guide_says(guide: Guide) -> None:
    """KB audit 67, F6: the Outdoor 4's one guide says its reset button is "typically" on the
    back or bottom; its page said "on the back" as known. Older logs read as they were shown."""
    state = _at(guide, "Get ready", model="blink-outdoor-4")
    said = ": usually on the back (or underneath: its source names both)."
    assert f"Blink Outdoor 4{said}" in state.current.text
    old = started_under(guide, state, 64).current
    assert "Blink Outdoor 4: on the back (or underneath" in old.text
