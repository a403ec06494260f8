"""The generic JSON model format: accepted shapes and one clear error per problem."""

from __future__ import annotations

import copy
import json
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from camreset.core.engine.model import TroubleshootingModel
from camreset.errors import CamresetError, ModelFormatError

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "models"

GOOD: dict[str, Any] = {
    "faults": {"F1": 0.2, "F2": 0.8},
    "actions": [{"id": "A1", "cost": 1, "fixes": {"F1": 1.0, "F2": 0.5}}],
    "questions": [
        {
            "id": "Q1",
            "cost": 1,
            "answers": {"yes": {"F1": 0.9, "F2": 0.1}, "no": {"F1": 0.1, "F2": 0.9}},
        }
    ],
    "service_cost": 10,
}


def test_issue_example_parses() -> None:
    model = TroubleshootingModel.from_json(GOOD)
    assert model.action("A1").p_fix("F2") == 0.5
    assert model.action("A1").p_fix("nothing") == 0
    assert model.question("Q1").likelihood("no", "F2") == 0.9
    assert model.service_cost == 10


def test_round_trip() -> None:
    model = TroubleshootingModel.from_json(GOOD)
    assert TroubleshootingModel.from_json(model.to_json()) == model


def test_an_action_made_stale_by_another_round_trips() -> None:
    first = {**GOOD["actions"][0], "stale_after": ["A2"]}
    obj = _with("actions", [first, {"id": "A2", "cost": 2, "fixes": {"F2": 1.0}}])
    model = TroubleshootingModel.from_json(obj)
    assert model.action("A1").stale_after == {"A2"} and not model.action("A2").stale_after
    assert model.to_json()["actions"][0]["stale_after"] == ["A2"]
    assert TroubleshootingModel.from_json(model.to_json()) == model


def test_optional_parts_may_be_left_out() -> None:
    model = TroubleshootingModel.from_json({"faults": {"F": 1}, "actions": []})
    assert model.questions == () and model.service_cost is None


def _with(path: str, value: Any) -> dict[str, Any]:
    obj = copy.deepcopy(GOOD)
    *parents, last = path.split("/")
    node: Any = obj
    for p in parents:
        node = node[int(p)] if p.isdigit() else node[p]
    if value is KeyError:
        del node[last]
    else:
        node[int(last) if last.isdigit() else last] = value
    return obj


@pytest.mark.parametrize(
    ("obj", "message"),
    [
        ([], "test: expected an object, got list"),
        (_with("extra", 1), "test: extra: unknown key"),
        (_with("faults", KeyError), "test: faults: missing"),
        (_with("faults/F1", 0.3), "test: faults: priors sum to"),
        (_with("faults/F1", -0.2), "test: faults.F1: -0.2 is out of range [0, 1]"),
        (_with("faults/F1", True), "test: faults.F1: expected a number, got bool"),
        (_with("actions/0/fixes/F1", 1.5), "test: actions[0].fixes.F1: 1.5 is out of range"),
        (_with("actions/0/fixes/F9", 0.5), "test: actions[0].fixes.F9: unknown fault"),
        (_with("actions/0/cost", "cheap"), "test: actions[0].cost: expected a number, got str"),
        (_with("actions/0/cost", -1), "test: actions[0].cost: -1 is out of range >= 0"),
        (_with("actions/0/colour", "red"), "test: actions[0].colour: unknown key"),
        (_with("actions/0/id", ""), "test: actions[0].id: expected a non-empty string id"),
        (_with("questions/0/id", "A1"), "test: questions[0].id: duplicate id 'A1'"),
        (_with("questions/0/answers/no/F2", 0.8), "test: questions[0].answers: P(answer | F2)"),
        (_with("questions/0/answers/not_sure", {}), "questions[0].answers.not_sure: reserved"),
        (_with("questions/0/stale_after", ["A7"]), "questions[0].stale_after[0]: unknown action"),
        (_with("actions/0/stale_after", ["Q1"]), "actions[0].stale_after[0]: unknown action 'Q1'"),
        (_with("actions/0/stale_after", "A1"), "actions[0].stale_after: expected a list, got str"),
        (_with("service_cost", 0), "test: service_cost: must be positive"),
        (_with("service_cost", float("nan")), "test: service_cost: must be finite"),
    ],
)
def test_errors_name_the_field(obj: Any, message: str) -> None:
    with pytest.raises(ModelFormatError) as info:
        TroubleshootingModel.from_json(obj, source="test")
    assert message in str(info.value)
    assert isinstance(info.value, CamresetError)


def test_priors_within_tolerance_pass() -> None:
    TroubleshootingModel.from_json(_with("faults", {"F1": 0.2, "F2": 0.8 + 5e-10}))


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.json")), ids=lambda p: p.name)
def test_example_models_are_valid(path: Path) -> None:
    obj = json.loads(path.read_text(encoding="utf-8"), parse_float=Fraction)
    model = TroubleshootingModel.from_json(obj, source=path.name)
    assert model.actions
