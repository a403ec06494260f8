"""Every step the knowledge base can offer has its effect in the simulator (issue 13, point 5).

An attempt the simulated person did not know used to take a default minute and change nothing:
the Wyze Cam OG's known fix ("press SETUP briefly", session 67) ran that way for two sessions
unnoticed. Now the person refuses an attempt the simulator has no rule for, and these tests
list the knowledge base's attempts against the simulator's rules, so the next new step cannot
be missed. (Every question is checked the same way in test_camera.py.)
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from tests.sim.conftest import World, added

from camreset.bench.sim.camera import VirtualCamera
from camreset.bench.sim.drive import Run
from camreset.bench.sim.handling import simulated
from camreset.bench.sim.person import Person
from camreset.bench.sim.plans import PlanBook
from camreset.bench.sim.scripts import fits_power, run_action
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.troubleshooting import Phase

OG = "wyze-cam-og"
"""The camera with a known fix: its `after_reset` fact says press SETUP briefly."""


def test_an_attempt_the_simulator_does_not_know_is_refused_not_passed_as_a_minute(
    world: World,
) -> None:
    _, person = world("released-early")
    with pytest.raises(ValueError, match="does not know attempt 'a-new-step'"):
        person.instruction("a-new-step")


def _offered(book: PlanBook, kb: KnowledgeBase, action: str) -> tuple[str, str]:
    """A model whose plan offers `action`, and a way it is powered that the attempt fits."""
    for model in sorted(kb.models):
        steps = book[model]
        for power in sorted(k.value for k in steps.model.power_kinds) or ["adapter"]:
            if action in steps.plan.actions and fits_power(steps, action, power):
                return model, power
    raise AssertionError(f"no model offers {action}")


def test_every_attempt_of_the_kb_is_simulated_and_done_page_by_page(
    kb: KnowledgeBase, book: PlanBook, world: World
) -> None:
    with_pages = {a.id for a in kb.troubleshooting.actions if any(s.do for s in a.steps)}
    assert with_pages  # the KB has such attempts: the check below checks something
    assert sorted(a for a in with_pages if not simulated(a)) == []
    for spec in kb.troubleshooting.actions:  # and the simulated person does each of them
        model, power = _offered(book, kb, spec.id)
        cause = "wifi-band" if spec.phase is Phase.setup else "transient-fault"
        _, person = world(cause, model=model, power=power)
        run = Run("done", 0.0, 0)
        run_action(book[model], person, spec.id, run, booted=spec.phase is Phase.setup)
        assert run.steps > 0, spec.id


def _reset_og(world: World) -> tuple[VirtualCamera, Person]:
    """A Wyze Cam OG whose reset took and that nothing keeps from being added: what the known
    fix's source found ("blinking red after a reset already means setup mode")."""
    camera, person = world("old-app", model=OG)
    camera.setup.old_app = False
    assert camera.in_setup_mode
    return camera, person


def test_the_known_fix_page_takes_the_time_of_the_adding_it_asks_for(
    world: World, book: PlanBook
) -> None:
    _, person = _reset_og(world)
    _, minutes = person.do(book[OG].stage("known-fix", 0), "known-fix", None)
    _, other = _reset_og(world)
    _, adding = other.do(book[OG].stage("add-again", 0), "add-again", None)
    assert minutes > adding  # "{known.fix} Then: {add.how}": the press, then adding it


def test_the_brief_press_is_a_press_of_the_button_and_not_a_reset_on_the_og(
    world: World, book: PlanBook
) -> None:
    """A camera in setup mode already is added after it, not restarted; one whose own try let
    go too soon is not reset by it; a unit that would reset at a tap is."""
    camera, person = _reset_og(world)
    started = camera.power_since
    assert added(book, person, "known-fix", model=OG)
    assert camera.power_since == started  # not restarted: no reset again
    page = book[OG].stage("known-fix", 0)
    camera, person = world("released-early", model=OG)  # its own try let go too soon
    assert not camera.in_setup_mode
    person.do(page, "known-fix", None)
    assert not camera.in_setup_mode  # 1 s, where the OG wants 10 to 20 s
    camera, person = world("released-early", model=OG)
    camera.unit = replace(camera.unit, hold_min=0.5)  # a unit that would reset at a tap
    person.do(page, "known-fix", None)
    camera.advance(camera.unit.reboot_seconds + 1)
    assert camera.in_setup_mode
