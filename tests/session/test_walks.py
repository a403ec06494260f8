"""Random walks through real sessions on every model (issue 13, point 5; issue 11, point 1).

Whatever a person answers, a session never offers a step its camera's power rules out (a PoE
or battery camera is never sent to a wall outlet), every attempt page and question can be
answered "not sure" and "can't", every step but the end offers "stop here and give me the
report", and every cause of the knowledge base can be reached on some camera.
"""

from __future__ import annotations

import random
from datetime import timedelta

import pytest
from tests.session.conftest import T0, start_event

from camreset.core.guide.fits_camera import applies, fits
from camreset.core.guide.plan import compile_plan
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.resolve import resolve_model
from camreset.core.kb.troubleshooting import Phase
from camreset.core.kb.values import SoftwareVia
from camreset.core.present import StepRenderer
from camreset.core.present.battery_words import charged_by
from camreset.core.present.step import StepRef
from camreset.core.session import Command, Guide, SessionState
from camreset.kb_files import load_kb

KB = load_kb()
MODELS = sorted(KB.models)
EVERYTHING = (
    "pin", "original_adapter", "spare_adapter", "other_outlet", "app", "computer",
    "admin_password",
)  # fmt: skip
NO_OUTLET = {"outlet", "lamp", "adapter"}
"""Words a camera with no wall adapter must never be told."""
INJECTOR = ("poe-injector-check", "poe-source")
"""The steps that may name an adapter: a PoE injector has its own (the check of it, and the
question whether the cable runs to one)."""


def walk(guide: Guide, model: str, rng: random.Random, limit: int = 60) -> list[SessionState]:
    """One session with random answers (often not sure / can't), every state along it."""
    state = guide.replay([start_event(guide, model=model, have=EVERYTHING)])
    seen = [state]
    at = T0
    for _ in range(limit):
        step = state.current
        if step.kind == "outcome":
            break
        ids = [a.id for a in step.answers if a.id != "stop"]
        assert "stop" in {a.id for a in step.answers}, (model, step.id)
        if step.ref.kind in ("action", "question"):
            assert {"not_sure", "cant"} <= set(ids), (model, step.id)
        ways_out = [i for i in ("not_sure", "cant") if i in ids]
        answer = rng.choice([*ids, *ways_out])
        at += timedelta(minutes=1)
        event = guide.command(state, Command("answer", step.id, answer), at)
        state = guide.extend(state, [event])
        seen.append(state)
    return seen


def no_adapter(kb: KnowledgeBase, model: str) -> bool:
    kinds = {k.value for k in resolve_model(kb, model).power_kinds}
    return bool(kinds) and not kinds & {"adapter", "usb"}


@pytest.mark.parametrize("model", MODELS)
def test_a_random_walk_offers_only_steps_this_camera_can_take(guide: Guide, model: str) -> None:
    resolved = resolve_model(KB, model)
    plan = compile_plan(KB, resolved)
    specs = {**{a.id: a for a in KB.troubleshooting.actions}}
    specs.update({q.id: q for q in KB.troubleshooting.questions})  # type: ignore[dict-item]
    for seed in range(3):
        for state in walk(guide, model, random.Random(f"{model}:{seed}")):
            ref = state.current.ref
            if ref.kind not in ("action", "question"):
                continue
            spec = specs[ref.ref]
            assert fits(spec.when, resolved), (model, ref.ref)
            assert applies(spec, resolved), (model, ref.ref)
            assert plan.phase_of(ref.ref).value == state.phase, (model, ref.ref)
            if no_adapter(KB, model) and ref.ref not in INJECTOR:
                # the charger its sources name ("a 5 V / 1 A USB adapter") is no wall adapter
                text = state.current.text.replace(charged_by(resolved) or "\0", "")
                words = f"{state.current.title} {text}".casefold()
                assert not any(w in words for w in NO_OUTLET), (model, ref.ref, words)


def test_a_poe_camera_is_asked_about_its_port_never_about_an_outlet(guide: Guide) -> None:
    plan = compile_plan(KB, resolve_model(KB, "amcrest-ip4m-1046ew"))
    assert {"poe-other-port", "poe-injector-check"} <= set(plan.reset.actions)
    assert not {"other-outlet", "swap-adapter"} & set(plan.reset.actions)
    assert "outlet-test" not in plan.reset.questions
    assert "poe-cable-look" in plan.reset.questions and "cable-damage" not in plan.reset.questions
    plain = compile_plan(KB, resolve_model(KB, "tapo-c200"))
    assert "cable-damage" in plain.reset.questions and "poe-cable-look" not in plain.reset.questions


@pytest.mark.parametrize("cause", [c.id for c in KB.troubleshooting.causes])
def test_every_cause_can_be_reached_and_fixed_on_some_camera(cause: str) -> None:
    spec = next(c for c in KB.troubleshooting.causes if c.id == cause)
    reachable = []
    for model in MODELS:
        plan = compile_plan(KB, resolve_model(KB, model))
        phase = plan.phases[spec.phase]
        if phase.engine.faults.get(cause, 0) <= 0:
            continue
        fixers = [a for a in phase.engine.actions if a.fixes.get(cause, 0) > 0]
        reachable.append((model, bool(fixers)))
    assert reachable, f"no camera can have {cause}"
    if spec.at_home:
        assert any(fixed for _, fixed in reachable), f"nothing at home fixes {cause}"


def test_both_phases_exist_for_every_camera_that_can_be_reset(guide: Guide) -> None:
    for model in MODELS:
        plan = compile_plan(KB, resolve_model(KB, model))
        assert set(plan.phases) == {Phase.reset, Phase.setup}
        assert plan.setup.actions, model
        if not plan.reset.actions:  # Wyze Cam Outdoor: no reset exists; the session says so
            state = guide.replay([start_event(guide, model=model, have=EVERYTHING)])
            assert state.current.ref.kind == "opening", model  # never opens on an outcome
            skip = guide.command(state, Command("answer", state.current.id, "skip-questions"), T0)
            state = guide.extend(state, [skip])
            assert state.current.ref.ref == "no-reset", model
            assert "no reset you can do at home" in state.current.title
            assert "cannot be reset with a button" in state.current.text


@pytest.mark.parametrize(
    ("answer", "never"),
    [
        ("battery", {"other-outlet", "swap-adapter", "outlet-test", "poe-other-port"}),
        ("network-cable", {"other-outlet", "swap-adapter", "charge-battery", "battery-level"}),
        ("adapter", {"poe-other-port", "charge-battery", "doorbell-power", "poe-port-light"}),
    ],
)
def test_once_the_person_says_how_it_is_powered_other_power_steps_are_gone(
    guide: Guide, answer: str, never: set[str]
) -> None:
    """A camera powered one of several ways is asked; after the answer, it is that camera."""
    kind = {"battery": "battery", "network-cable": "poe", "adapter": "adapter"}[answer]
    model = next(  # its sources give more than one way, this among them: the answer is offered
        m
        for m in MODELS
        if "power-kind" in compile_plan(KB, resolve_model(KB, m)).questions
        and kind in {k.value for k in resolve_model(KB, m).power_kinds}
    )
    for seed in range(4):
        rng = random.Random(f"{answer}:{seed}")
        state = guide.replay([start_event(guide, model=model, have=EVERYTHING)])
        at, said = T0, False
        for _ in range(40):
            step = state.current
            if step.kind == "outcome":
                break
            if said:
                assert step.ref.ref not in never, (answer, step.ref.ref)
            # not "stop here", nor "I can't": someone who cannot do the steps may end at support
            # before anything asks how the camera is powered (nor "I can't see this camera's
            # light", which reads as "I can't")
            ids = [a.id for a in step.answers if "cant" not in (a.role, a.means)]
            ids = [i for i in ids if i != "stop"]
            if not said and step.ref.kind == "action":  # a reset seen to take asks no more
                ids = [i for i in ids if i != "yes"] or ids
            asked = step.ref.ref == "power-kind" or step.ref.subject == "power-kind"  # or again
            choice = answer if asked else rng.choice(ids)
            if step.ref.kind == "opening":
                choice = "skip-questions"  # why they are here is not this test's question
            said = said or step.ref.ref == "power-kind"
            at += timedelta(minutes=1)
            state = guide.extend(
                state, [guide.command(state, Command("answer", step.id, choice), at)]
            )
        assert said, "the session never asked how the camera is powered"


UNSURE_FIRST = ("not_sure", "found", "have", "yes", "done")
"""A person unsure of everything: "not sure" wherever offered, else the answer that goes on."""


@pytest.mark.parametrize("model", [*MODELS[::7], "tapo-c200", "amcrest-ip8m-2496eb"])
def test_a_person_unsure_of_everything_is_never_sent_round_in_a_loop(
    guide: Guide, model: str
) -> None:
    state = guide.replay([start_event(guide, model=model, have=None)])
    at = T0
    shown: list[str] = []
    for _ in range(100):
        if state.current.kind == "outcome":
            break
        step = state.current
        ids = {a.id for a in step.answers}
        answer = next((a for a in UNSURE_FIRST if a in ids), step.answers[0].id)
        shown.append(step.title)
        assert len(shown) <= 60, (model, shown[-8:])
        at += timedelta(minutes=1)
        state = guide.extend(state, [guide.command(state, Command("answer", step.id, answer), at)])
    else:
        raise AssertionError("100 steps and still: state.current.kind != 'outcome'")
    assert shown.count("Finding the reset button") <= 1, model


NO_BUTTON = [m for m in MODELS if not (b := resolve_model(KB, m).button) or not b.present]
ABOUT_A_BUTTON = ("button", "press", "held", "hold", "let go")


@pytest.mark.parametrize("model", NO_BUTTON)
def test_a_camera_with_no_reset_button_is_never_asked_about_holding_one(
    guide: Guide, model: str
) -> None:
    """A Hikvision turret whose button is sealed inside: no "did it react while you held the
    button?", "how long did you hold it?" or "do you feel a click?" — there is nothing to hold.
    """
    assert len(NO_BUTTON) >= 3  # Amcrest, Hikvision and Wyze each have such a camera
    for seed in range(4):
        rng = random.Random(f"{model}:{seed}")
        state = guide.replay([start_event(guide, model=model, have=EVERYTHING)])
        at = T0
        for _ in range(40):
            step = state.current
            if step.kind == "outcome":
                break
            if step.ref.kind == "question":
                assert not any(w in step.title.casefold() for w in ABOUT_A_BUTTON), (
                    model,
                    step.title,
                )
            ids = [a.id for a in step.answers if a.role != "stop"]
            choice = "wont-reset" if step.ref.ref == "reason" else rng.choice(ids)
            at += timedelta(minutes=1)
            state = guide.extend(
                state, [guide.command(state, Command("answer", step.id, choice), at)]
            )


def test_no_reset_from_the_app_is_offered_without_a_path_to_follow() -> None:
    """A eufy camera was sent to "Reset in the app" whose path read "eufy Security app
    (supported models only; menu path not given)" (a reviewer): a guide that names neither
    the models nor the menu is no step a person can take."""
    assert (
        "app-reset" not in compile_plan(KB, resolve_model(KB, "eufy-eufycam-2c-pro")).reset.actions
    )
    for model in MODELS:
        resolved = resolve_model(KB, model)
        for path in resolved.software_paths(SoftwareVia.app) + resolved.software_paths(
            SoftwareVia.web
        ):
            assert "not given" not in path.path and "supported models only" not in path.path, model


def test_a_ring_camera_is_not_sent_for_a_paperclip_its_sources_never_mention(
    guide: Guide,
) -> None:
    """A reviewer's Ring owners were told "Find a paperclip … the reset button sits in a small
    hole", camreset's general default, though Ring's sources speak of a setup button."""
    plan = compile_plan(KB, resolve_model(KB, "ring-stick-up-cam-battery"))
    assert all("pin" not in a.requires for a in plan.reset.actions.values())  # its orange button
    state = guide.replay([start_event(guide, model="ring-spotlight-cam-battery", have=())])
    for answer in ("wont-reset", "few-seconds", "nothing", "no-restart", "charged"):
        cmd = Command("answer", state.current.id, answer)  # its charge asked first (67)
        state = guide.extend(state, [guide.command(state, cmd, T0)])
    assert state.current.title == "Find a paperclip or a SIM tool"  # no source for its button
    assert state.current.text.startswith("No source for this camera says what its reset button")
    tapo = guide.replay([start_event(guide, model="tapo-c200", have=())])
    for answer in ("wont-reset", "few-seconds", "nothing", "no-restart", "cant"):
        cmd = Command("answer", tapo.current.id, answer)
        tapo = guide.extend(tapo, [guide.command(tapo, cmd, T0)])
    assert tapo.current.title == "Find a paperclip or a SIM tool"
    assert tapo.current.text.startswith("The reset button sits in a small hole")  # TP-Link's


def test_a_button_whose_tool_no_source_gives_is_not_called_a_hole_and_is_pressed_after_the_pin(
    guide: Guide,
) -> None:
    """A reviewer's Wyze Cam v3 owner (its sources give the SETUP button's place, not a tool)
    was told "the reset button sits in a small hole", and asked "Do you feel a click? … press
    it gently with the pin" before being asked to find the pin."""
    state = guide.replay([start_event(guide, model="wyze-cam-v3", have=())])
    seen = []
    for answer in ("new-wifi", "reset-it", "no", "blinking"):  # no Wi-Fi setting found
        seen.append(state.current.ref.ref)
        cmd = Command("answer", state.current.id, answer)
        state = guide.extend(state, [guide.command(state, cmd, T0)])
    assert "felt-click" not in seen
    assert state.current.title == "Find a paperclip or a SIM tool"
    assert state.current.text.startswith(
        "The sources say where the camera's button is, but not what to press it with"
    )
    assert "sits in a small hole:" not in state.current.text
    plan = compile_plan(KB, resolve_model(KB, "ring-stick-up-cam-battery"))
    assert "pin" not in plan.reset.questions["felt-click"].requires  # pressed by hand


@pytest.mark.parametrize(
    ("power", "attempt", "change"),
    [
        ("adapter", "swap-adapter-web", "Its own adapter, or one with the same rating"),
        ("network-cable", "poe-other-port-web", "Another port"),
    ],
)
def test_a_camera_with_no_button_gets_its_power_changed_before_its_web_page_resets_it(
    guide: Guide, power: str, attempt: str, change: str
) -> None:
    """A Hikvision turret's supply may be too weak for the reset's restart too, and no power
    attempt ending in a hold fits it: another adapter (or PoE port), then its web page."""
    have = ("computer", "admin_password", "original_adapter", "spare_adapter")
    state = guide.replay([start_event(guide, model="hikvision-ds-2cd2323g0-iu", have=have)])
    titles: list[str] = []
    at = T0
    for _ in range(30):
        step = state.current
        if step.kind == "outcome":
            break
        titles.append(step.title)
        if step.ref.ref == attempt and step.title == "Reset from the web page":
            assert "Configuration" in step.text or "Maintenance" in step.text, step.text
        ids = [a.id for a in step.answers]
        choice = next(c for c in ("skip-questions", power, "not_sure", "done", "no") if c in ids)
        at += timedelta(minutes=1)
        state = guide.extend(state, [guide.command(state, Command("answer", step.id, choice), at)])
    assert change in titles and "Reset from the web page" in titles, titles
    assert titles.index(change) < titles.index("Reset from the web page")
    assert not any("Hold" in t or "hold" in t for t in titles), titles
    plain = compile_plan(KB, resolve_model(KB, "tapo-c200"))
    assert attempt not in plain.reset.actions  # a camera with a button holds it instead


@pytest.mark.parametrize(
    ("model", "cut", "back"),
    [
        ("amcrest-ip4m-1046ew", "Unplug the camera's network cable", "Plug its network cable"),
        ("tapo-c200", "Unplug the camera from power.", "Plug the camera back in."),
    ],
)
def test_draining_the_power_names_the_cable_the_camera_really_has(
    model: str, cut: str, back: str
) -> None:
    render = StepRenderer(KB, compile_plan(KB, resolve_model(KB, model))).step
    pages = [render(StepRef(0, "action", "drained-power-cycle", n)).text for n in (0, 3)]
    assert pages[0].startswith(cut) and pages[1].startswith(back)


@pytest.mark.parametrize(
    ("model", "label", "drawn"),
    [("tapo-c200", "Yes, it looks like this", True), ("amcrest-ip4m-1046ew", "Yes, it is", False)],
)
def test_yes_says_looks_like_this_only_beside_a_picture_of_the_light(
    model: str, label: str, drawn: bool
) -> None:
    render = StepRenderer(KB, compile_plan(KB, resolve_model(KB, model))).step
    check = render(StepRef(0, "action", "guided-reset", 4))
    assert check.title == "Is the camera in setup mode now?"
    yes = check.answers[0]
    assert yes.label.startswith(label) and (yes.pattern is not None) == drawn


def test_a_doorbell_its_source_files_as_wired_is_not_asked_about_adapters(guide: Guide) -> None:
    """Doorbell and hub review 46: the eufy Video Doorbell 2K (wired), with no power fact, was
    asked how it is powered (adapter, PoE, battery, wiring) and offered adapters and outlets;
    its source files the T8200 under wired doorbells."""
    plan = compile_plan(KB, resolve_model(KB, "eufy-video-doorbell-2k-wired"))
    assert "power-kind" not in plan.questions
    assert not {"other-outlet", "swap-adapter", "poe-other-port"} & set(plan.reset.actions)
    assert "doorbell-power" in plan.reset.actions
