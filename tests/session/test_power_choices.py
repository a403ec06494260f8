"""A camera its sources add only over its network cable is asked whether an adapter or the
cable powers it, not a battery, doorbell wiring or the house's mains (review 69, U #12)."""

from __future__ import annotations

import pytest
from tests.session.conftest import T0, Driver, answered, replayed_under, start_event

from camreset.core.kb.power_values import PowerKind
from camreset.core.session import Command, Guide
from camreset.core.session.later_rules import POWER_CHOICES_RULES
from camreset.errors import PowerMismatchError

DAHUA_BULLET = "dahua-ipc-hfw2431t-zs-s2"
POWER_QUESTION = "How is the camera powered?"


def _offered(guide: Guide, answers: tuple[str, ...], **start: object) -> list[str]:
    state = answered(guide, answers, have=("pin", "computer"), **start)
    assert state.current.title == POWER_QUESTION
    return [a.label for a in state.current.answers if a.role == "answer"]


def test_a_dahua_bullet_set_up_over_its_cable_is_not_offered_a_battery(guide: Guide) -> None:
    """ "I forgot its password" › "I tried it and it didn't work: reset it" › "No, not yet":
    its power question listed "A battery (maybe with a solar panel)", "The old doorbell's
    wiring" and "Wired into the house's mains, like a light fitting" for a bullet whose
    sources set it up with ConfigTool over its network cable."""
    offered = _offered(guide, ("forgot-password", "reset-it", "no"), model=DAHUA_BULLET)
    assert offered == [
        "A power adapter in a wall socket (or USB)",
        "A network cable (PoE), from a switch, recorder or injector",
    ]


def test_a_camera_nothing_is_known_of_is_still_offered_every_way(guide: Guide) -> None:
    offered = _offered(guide, ("no-power",), line="other")
    assert "A battery (maybe with a solar panel)" in offered
    assert "The old doorbell's wiring" in offered


def test_an_older_log_started_on_a_battery_keeps_its_power_said(guide: Guide) -> None:
    """Merged-diff review 69, N #1: a log written before the narrowing (rules 66) that started
    with "battery" said for this bullet replayed onto "How is the camera powered?" again, its
    logged answer to "Is the battery full enough?" left on a page never shown."""
    started = start_event(guide, model=DAHUA_BULLET, have=("pin", "computer"))
    data = {**started.data, "said_power": "battery", "rules": POWER_CHOICES_RULES - 1}
    state = guide.replay([started.model_copy(update={"data": data})])
    for answer in ("forgot-password", "reset-it", "no"):
        cmd = Command("answer", state.current.id, answer)
        state = guide.extend(state, [guide.command(state, cmd, T0)])
    assert state.current.title == "Is the battery full enough?"
    assert state.fold.said_power == frozenset({PowerKind.battery, PowerKind.solar})


def test_an_older_log_on_the_power_question_still_offers_every_way(guide: Guide) -> None:
    d = Driver(guide, start_event(guide, model=DAHUA_BULLET, have=("pin", "computer")))
    for answer in ("forgot-password", "reset-it", "no"):
        d.send(answer)
    old = replayed_under(d, POWER_CHOICES_RULES - 1)
    assert old.current.title == POWER_QUESTION
    assert "A battery (maybe with a solar panel)" in [a.label for a in old.current.answers]


def test_a_new_session_said_to_run_on_a_battery_is_refused_not_dropped(guide: Guide) -> None:
    """N #1: `--power battery` (the API's `power`) for this bullet was taken, then dropped: the
    person was asked how it is powered with no battery among the answers."""
    with pytest.raises(PowerMismatchError) as refused:
        guide.start(model=DAHUA_BULLET, power=PowerKind.battery, have=None, at=T0)
    assert str(refused.value) == (
        "power: the sources of the Dahua IPC-HFW2431T-ZS-S2 add it only over its network "
        "cable, so it is powered by power adapter or USB or PoE (power over the network "
        "cable), not battery; check the model"
    )
    assert refused.value.powers == ["adapter", "usb", "poe"]
    said = guide.replay([guide.start(model=DAHUA_BULLET, power=PowerKind.poe, have=None, at=T0)])
    assert said.fold.said_power == frozenset({PowerKind.poe})


def test_a_listed_dome_said_to_be_on_doorbell_wiring_is_refused_not_dropped(guide: Guide) -> None:
    """Session 70 leftover: `guide lorex-e893ddp --power transformer` (a dome its sources give no
    way of powering) went on without a word and the power was dropped, its report silent."""
    with pytest.raises(PowerMismatchError) as refused:
        guide.start(model="lorex-e893ddp", power=PowerKind.transformer, have=None, at=T0)
    assert str(refused.value).startswith("power: the Lorex E893DDP")
    assert str(refused.value).endswith(
        "is a dome camera, so it may be powered by power adapter or USB or PoE (power over the "
        "network cable) or battery or solar panel, not doorbell wiring (transformer); check the "
        "model"
    )
    assert refused.value.powers == ["adapter", "usb", "poe", "battery", "solar"]
    said = guide.replay([guide.start(model="lorex-e893ddp", power=PowerKind.poe, have=None, at=T0)])
    assert said.fold.said_power == frozenset({PowerKind.poe})


@pytest.mark.parametrize(
    ("shape", "power", "allowed"),
    [
        ("battery", PowerKind.poe, ["usb", "battery", "solar"]),
        ("indoor", PowerKind.transformer, ["adapter", "usb", "poe", "battery", "solar"]),
    ],
)
def test_a_camera_of_no_listed_model_is_refused_a_power_its_shape_rules_out(
    guide: Guide, shape: str, power: PowerKind, allowed: list[str]
) -> None:
    """As the web's form leaves it out: a battery camera said to be on PoE, an indoor camera on
    doorbell wiring, were taken without a word (`guide --line other --form-factor …`)."""
    with pytest.raises(PowerMismatchError) as refused:
        start_event(guide, line="other", form_factor=shape, power=power)
    assert refused.value.powers == allowed
    assert "check the shape" in str(refused.value)


def test_a_doorbell_of_no_listed_model_is_still_taken_on_its_wiring(guide: Guide) -> None:
    state = guide.replay(
        [start_event(guide, line="other", form_factor="doorbell", power=PowerKind.transformer)]
    )
    assert state.model.stated_power is PowerKind.transformer
