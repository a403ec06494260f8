"""A long hold let go early says, like its hold page, where its 30 seconds are longer than any
source gives for the camera: the general guides' advice, not the camera's own hold (session 70
leftover: a Wyze Cam OG let go at 14 s, inside the 10 to 20 s its sources give, was told only
"this step is a hold for the whole 30 seconds … Hold it again"). Since rules 69 its long hold
is the whole 20 s its own guide gives (tests/session/test_own_long_hold.py): a log started
before still holds for 30 s and says so."""

from __future__ import annotations

from tests.session.conftest import Driver, replayed_under, start_event

from camreset.core.session import Guide
from camreset.core.session.later_rules import OWN_LONG_HOLD_RULES

GENERAL = (
    "That is longer than the 20 seconds any source gives for this camera: the 30 seconds are "
    "the general guides' advice for any camera, not something a source found for this one."
)
OG_TOLD = {
    "reason": "wont-reset",
    "held-how-long": "until-change",
    "saw-confirmation": "reacted",
    "restarted": "no-restart",
    "status-light": "steady:solid-red",
    "felt-click": "yes",
}
"""Its own reset tried before (held until the light changed), and a click felt."""


def to_the_long_hold(guide: Guide) -> Driver:
    """A Wyze Cam OG at its long hold, the way `OG_TOLD` leads there."""
    d = Driver(guide, start_event(guide, model="wyze-cam-og", have=("pin", "app")))
    for _ in range(30):
        step = d.state.current
        if step.ref.ref == "long-hold" and step.timer is not None:
            return d
        d.send(OG_TOLD[step.ref.ref]) if step.ref.ref in OG_TOLD else d.pick("no", "done")
    raise AssertionError("no long hold")


def _long_hold_let_go_at(guide: Guide, seconds: float) -> Driver:
    """A log started under rules 68, before the OG's own long hold."""
    d = to_the_long_hold(guide)
    d.state = replayed_under(d, OWN_LONG_HOLD_RULES - 1)
    assert d.state.current.title == "Hold the reset button for 30 seconds"
    assert GENERAL in d.state.current.text  # the hold page says it
    d.send(None, type="hold", data={"seconds": seconds})
    d.send("done")
    return d


def test_a_wyze_cam_og_let_go_early_on_its_long_hold_is_told_the_30_s_are_no_source_s(
    guide: Guide,
) -> None:
    page = _long_hold_let_go_at(guide, 14).state.current
    assert page.title == "That was a short hold"
    assert page.text == (
        "The timer stopped before 30 seconds, and this step is a hold for the whole 30 "
        f"seconds, even after the camera reacts. {GENERAL} Letting go at the light is what the "
        "usual hold does. Hold it again, for the whole time?"
    )
