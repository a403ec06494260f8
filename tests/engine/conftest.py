"""Shared models for the engine tests, built from exact fractions."""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from camreset.core.engine.model import TroubleshootingModel


def make(obj: object) -> TroubleshootingModel:
    return TroubleshootingModel.from_json(obj, source="test")


@pytest.fixture
def three_faults() -> TroubleshootingModel:
    """F1 1/2, F2 1/3, F3 1/6; A1 partly fixes F1 and F2; Q1 leans towards F3 on "yes"."""
    return make(
        {
            "faults": {"F1": F(1, 2), "F2": F(1, 3), "F3": F(1, 6)},
            "actions": [
                {"id": "A1", "cost": 1, "fixes": {"F1": F(1, 2), "F2": F(1, 4)}},
                {"id": "A2", "cost": 2, "fixes": {"F3": 1}},
            ],
            "questions": [
                {
                    "id": "Q1",
                    "cost": 1,
                    "answers": {
                        "yes": {"F1": F(1, 2), "F2": F(1, 3), "F3": 1},
                        "no": {"F1": F(1, 2), "F2": F(2, 3), "F3": 0},
                    },
                    "stale_after": ["A2"],
                }
            ],
        }
    )
