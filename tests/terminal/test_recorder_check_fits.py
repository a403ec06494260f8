"""A camera said to be on its recorder's own ports, a computer at hand: its "Is the camera in
setup mode now?" fits an 80×24 terminal with its step line and the prompt (session 76 B).
Two notices stood above it, the recorder's look and "camreset cannot check it over the network
here …": 25 lines and the prompt, the step line scrolled off. One notice now says both."""

from __future__ import annotations

from datetime import timedelta

import pytest
from rich.console import Console
from tests.session.conftest import Driver, reset_check, start_event

from camreset.cli.wizard.step_view import StepView
from camreset.cli.wizard.theme import THEME
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.power_values import PowerKind
from camreset.core.session import Guide
from camreset.kb_files import load_kb


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


@pytest.mark.parametrize("model", ["dahua-ipc-hfw2431t-zs-s2", "lorex-e893ab"])
def test_the_setup_mode_check_on_its_recorders_ports_fits_80x24(
    kb: KnowledgeBase, model: str
) -> None:
    guide = Guide(kb)
    d = Driver(
        guide, start_event(guide, model=model, power=PowerKind.poe, have=("computer", "pin"))
    )
    d.gap = timedelta(minutes=5)  # the restart waited out: no "you went on before" notice
    told = {"poe-port-light": "on", "poe-source": "recorder"}
    for answer in ("wont-reset", "until-change", "reacted", "came-back"):
        d.send(answer)
    for _ in range(20):  # its port's light on, its cable on the recorder, the reset done
        if reset_check(d, d.state.current.ref):
            break
        d.send(told.get(d.state.current.ref.ref, "done"))
    step = d.state.current
    assert step.title == "Is the camera in setup mode now?"
    console = Console(width=80, height=24, theme=THEME, color_system=None, force_terminal=False)
    with console.capture() as capture:
        console.print(StepView(kb, step, number=11, can_undo=True))
    lines = capture.get().splitlines()
    assert lines[0].startswith("Step 11 ")
    assert len(lines) + 1 <= 24  # and the prompt
    assert "camreset can check it over the network." in " ".join(lines)
