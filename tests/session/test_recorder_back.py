"""A camera on a recorder's PoE port, answered "not in setup mode" by eye: the check says the
recorder may have taken it back at once, and freeing the recorder's power (its other cameras
unplugged) says to look in its camera list first (installer review 66, D #3)."""

from __future__ import annotations

from collections.abc import Callable

from tests.session.conftest import Driver

from camreset.core.session.recorder_back import LOOK_BEFORE_FREEING, LOOK_IN_THE_RECORDER

MakeDriver = Callable[..., Driver]
TO_THE_CHECK = ["wont-reset", "skip-questions", "network-cable", "steady", "done", "done", "done"]
"""The review's Lorex E893AB on its recorder, to the setup-mode check of the maker's reset."""


def _send(d: Driver, answers: list[str]) -> None:
    for answer in answers:
        assert d.state.current.offers(answer), (d.state.current.title, answer)
        d.send(answer)


def test_a_camera_on_its_recorder_is_looked_for_there(make_driver: MakeDriver) -> None:
    d = make_driver(model="lorex-e893ab", have=("pin",), opening=True)
    _send(d, TO_THE_CHECK)
    check = d.state.current
    assert check.title == "Is the camera in setup mode now?"
    assert any("look in the recorder's camera list" in n for n in check.notices)
    _send(d, ["no", "recorder", "reacted"])  # its light said on before: no port light asked
    freeing = d.state.current
    assert freeing.title == "Free the recorder's power"
    assert LOOK_BEFORE_FREEING in freeing.notices


def test_a_camera_on_a_switch_is_not_sent_to_a_recorder(make_driver: MakeDriver) -> None:
    d = make_driver(model="hikvision-ds-2cd2143g2-i", have=("pin",), opening=True)
    for _ in range(40):
        step = d.state.current
        if step.kind == "outcome":
            break
        assert LOOK_IN_THE_RECORDER not in step.notices
        assert LOOK_BEFORE_FREEING not in step.notices
        d.pick("switch", "no", "on", "done", "not_sure")


def test_someone_who_cannot_see_the_light_is_told_where_to_look_on_the_check_they_get(
    make_driver: MakeDriver,
) -> None:
    """After "I can't see this camera's light", the setup light's check is passed by for the
    next one (no_sight.py), and the recorder's notice went with it: "Does it ask for a new
    password on its page?" said nothing of the recorder (merged-diff review 66, I #1)."""
    d = make_driver(model="lorex-e893ab", have=("pin", "computer"), opening=True)
    _send(d, ["wont-reset", "skip-questions", "network-cable", "no-light", "on"])
    for _ in range(6):  # the maker's reset, its hold and its wait
        if d.state.current.ref.kind == "action" and d.state.current.offers("no"):
            break
        d.send("done")
    check = d.state.current
    assert check.title != "Is the camera in setup mode now?" and check.offers("no")
    # with no check over the network on its recorder's ports, it says where there is one
    assert any(n.startswith(LOOK_IN_THE_RECORDER[:-1]) for n in check.notices)
    d.send("no")
    for _ in range(6):
        if d.state.current.title == "Free the recorder's power":
            break
        d.pick("recorder", "reacted", "on")
    freeing = d.state.current
    assert freeing.title == "Free the recorder's power"
    assert LOOK_BEFORE_FREEING in freeing.notices
    assert "“Is the camera in setup mode now?”" not in " ".join(freeing.notices)
