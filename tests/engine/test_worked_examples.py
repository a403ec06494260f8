"""Worked examples: greedy P/C is not optimal, a question not worth asking, escalation.

These are small examples constructed for this project, in the spirit of Heckerman, Breese &
Rommelse (1995) and Langseth & Jensen (2003); they are NOT numbers copied from those papers
(the papers' own tables could not be consulted). Every expected value is computed by hand in
the comments and checked against the exact optimiser as well.
"""

from __future__ import annotations

from fractions import Fraction as F

from camreset.core.engine.evidence import ActionFailed
from camreset.core.engine.exact import optimal_cost, policy_cost, sequence_cost
from camreset.core.engine.model import Action, Question, TroubleshootingModel
from camreset.core.engine.policy import EngineConfig, recommend

HEURISTIC_ONLY = EngineConfig(exact_limit=0)

# F3 is a "something else" fault no action fixes; there is no service.
GREEDY_TRAP = TroubleshootingModel(
    {"F1": F(1, 2), "F2": F(1, 4), "F3": F(1, 4)},
    (
        Action("A1", F(19, 10), {"F1": 1}),  # P/C = (1/2)/(19/10) = 5/19 ≈ 0.263
        Action("A2", 3, {"F2": 1}),  # P/C = (1/4)/3 ≈ 0.083
        Action("A3", 3, {"F1": 1, "F2": 1}),  # P/C = (3/4)/3 = 0.25
    ),
)


def test_greedy_p_over_c_is_not_optimal_with_multi_fault_actions() -> None:
    # Greedy takes A1 (highest P/C); after it fails F2 and F3 are left (1/4 each), and A2 and
    # A3 each fix F2 with cost 3: 19/10 + 1/2·3 = 17/5.
    assert sequence_cost(GREEDY_TRAP, ["A1", "A2"]) == F(17, 5)
    # A3 first covers F1 and F2 at once; after it fails only F3 is left and nothing can fix
    # it, so the case stops: 3.
    assert sequence_cost(GREEDY_TRAP, ["A3"]) == 3
    assert optimal_cost(GREEDY_TRAP) == 3


def test_look_ahead_avoids_the_greedy_trap() -> None:
    for config in (HEURISTIC_ONLY, EngineConfig()):
        rec = recommend(GREEDY_TRAP, [], config=config)
        assert (rec.kind, rec.step_id) == ("action", "A3")
        assert rec.expected_cost == 3
        assert policy_cost(GREEDY_TRAP, config) == 3


# The format example from the issue: A1 half-fixes F2, Q1 points at F1 or F2, service 10.
ISSUE = TroubleshootingModel(
    {"F1": F(1, 5), "F2": F(4, 5)},
    (Action("A1", 1, {"F1": 1, "F2": F(1, 2)}),),
    (
        Question(
            "Q1",
            1,
            {"yes": {"F1": F(9, 10), "F2": F(1, 10)}, "no": {"F1": F(1, 10), "F2": F(9, 10)}},
        ),
    ),
    10,
)


def test_question_not_worth_asking() -> None:
    # Never asking: A1, then service if it failed: 1 + (4/5·1/2)·10 = 5.
    # Asking first (joint masses): "yes" 1/5·9/10 + 4/5·1/10 = 13/50; then A1 and service on
    # the 4/5·1/10·1/2 = 1/25 still broken: 13/50 + 10/25 = 33/50 (service alone: 13/5).
    # "no" 1/50 + 36/50 = 37/50; then A1 + service on 4/5·9/10·1/2 = 9/25: 37/50 + 90/25 =
    # 217/50 (service alone: 37/5). Total 1 + 33/50 + 217/50 = 6 > 5, so Q1 is not worth 1.
    assert sequence_cost(ISSUE, ["A1"]) == 5
    assert optimal_cost(ISSUE) == 5
    for config in (HEURISTIC_ONLY, EngineConfig()):
        rec = recommend(ISSUE, [], config=config)
        assert (rec.kind, rec.step_id) == ("action", "A1")
    free = TroubleshootingModel(
        ISSUE.faults, ISSUE.actions, (Question("Q1", 0, ISSUE.questions[0].answers),), 10
    )
    # Even free, Q1 gains nothing: 0 + 33/50 + 217/50 = 5, because after either answer the
    # best plan is the same (A1, then service): information that changes no decision is
    # worth zero. On the tie the engine keeps the action (actions before questions).
    assert optimal_cost(free) == 5
    assert recommend(free, []).step_id == "A1"


# Two equally likely faults, each with a certain but costly fix; service costs 10.
ESCALATE = TroubleshootingModel(
    {"F1": F(1, 2), "F2": F(1, 2)},
    (Action("A1", 6, {"F1": 1}), Action("A2", 6, {"F2": 1})),
    (),
    10,
)


def test_escalation_uses_the_best_prefix_not_the_first_efficiency_comparison() -> None:
    # Every action's P/C is (1/2)/6 = 1/12 < 1/10 = 1/C(service): a myopic rule would call
    # service now (10). But A1 then A2 costs 6 + 1/2·6 = 9 < 10, and A1 then service costs
    # 6 + 1/2·10 = 11: the cheapest prefix is the whole sequence, with no service at all.
    assert sequence_cost(ESCALATE, []) == 10
    assert sequence_cost(ESCALATE, ["A1", "A2"]) == 9
    assert optimal_cost(ESCALATE) == 9
    for config in (HEURISTIC_ONLY, EngineConfig()):
        rec = recommend(ESCALATE, [], config=config)
        assert (rec.kind, rec.step_id, rec.expected_cost) == ("action", "A1", 9)


# F3 cannot be fixed by any action; service costs 8.
CUT_OFF = TroubleshootingModel(
    {"F1": F(1, 2), "F2": F(1, 4), "F3": F(1, 4)},
    (Action("A1", 2, {"F1": 1}), Action("A2", 5, {"F2": 1})),
    (),
    8,
)


def test_escalation_cut_off_inside_the_sequence() -> None:
    # Service now: 8. A1, service: 2 + 1/2·8 = 6. A1, A2, service: 2 + 1/2·5 + 1/4·8 = 13/2.
    # So: A1 first, and after it fails call service (A2 then service would be 5 + 1/2·8 = 9
    # from there against 8).
    assert sequence_cost(CUT_OFF, ["A1"]) == 6
    assert sequence_cost(CUT_OFF, ["A1", "A2"]) == F(13, 2)
    assert optimal_cost(CUT_OFF) == 6
    for config in (HEURISTIC_ONLY, EngineConfig()):
        first = recommend(CUT_OFF, [], config=config)
        assert (first.kind, first.step_id, first.expected_cost) == ("action", "A1", 6)
        then = recommend(CUT_OFF, [ActionFailed("A1")], config=config)
        assert (then.kind, then.step_id, then.expected_cost) == ("service", None, 8)
        assert policy_cost(CUT_OFF, config) == 6
