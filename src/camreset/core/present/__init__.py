"""What a person reads: every word, label and unit, and the steps built from the knowledge base.

Templates and terminal views lay these out; they never word a fact, a label or a duration
themselves. `StepRenderer` loads on first use: a reset card (`camreset show`) needs the fact
views, not the step builder and, through it, the engine.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from camreset.core.present.facts import FactView, card_views, fact_view

if TYPE_CHECKING:
    from camreset.core.present.steps import StepRenderer


def __getattr__(name: str) -> Any:
    if name == "StepRenderer":
        return import_module("camreset.core.present.steps").StepRenderer
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["FactView", "StepRenderer", "card_views", "fact_view"]
