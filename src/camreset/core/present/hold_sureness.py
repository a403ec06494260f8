"""How sure the sources are of the time a hold page follows, and whose time it is: one short
line after the page's answers (KB audit 57, M8).
"""

from __future__ import annotations

from camreset.core.kb.resolved import Origin, ResolvedModel
from camreset.core.kb.values import Hold
from camreset.core.present.confidence_words import CONFIDENCE
from camreset.core.present.facts import origin_words
from camreset.core.present.holds import timer_of
from camreset.core.present.number_words import number

SURE_IN_SHORT = {
    "high": "the maker's own documentation",
    "medium": "independent sources",
    "low": "one source or publisher only",
}
"""Why each confidence, in a few words: said on one short line after a hold page's answers."""


def hold_sureness(
    model: ResolvedModel, hold: str = "recommended", asked: float | None = None
) -> str | None:
    """How sure the sources are of the time a hold page follows, and whose time it is, said
    right after its answers: a maker-documented hold and a single blog's read the same, and
    the only sign was a badge screens below (KB audit 57, M8). The time is named, as the
    timer may aim past it (a Tapo C200's 10 s past a 5 s that resets in part: diff review
    58). None for a page with its own hold ("15", "long"), which is not the model's. `asked`:
    the hold the page asks for at least, where it is past the sources' surest time (a Tapo
    C200's 10 s, as 5 s resets it only in part): the line names it, and says the sources
    disagree; "How sure of the 5 seconds" under "at least 10 seconds" gave an agent reading
    aloud the wrong number (helpdesk review 70, H #12)."""
    resolved = model.facts.get("hold")
    if resolved is None or hold != "recommended":
        return None
    level = resolved.confidence.value
    lo, _, hi = timer_of(resolved.value if isinstance(resolved.value, Hold) else None)
    time = f"{number(lo)} seconds" if lo == hi else f"{number(lo)} to {number(hi)} seconds"
    # where sources differ the page's times span them all: which one this is, is said (a
    # generic page held 10 to 60 s under "How sure of the 10 to 30 seconds": review 63, #3)
    differ = len({timer_of(c.value) for c in resolved.claims if isinstance(c.value, Hold)}) > 1
    time += ", one of the times the sources give" if differ else ""
    said = f"How sure of the {time}: {CONFIDENCE[level].word}"
    if asked is not None and asked > hi:
        return _past_the_surest(
            model, asked, f"{number(lo)}{'' if lo == hi else f' to {number(hi)}'}"
        )
    if resolved.origin is Origin.default:  # its words name the publisher already
        return f"{said}: it is {origin_words(model, resolved.origin)}."
    whose = origin_words(model, resolved.origin)
    return f"{said} ({SURE_IN_SHORT[level]})" + (f", as {whose}." if whose else ".")


def _past_the_surest(model: ResolvedModel, asked: float, surest: str) -> str:
    """The sureness line of a page that holds past the surest time, as it resets in part."""
    resolved = model.facts["hold"]
    windows = [timer_of(c.value) for c in resolved.claims if isinstance(c.value, Hold)]
    least, most = min(lo for lo, _, _ in windows), max(hi for _, _, hi in windows)
    level = resolved.confidence.value
    whose = origin_words(model, resolved.origin)
    why = f"{CONFIDENCE[level].word}: {SURE_IN_SHORT[level]}" + (f", {whose}" if whose else "")
    return (
        f"How sure of the {number(asked)} seconds: the sources disagree ({number(least)} to "
        f"{number(most)} seconds). The surest time, {surest} seconds ({why}), resets it only "
        f"in part, so this page holds for {number(asked)} seconds, the next hold a source gives."
    )
