"""Answer labels renamed since saved sessions chose them: a log written before its answers kept
their own words shows the words of the day, and a support agent reading a report back to the
customer quoted "I can't see this camera's light, or it has none", which they never saw
(session-65 diff review, H #12). An answer given before the rename is shown in its words then;
one given after it, by a camreset that may not have had it yet, with both. Where one label
replaced two (one page said one, another page the other), both are named."""

from __future__ import annotations

from datetime import UTC, datetime

from camreset.core.present.short_hold import GO_ON_IN_PART, GO_ON_WORDS
from camreset.core.present.words import NO_LIGHT

SESSION_66 = datetime(2026, 12, 6, 8, 0, tzinfo=UTC)
"""When session 66's renames landed, with the answer events that keep their own words: any
answer event without them was written before."""
RENAMED_LABELS: dict[str, tuple[tuple[str, ...], datetime]] = {
    NO_LIGHT: (("I can't see a light on this camera",), datetime(2026, 12, 6, 3, 31, tzinfo=UTC)),
    # need-a-reset review 66, E F1, F6 (6456c723): Tapo's page said the first, Ring's the second
    "The camera itself asks for a password: reset it": (
        ("It's the camera's own password: reset it", "It isn't for me: reset it"),
        SESSION_66,
    ),
    "The doorbell itself asks for a password: reset it": (
        ("It isn't for me: reset it",),
        SESSION_66,
    ),
    # E F7 (9b52b5c6): the opening's skip
    "Skip: go straight to the reset": (("Skip these questions",), SESSION_66),
    "Skip the other questions": (("Skip these questions",), SESSION_66),
    # merged-diff review 69, N #2: a short hold on a page where letting go sooner resets it in
    # part (a Tapo C200); its answer events all keep their words since SESSION_66
    GO_ON_IN_PART: ((GO_ON_WORDS,), SESSION_66),
}
"""A label of today: its words before, and when it was renamed (NO_LIGHT: d7efc5e1,
accessibility review 65, finding 3)."""


def words_then(label: str, at: datetime) -> str:
    """`label` as an answer given at `at`, with no words of its own in its event, read then."""
    renamed = RENAMED_LABELS.get(label)
    if renamed is None:
        return label
    before, since = renamed
    said = " or ".join(f"“{words}”" for words in before)
    if at < since and len(before) == 1:
        return before[0]
    if at < since:  # which page it was on is not known: both, and today's
        return f"{said} (worded “{label}” since {since.day} {since:%B %Y})"
    return f"{label} (its words since {since.day} {since:%B %Y}; before then {said})"
