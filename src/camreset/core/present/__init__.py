"""What a person reads: every word, label and unit, and the steps built from the knowledge base.

Templates and terminal views lay these out; they never word a fact, a label or a duration
themselves.
"""

from camreset.core.present.facts import FactView, card_views, fact_view
from camreset.core.present.steps import StepRenderer

__all__ = ["FactView", "StepRenderer", "card_views", "fact_view"]
