"""A session handed to support and said, afterwards, to be fixed: one test for it, and its
words, shared by the report, the list of sessions and the guide's exit code."""

from __future__ import annotations

HANDED_OVER = ("escalated", "stopped")
"""Outcomes whose end page asks "once support has helped, is it fixed?"."""
FIXED_BY_SUPPORT = "Not solved at home; fixed since with support's help, as the person said"
LISTED_FIXED_BY_SUPPORT = "fixed with support's help"
"""A hand-over to support whose feedback then said the camera is fixed: the report, the list
of sessions and the guide's exit code had gone on saying "needs support" (review 51)."""


def fixed_by_support(outcome: str | None, feedback: dict[str, str] | None) -> bool:
    """Whether a session handed to support (or stopped with its report) was said, afterwards,
    to be fixed."""
    return outcome in HANDED_OVER and (feedback or {}).get("fixed") == "yes"
