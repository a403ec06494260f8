"""The report's "Powered by" names where the camera's cable runs once the session went on to
adding it again: a Hikvision said to be on "A recorder (NVR)" while resetting it, reset, then
not added, had "Powered by: PoE (power over the network cable)" alone in its report (the
answer was in the reset's evidence only), and support asks first whether a recorder is
involved (web review 53). "Does the camera's cable run to a recorder?", asked while adding it,
says it too."""

from __future__ import annotations

import json
from typing import Any

import pytest
from tests.session.conftest import Driver, reset_check

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.power_values import PowerKind
from camreset.core.report import build_report, render_markdown, render_text

POE = "PoE (power over the network cable)"


def _added_in_vain(make_driver: Any, model: str, feed: str) -> Driver:
    """Its cable said to plug into `feed` while resetting it; reset; adding it failed once."""
    d = make_driver(model=model, power=PowerKind.poe, have=("computer", "pin"), opening=True)
    for answer in ("wont-reset", "until-change", "reacted", "came-back"):
        d.send(answer)
    told = {"poe-port-light": "on", "poe-source": feed}
    for _ in range(20):
        step = d.state.current
        if d.state.phase == "setup":
            break
        d.send(told.get(step.ref.ref) or ("yes" if reset_check(d, step.ref) else "done"))
    assert d.state.phase == "setup"
    d.pick("done")
    d.send("no")  # not added
    return d


def _powered_by(kb: KnowledgeBase, d: Driver) -> tuple[str, str, str]:
    report = build_report(kb, d.state)
    text = next(r for r in render_text(report).splitlines() if r.startswith("Powered by:"))
    md = next(r for r in render_markdown(report).splitlines() if "**Powered by:**" in r)
    return " ".join(text.split()), md, json.loads(report.model_dump_json())["details"]


@pytest.mark.parametrize(
    ("model", "feed", "words"),
    [
        ("hikvision-ds-2cd2143g2-i", "recorder", "from a recorder (NVR)"),
        ("dahua-ipc-hfw2431t-zs-s2", "recorder", "from a recorder (NVR)"),
        ("amcrest-ip5m-t1179ew", "switch", "from a PoE switch or the router"),
    ],
)
def test_said_while_resetting_it_is_in_the_report_while_adding_it(
    make_driver: Any, kb: KnowledgeBase, model: str, feed: str, words: str
) -> None:
    text, md, details = _powered_by(kb, _added_in_vain(make_driver, model, feed))
    assert f"{POE}, {words} (" in text
    assert f"{POE}, {words} (" in md
    assert f"{POE}, {words} (" in details["power_source"]


@pytest.mark.parametrize(
    ("feed", "answer", "words"),
    [
        ("switch", "yes", "from a recorder (NVR)"),
        ("recorder", "no", "from a switch, an injector or the router, not a recorder (NVR)"),
    ],
)
def test_its_answer_while_adding_it_is_the_latest(
    make_driver: Any, kb: KnowledgeBase, feed: str, answer: str, words: str
) -> None:
    """Said to be on one feed while resetting it, then the other way to "Does the camera's
    cable run to a recorder?" while adding it: the later answer is the one support reads."""
    d = _added_in_vain(make_driver, "hikvision-ds-2cd2143g2-i", feed)
    for _ in range(12):
        step = d.state.current
        if step.ref.ref == "on-recorder":
            break
        told = {"add-trouble": "asks-password", "network-check": "not_sure"}.get(step.ref.ref)
        d.send(told) if told else d.pick("not_sure", "no", "done")
    assert d.state.current.ref.ref == "on-recorder"
    d.send(answer)
    text, _, _ = _powered_by(kb, d)
    assert f"{POE}, {words} (" in text
