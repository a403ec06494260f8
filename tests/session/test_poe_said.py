"""A camera shown to be on PoE by a PoE-only answer, with "How is it powered?" skipped, gets no
outlet or adapter steps after it (installer review 66, D #1)."""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.session.conftest import Driver

from camreset.core.kb.power_values import PowerKind
from camreset.core.session.poe_said import POE
from camreset.core.session.rules import POE_SAID_RULES

MakeDriver = Callable[..., Driver]
TO_PORT_LIGHT = [
    "wont-reset", "few-seconds", "nothing", "no-restart", "done", "done", "done", "done", "no",
    "cant", "cant", "no", "done", "done", "done", "no",
]  # fmt: skip
"""The review's Amcrest answers: the power question skipped, up to "Is the light on at the
camera's port?"."""


def _to_port_light(make_driver: MakeDriver) -> Driver:
    d = make_driver(model="amcrest-ip5m-t1179ew", have=("pin", "computer"), opening=True)
    for answer in TO_PORT_LIGHT:
        d.send(answer)
    assert d.state.current.ref.ref == "poe-port-light"
    d.send("on")
    return d


def _rest(d: Driver, steps: int = 40) -> list[str]:
    """The pages to the end, answering as the review did; their refs and texts."""
    shown = []
    for _ in range(steps):
        step = d.state.current
        if d.state.finished:
            break
        shown.append(f"{step.ref.ref}: {step.text}")
        d.pick("no", "done", "on", "recorder", "nothing", "cant")
    return shown


def test_a_lit_poe_port_is_not_followed_by_the_outlet_test(make_driver: MakeDriver) -> None:
    shown = _rest(_to_port_light(make_driver))
    assert not [s for s in shown if s.startswith(("outlet-test", "other-outlet", "swap-adapter"))]
    assert not [s for s in shown if "unplug its adapter" in s or "outlet" in s.split(": ")[0]]
    assert any("Unplug the camera's network cable (its power comes through it)" in s for s in shown)


def test_a_log_written_before_that_reading_keeps_its_own(make_driver: MakeDriver) -> None:
    d = _to_port_light(make_driver)
    assert d.state.current.ref.ref != "outlet-test"
    started, *rest = d.state.events
    assert started.data["rules"] >= POE_SAID_RULES
    old = started.model_copy(update={"data": {**started.data, "rules": POE_SAID_RULES - 1}})
    assert d.guide.replay([old, *rest]).current.ref.ref == "outlet-test"


def test_walks_never_offer_outlet_steps_after_a_poe_only_answer(make_driver: MakeDriver) -> None:
    """Random walks over cameras with an adapter and PoE, the power question skipped."""
    rng = random.Random(66)
    reached = 0
    for model in ("amcrest-ip5m-t1179ew", "dahua-ipc-hdbw3433r-zas", "reolink-rlc-510a"):
        first = make_driver(model=model)
        plan, _ = first.guide.plan(first.state.model)
        assert {PowerKind.poe, PowerKind.adapter} <= plan.model.power_kinds, model
        not_poe = plan.not_for_power(POE)
        for reason in ("wont-reset", "no-power", "forgot-password"):
            for _ in range(5):
                d = make_driver(model=model, have=("pin", "computer"), opening=True)
                d.send(reason)
                said = False
                for _ in range(60):
                    step = d.state.current
                    if step.kind == "outcome":
                        break
                    if said and step.ref.stage == 0:
                        assert step.ref.ref not in not_poe, (model, step.title)
                    plain = [a.id for a in step.answers if a.id != "stop"]
                    answer = "cant" if step.ref.ref == "power-kind" else rng.choice(plain)
                    spec = plan.questions.get(step.ref.ref) if step.ref.kind == "question" else None
                    if spec is not None and spec.when.power == [PowerKind.poe]:
                        said = said or answer not in ("cant", "not_sure")
                    d.send(answer)
                reached += said
    assert reached >= 5
