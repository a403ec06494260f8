"""Answer labels renamed since saved sessions chose them: a log written before its answers kept
their own words shows the words of the day, and a support agent reading a report back to the
customer quoted "I can't see this camera's light, or it has none", which they never saw
(session-65 diff review, H #12). An answer given before the rename is shown in its words then;
one given after it, by a camreset that may not have had it yet, with both."""

from __future__ import annotations

from datetime import UTC, datetime

from camreset.core.present.words import NO_LIGHT

RENAMED_LABELS: dict[str, tuple[str, datetime]] = {
    NO_LIGHT: ("I can't see a light on this camera", datetime(2026, 12, 6, 3, 31, tzinfo=UTC)),
}
"""A label of today: its words before, and when it was renamed (d7efc5e1, accessibility review
65, finding 3)."""


def words_then(label: str, at: datetime) -> str:
    """`label` as an answer given at `at`, with no words of its own in its event, read then."""
    renamed = RENAMED_LABELS.get(label)
    if renamed is None:
        return label
    before, since = renamed
    if at < since:
        return before
    return f"{label} (its words since {since.day} {since:%B %Y}; before then “{before}”)"
