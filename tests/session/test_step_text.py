"""Filled-in step texts read as sentences on every model: full stops kept, no double spaces."""

from __future__ import annotations

from camreset.bench.sim.plans import PlanBook
from camreset.core.kb.knowledge import KnowledgeBase


def test_every_attempt_page_of_every_model_is_clean_text(kb: KnowledgeBase) -> None:
    book = PlanBook(kb)
    for model in sorted(kb.models):
        steps = book[model]
        for action, spec in steps.plan.actions.items():
            for stage in range(len(spec.steps)):
                text = steps.stage(action, stage).text
                assert "  " not in text, (model, action, stage)
                assert " ." not in text and ".." not in text, (model, action, stage)


def test_a_cover_to_open_first_is_its_own_sentence(kb: KnowledgeBase) -> None:
    text = PlanBook(kb)["tapo-c200"].stage("guided-reset", 0).text
    assert "First: open the protective cover, on models that have one. Use a" in text
