"""The virtual camera reproduces what each power and after-reset step does (issue 13).

Each new cause is fixed by its own step and not by the plain guided reset; the after-reset
causes leave a camera that resets but cannot be added until their step removes the obstacle.
"""

from __future__ import annotations

import pytest
from tests.sim.conftest import EVERYTHING, World, added, attempt

from camreset.bench.sim.plans import PlanBook
from camreset.core.present.holds import long_hold, timer_of
from camreset.core.present.step import StepRef

POE = "amcrest-ip4m-1046ew"
BATTERY = "arlo-ultra"
DOORBELL = "kasa-kd110"
HUB = "blink-xt2"


@pytest.mark.parametrize(
    ("cause", "model", "power", "fixed_by"),
    [
        ("poe-port-dead", POE, "poe", "poe-other-port"),
        ("poe-cable", POE, "poe", "poe-short-cable"),
        ("poe-injector", POE, "poe", "poe-injector-check"),
        ("poe-budget", POE, "poe", "poe-free-budget"),
        ("battery-flat", BATTERY, "battery", "charge-battery"),
        ("transformer-weak", DOORBELL, "transformer", "doorbell-power"),
        ("transient-fault", DOORBELL, "transformer", "doorbell-power"),  # breaker off a minute
    ],
)
def test_each_power_step_fixes_its_cause_and_the_plain_reset_does_not(
    world: World, book: PlanBook, cause: str, model: str, power: str, fixed_by: str
) -> None:
    _, person = world(cause, model=model, power=power)
    assert not attempt(book, person, "guided-reset", model=model)
    for key in "abcdefgh":  # a key whose electrician (or helper) comes through
        _, person = world(cause, model=model, power=power, key=key)
        if person.manages(fixed_by):
            break
    assert attempt(book, person, fixed_by, model=model), f"{fixed_by} should fix {cause}"


NO_BUTTON = "amcrest-ipm-743e"
"""A camera with no reset button (contacts on its board): reset from its web page."""


@pytest.mark.parametrize(
    ("cause", "power", "fixed_by"),
    [
        ("weak-adapter", "adapter", "swap-adapter-web"),
        ("poe-port-dead", "poe", "poe-other-port-web"),
        ("poe-budget", "poe", "poe-free-budget-web"),
    ],
)
def test_a_camera_with_no_button_on_a_bad_supply_resets_from_its_web_page_after_a_power_change(
    world: World, book: PlanBook, cause: str, power: str, fixed_by: str
) -> None:
    """The web page's reset alone does not take on a supply that fails in its restart (or
    does not reach a camera that gets no power); the power change first, then it does."""
    _, person = world(cause, model=NO_BUTTON, power=power)
    assert not attempt(book, person, "web-reset", model=NO_BUTTON)
    _, person = world(cause, model=NO_BUTTON, power=power)
    assert attempt(book, person, fixed_by, model=NO_BUTTON), f"{fixed_by} should fix {cause}"


def test_the_adapter_swap_before_a_web_reset_needs_an_adapter_to_swap_to(
    world: World, book: PlanBook
) -> None:
    """Its own weak adapter and no other: the attempt cannot be done, and nothing changes."""
    _, person = world("weak-adapter", model=NO_BUTTON, have=EVERYTHING - {"spare_adapter"})
    assert person.camera.supply is person.original  # on its own adapter, and no other one
    assert not person.can_do("swap-adapter-web")
    assert not attempt(book, person, "swap-adapter-web", model=NO_BUTTON)


def test_a_starved_poe_switch_is_fixed_by_freeing_its_budget(world: World, book: PlanBook) -> None:
    cam, person = world("poe-budget", model=POE, power="poe")
    assert cam.light.value != "off"  # it runs, and browns out only in the reset's reboot
    assert person.do(book[POE].question("poe-port-light"), None, "poe-port-light")[0] == "on"
    assert attempt(book, person, "poe-free-budget", model=POE)


def test_the_poe_cable_look_sees_a_damaged_run_but_not_one_that_fails_out_of_sight(
    world: World, book: PlanBook
) -> None:
    step = book[POE].question("poe-cable-look")
    seen = {}
    for key in "abcdefghijklmnop":
        cam, person = world("poe-cable", model=POE, power="poe", key=key)
        seen[cam.supply.cable.value] = person.do(step, None, "poe-cable-look")[0]
    assert seen == {"damaged": "damaged", "intermittent": "fine"}
    _, person = world("poe-port-dead", model=POE, power="poe")
    assert person.do(step, None, "poe-cable-look")[0] == "fine"


def test_the_battery_question_reads_a_flat_battery(world: World, book: PlanBook) -> None:
    step = book[BATTERY].question("battery-level")
    _, person = world("battery-flat", model=BATTERY, power="battery")
    assert person.do(step, None, "battery-level")[0] == "low"
    _, person = world("released-early", model=BATTERY, power="battery")
    assert person.do(step, None, "battery-level")[0] == "charged"


def test_a_camera_whose_hub_is_off_resets_but_nothing_finds_it(
    world: World, book: PlanBook
) -> None:
    cam, person = world("hub-link", model=HUB, power="battery")
    assert attempt(book, person, "guided-reset", model=HUB)  # the light says setup mode …
    assert not cam.findable  # … but the app cannot see it through the hub
    _, person = world("hub-link", model=HUB, power="battery")
    attempt(book, person, "hub-check", model=HUB)
    assert person.camera.findable


SETUP_STEPS = [
    ("wifi-band", "use-2g-network", "join-failed"),
    ("wifi-details", "check-wifi-details", "join-failed"),
    ("wifi-security", "wpa2-mixed", "join-failed"),
    ("phone-permissions", "allow-permissions", "not-found"),
    ("old-app", "update-app", "not-found"),
    ("other-account", "release-account", "another-account"),
    ("old-entry", "remove-old-entry", "still-listed"),
    ("partial-reset", "full-reset", "asks-password"),
]


@pytest.mark.parametrize(("cause", "fixed_by", "symptom"), SETUP_STEPS)
def test_an_after_reset_cause_blocks_adding_until_its_step(
    world: World, book: PlanBook, cause: str, fixed_by: str, symptom: str
) -> None:
    cam, person = world(cause)
    if not cam.in_setup_mode:  # the person's own try reset it, except a too-short one
        assert attempt(book, person, "guided-reset")
    assert not added(book, person, "add-again")
    assert person.do(book["tapo-c200"].question("add-trouble"), None, "add-trouble")[0] == symptom
    for key in "abcdefgh":
        cam, person = world(cause, key=key)
        if person.manages(fixed_by):
            break
    if not cam.in_setup_mode:
        attempt(book, person, "guided-reset")
    assert added(book, person, fixed_by), f"{fixed_by} should let the camera be added"


def test_the_long_hold_clears_a_partial_reset_where_it_is_the_documented_longest(
    world: World, book: PlanBook
) -> None:
    """A Swann camera whose sources give up to 30 s, the long hold too: its partial reset
    needed more than 31 s, so the full reset could never work in the simulated world."""
    model = "swann-alert-indoor-camera"
    assert long_hold(book[model].model.hold) == timer_of(book[model].model.hold)[2] == 30
    for key in "abcdefgh":
        cam, person = world("partial-reset", model=model, key=key)
        if person.manages("full-reset"):
            break
    if not cam.in_setup_mode:
        attempt(book, person, "guided-reset", model=model)
    assert not cam.reset_committed or cam.partial
    assert added(book, person, "full-reset", model=model)


@pytest.mark.parametrize(
    ("cause", "fixed_by"),
    [("recorder-takes-it", "add-through-recorder"), ("other-subnet", "find-on-network")],
)
def test_recorder_and_subnet_causes_are_fixed_by_their_poe_steps(
    world: World, book: PlanBook, cause: str, fixed_by: str
) -> None:
    _, person = world(cause, model=POE, power="poe")
    assert not added(book, person, "add-again", model=POE)
    _, person = world(cause, model=POE, power="poe")
    assert added(book, person, fixed_by, model=POE)


def test_a_provider_locked_camera_cannot_be_added_by_anything_at_home(
    world: World, book: PlanBook
) -> None:
    for action in sorted(book["tapo-c200"].plan.setup.actions):
        _, person = world("provider-locked")
        assert not added(book, person, action), action


def test_without_a_pin_the_power_steps_cannot_be_done(world: World, book: PlanBook) -> None:
    _, person = world("battery-flat", model=BATTERY, power="battery", have=EVERYTHING - {"pin"})
    step = book[BATTERY].stage("charge-battery", 0)
    assert person.do(step, "charge-battery", None)[0] == "cant"


def test_the_vendors_recovery_code_gets_past_a_broken_button(world: World, book: PlanBook) -> None:
    model = "hikvision-ds-2cd2143g2-i"
    assert "vendor-code-reset" in book[model].plan.reset.actions
    _, person = world("broken-button", model=model, power="poe")
    assert not attempt(book, person, "guided-reset", model=model)
    for key in "abcdefgh":  # a key where support answers before the code expires
        _, person = world("broken-button", model=model, power="poe", key=key)
        if person.manages("vendor-code-reset"):
            break
    assert attempt(book, person, "vendor-code-reset", model=model)
    _, person = world("corrupt-firmware", model=model, power="poe")
    assert not attempt(book, person, "vendor-code-reset", model=model)


def test_the_recorder_question_reads_where_the_cable_runs(world: World, book: PlanBook) -> None:
    """A recorder that takes the camera over is always at the cable's end; otherwise about two
    in five wired cameras are on a recorder kit, the same for a case in every arm."""
    step = book[POE].question("on-recorder")
    _, person = world("recorder-takes-it", model=POE, power="poe")
    assert person.do(step, None, "on-recorder")[0] == "yes"
    said = []
    for key in "abcdefghijklmnopqrst":
        _, person = world("released-early", model=POE, power="poe", key=key)
        first = person.do(step, None, "on-recorder")[0]
        _, again = world("released-early", model=POE, power="poe", key=key)
        assert again.do(step, None, "on-recorder")[0] == first
        said.append(first)
    assert 0 < said.count("yes") < len(said)


def test_a_camera_without_power_shows_offline_so_its_app_reset_cannot_be_done(
    world: World, book: PlanBook
) -> None:
    """A camera with no steady power cannot reach the app: asked, the person says it is
    offline, and that is why they cannot reset it there. A powered one shows as online."""
    plans = book["tapo-c200"]
    why = StepRef(0, "detour", "why-cant", 0, "app-reset")
    _, person = world("dead-outlet", model="tapo-c200", power="adapter")
    assert person.do(plans.question("camera-online"), None, "camera-online")[0] == "offline"
    assert person.act(plans.step(why), why)[0] == "offline"
    _, person = world("released-early", model="tapo-c200", power="adapter")
    assert person.do(plans.question("camera-online"), None, "camera-online")[0] == "online"
    assert person.act(plans.step(why), why)[0] != "offline"


LOREX = "lorex-e893ab"
"""A PoE camera whose maker gives a reset on its recorder: hold, pull the cable, put it back."""


def test_the_recorder_reset_works_on_a_camera_just_powered_up_and_not_with_a_broken_button(
    world: World, book: PlanBook
) -> None:
    """Held through its power-up, the camera need not have started first; a button that
    does not click resets nothing, as on every hold."""
    camera, person = world("not-booted", model=LOREX, power="poe", slip=1.0)
    camera.unplug()
    camera.plug()  # just powered up: a plain hold now comes too early
    assert attempt(book, person, "recorder-reset", model=LOREX)
    _, person = world("broken-button", model=LOREX, power="poe")
    assert not attempt(book, person, "recorder-reset", model=LOREX)
    assert "recorder-reset" not in book["hikvision-ds-2cd2143g2-i"].plan.reset.actions


HIKVISION = "hikvision-ds-2cd2343g2-iu"
"""A camera whose guides mostly hold the button while its power comes back."""


def test_the_power_up_hold_works_on_a_camera_just_powered_up_and_not_with_a_broken_button(
    world: World, book: PlanBook
) -> None:
    """Held as the power comes back and timed from then, the camera need not have started
    first (here it has no power at all when the attempt begins); a button that does not
    click resets nothing. Only the lines whose guides give it are offered it."""
    camera, person = world("not-booted", model=HIKVISION, power="poe", slip=1.0)
    camera.unplug()
    assert attempt(book, person, "power-up-hold", model=HIKVISION)
    _, person = world("broken-button", model=HIKVISION, power="poe")
    assert not attempt(book, person, "power-up-hold", model=HIKVISION)
    assert "power-up-hold" not in book[LOREX].plan.reset.actions
