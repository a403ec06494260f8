"""What a screen reader is told as a not-before hold's window opens (a Tapo C200 at 5 s): a
few words that keep its rule, not the shown sentence (accessibility review 75 F, left over)."""

from __future__ import annotations

from camreset.bench.sim.plans import PlanBook
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.present.timer_words import timer_words


def test_the_c200s_read_out_at_5_s_is_short_and_still_says_keep_holding(
    kb: KnowledgeBase,
) -> None:
    """At 5 s a Tapo C200's page read out "Watch and listen now; keep holding to 10 s, even if
    it happens sooner" (14 words) while the person held a pin. Now: "It may react now; keep
    holding to 10 s" — it may react before the end, and they keep holding; the whole sentence
    stays on the screen."""
    timer = PlanBook(kb)["tapo-c200"].stage("guided-reset", 2).timer
    assert timer is not None and timer.not_before == 10
    words = timer_words(timer)
    assert words.now == "It may react now; keep holding to 10 s"
    assert len(words.now.split()) == 9  # "10 s" counted as two
    assert words.watch.endswith("; keep holding to 10 s, even if it happens sooner")  # shown
