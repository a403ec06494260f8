"""The virtual camera answers camreset's network check truthfully, and the engine arm uses it.

A started camera that is still set up says so; a reset wired camera says it is at factory
state; a reset Wi-Fi camera has left the home network; a camera that is not running says
nothing. The simulated person with a computer lets camreset check before reading a light.
"""

from __future__ import annotations

from tests.sim.conftest import World

from camreset.bench.sim.drive import EngineCache, drive_engine
from camreset.bench.sim.plans import PlanBook

POE_MODEL = "amcrest-ip4m-1046ew"


def test_a_camera_that_did_not_reset_says_it_is_still_set_up(world: World) -> None:
    camera, _ = world("weak-adapter")
    assert camera.booted and not camera.reset_committed
    assert camera.network_reply(wired=False) == "set-up"
    camera.unplug()
    assert camera.network_reply(wired=False) == "no-answer"


def test_a_reset_camera_is_at_factory_when_wired_and_gone_when_on_wi_fi(world: World) -> None:
    camera, _ = world("released-early", model=POE_MODEL, power="poe")
    camera._trigger()
    camera.advance(3600)
    assert camera.in_setup_mode
    assert camera.network_reply(wired=True) == "factory"
    assert camera.network_reply(wired=False) == "no-answer"
    camera.partial = True  # a soft or short reset keeps the admin account
    assert camera.network_reply(wired=True) == "set-up"


def test_a_camera_added_again_is_set_up_once_more(world: World) -> None:
    camera, _ = world("released-early", model=POE_MODEL, power="poe")
    camera._trigger()
    camera.advance(3600)
    assert camera.add()
    assert camera.network_reply(wired=True) == "set-up"


def test_with_a_computer_a_wired_reset_is_confirmed_over_the_network(
    world: World, book: PlanBook
) -> None:
    _, person = world("released-early", model=POE_MODEL, power="poe", have={"pin", "computer"})
    run = drive_engine(book[POE_MODEL], person, EngineCache())
    assert run.outcome == "done"
    answers = [answer for _, answer in run.trace]
    assert "network:factory" in answers
    confirmed = answers.index("network:factory")
    assert run.trace[confirmed + 1][0].startswith("a.add-again")  # no light was read


def test_without_a_computer_nobody_checks_over_the_network(world: World, book: PlanBook) -> None:
    _, person = world("released-early", model=POE_MODEL, power="poe", have={"pin"})
    run = drive_engine(book[POE_MODEL], person, EngineCache())
    assert run.outcome == "done"
    assert not any(answer.startswith("network:") for _, answer in run.trace)


def test_a_remote_reset_resets_a_camera_whose_button_is_broken(
    world: World, book: PlanBook
) -> None:
    have = frozenset({"pin", "computer", "admin_password"})
    camera, person = world("broken-button", model=POE_MODEL, power="poe", have=have)
    run = drive_engine(book[POE_MODEL], person, EngineCache())
    assert run.outcome == "done" and camera.added
    assert ("a.remote-reset.0", "done") in run.trace
