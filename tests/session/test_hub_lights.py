"""Where the person checks the hub a camera pairs through, the page says what the hub's
lights mean, each meaning with its source (a Blink Sync Module's chart)."""

from __future__ import annotations

from typing import Any

from tests.session.test_flow import EVERYTHING


def _hub_lights(step: Any) -> list[Any]:
    lights = [f for f in step.facts if f.name == "hub_lights"]
    texts = " | ".join(f.text for f in lights)
    assert "blinks blue with a steady green" in texts and "steady red" in texts, texts
    assert all(f.sources == ("blink-support-2258854",) for f in lights)
    return lights


def test_asking_and_checking_a_sync_module_show_what_its_lights_mean(make_driver: Any) -> None:
    """The question asked whether the hub's "light is normal", and the page after it said
    to check that it is, leaving the person to guess what normal is: Blink's LED chart was
    only among the card's other tips."""
    d = make_driver(model="blink-outdoor-4", have=EVERYTHING)
    seen: list[str] = []
    for _ in range(40):
        step = d.state.current
        if d.state.finished or step.ref.ref == "hub-check":
            break
        if step.ref.ref == "hub-online":
            _hub_lights(step)
            seen.append("question")
            d.send("offline")  # the person reads the chart: not online
            continue
        d.pick("no", "done", "not_sure", "cant")
    assert seen == ["question"]
    assert d.state.current.ref.ref == "hub-check", d.state.current.title
    _hub_lights(d.state.current)


def test_a_camera_without_a_hub_is_never_shown_hub_lights(make_driver: Any) -> None:
    d = make_driver(model="tapo-c200", have=EVERYTHING)
    for _ in range(40):
        if d.state.finished:
            break
        assert not [f for f in d.state.current.facts if f.name == "hub_lights"]
        d.pick("no", "done", "not_sure", "cant")


def test_the_password_step_of_a_sync_module_camera_shows_its_red_light(make_driver: Any) -> None:
    """Blink's chart gives the Sync Module's steady red for a network it cannot join, maybe a
    wrong Wi-Fi password: the step that asks to check the password shows it beside the words."""
    d = make_driver(model="blink-outdoor-4", have=EVERYTHING, opening=True)
    d.send("cant-add")
    for _ in range(30):
        step = d.state.current
        if d.state.finished or step.ref.ref == "check-wifi-details":
            break
        if step.ref.ref == "add-trouble":
            d.send("join-failed")
            continue
        d.pick("online", "done", "no")
    assert d.state.current.ref.ref == "check-wifi-details", d.state.current.title
    _hub_lights(d.state.current)


def test_a_simplisafe_base_station_is_judged_by_simplisafes_own_chart(make_driver: Any) -> None:
    """An Outdoor Camera Series 2 pairs through the Base Station: "is it online, with its
    light normal?" shows SimpliSafe's chart (the power light, the trouble light)."""
    d = make_driver(model="simplisafe-outdoor-camera-series-2", have=EVERYTHING)
    for _ in range(40):
        step = d.state.current
        if d.state.finished or step.ref.ref in ("hub-online", "hub-check"):
            break
        d.pick("no", "done", "not_sure", "cant")
    step = d.state.current
    assert step.ref.ref in ("hub-online", "hub-check"), step.title
    texts = " | ".join(f.text for f in step.facts if f.name == "hub_lights")
    assert "power adapter is supplying power" in texts and "blinking yellow" in texts, texts


def test_the_hub_step_says_how_to_bring_an_offline_hub_back_and_where_its_lights_are(
    make_driver: Any,
) -> None:
    """A hub review: the hub step said to check that the hub's "light is normal", though
    Blink's chart is on the page, and said nothing to do about a hub the app shows offline,
    the thing the step is there to fix. It also put the camera "within a few metres" of the
    hub, a distance no source gives."""
    for model, lit in (
        ("blink-outdoor-4", "its lights say so too (“What the hub's lights mean” says which)"),
        ("eufy-eufycam-2c", "with its light as it usually is"),
    ):
        d = make_driver(model=model, have=EVERYTHING)
        for _ in range(40):
            if d.state.finished or d.state.current.ref.ref == "hub-check":
                break
            d.pick("no", "offline", "done", "not_sure", "cant")
        text = d.state.current.text
        assert d.state.current.ref.ref == "hub-check", (model, d.state.current.title)
        assert lit in text, (model, text)
        assert "offline, unplug it for a minute, plug it back in" in text
        assert "few metres" not in text and "near it for the reset" in text


def test_a_console_is_not_called_a_hub_nor_the_camera_wired_straight_to_it(kb: Any) -> None:
    """Product review 48: a UniFi camera's console page said "unplug the hub", and that its
    network cable runs to the console, where it runs to a PoE switch."""
    from camreset.core.guide.plan import compile_plan
    from camreset.core.kb.resolve import resolve_model
    from camreset.core.present.step import StepRef
    from camreset.core.present.steps import StepRenderer

    plan = compile_plan(kb, resolve_model(kb, "unifi-g4-bullet"))
    text = StepRenderer(kb, plan).step(StepRef(0, "action", "hub-check-add", 0)).text
    assert "If the app shows the UniFi Protect console offline, restart it from its own" in text
    assert "hub" not in text.replace("hub-check", "")
    assert "its network cable runs to it or to a switch on that network" in text


def test_the_check_after_a_reset_adds_a_hub_camera_through_its_hub(kb: Any) -> None:
    """A hub review: after the reset a Sync Module camera was to be found by "start adding a
    new camera" in the app, though its adding step says to add it through the Sync Module."""
    from camreset.bench.sim.plans import PlanBook

    book = PlanBook(kb)
    checked = book["blink-outdoor"].stage("guided-reset", 5)
    assert "start adding a new camera through the Blink Sync Module and follow" in checked.text
    plain = book["tapo-c200"].stage("guided-reset", 5)
    assert "start adding a new camera and follow it" in plain.text
