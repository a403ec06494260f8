"""Bayes updates against hand-computed fractions (single-fault model)."""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from camreset.core.engine.evidence import (
    ActionFailed,
    Answered,
    PartlyDone,
    belief,
    done_steps,
    update_after_answer,
    update_after_failure,
)
from camreset.core.engine.model import Action, TroubleshootingModel
from camreset.errors import EvidenceError


def test_failed_action_by_hand(three_faults: TroubleshootingModel) -> None:
    # b ∝ (1/2·(1−1/2), 1/3·(1−1/4), 1/6·1) = (1/4, 1/4, 1/6), sum 2/3 → (3/8, 3/8, 1/4)
    b = update_after_failure(three_faults, three_faults.faults, "A1")
    assert b == {"F1": F(3, 8), "F2": F(3, 8), "F3": F(1, 4)}
    assert all(isinstance(p, F) for p in b.values())


def test_answer_by_hand(three_faults: TroubleshootingModel) -> None:
    # b ∝ (1/2·1/2, 1/3·1/3, 1/6·1) = (9/36, 4/36, 6/36), sum 19/36 → (9/19, 4/19, 6/19)
    b = update_after_answer(three_faults, three_faults.faults, "Q1", "yes")
    assert b == {"F1": F(9, 19), "F2": F(4, 19), "F3": F(6, 19)}


def test_both_in_either_order(three_faults: TroubleshootingModel) -> None:
    # (3/8·1/2, 3/8·1/3, 1/4·1) = (3/16, 2/16, 4/16), sum 9/16 → (1/3, 2/9, 4/9)
    expected = {"F1": F(1, 3), "F2": F(2, 9), "F3": F(4, 9)}
    fail, yes = ActionFailed("A1"), Answered("Q1", "yes")
    assert belief(three_faults, [fail, yes]) == expected
    assert belief(three_faults, [yes, fail]) == expected


def test_an_action_done_in_part_counts_only_for_the_faults_of_that_part(
    three_faults: TroubleshootingModel,
) -> None:
    # A1's part for F1 only: b ∝ (1/2·(1−1/2), 1/3, 1/6) = (1/4, 1/3, 1/6), sum 3/4
    # → (1/3, 4/9, 2/9); F2 keeps its prior share, where a full failure lowers it too
    part = PartlyDone("A1", frozenset({"F1"}))
    assert belief(three_faults, [part]) == {"F1": F(1, 3), "F2": F(4, 9), "F3": F(2, 9)}
    assert done_steps(three_faults, [part]) == {"A1"}  # not proposed again
    every = PartlyDone("A1", frozenset(three_faults.faults))
    assert belief(three_faults, [every]) == belief(three_faults, [ActionFailed("A1")])
    assert belief(three_faults, [PartlyDone("A1", frozenset())]) == dict(three_faults.faults)


def test_an_action_done_in_part_makes_earlier_answers_stale(
    three_faults: TroubleshootingModel,
) -> None:
    # Q1 lists stale_after [A2]: its power part done (it changed the camera), the answer given
    # before it no longer counts; given after it, it does.
    part = PartlyDone("A2", frozenset({"F3"}))
    before = belief(three_faults, [Answered("Q1", "yes"), part])
    assert before == {"F1": F(3, 5), "F2": F(2, 5), "F3": F(0)}
    after = belief(three_faults, [part, Answered("Q1", "no")])
    assert after == {"F1": F(9, 17), "F2": F(8, 17), "F3": F(0)}


def test_not_sure_changes_nothing(three_faults: TroubleshootingModel) -> None:
    assert belief(three_faults, [Answered("Q1", "not_sure")]) == dict(three_faults.faults)


def test_answer_made_stale_by_a_later_repair(three_faults: TroubleshootingModel) -> None:
    # Q1 lists stale_after [A2]: "yes" then A2 failed → only the A2 failure counts:
    # b ∝ (1/2, 1/3, 0) → (3/5, 2/5, 0)
    stale = belief(three_faults, [Answered("Q1", "yes"), ActionFailed("A2")])
    assert stale == {"F1": F(3, 5), "F2": F(2, 5), "F3": F(0)}


def test_a_failure_made_stale_by_a_later_action_counts_no_more() -> None:
    # A1 lists stale_after [A2]: A1 failed, then A2 failed → only A2's failure counts, and
    # A1 may be done again; A1 failing after A2 counts again.
    model = TroubleshootingModel(
        {"F1": F(1, 2), "F2": F(1, 2)},
        (Action("A1", 1, {"F1": 1}, frozenset({"A2"})), Action("A2", 1, {"F2": F(1, 2)})),
    )
    once = [ActionFailed("A1"), ActionFailed("A2")]
    assert belief(model, once) == {"F1": F(2, 3), "F2": F(1, 3)}
    assert done_steps(model, once) == {"A2"}
    again = [*once, ActionFailed("A1")]
    assert belief(model, again) == {"F1": F(0), "F2": F(1)}
    assert done_steps(model, again) == {"A1", "A2"}


def test_answer_after_the_repair_is_kept(three_faults: TroubleshootingModel) -> None:
    # A2 first (F3 ruled out: (1/2, 1/3, 0)), then "no": (1/4, 2/9, 0), sum 17/36 → (9/17, 8/17)
    b = belief(three_faults, [ActionFailed("A2"), Answered("Q1", "no")])
    assert b == {"F1": F(9, 17), "F2": F(8, 17), "F3": F(0)}


def test_impossible_evidence_is_an_error() -> None:
    # A fixes the only fault for certain, so "A was done and failed" has probability zero.
    model = TroubleshootingModel({"F": F(1)}, (Action("A", 1, {"F": 1}),))
    with pytest.raises(EvidenceError, match="probability zero"):
        belief(model, [ActionFailed("A")])


@pytest.mark.parametrize(
    "item",
    [ActionFailed("A9"), Answered("Q9", "yes"), Answered("Q1", "maybe")],
)
def test_unknown_ids_and_answers_are_errors(
    three_faults: TroubleshootingModel, item: ActionFailed | Answered
) -> None:
    with pytest.raises(EvidenceError):
        belief(three_faults, [item])
