"""Property tests over random small models and random evidence."""

from __future__ import annotations

import random
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from camreset.core.engine.evidence import ActionFailed, Answered, Evidence, belief
from camreset.core.engine.exact import lower_bound, optimal_cost, policy_cost, sequence_cost
from camreset.core.engine.model import TroubleshootingModel
from camreset.core.engine.policy import EngineConfig, recommend
from camreset.core.engine.random_models import generate
from camreset.errors import EvidenceError

from .test_exact import _exact

CONFIG = st.sampled_from([EngineConfig(exact_limit=0), EngineConfig()])


@st.composite
def situations(draw: st.DrawFn) -> tuple[TroubleshootingModel, list[Evidence], frozenset[str]]:
    """A model, some evidence that is possible under it, and an allowed subset of steps."""
    model = generate(random.Random(draw(st.integers(0, 10**6))), questions=(0, 3))
    steps = [a.id for a in model.actions] + [q.id for q in model.questions]
    chosen = draw(st.lists(st.sampled_from(steps), unique=True, max_size=len(steps)))
    evidence: list[Evidence] = []
    for s in chosen:
        if s.startswith("A"):
            item: Evidence = ActionFailed(s)
        else:
            answers = [*model.question(s).answers, "not_sure"]
            item = Answered(s, draw(st.sampled_from(answers)))
        try:
            belief(model, [*evidence, item])
        except EvidenceError:
            continue
        evidence.append(item)
    allowed = frozenset(draw(st.lists(st.sampled_from(steps), unique=True)))
    return model, evidence, allowed


@given(situations())
def test_beliefs_stay_normalised(
    case: tuple[TroubleshootingModel, list[Evidence], frozenset[str]],
) -> None:
    model, evidence, _ = case
    b = belief(model, evidence)
    assert abs(sum(b.values()) - 1) < 1e-9
    assert all(p >= 0 for p in b.values())
    exact = belief(_exact(model), evidence)
    assert sum(exact.values()) == 1


@given(situations(), CONFIG)
def test_never_proposes_done_skipped_or_disallowed_steps(
    case: tuple[TroubleshootingModel, list[Evidence], frozenset[str]], config: EngineConfig
) -> None:
    model, evidence, allowed = case
    rec = recommend(
        model, evidence, allowed_actions=allowed, allowed_questions=allowed, config=config
    )
    done = {e.action_id if isinstance(e, ActionFailed) else e.question_id for e in evidence}
    if rec.kind in ("action", "question"):
        assert rec.step_id in allowed and rec.step_id not in done
    if rec.kind == "service":
        assert model.service_cost is not None
    assert rec.why.leading


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10**6), CONFIG)
def test_costs_are_ordered(seed: int, config: EngineConfig) -> None:
    model = _exact(generate(random.Random(seed)))
    opt = optimal_cost(model)
    assert opt is not None
    assert lower_bound(model) <= opt <= policy_cost(model, config)
    order = sorted(model.action_ids)
    assert opt <= sequence_cost(model, order)
    assert isinstance(opt, Fraction)
