"""A camera that pairs through a recorder (a Lorex E893AB) is offered the check over the network
where its cable was said to run to a switch, the router or an injector, and on its recorder's own
ports a line says why it is not: a technician with a computer ticked, the cable on "A PoE switch
or the router", saw no `n` at "Is the camera in setup mode now?" and nothing said why (technician
review 74, G #6). A log started before SWITCH_CHECK_RULES is offered none, as it ran."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.session.conftest import Driver, done_to_setup_check, replayed_under

from camreset.core.kb.power_values import PowerKind
from camreset.core.session.later_rules import KB_SINCE_73_RULES, SWITCH_CHECK_RULES
from camreset.core.session.recorder_back import LOOK_AND_CHECK_THERE

MakeDriver = Callable[..., Driver]
OPENING = ("wont-reset", "until-change", "reacted", "came-back")
WHY_NOT = "on its recorder's own ports the camera is on the recorder's network"


def _to_the_check(make_driver: MakeDriver, feed: str, have: tuple[str, ...] = ("computer", "pin")):
    """The technician's walk: a Lorex E893AB on PoE, its port's light on, its cable said to
    plug into `feed`, the first attempt done up to its setup-mode check."""
    d = make_driver(model="lorex-e893ab", power=PowerKind.poe, have=have, opening=True)
    for answer in (*OPENING, "on", feed):
        d.send(answer)
    done_to_setup_check(d)
    return d


@pytest.mark.parametrize("feed", ["switch", "injector"])
def test_on_a_switch_or_an_injector_its_reset_check_offers_the_network_check(
    make_driver: MakeDriver, feed: str
) -> None:
    step = _to_the_check(make_driver, feed).state.current
    assert step.network
    assert not any(WHY_NOT in n for n in step.notices)


def test_on_its_recorders_ports_none_is_offered_and_a_line_says_why(
    make_driver: MakeDriver,
) -> None:
    d = _to_the_check(make_driver, "recorder")
    step = d.state.current
    assert not step.network
    # one notice with the recorder's look, which says where the check can be had: two pushed
    # the step line off an 80x24 terminal (session 76 B)
    assert LOOK_AND_CHECK_THERE in step.notices
    assert not any(WHY_NOT in n for n in step.notices)
    d.send("yes")
    assert not d.state.current.network  # its next check ("Does it ask for a new password …")
    assert [n for n in d.state.current.notices if WHY_NOT in n] == [
        "camreset cannot check it over the network here: on its recorder's own ports the camera "
        "is on the recorder's network, which your computer cannot reach."
    ]


def test_a_log_started_before_is_offered_no_check_on_a_switch(make_driver: MakeDriver) -> None:
    d = _to_the_check(make_driver, "switch")
    old = replayed_under(d, SWITCH_CHECK_RULES - 1)
    assert old.current.title == "Is the camera in setup mode now?"
    assert not old.current.network
    assert not any(WHY_NOT in n for n in old.current.notices)


def test_its_own_reset_on_the_recorder_is_offered_none(make_driver: MakeDriver) -> None:
    """ "Keep it on its recorder": the attempt itself puts the camera on the recorder's ports,
    whatever was said of its cable before."""
    d = make_driver(
        model="lorex-e893ab", power=PowerKind.poe, have=("computer", "pin"), opening=True
    )
    for answer in ("wont-reset", "few-seconds", "reacted", "came-back", "on", "steady"):
        d.send(answer)
    assert d.state.current.ref.ref == "recorder-reset"
    done_to_setup_check(d)
    assert not d.state.current.network
    assert LOOK_AND_CHECK_THERE in d.state.current.notices


def test_while_adding_it_the_check_is_asked_only_once_its_cable_is_off_the_recorder(
    make_driver: MakeDriver,
) -> None:
    """Reset, but it cannot be added: the engine asks the check over the network of a camera
    on the person's own network, not of one that may be on its recorder's ports."""
    d = make_driver(
        model="lorex-e893ab", power=PowerKind.poe, have=("computer", "pin"), opening=True
    )
    d.send("cant-add")
    asked: list[str] = []
    for _ in range(8):
        step = d.state.current
        asked.append(step.ref.ref)
        if step.ref.ref == "network-check":
            break
        told = {"on-recorder": "no", "add-trouble": "not-found"}.get(step.ref.ref)
        d.send(told) if told and step.offers(told) else d.pick()
    assert "on-recorder" in asked and asked[-1] == "network-check"
    assert asked.index("on-recorder") < asked.index("network-check")


def test_without_a_computer_nothing_is_said_of_a_check(make_driver: MakeDriver) -> None:
    """Nothing to offer, so nothing to explain (a phone alone)."""
    step = _to_the_check(make_driver, "recorder", have=("pin",)).state.current
    assert not step.network
    assert not any(WHY_NOT in n for n in step.notices)


def test_a_session_started_before_has_no_check_in_its_plan(make_driver: MakeDriver) -> None:
    """The knowledge base's `since: 73`: a log under 72 sees the check's old `hub: false`."""
    d = make_driver(model="lorex-e893ab", power=PowerKind.poe, have=("computer", "pin"))
    new, _ = d.guide.plan(d.state.model)
    old, _ = d.guide.as_started(KB_SINCE_73_RULES - 1).plan(d.state.model)
    assert new.network_question is not None
    assert old.network_question is None
