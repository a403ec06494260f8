"""A camera added only in its app, through its hub (Blink's Sync Module, eufy's HomeBase), is
not offered "The app (or computer) did not find the camera": no computer can add it (phone
review 73, F #9). A camera with no hub keeps the words, as does one on a recorder."""

from __future__ import annotations

import pytest

from camreset.bench.sim.plans import PlanBook
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.present.steps import StepRenderer
from camreset.core.session import StepRef


def _labels(kb: KnowledgeBase, model: str) -> list[str]:
    renderer = StepRenderer(kb, PlanBook(kb)[model].plan)
    return [a.label for a in renderer.step(StepRef.parse("9.q.add-trouble")).answers]


@pytest.mark.parametrize("model", ["blink-outdoor-4", "eufy-eufycam-2"])
def test_a_hub_camera_added_in_its_app_is_not_said_to_be_found_by_a_computer(
    kb: KnowledgeBase, model: str
) -> None:
    labels = _labels(kb, model)
    assert "The app did not find the camera" in labels
    assert not any("computer" in label for label in labels)


def test_a_camera_without_a_hub_keeps_the_computer(kb: KnowledgeBase) -> None:
    assert "The app (or computer) did not find the camera" in _labels(
        kb, "hikvision-ds-2cd2143g2-i"
    )
