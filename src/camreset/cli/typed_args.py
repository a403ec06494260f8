"""Words typed on the command line, bounded before anything searches for them or echoes them.

A model name, a product line, a session id or a list of items is a few dozen characters. An
argument of 100,000 characters made the fuzzy model search take seconds and came back whole
in a 100 KB error line, so each command passes what it was given through `short` first.
"""

from __future__ import annotations

from camreset.errors import UsageError

MAX_WORD = 200
"""Longest model name, line, session id or `--have` list read (docs/terminal.md, Limits)."""


def short(value: str | None, what: str, limit: int = MAX_WORD) -> str | None:
    """`value` unchanged, or UsageError if it is longer than `limit` characters."""
    if value is not None and len(value) > limit:
        raise UsageError(f"{what} is {len(value)} characters long; at most {limit} are read")
    return value
