"""The seconds of a hold, from a model's resolved hold fact: what the timer, the step's words
and the facts box all read, so they can never disagree."""

from __future__ import annotations

from camreset.core.kb.values import Hold

LONG_HOLD_FLOOR = 30.0
"""The TP-Link seed's "a full 30 seconds": the shortest long hold we ever suggest."""
NO_HOLD_FACT = (LONG_HOLD_FLOOR, LONG_HOLD_FLOOR, 60.0)
"""With no hold fact at all: the seeds' long hold, stopping at the Amcrest seed's 60 s."""


def timer_of(hold: Hold | None) -> tuple[float, float, float]:
    """(min, recommended, max) seconds for the hold timer, filling gaps from one another."""
    if hold is None:
        return NO_HOLD_FACT
    known = [v for v in (hold.min, hold.recommended, hold.max) if v is not None]
    if not known:
        only = hold.safe_max or LONG_HOLD_FLOOR
        return (only, only, only)
    lo = hold.min if hold.min is not None else min(known)
    rec = hold.recommended if hold.recommended is not None else max(lo, min(known))
    hi = hold.max if hold.max is not None else max(known)
    return (lo, rec, max(rec, hi))


def long_hold(hold: Hold | None) -> float:
    """The "hold longer" time: at least 30 s, up to the longest hold sources allow."""
    _, _, hi = timer_of(hold)
    value = max(LONG_HOLD_FLOOR, hi)
    if hold is not None and hold.safe_max is not None:
        value = min(value, hold.safe_max)
    return value


def hold_minimum(hold: Hold | None, kind: str) -> float:
    """The shortest hold a hold page asks for: `kind` is its `hold` (recommended, long or
    whole seconds)."""
    lo, _, _ = timer_of(hold)
    if kind == "long":
        return min(lo, long_hold(hold))
    return float(kind) if kind.isdigit() else lo
