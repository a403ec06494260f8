"""A hold page gives no stop time the sources do not give (review 71 E, #7)."""

from __future__ import annotations

from camreset.bench.sim.plans import PlanBook
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.present.timer_words import timer_words


def test_a_hikvision_held_as_its_power_comes_back_is_not_told_to_stop_by_20_seconds(
    kb: KnowledgeBase,
) -> None:
    """The DS-2CD2143G2-I's power-up hold said "Hold for 15 seconds once the power is back.
    Stop by 20 seconds.": the 20 is the end of the 15 to 20 s two guides give, and no source
    says to stop by it; the installer's guide this very method is from says 30 s or more.
    The page now says the 15 to 20 s as a time, and that other sources give as long as 30 s;
    its last cue and its beeps say "the end of the surest time", not "stop now"."""
    hold = PlanBook(kb)["hikvision-ds-2cd2143g2-i"].stage("power-up-hold", 1)
    assert hold.timer is not None and hold.timer.from_power
    words = timer_words(hold.timer)
    assert "Stop by" not in words.plan
    assert words.plan == (
        "Hold 15 to 20 seconds once the power is back, the surest time the sources give; "
        "other sources give as long as 30."
    )
    assert not words.over.startswith("Stop now")
    assert "stop now" not in words.sounds
    assert (hold.timer.min, hold.timer.max) == (15, 20)  # the timer's times are as they were
