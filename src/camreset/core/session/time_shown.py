"""The minutes left a page shows: the range, which page before support it is, and why the
range grew since the answer before.

Before the end at support the session asks for an item left unticked, looks once more at the
last check answered "no", and asks again up to two answers that decide the end (`flow`). Each
of those pages used to read "last thing to try before support", three pages running (an
accessibility review). Answering each as before (the item still not at hand, the check still
"no", the same answer again) shows how many there are, so a page can say which one it is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from camreset.core.guide.plan import CameraPlan
from camreset.core.present.detour_steps import LAST_LOOK, RECHECK
from camreset.core.present.step import StepRef
from camreset.core.present.time_words import REOPENED, grew_words
from camreset.core.present.words import CANT, NOT_SURE
from camreset.core.session import said
from camreset.core.session.charge_look import BATTERY_LEVEL
from camreset.core.session.estimate import PAGE_MINUTES, TimeLeft, time_left
from camreset.core.session.flow import Recommender, next_step
from camreset.core.session.fold import Fold
from camreset.core.session.state import SessionFold
from camreset.core.session.update_look import UPDATE_OR_OUTAGE

SetupRange = Callable[[CameraPlan, Fold], tuple[float, float] | None]

LOOKS_BEFORE_SUPPORT = frozenset({BATTERY_LEVEL, UPDATE_OR_OUTAGE})
"""Questions the step before support asks where nothing else did (a battery's charge, an update
before the trouble): "Is the battery full enough?" read "last question before support", then
three more pages came (merged-diff review 67, N #11)."""

LOOK_AHEAD = 6
"""Pages followed at most (the chain has an item or two, a last look and two rechecks)."""


def unchanged_answer(fold: Fold, ref: StepRef) -> str | None:
    """The answer that leaves a page before support as it found things (None: the page is
    not one of those, such as an engine question whose answer may open another way)."""
    if ref.kind == "tool":
        return CANT
    if ref.kind == "question" and ref.ref in LOOKS_BEFORE_SUPPORT:
        return NOT_SURE  # asked because support is next: "not sure" leaves it so (N #11)
    if ref.kind == "detour" and ref.ref == LAST_LOOK:
        return "no"
    if ref.kind == "detour" and ref.ref == RECHECK and ref.subject is not None:
        at = said.latest_answer(fold, ref.subject)
        given = fold.evidence[at] if at is not None else None
        return getattr(given, "answer", NOT_SURE)
    return None


def pages_before_support(
    plan: CameraPlan, fold: Fold, recommender: Recommender, ref: StepRef
) -> int:
    """The pages, `ref`'s included, that come before support when each is answered as before
    (1: this is the last; never more than `LOOK_AHEAD`)."""
    ahead = fold.copy()
    count = 1
    while count < LOOK_AHEAD:
        same = unchanged_answer(ahead, ref)
        if same is None:
            return count
        ahead.answer(plan, ref, same)
        ref = next_step(plan, ahead, recommender).ref
        if ref.kind == "outcome":
            return count
        count += 1
    return count


def _begun(fold: Fold, ref: StepRef) -> Fold:
    """`fold` with the attempt on page `ref` begun: an attempt offered where the engine would
    send the person to support next ("Charge it", a battery said low) read "last question
    before support", then four pages of its own followed and the next read "about 22–35 min
    left" (merged-diff review 68, N #13). Its range is that attempt's pages and what follows
    them, as once it is begun."""
    ahead = fold.copy()
    ahead.running = (ref.ref, ref.stage)
    return ahead


def time_shown(
    plan: CameraPlan, fold: SessionFold, ref: StepRef, recommender: Recommender, setup: SetupRange
) -> TimeLeft:
    """The range of minutes left on page `ref` (kept as `fold.shown`), with which page before
    support it is, and why it grew since the last answer (if it did)."""
    asking = ref.ref if ref.kind == "question" else None
    now = time_left(plan, fold, setup, asking)
    if now.support_next and ref.kind == "action" and fold.running is None:
        now = time_left(plan, _begun(fold, ref), setup)  # as its own next page will show it
    if now.support_next:
        pages = pages_before_support(plan, fold, recommender, ref)
        more = (pages - 1) * PAGE_MINUTES
        now = replace(now, low=now.low + more, high=now.high + more, before_support=pages)
    fold.shown = now
    if fold.before is None or not fold.history:
        return now
    last = fold.history[-1]
    asked = last.ref.ref if last.ref.kind == "question" else None  # on screen before
    was = fold.before_shown or time_left(plan, fold.before, setup, asked)
    if was.support_next and not now.support_next and now.high > 0:  # however short
        return replace(now, grew=REOPENED)
    if not now.longer_than(was):
        return now
    return replace(now, grew=grew_words(last.ref.kind, last.result, last.answer))
