"""A Wyze Cam OG's long hold is the whole 20 s its own guide gives, not the general guides' 30 s:
its page said "That is longer than the 20 seconds any source gives for this camera: the 30
seconds are the general guides' advice …" while its timer ran the 30 s, and a 30 s hold of
SETUP is the very trouble its forum case reports (session 71 leftover). A log started before
OWN_LONG_HOLD_RULES holds for 30 s as it did."""

from __future__ import annotations

from tests.session.conftest import replayed_under
from tests.session.test_long_hold_words import GENERAL, to_the_long_hold

from camreset.core.session import Guide
from camreset.core.session.later_rules import OWN_LONG_HOLD_RULES
from camreset.core.session.rules import RULES


def test_the_og_long_hold_times_the_20_seconds_its_guide_gives(guide: Guide) -> None:
    assert RULES >= OWN_LONG_HOLD_RULES
    d = to_the_long_hold(guide)
    page = d.state.current
    assert page.title == "Hold the reset button for 20 seconds"
    assert page.timer is not None and (page.timer.recommended, page.timer.max) == (20, 20)
    assert page.text.startswith("Keep holding for the whole 20 seconds, even after the camera")
    assert GENERAL not in page.text and "30" not in page.text
    d.send(None, type="hold", data={"seconds": 19.5})  # the whole 20 s, as the timer stops it
    d.send("done")
    assert d.state.current.title == "Let the camera restart"


def test_an_older_log_still_holds_30_seconds_and_19_is_short(guide: Guide) -> None:
    d = to_the_long_hold(guide)
    d.send(None, type="hold", data={"seconds": 19.5})
    d.send("done")
    old = replayed_under(d, OWN_LONG_HOLD_RULES - 1)
    assert old.current.title == "That was a short hold"
    assert "The timer stopped before 30 seconds" in old.current.text
