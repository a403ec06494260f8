"""The keys line under a step's answers: the keys of `key_list.offered`, folded only between two
keys ("l answers so" / "far" at 80 columns: terminal review 71, I #13)."""

from __future__ import annotations

from camreset.cli.wizard.key_list import offered
from camreset.cli.wizard.unbroken import Unbroken
from camreset.core.session import Step


def key_hints(
    step: Step,
    can_undo: bool,
    *,
    undo: str | None = None,
    again: str = "",
    more: str = "",
    **shown: bool,
) -> Unbroken:
    """The keys a step takes, folded only between two keys (inside one only where it is wider
    than the screen); `undo`, `again`, `more` and `shown` as `offered` takes them."""
    last = len(step.answers)
    first = f"1-{last} answer" if last > 1 else "1 answer"
    said = offered(step, can_undo=can_undo, undo=undo, again=again, more=more, **shown)
    keys = [short for short, _ in said]
    return Unbroken.phrases([first, *keys, "q leave"], "keys")
