"""The simulated world follows the product's own rules for what can happen to a camera.

A cause the KB rules out for a power kind is never drawn for it; a fault no guide lists can
also strike after the reset; and what depends on the house (the recorder's port) is the same
for every arm, so the arms are compared on the same world.
"""

from __future__ import annotations

import random

import pytest
from tests.sim.conftest import EVERYTHING, added, attempt

from camreset.bench.sim.case import Case, admits, build_world, sample_case
from camreset.bench.sim.plans import PlanBook
from camreset.bench.sim.world import family_of
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.troubleshooting import Phase

POE = "amcrest-ip4m-1046ew"
EITHER = "amcrest-ip5m-t1179ew"
"""Sourced as powered by an adapter or by PoE."""


def test_a_poe_camera_never_draws_a_cause_its_power_rules_out(kb: KnowledgeBase) -> None:
    ts = kb.troubleshooting
    ruled_out = {
        c.id for c in ts.causes if c.when and c.when.not_power and "poe" in c.when.not_power
    }
    assert "wifi-band" in ruled_out  # the KB's own rule: a cabled camera has no Wi-Fi to pick
    on_poe, on_adapter = admits(ts, "poe"), admits(ts, "adapter")
    assert not any(on_poe(c) for c in ruled_out)  # type: ignore[operator]
    assert all(on_adapter(c) for c in ruled_out)  # type: ignore[operator]


@pytest.mark.parametrize("world", ["table", "uniform", "kb"])
def test_no_drawn_poe_case_has_a_wifi_cause(kb: KnowledgeBase, book: PlanBook, world: str) -> None:
    ts = kb.troubleshooting
    plans = [book[EITHER].plan]  # the product allows Wi-Fi causes: it may be on an adapter
    ruled_out = {
        c.id for c in ts.causes if c.when and c.when.not_power and "poe" in c.when.not_power
    }
    cases = [
        sample_case(random.Random(i), f"k{i}", "amcrest", plans, world, ts) for i in range(400)
    ]
    poe = [c for c in cases if c.power == "poe"]
    assert poe and not {c.cause for c in poe} & ruled_out


def test_an_unknown_fault_after_the_reset_resets_but_is_never_added(book: PlanBook) -> None:
    resolved = book["tapo-c200"].model
    case = Case("u", "tapo", "tapo-c200", "adapter", Phase.setup, "something-else", EVERYTHING)
    cam, person = build_world(resolved, case, arm="test", error_rate=0.0, slip=0.0)
    if not cam.in_setup_mode:
        assert attempt(book, person, "guided-reset")
    for action in sorted(book["tapo-c200"].plan.setup.actions):
        cam, person = build_world(resolved, case, arm="test", error_rate=0.0, slip=0.0)
        if not cam.in_setup_mode:
            attempt(book, person, "guided-reset")
        assert not added(book, person, action), action
    assert family_of("something-else", Phase.setup) == "setup"
    assert family_of("something-else", Phase.reset) == "camera"


def test_the_recorders_port_is_the_same_house_in_every_arm(book: PlanBook) -> None:
    resolved = book[POE].model
    outcomes: dict[str, list[bool]] = {}
    for arm in ("engine", "seed_order", "vendor_article"):
        row = outcomes.setdefault(arm, [])
        for i in range(12):
            case = Case(f"r{i}", "amcrest", POE, "poe", Phase.reset, "poe-budget", EVERYTHING)
            _, person = build_world(resolved, case, arm=arm, error_rate=0.0, slip=0.0)
            row.append(attempt(book, person, "poe-other-port", model=POE))
    assert outcomes["engine"] == outcomes["seed_order"] == outcomes["vendor_article"]
    assert True in outcomes["engine"] and False in outcomes["engine"]  # both houses occur
