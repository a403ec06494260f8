"""The hold timer, from the model's one resolved hold fact.

The timer, the step's instruction and the facts box must never disagree (issue 11, point 3):
all three read the same resolved `hold` fact. When the instruction is "hold until a sign"
(the step's text names `{while_holding}`), the timer does not stop at the recommended time:
it runs to the longest hold any claim of that fact gives (the facts box shows the same range
under "Sources disagree"), capped by a source's safe maximum. What it says: timer_words.py.
"""

from __future__ import annotations

from dataclasses import replace

from camreset.core.kb.resolved import Origin, ResolvedModel
from camreset.core.kb.values import ResetWindow
from camreset.core.present.holds import (
    RESETTING,
    about_hold,
    in_part_windows,
    long_hold,
    longest_claim,
    past_in_part,
    timer_of,
    window_end,
    window_seconds,
)
from camreset.core.present.step import Timer


def set_by_a_window(model: ResolvedModel, timer: Timer, window: object) -> bool:
    """Whether the timer's stop comes from this hold window (Blink's "30 s: full" beside an
    Outdoor 4's "10 to 15 s"): the hold page then shows that window with its source."""
    if not isinstance(window, ResetWindow) or window.effect not in RESETTING:
        return False
    return timer.until is not None and timer.max == window_end(window)


def _stop_by(model: ResolvedModel, hi: float) -> tuple[float, str]:
    """When to stop at the latest while holding until a sign, and where that comes from."""
    hold = model.hold
    resolved = model.facts.get("hold")
    longest = max(hi, longest_claim(model) or hi)
    if hold is not None and hold.safe_max is not None and hold.safe_max < longest:
        return hold.safe_max, "the most the sources say is safe"
    if resolved is None:
        return longest, "camreset's default, from two public reset guides by one publisher (scOS)"
    if model.any_brand("hold"):  # guides for any camera of its shape, not its own
        return longest, "the longest hold the sources give for cameras like this"
    several = len(resolved.claims) > 1 or bool(window_seconds(model))
    if not several:
        return longest, "the longest hold given"
    windows = max(window_seconds(model), default=0.0)
    if resolved.origin is Origin.model and windows < longest:  # its own claims set it: its
        return longest, "the longest hold the sources for this model give"  # line's not read
    return longest, "the longest hold any source gives"


def hold_timer(model: ResolvedModel, hold: str, until: str | None) -> Timer:
    """The timer of a hold page: `hold` is the KB step's hold (recommended, long or seconds);
    `until` the sign the page says to hold until (None: hold for the time)."""
    timer = _timer(model, hold, until)
    speaker = model.value("speaker") is not False
    about = timer.until is not None and timer.max <= timer.min and about_hold(model.hold)
    return replace(timer, no_speaker=not speaker, not_before=not_before(model, timer), about=about)


def _timer(model: ResolvedModel, hold: str, until: str | None) -> Timer:
    lo, rec, hi = timer_of(model.hold)
    if hold == "long":
        seconds = long_hold(model.hold)
        return Timer(min(lo, seconds), seconds, seconds)
    if hold.isdigit():
        return Timer(float(hold), float(hold), float(hold))
    if until is None:
        longest = longest_claim(model) or hi
        longer = longest if longest > hi and hold == "recommended" else None
        return Timer(lo, past_in_part(model, rec, hi), hi, longer=longer)
    stop, why = _stop_by(model, hi)
    rec = past_in_part(model, rec, max(rec, stop))
    return Timer(lo, rec, max(rec, stop), until=until, max_why=why)


def not_before(model: ResolvedModel, timer: Timer) -> float | None:
    """The time before which a hold until a sign says not to let go, even if the sign comes:
    where a source found letting go at the time the timer allows resets it only in part, and
    the page aims past it (a Tapo C200's 10 s past 5 s), its timer says so too; None: it lets
    go when the sign comes."""
    for window in in_part_windows(model):
        if timer.min <= (end := window_end(window)) < timer.max:
            late = timer.until is not None and timer.recommended > end
            return timer.recommended if late else None
    return None


def holds_until_sign(hold: str, text: str | None) -> bool:
    """Whether a hold page (its KB `hold` and text) holds until the camera's sign, not for a
    time: its words name the sign ("{while_holding}") and it asks for no hold of its own."""
    return hold != "long" and not hold.isdigit() and "{while_holding}" in (text or "")


def page_not_before(model: ResolvedModel, hold: str, text: str | None) -> float | None:
    """`not_before` of a hold page's timer, from the page's KB `hold` and text alone: what the
    session judges a timed hold against (a Tapo C200's 10 s, not the least, 5 s)."""
    if not holds_until_sign(hold or "recommended", text):
        return None
    return not_before(model, _timer(model, hold or "recommended", "its sign"))
