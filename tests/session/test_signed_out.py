"""Someone told the Tapo app's reset needs them signed in is not then asked whether the Tapo
app finds the camera: its check asks about the camera's own setup Wi-Fi (merged-diff review
66, I #6)."""

from __future__ import annotations

from collections.abc import Callable

from tests.session.conftest import Driver

from camreset.core.report import build_report, render_text
from camreset.core.session import rules

MakeDriver = Callable[..., Driver]
HAVE = ("pin", "app", "original_adapter", "other_outlet")
WIFI_TITLE = "Does a Wi-Fi network named like Tapo_Cam_XXXX show on your phone?"
APP_TITLE = "Does the Tapo app find it as a new camera?"


def _past_the_light(make_driver: MakeDriver, model: str, *opening: str) -> Driver:
    """The review's walk: `opening`, then "Done" (or "Not sure") up to the reset's setup-mode
    check, answered "I can't see this camera's light"."""
    d = make_driver(model=model, have=HAVE, opening=True)
    for answer in opening:
        d.send(answer)
    for _ in range(20):
        step = d.state.current
        if step.offers("no-light") and step.ref.ref != "status-light":
            d.send("no-light")
            return d
        d.pick("done", "not_sure")
    raise AssertionError("no setup-mode check")


def test_a_locked_out_owner_is_asked_about_the_cameras_own_wifi(make_driver: MakeDriver) -> None:
    d = _past_the_light(make_driver, "tapo-c200", "forgot-password", "skip-questions")
    step = d.state.current
    assert step.title == WIFI_TITLE
    assert step.text.startswith("To be sure the reset took without signing in: open your phone")
    assert "start adding a new camera" not in step.text
    assert step.answer_label("yes") == "Yes, I see that network"
    d.send("yes")
    text = render_text(build_report(d.guide.kb, d.state, session_id="s1"))
    assert f"{WIFI_TITLE}\n" in text
    assert APP_TITLE not in text


def test_its_last_look_before_support_asks_about_the_wifi_too(make_driver: MakeDriver) -> None:
    d = _past_the_light(make_driver, "tapo-c200", "forgot-password", "skip-questions")
    for _ in range(60):
        step = d.state.current
        if step.title == "One more look before support" and "Wi-Fi" in step.text:
            break
        if step.offers("no-light") and step.ref.ref != "status-light":
            d.send("no-light")
        else:
            d.pick("no", "done", "not_sure")
    assert WIFI_TITLE in step.text
    assert "start adding a new camera" not in step.text
    assert step.answer_label("yes") == "Yes, I see that network"


def test_an_owner_who_is_signed_in_keeps_the_apps_check(make_driver: MakeDriver) -> None:
    assert _past_the_light(make_driver, "tapo-c200", "wont-reset").state.current.title == (
        APP_TITLE
    )


def test_a_camera_with_no_sourced_setup_wifi_keeps_the_apps_check(
    make_driver: MakeDriver,
) -> None:
    """No source names an Arlo's setup Wi-Fi: nothing else is said instead."""
    d = _past_the_light(make_driver, "arlo-pro-4", "forgot-password", "skip-questions")
    assert d.state.current.title == "Does the Arlo Secure app find it as a new camera?"


def test_a_log_written_before_keeps_the_apps_check(make_driver: MakeDriver) -> None:
    d = _past_the_light(make_driver, "tapo-c200", "forgot-password", "skip-questions")
    started, *rest = d.state.events
    assert started.data["rules"] >= rules.SIGNED_OUT_RULES
    old = started.model_copy(update={"data": {**started.data, "rules": rules.SIGNED_OUT_RULES - 1}})
    before = d.guide.replay([old, *rest]).current
    assert before.id == d.state.current.id
    assert before.title == APP_TITLE
