"""The page after a hold the timer measured shorter than its page asks ("That was a short
hold"), in words. Its own module: the session words it with the hold its log reads (a log
written before NOT_BEFORE_HOLD_RULES takes a Tapo C200's hold as long enough from 5 s, and its
page said "before 10 seconds"), and where letting go sooner is what a source found resets the
camera only in part, the page says so and its "go on" says what it goes on with: "A shorter
hold often does nothing" and "It reacted anyway: go on" let a person who had seen the light
change at 5 s accept the partial reset unawares (merged-diff review 69, N #2, #4). A long
hold longer than any source gives for the camera says so here too, as its hold page does: a
Wyze Cam OG let go at 14 s, inside the 10 to 20 s its sources give, was told only "this step
is a hold for the whole 30 seconds … Hold it again" (session 70 leftover)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from camreset.core.present.device_noun import in_its_own_words
from camreset.core.present.holds import in_part_windows, window_end
from camreset.core.present.values import long_note

if TYPE_CHECKING:
    from camreset.core.kb.resolved import ResolvedModel
    from camreset.core.present.steps import StepRenderer

GO_ON = "go-on"
GO_ON_WORDS = "It reacted anyway: go on"
GO_ON_IN_PART = "It reacted: go on, with it reset only in part"
"""The go-on answer where letting go before the page's time resets it only in part."""
WENT_ON = "went on after a short hold"
WENT_ON_IN_PART = "went on after a short hold, which a source found resets it only in part"
"""Its result, in the history and the report: the reset it went on with was a partial one."""


def short_hold_words(
    r: StepRenderer, action: str, stage: int, least: float, in_part: bool
) -> tuple[str, str]:
    """The page's text and its go-on label, for a hold short of `least`; `in_part`: `least`
    is the time the page says not to let go before, as the log reads it (a Tapo C200's 10 s,
    past the 5 s a source found resets it only in part)."""
    whole = r.whole_seconds(action, stage)
    found = in_part_words(r.model, least)
    if whole is None and in_part and found is not None:
        text = (
            f"The timer stopped before {least:g} seconds, the time this step asks you to hold "
            f"to, even if the camera reacts sooner. {found}. Hold it again, for at least "
            f"{least:g} seconds?"
        )
        return in_its_own_words(r.model, text), in_its_own_words(r.model, GO_ON_IN_PART)
    if whole is None:  # the page's least, not every source's: some give less
        text = (
            f"The timer stopped before {least:g} seconds, the shortest hold this step asks "
            "for. A shorter hold often does nothing. Hold it again, longer?"
        )
    elif r.plan.actions[action].steps[stage].unplugged:
        text = (
            f"The timer stopped before {whole:g} seconds, and this step is a hold for the "
            f"whole {whole:g} seconds. Hold it again, for the whole time?"
        )
    else:
        long = r.plan.actions[action].steps[stage].hold == "long"
        note = f"{long_note(r.model)} " if long and long_note(r.model) else ""
        text = (
            f"The timer stopped before {whole:g} seconds, and this step is a hold for the "
            f"whole {whole:g} seconds, even after the camera reacts. {note}Letting go at the "
            "light is what the usual hold does. Hold it again, for the whole time?"
        )
    return in_its_own_words(r.model, text), in_its_own_words(r.model, GO_ON_WORDS)


def in_part_words(model: ResolvedModel, least: float) -> str | None:
    """ "A source found that letting go at 5 s resets it only in part (the local admin password
    is kept)": a source's window that ends before `least`, in its words (None: no such one)."""
    window = next((w for w in in_part_windows(model) if window_end(w) < least), None)
    if window is None:
        return None
    kept = f" ({window.note})" if window.note else ""
    found = f"A source found that letting go at {window.seconds} s resets it only in part{kept}"
    return in_its_own_words(model, found)
