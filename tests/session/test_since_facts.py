"""Facts the knowledge base gained in session 65 (marked `since: 63`): a new session's steps use
them, and a log started before replays with the steps it was shown."""

from __future__ import annotations

from collections.abc import Callable

from tests.session.conftest import Driver

from camreset.core.session.rules import RULES

MakeDriver = Callable[..., Driver]
PRO_2 = {"model": "ring-video-doorbell-pro-2", "have": ("pin", "app")}


def _to_the_hold(d: Driver) -> Driver:
    """Answer each page until the first one with a hold timer."""
    for _ in range(30):
        if d.state.current.timer is not None:
            return d
        d.pick("done", "yes", "no", "not_sure")
    raise AssertionError("no hold page reached")


def test_a_pro_2_hold_page_gives_the_guides_for_the_pro_2_and_their_sign(
    make_driver: MakeDriver,
) -> None:
    """Digital Trends' 10 s alone set the Pro 2's hold, with the general "the status light
    starts flashing or changes colour"; Technobezz (20 s, the front light flashes a few times)
    and Doorbell Troubleshooting (15 s) write about the Pro 2 itself."""
    hold = _to_the_hold(make_driver(**PRO_2)).state.current
    assert hold.timer is not None and (hold.timer.min, hold.timer.max) == (10, 20)
    assert "the light flashes a few times (on the front)" in hold.text
    assert "(10 to 20 seconds)" in hold.text


def test_a_pro_2_log_started_before_replays_with_the_hold_it_was_shown(
    make_driver: MakeDriver,
) -> None:
    d = _to_the_hold(make_driver(**PRO_2))
    started, *rest = d.state.events
    assert started.data["rules"] == RULES >= 63
    old = started.model_copy(update={"data": {**started.data, "rules": 62}})
    before = d.guide.replay([old, *rest])
    hold = before.current
    assert hold.id == d.state.current.id
    assert hold.timer is not None and (hold.timer.min, hold.timer.max) == (10, 10)
    assert "the status light starts flashing or changes colour" in hold.text
    assert "on the front" not in hold.text
