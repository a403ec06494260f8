"""The few words a screen reader is told at a not-before hold's time (a Tapo C200's 10 s), in
place of the 21 shown (accessibility review 75 F, #6)."""

from __future__ import annotations

from camreset.bench.sim.plans import PlanBook
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.present.step import Timer
from camreset.core.present.timer_words import timer_words


def test_the_c200s_let_go_time_is_said_in_a_few_words_from_its_sign(kb: KnowledgeBase) -> None:
    """Its sign, "the light turns to red blinking", in "Let go once …": 8 words, not the shown
    "Keep holding until …, or let go now if it already has; stop by 30 s"."""
    hold = PlanBook(kb)["tapo-c200"].stage("guided-reset", 2)
    assert hold.timer is not None and hold.timer.not_before == 10
    words = timer_words(hold.timer)
    assert words.go == "Let go once the light turns to red blinking"
    assert words.stop.startswith("Keep holding until the light turns to red blinking, or let go")


def test_a_long_sign_is_not_read_out_whole_at_the_let_go_time() -> None:
    long_sign = "the light flashes or changes colour, or you hear a chime or tone (if it has one)"
    timer = Timer(5, 10, 30, until=long_sign, max_why="the longest hold", not_before=10)
    go = timer_words(timer).go
    assert go == "Let go once it happens, now if it already has" and len(go.split()) <= 12


def test_a_hold_with_no_not_before_time_has_no_such_words(kb: KnowledgeBase) -> None:
    plain = PlanBook(kb)["tapo-c100"].stage("guided-reset", 2)
    assert plain.timer is not None and timer_words(plain.timer).go == ""
