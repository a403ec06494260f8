"""Semantic style names for everything the wizard prints, in one table.

Modules name what a piece of text is ("fact.warning"), never a colour, so NO_COLOR and a
change of palette touch only this table.
"""

from __future__ import annotations

from rich.theme import Theme

THEME = Theme(
    {
        "step.number": "dim",
        "step.title": "bold",
        "step.hint": "italic",
        "fact.label": "bold",
        "fact.meta": "dim",
        "fact.warning": "yellow",
        "why.title": "bold dim",
        "why.text": "dim",
        "answer.key": "bold cyan",
        "keys": "dim",
        "timer.done": "green",
        "timer.todo": "grey37",
        "timer.alert": "bold yellow",
        "outcome.done": "bold green",
        "outcome.escalated": "bold yellow",
        "notice": "bold",
        "error": "bold red",
    }
)
