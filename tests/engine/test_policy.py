"""recommend(): exclusions, determinism, exact arithmetic and the "why"."""

from __future__ import annotations

from fractions import Fraction as F

from camreset.core.engine.evidence import ActionFailed, Answered, PartlyDone
from camreset.core.engine.model import Action, Question, TroubleshootingModel
from camreset.core.engine.policy import EngineConfig, recommend
from camreset.core.engine.why import why_question

MODEL = TroubleshootingModel(
    {"F1": F(1, 2), "F2": F(3, 10), "F3": F(1, 5)},
    (
        Action("A1", 1, {"F1": 1}),
        Action("A2", 1, {"F2": 1, "F3": F(1, 2)}),
        Action("A3", 4, {"F3": 1}),
    ),
    (
        Question(
            "Q1",
            F(1, 10),
            {
                "y": {"F1": F(9, 10), "F2": F(1, 10), "F3": F(1, 2)},
                "n": {"F1": F(1, 10), "F2": F(9, 10), "F3": F(1, 2)},
            },
        ),
    ),
    20,
)
CONFIGS = (EngineConfig(exact_limit=0), EngineConfig())


def test_not_allowed_and_done_steps_are_never_proposed() -> None:
    for config in CONFIGS:
        rec = recommend(
            MODEL,
            [],
            allowed_actions=frozenset({"A3"}),
            allowed_questions=frozenset(),
            config=config,
        )
        assert rec.step_id == "A3"
        done = [ActionFailed("A1"), ActionFailed("A2")]
        assert recommend(MODEL, done, config=config).step_id == "A3"
        skipped = recommend(MODEL, done, allowed_actions=frozenset({"A1", "A2"}), config=config)
        assert skipped.kind == "service"


def test_an_action_done_in_part_rules_down_only_the_faults_of_that_part() -> None:
    # A2's part for F2 (fixed for certain) was done and did not fix: F2 is out, F3 (which A2
    # fixes too) is as likely as before; the same as a model where F2 never was, A2 not
    # proposed again.
    without_f2 = TroubleshootingModel(
        {**MODEL.faults, "F2": F(0)}, MODEL.actions, MODEL.questions, MODEL.service_cost
    )
    for config in CONFIGS:
        part = recommend(MODEL, [PartlyDone("A2", frozenset({"F2"}))], config=config)
        same = recommend(without_f2, [], allowed_actions=frozenset({"A1", "A3"}), config=config)
        assert (part.kind, part.step_id) == (same.kind, same.step_id)
        assert part.expected_cost == same.expected_cost


def test_nothing_left_without_service_is_none() -> None:
    model = TroubleshootingModel(MODEL.faults, MODEL.actions, MODEL.questions, None)
    rec = recommend(model, [], allowed_actions=frozenset(), config=CONFIGS[0])
    assert (rec.kind, rec.step_id, rec.expected_cost) == ("none", None, 0)


def test_fraction_model_gives_fraction_cost() -> None:
    for config in CONFIGS:
        assert isinstance(recommend(MODEL, [], config=config).expected_cost, F)


def test_ties_are_broken_by_id() -> None:
    twins = TroubleshootingModel(
        {"F1": F(1, 2), "F2": F(1, 2)},
        (Action("B", 1, {"F2": 1}), Action("A", 1, {"F1": 1})),
    )
    for config in CONFIGS:
        assert recommend(twins, [], config=config).step_id == "A"


def test_why_for_an_action_lists_causes_it_fixes() -> None:
    rec = recommend(MODEL, [], allowed_actions=frozenset({"A2"}), allowed_questions=frozenset())
    assert rec.why.leading == (("F1", F(1, 2)), ("F2", F(3, 10)), ("F3", F(1, 5)))
    assert rec.why.fixes == (("F2", 1), ("F3", F(1, 2)))
    assert rec.why.p_success == F(3, 10) + F(1, 10)
    assert "F2" in rec.why.summary and "40%" in rec.why.summary


def test_why_for_a_question_shows_the_shift() -> None:
    rec = recommend(
        MODEL,
        [],
        allowed_actions=frozenset({"A1", "A2"}),
        allowed_questions=frozenset({"Q1"}),
        config=CONFIGS[1],
    )
    assert (rec.kind, rec.step_id) == ("question", "Q1")
    shifts = {s.answer: s for s in rec.why.answers}
    # y: (9/20, 3/100, 1/10) sum 29/50 → F1 leads with (9/20)/(29/50) = 45/58
    assert shifts["y"].probability == F(29, 50)
    assert (shifts["y"].leading, shifts["y"].leading_probability) == ("F1", F(45, 58))
    # n: (1/20, 27/100, 1/10) sum 21/50 → F2 leads with (27/100)/(21/50) = 9/14
    assert (shifts["n"].leading, shifts["n"].leading_probability) == ("F2", F(9, 14))


def test_each_answer_points_to_the_cause_it_makes_likelier_not_to_the_one_that_stays_first() -> (
    None
):
    """F1 leads whatever the answer; "points to" names the cause each answer raises most,
    so two answers never both point to the cause they leave first."""
    telling = {"a": {"F1": F(1, 2), "F2": 1, "F3": 0}, "b": {"F1": F(1, 2), "F2": 0, "F3": 1}}
    model = TroubleshootingModel(
        {"F1": F(6, 10), "F2": F(2, 10), "F3": F(2, 10)},
        (Action("A", 1, {"F1": 1, "F2": 1, "F3": 1}),),
        (Question("Q", 1, telling),),
    )
    why = why_question(model, model.faults, "Q")
    shifts = {s.answer: s for s in why.answers}
    assert shifts["a"].leading == shifts["b"].leading == "F1"
    # a: (3/10, 2/10, 0) / 1/2 → F2 rises from 1/5 to 2/5, F1 stays at 3/5
    assert (shifts["a"].rises, shifts["b"].rises) == ("F2", "F3")


def _telling_model(stale_after: frozenset[str]) -> TroubleshootingModel:
    """Q1 tells F2 from F3 for certain; A1 (fixes F1) may make its answer stale."""
    return TroubleshootingModel(
        {"F1": F(1, 2), "F2": F(1, 4), "F3": F(1, 4)},
        (
            Action("A1", 1, {"F1": 1}),
            Action("A2", 5, {"F2": 1}),
            Action("A3", 5, {"F3": 1}),
        ),
        (
            Question(
                "Q1",
                F(1, 10),
                {
                    "y": {"F1": F(1, 2), "F2": 1, "F3": 0},
                    "n": {"F1": F(1, 2), "F2": 0, "F3": 1},
                },
                stale_after,
            ),
        ),
        20,
    )


def test_a_question_made_stale_by_a_repair_is_asked_again() -> None:
    # Answered "y", then A1 failed and made that answer stale: F2 and F3 are even again, and
    # asking once more (1/10) beats guessing (5 + 1/2 · 5).
    model = _telling_model(frozenset({"A1"}))
    evidence = [Answered("Q1", "y"), ActionFailed("A1")]
    for config in CONFIGS:
        assert recommend(model, evidence, config=config).step_id == "Q1"


def test_a_question_with_a_live_answer_is_never_asked_again() -> None:
    model = _telling_model(frozenset())
    evidence = [Answered("Q1", "y"), ActionFailed("A1")]
    for config in CONFIGS:
        assert recommend(model, evidence, config=config).step_id == "A2"
    stale_then_asked = [Answered("Q1", "y"), ActionFailed("A1"), Answered("Q1", "n")]
    model = _telling_model(frozenset({"A1"}))
    for config in CONFIGS:
        assert recommend(model, stale_then_asked, config=config).step_id == "A3"


def test_an_answer_that_only_rules_one_cause_out_points_to_none_of_the_others() -> None:
    """Review 50: "“Yes, a clear click” points to: the PoE switch has no power left for the
    camera". A click rules the broken button out, so every other cause gains a little; the
    answer is evidence for none of them, and its "no" still points to the broken button."""
    click = {
        "yes": {"budget": F(9, 10), "early": F(9, 10), "broken": F(1, 10)},
        "no": {"budget": F(1, 10), "early": F(1, 10), "broken": F(9, 10)},
    }
    model = TroubleshootingModel(
        {"budget": F(5, 10), "early": F(3, 10), "broken": F(2, 10)},
        (Action("A", 1, {"budget": 1, "early": 1, "broken": 1}),),
        (Question("Q", 1, click),),
    )
    shifts = {s.answer: s for s in why_question(model, model.faults, "Q").answers}
    assert shifts["yes"].rises == ""
    assert shifts["no"].rises == "broken"
