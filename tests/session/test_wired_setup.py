"""After the reset, a wired camera that asks for a password it should not have: a recorder
may have taken it over again (issue 13, point 2), and asking where its cable runs tells
that apart from a reset that did not finish."""

from __future__ import annotations

from typing import Any

import pytest
from tests.session.conftest import T0, Driver, pages_shown, setup_mode_check, start_event

from camreset.core.kb.power_values import PowerKind
from camreset.core.kb.resolve import resolve_model
from camreset.core.present.setup_words import setup_values
from camreset.core.present.step import StepRef
from camreset.core.session import Command, Guide

WIRED = "hikvision-ds-2cd2343g2-iu"


def _attempts_after(d: Driver, on_recorder: str) -> list[str]:
    """Adding it fails with a password prompt every time; the network check is skipped."""
    d.send("cant-add")
    return pages_shown(d, {"on-recorder": on_recorder, "add-trouble": "asks-password"})


@pytest.mark.parametrize("answer", ["yes", "no"])
def test_a_cable_to_a_recorder_leads_to_adding_it_through_the_recorder(
    make_driver: Any, answer: str
) -> None:
    d = make_driver(model=WIRED, have=("pin", "computer"), opening=True)
    started = _attempts_after(d, answer)
    assert "on-recorder" in started
    after = started[started.index("on-recorder") + 1]
    assert (after == "add-through-recorder") is (answer == "yes")
    assert ("add-through-recorder" in started) is (answer == "yes")
    asked = next(e for e in d.state.history if e.ref.ref == "on-recorder")
    assert asked.title == "Does the camera's cable run to a recorder?"
    assert asked.answer_label.startswith("Yes, to a recorder" if answer == "yes" else "No, to a")


def test_only_a_wired_camera_is_asked_about_a_recorder(make_driver: Any) -> None:
    d = make_driver(model="tapo-c200", have=("pin", "app"), opening=True)
    assert "on-recorder" not in _attempts_after(d, "yes")


def _to_page(d: Driver, action: str, stage: int, answers: dict[str, str]) -> Any:
    for _ in range(40):
        now = d.state.current
        if now.ref.kind == "action" and (now.ref.ref, now.ref.stage) == (action, stage):
            return now
        if now.ref.ref in answers and now.offers(answers[now.ref.ref]):
            d.send(answers[now.ref.ref])
        else:
            d.pick("done", "no", "not_sure", "cant")
    raise AssertionError(f"never reached {action} page {stage}")


@pytest.mark.parametrize(
    ("said", "unplug", "back"),
    [
        ("network-cable", "Unplug the camera's network cable", "Plug its network cable back in."),
        ("adapter", "Unplug the camera from power", "Plug the camera back in."),
    ],
)
def test_the_power_the_person_names_decides_the_words(
    make_driver: Any, said: str, unplug: str, back: str
) -> None:
    """An Amcrest bullet runs on its adapter or on PoE: once the person says which, the
    steps name that ("unplug its network cable"), not "its adapter, or its network cable if
    it has none"."""
    answers = {
        "status-light": "steady",
        "felt-click": "yes",
        "saw-confirmation": "nothing",
        "power-kind": said,
        "outlet-test": "works",
        "poe-port-light": "on",
    }
    d = make_driver(model="amcrest-ip5m-t1179ew", have=("pin", "computer", "original_adapter"))
    cut = _to_page(d, "drained-power-cycle", 0, answers)
    assert any(h.ref.ref == "power-kind" for h in d.state.history)
    assert cut.text.startswith(unplug) and "if it has none" not in cut.text
    d.send("done")
    assert _to_page(d, "drained-power-cycle", 3, answers).text == back


def test_a_camera_powered_more_than_one_way_is_asked_how_before_about_its_outlet(
    make_driver: Any,
) -> None:
    """A Blink Outdoor 4 runs on batteries or USB: "does the outlet work?" waits until the
    person has said how it is powered (the reviewer's path asked about the outlet first)."""
    d = make_driver(model="blink-outdoor-4", have=None, opening=True)
    for answer in ("wont-reset", "few-seconds", "nothing", "no-restart"):
        d.send(answer)
    asked: list[str] = []
    for _ in range(40):
        if d.state.finished or d.state.current.ref.ref == "power-kind":
            break
        asked.append(d.state.current.ref.ref)
        d.pick("done", "no", "have", "cant")
    assert d.state.current.ref.ref == "power-kind" and "outlet-test" not in asked
    d.send("adapter")
    for _ in range(40):  # once it is said to be plugged in, its outlet may be asked about
        if d.state.finished or d.state.current.ref.ref == "outlet-test":
            break
        d.pick("done", "no", "have", "cant")
    assert d.state.current.ref.ref == "outlet-test"


def test_the_report_says_how_the_camera_is_powered_when_the_person_said_so(
    make_driver: Any, kb: Any
) -> None:
    """Support is told the power the person gave during the session, so the form does not
    ask for it again; a value they typed themselves wins."""
    from camreset.core.report import build_report, render_text

    d = make_driver(model="amcrest-ip5m-t1179ew", have=("pin", "computer"))
    answers = {"status-light": "steady", "felt-click": "yes", "saw-confirmation": "nothing"}
    for _ in range(30):
        now = d.state.current.ref.ref
        if now == "power-kind":
            break
        if now in answers:
            d.send(answers[now])
        else:
            d.pick("done", "no", "not_sure", "cant")
    d.send("network-cable")
    report = build_report(kb, d.state)
    assert report.details["power_source"] == (
        "PoE (power over the network cable) (answered in the session)"
    )
    assert "PoE (power over the network cable)" in render_text(report)
    d.send(None, type="details", data={"power_source": "an injector"})
    assert build_report(kb, d.state).details["power_source"] == "an injector"


def test_the_power_named_when_the_session_began_is_in_the_report(make_driver: Any, kb: Any) -> None:
    """A Ring doorbell of unknown model started as "battery" (the API's `power`, the shape
    page's choice): support is told, as it is for a power answered later (a reviewer found
    no "Powered by" line)."""
    from camreset.core.kb.power_values import PowerKind
    from camreset.core.report import build_report, render_markdown

    d = make_driver(line="ring", form_factor="doorbell", power=PowerKind.battery)
    report = build_report(kb, d.state)
    assert report.details["power_source"] == "battery (given when the session began)"
    assert "**Powered by:** battery (given when the session began)" in render_markdown(report)


def test_a_camera_added_only_over_its_cable_gets_no_wifi_or_app_steps(kb: Any) -> None:
    """A Dahua dome whose sources give only ConfigTool and its web page for setting it up
    again, on a cable even when an adapter powers it: no Wi-Fi band, WPA3, phone-permission
    or app-update causes, and "is it added?" means its page (an installer reviewer was sent
    to 2.4 GHz Wi-Fi and the DMSS app). A Tapo keeps them all."""
    from camreset.core.guide.plan import compile_plan
    from camreset.core.kb.resolve import resolve_model
    from camreset.core.present.check_steps import added_check, app_check
    from camreset.core.present.steps import StepRenderer

    app_only = {"wifi-band", "wifi-details", "wifi-security", "phone-permissions", "old-app"}
    dome = compile_plan(kb, resolve_model(kb, "dahua-ipc-hdbw3433r-zas"))
    assert not app_only & set(dome.setup.engine.faults)
    assert added_check(StepRenderer(kb, dome)).title.startswith("Does its page")
    found = app_check(StepRenderer(kb, dome))  # and it is found as new there, not in DMSS
    assert found.title == "Does it ask for a new password on its page?"
    # Dahua's factory address, fixed (DHCP off): the router's list may miss it (review 48)
    assert "may instead be at its factory address, 192.168.1.108, which the router's" in (
        found.text
    )
    assert "give the computer an address in that range" in found.text
    tapo = compile_plan(kb, resolve_model(kb, "tapo-c200"))
    assert app_only <= set(tapo.setup.engine.faults)
    assert added_check(StepRenderer(kb, tapo)).title.startswith("Is it added in the Tapo app")


def test_a_camera_of_unknown_brand_on_poe_is_checked_on_its_page_not_in_an_app(kb: Any) -> None:
    """A bullet of a brand nobody named, said to be on PoE, was asked whether "the camera's
    app" finds it, then sent to "Get the camera's app" (web review H1, L7). Nothing says how
    it is added, so it is added on its page: no app's own troubles, and every check after the
    reset looks there. The same bullet with its power not known keeps the app."""
    from camreset.core.guide.plan import compile_plan
    from camreset.core.kb.resolve import resolve_generic
    from camreset.core.kb.schema import FormFactor
    from camreset.core.present.check_steps import added_check, app_check, works_check
    from camreset.core.present.detour_steps import detour_step
    from camreset.core.present.steps import StepRenderer

    app_only = {"wifi-band", "wifi-details", "wifi-security", "phone-permissions", "old-app"}
    on_poe = compile_plan(kb, resolve_generic(kb, "other", FormFactor.bullet, PowerKind.poe))
    assert not app_only & set(on_poe.setup.engine.faults)
    assert {"other-subnet", "recorder-takes-it"} <= set(on_poe.setup.engine.faults)
    r = StepRenderer(kb, on_poe)
    checks = [app_check(r), added_check(r), works_check(r)]
    assert checks[0].title == "Does it ask for a new password on its page?"
    assert checks[0].answers[0].label == "Yes, it asks for a new password"
    help_page = detour_step(r, "tell-check", "guided-reset", 5)
    assert help_page.title == "Does its page ask for a new password?"
    for step in [*checks, help_page]:
        assert "app" not in f"{step.title} {step.text}".lower(), step.title
    unknown = compile_plan(kb, resolve_generic(kb, "other", FormFactor.bullet))
    assert app_only <= set(unknown.setup.engine.faults)
    assert (
        app_check(StepRenderer(kb, unknown)).title
        == "Does the camera's app find it as a new camera, or does its web page ask for a new"
        " password?"
    )  # a bullet of unknown power may be on its cable


def test_once_it_is_on_a_network_cable_no_outlet_or_adapter_is_named_as_likely(
    make_driver: Any, kb: Any
) -> None:
    """An installer answered "a network cable (PoE)" and was then told "the outlet gives no
    power (23%)" by a step's reason and in the report. The engine still weighs a misread
    answer; the person is not shown causes of another way of powering."""
    from camreset.core.guide.fits_camera import admits_power
    from camreset.core.kb.power_values import PowerKind
    from camreset.core.report import build_report, render_markdown

    d = make_driver(model="hikvision-ds-2cd2143g2-i", have=("pin", "computer"))
    poe = frozenset({PowerKind.poe})
    other_power = [
        c.name.lower() for c in kb.troubleshooting.causes if not admits_power(c.when, poe)
    ]
    assert any("outlet" in name for name in other_power)
    said = False
    for _ in range(40):
        step = d.state.current
        if said and step.why is not None:
            shown = " ".join(
                [step.why.summary, step.why.effect, *(c.name for c in step.why.causes)]
            )
            assert not any(name in shown.lower() for name in other_power), (step.title, shown)
        if d.state.finished:
            break
        if step.ref.ref == "power-kind":
            d.send("network-cable")
            said = True
            continue
        d.pick("done", "no", "not_sure", "cant")
    assert said
    report = render_markdown(build_report(kb, d.state)).lower()
    likely = report.split("## causes still likely")[1].split("##")[0]
    assert likely.strip() and not any(name in likely for name in other_power), likely


def test_a_camera_that_joins_its_hub_gets_no_home_wifi_causes(kb: Any) -> None:
    """A Tapo C420 pairs with its H200 hub: 2.4 GHz or WPA3 on the home Wi-Fi is not what
    stops adding it (a phone reviewer was told to move the phone to 2.4 GHz). A Blink camera
    is added through its sync module but joins the home Wi-Fi itself: it keeps them."""
    from camreset.core.guide.plan import compile_plan
    from camreset.core.kb.resolve import resolve_model

    wifi = {"wifi-band", "wifi-details", "wifi-security"}
    hubbed = resolve_model(kb, "tapo-c420")
    assert hubbed.pairs_via is not None
    assert not wifi & set(compile_plan(kb, hubbed).setup.engine.faults)
    blink = resolve_model(kb, "blink-xt2")
    assert blink.pairs_via is not None and blink.pairs_via.kind == "sync_module"
    assert wifi <= set(compile_plan(kb, blink).setup.engine.faults)


def test_a_camera_said_to_be_on_a_network_cable_is_never_told_to_show_a_qr_code_to_its_lens(
    kb: Any,
) -> None:
    """Reolink's line names the QR code held up to a Wi-Fi camera's lens first; a Reolink on
    PoE (said, or a PoE model) is added over the network instead, and a Tapo said to be on a
    cable gets its web page, not its own setup Wi-Fi."""
    lens = "hold the phone in front of the camera's lens"
    web = "open the camera's page or the vendor's tool and set a new password"
    for model, power in (
        ("reolink-rlc-510a", None),
        ("reolink-argus-3-pro", {"poe"}),
        ("tapo-c200", {"poe"}),
    ):
        resolved = resolve_model(kb, model)
        said = frozenset(power or {k.value for k in resolved.power_kinds})
        words = setup_values(resolved, said)["add.how"]
        assert lens not in words and "setup Wi-Fi" not in words and web in words, model
    battery = resolve_model(kb, "reolink-argus-3-pro")
    assert lens in setup_values(battery, frozenset({"battery"}))["add.how"]


@pytest.mark.parametrize(
    ("model", "offered"),
    [
        ("dahua-ipc-hdbw3433r-zas", False),
        ("hikvision-ds-2cd2143g2-i", False),  # PoE and 12 V, added by a QR code: no Wi-Fi
        ("tapo-c200", True),
    ],
)
def test_joining_the_wifi_is_no_answer_for_a_camera_only_on_a_network_cable(
    make_driver: Any, model: str, offered: bool
) -> None:
    d = make_driver(model=model, have=("pin", "computer", "app"), opening=True)
    d.send("cant-add")
    for _ in range(40):
        if d.state.current.ref.ref == "add-trouble" or d.state.finished:
            break
        if d.state.current.network:
            d.send("not_sure")
        else:
            d.pick("no", "done", "not_sure")
    step = d.state.current
    assert step.ref.ref == "add-trouble"
    assert step.offers("join-failed") is offered
    assert step.offers("not-found") and step.offers("asks-password")


@pytest.mark.parametrize(
    ("model", "moving"),
    [
        ("unifi-g4-bullet", "I'm changing its network"),
        ("hikvision-ds-2cd2143g2-i", "I'm changing its network"),
        ("tapo-c200", "I'm moving it to new Wi-Fi"),
        ("hikvision-ds-2cv2041g2-idw", "I'm moving it to new Wi-Fi"),  # its W: Wi-Fi
    ],
)
def test_a_poe_camera_is_not_offered_a_move_to_new_wifi(
    make_driver: Any, model: str, moving: str
) -> None:
    """A UniFi G4 bullet on PoE was offered "I'm moving it to new Wi-Fi" and then told to
    look for the Wi-Fi setting of its app, hub or base station (web review H3)."""
    d = make_driver(model=model, have=("pin", "computer"), opening=True)
    assert moving in [a.label for a in d.state.current.answers]
    d.send("new-wifi")
    notice = (d.state.current.notice or "") + d.state.current.text  # or its page's words
    wired = "network" in moving
    assert ("no Wi-Fi to change on it" in notice) is wired
    assert ("a way to change its Wi-Fi network" in notice) is not wired
    assert "hub or base station" not in notice  # these join Wi-Fi themselves (review 69, U #14)


def test_a_camera_of_unknown_brand_said_to_be_on_poe_moves_to_a_new_network(
    make_driver: Any,
) -> None:
    d = make_driver(
        line="other", form_factor="bullet", power=PowerKind.poe, have=("pin",), opening=True
    )
    assert "I'm changing its network" in [a.label for a in d.state.current.answers]


def test_a_camera_added_through_its_recorder_is_checked_there_too(guide: Guide) -> None:
    """A Lorex bullet on its NVR: "Add it again" said to add it on the NVR, while the checks
    before and after it named only the Lorex app (terminal review 26, M3)."""
    titles = []
    state = guide.replay([start_event(guide, model="lorex-e893ab", have=("pin", "app"))])
    for _ in range(30):
        step = state.current
        if step.kind == "outcome":
            break
        titles.append(step.title)
        pick = next(
            a
            # how it is powered: "not sure", so the ways its sources give (app, NVR) stay named
            for a in ("skip-questions", "recorder", "steady", "yes", "done", "not_sure")
            if step.offers(a)
        )
        state = guide.extend(state, [guide.command(state, Command("answer", step.id, pick), T0)])
    # added on its recorder, no app sourced: the recorder's checks (installer review 71, I #7)
    assert "Does it ask for a new password on its page?" in titles
    assert "Does its page (or your recorder) show the camera, with your new password?" in titles


@pytest.mark.parametrize("model_id", ["eufy-eufycam-2", "eufy-eufycam-3c"])
def test_a_eufycam_is_added_through_its_homebase_not_told_about_the_phones_wifi(
    guide: Any, kb: Any, model_id: str
) -> None:
    """A eufyCam 2's add step said a guide about eufy cameras in general has them join only
    2.4 GHz Wi-Fi, "have your phone on your router's 2.4 GHz network", and its card gave its
    shape as unknown (terminal review 26, L4): it records to, and pairs through, a HomeBase."""
    from camreset.core.guide.plan import compile_plan
    from camreset.core.kb.schema import FormFactor

    model = resolve_model(kb, model_id)
    assert model.pairs_via is not None and model.pairs_via.kind == "homebase"
    assert model.form_factor is FormFactor.battery
    plan = compile_plan(kb, model)
    assert not {"wifi-band", "wifi-details", "wifi-security"} & set(plan.setup.engine.faults)
    _, renderer = guide.plan(model)
    add = renderer.step(StepRef(1, "action", "add-again", 0)).text
    assert "through the eufy HomeBase" in add and "2.4 GHz" not in add


def test_a_camera_on_its_cable_but_not_on_poe_can_still_be_found_at_its_factory_address(
    kb: Any,
) -> None:
    """A 12 V Dahua eyeball on Ethernet, and a dome said to be on its adapter, sit at Dahua's
    factory address after a reset as a PoE one does; a reviewer's was sent back to resetting,
    never told to look there ("Find the camera at its factory address" was for PoE only).
    A Wi-Fi camera that its console adopts, and one whose ways of adding say nothing of a
    cable, are not sent to look for an address."""
    from camreset.core.guide.plan import compile_plan
    from camreset.core.kb.power_values import PowerKind
    from camreset.core.kb.resolve import resolve_model

    wired = {"other-subnet", "find-on-network"}
    eyeball = compile_plan(kb, resolve_model(kb, "dahua-ipc-hdw1330dc-a"))  # 12 V only
    assert wired <= set(eyeball.setup.engine.faults) | set(eyeball.setup.actions)
    dome = compile_plan(kb, resolve_model(kb, "dahua-ipc-hdbw3433r-zas"))  # PoE or 12 V
    assert "find-on-network" not in dome.not_for_power(frozenset({PowerKind.adapter}))
    for model_id in ("unifi-g4-instant", "tapo-c200"):
        plan = compile_plan(kb, resolve_model(kb, model_id))
        assert not wired & (set(plan.setup.engine.faults) | set(plan.setup.actions)), model_id


@pytest.mark.parametrize(
    ("model_id", "power", "page"),
    [
        ("hikvision-ds-2cd2143g2-i", "network-cable", True),
        ("hikvision-ds-2cd2143g2-i", None, True),
        ("tapo-c200", None, False),
    ],
)
def test_the_check_that_the_reset_took_names_the_web_page_of_a_wired_camera(
    guide: Any, model_id: str, power: str | None, page: bool
) -> None:
    """An installer with a computer and no app, resetting a Hikvision PoE dome, was asked
    only "Does the Hik-Connect app find it as a new camera?" (technician review 40, 11): its
    web page, where it asks for a new password, is where they would look. A Wi-Fi Tapo's
    check names only its app."""
    state = guide.replay([start_event(guide, model=model_id, have=("pin", "computer"))])
    titles = []
    for _ in range(30):
        step = state.current
        if step.kind == "outcome" or "find it as a new" in step.title or "SADP" in step.title:
            titles.append(step.title)
            break
        pick = next(
            a
            for a in ("skip-questions", power, "yes", "done", "have", "not_sure")
            if a and step.offers(a)
        )
        state = guide.extend(state, [guide.command(state, Command("answer", step.id, pick), T0)])
    said = "its web page ask for a new password?" in titles[-1]
    # with a computer at hand a Hikvision's check leads with SADP, the app second (installer
    # review 62, #7)
    assert ("find it as a new camera" in titles[-1]) is not page or "SADP" in titles[-1]
    assert said is page, titles[-1]


@pytest.mark.parametrize("model_id", ["arlo-pro", "arlo-wire-free"])
def test_an_arlo_on_its_base_station_is_not_sent_to_the_routers_wifi(
    guide: Any, kb: Any, model_id: str
) -> None:
    """A phone reviewer's Arlo Pro, "It reset, but I can't add it", went through the 2.4 GHz
    network, the Wi-Fi password, the distance to the router and WPA3, and its add step said to
    stand by the router: its cameras connect to the base station (arlo-faq-1713)."""
    from camreset.core.guide.plan import compile_plan

    model = resolve_model(kb, model_id)
    assert model.pairs_via is not None and "Base Station" in model.pairs_via.name
    plan = compile_plan(kb, model)
    assert not {"wifi-band", "wifi-details", "wifi-security"} & set(plan.setup.engine.faults)
    _, renderer = guide.plan(model)
    asked = renderer.step(StepRef(1, "question", "add-trouble"))
    assert not [a.label for a in asked.answers if "Wi-Fi" in a.label]


def test_a_camera_activated_with_a_password_of_ones_own_is_told_so_before_adding(kb: Any) -> None:
    """A Hikvision's add page named the app's QR scan first and the new password last; its
    sources say an inactive (reset) device is activated with a new admin password before it
    can be added (phone review 43). A Tapo, added in its app with no activation, is not."""
    hik = setup_values(resolve_model(kb, WIRED), frozenset({"poe"}))["add.how"]
    assert hik.startswith("A reset camera has no admin password: it must be given a new one")
    assert hik.index("activated") < hik.index("scan the QR code")
    tapo = setup_values(resolve_model(kb, "tapo-c200"), frozenset({"adapter"}))["add.how"]
    assert "activated" not in tapo


def test_a_cable_to_a_recorder_says_how_the_camera_is_powered(make_driver: Any, kb: Any) -> None:
    """A Hikvision turret (PoE or an adapter) whose cable runs to a recorder is powered by the
    recorder's port: the recorder's page does not say "You have not said how it is powered",
    it is not asked how it is powered, and the report names PoE (after-reset review 58, #7)."""
    from camreset.core.report import build_report

    d = make_driver(model=WIRED, have=("pin", "computer"), opening=True)
    d.send("cant-add")
    told = {"on-recorder": "yes", "add-trouble": "asks-password", "network-check": "not_sure"}
    for _ in range(40):
        now = d.state.current
        if now.ref.ref == "add-through-recorder" or d.state.finished:
            break
        assert now.ref.ref != "power-kind"
        if now.ref.ref in told or setup_mode_check(d, now.ref):
            d.send(told.get(now.ref.ref, "yes"))
        else:
            d.pick("no", "done", "not_sure")
    assert now.ref.ref == "add-through-recorder"
    assert not any("how it is powered" in n for n in now.notices)
    said = build_report(kb, d.state).details["power_source"]
    # the answer that says so names the recorder too (session 76 B: "Does the camera's cable
    # run to a recorder?" is read for the report)
    assert (
        said
        == "PoE (power over the network cable), from a recorder (NVR) (answered in the session)"
    )
    started, *rest = d.state.events  # a log from before that reading keeps its own
    older = started.model_copy(update={"data": {**started.data, "rules": 0}})
    assert d.guide.replay([older, *rest]).fold.said_power is None
