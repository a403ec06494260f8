"""Decision-theoretic troubleshooting engine (pure: no I/O).

A single-fault Bayesian model (`model`), belief updates from evidence (`evidence`), the next
step by expected cost of repair (`policy`), and exact strategy costs (`exact`). The model
format is documented in docs/engine-model.md.
"""

from camreset.core.engine.evidence import (
    ActionFailed,
    Answered,
    Evidence,
    PartlyDone,
    belief,
    update_after_answer,
    update_after_failure,
)
from camreset.core.engine.exact import lower_bound, optimal_cost, policy_cost, sequence_cost
from camreset.core.engine.model import Action, Question, TroubleshootingModel
from camreset.core.engine.policy import EngineConfig, Recommendation, recommend
from camreset.core.engine.why import AnswerShift, Why

__all__ = [
    "Action",
    "ActionFailed",
    "AnswerShift",
    "Answered",
    "EngineConfig",
    "Evidence",
    "PartlyDone",
    "Question",
    "Recommendation",
    "TroubleshootingModel",
    "Why",
    "belief",
    "lower_bound",
    "optimal_cost",
    "policy_cost",
    "recommend",
    "sequence_cost",
    "update_after_answer",
    "update_after_failure",
]
