"""What the camera needs from its power, and what was last learnt of its hub, in the report's
opening rows (support-report review 75 G, #4 and #6): a wired Ring's report said "old doorbell
transformer, 16V 10VA on its label" and not the 10-40 VA its sources say it needs; an Arlo's
said its base station was offline only at step 23."""

from __future__ import annotations

import json

import pytest
from tests.report.walks import to_support

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.report import build_report, header_rows, render_markdown, render_text
from camreset.kb_files import load_kb


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


def _everywhere(kb: KnowledgeBase, model: str, told: dict[str, str]) -> tuple[list, str, str, dict]:
    report = build_report(kb, to_support(kb, model, told))
    return (
        header_rows(report),
        " ".join(render_text(report).split()),
        render_markdown(report),
        json.loads(report.model_dump_json())["details"],
    )


def test_a_wired_doorbell_says_what_its_sources_say_it_needs(kb: KnowledgeBase) -> None:
    rows, text, md, details = _everywhere(kb, "ring-wired-doorbell-plus", {})
    need = "16-24 VAC, 10-40 VA (unconfirmed: a single source, or sources from one publisher)"
    labels = [label for label, _ in rows]
    assert labels[labels.index("Powered by") + 1] == "Needs (its sources)"  # right under it
    assert dict(rows)["Needs (its sources)"] == need
    assert f"Needs (its sources): {need}" in text
    assert f"**Needs (its sources):** {need}" in md
    assert details["power_need"] == need


def test_no_need_row_where_the_model_has_no_such_fact(kb: KnowledgeBase) -> None:
    """An Amcrest bullet on PoE whose sources give no PoE class: no number made up."""
    rows, _text, _md, details = _everywhere(kb, "amcrest-ip4m-1046ew", {})
    assert "Powered by" in dict(rows)
    assert "Needs (its sources)" not in dict(rows) and "power_need" not in details


def test_a_camera_on_a_hub_says_what_was_last_learnt_of_it(kb: KnowledgeBase) -> None:
    rows, text, md, details = _everywhere(kb, "arlo-pro", {"hub-online": "offline"})
    hub = (
        "offline or its light not normal (answered in the session); then “Check the Arlo Pro "
        "Base Station” was done"
    )
    assert dict(rows)["Hub"] == hub
    assert f"Hub: {hub}" in text
    assert f"**Hub:** {hub}" in md
    assert details["hub_state"] == hub
    rows, *_ = _everywhere(kb, "arlo-pro", {"hub-online": "not_sure"})
    assert "Hub" not in dict(rows)  # nothing learnt, nothing said


def test_a_poe_camera_says_its_sourced_poe_standard_and_not_on_an_adapter() -> None:
    """The same row for PoE where the model has a PoE fact; none when it is on its adapter."""
    from datetime import UTC, datetime

    from camreset.core.kb.power_values import PowerKind
    from camreset.core.report.details import session_details
    from camreset.core.session import Guide

    guide, at = Guide(load_kb()), datetime(2026, 1, 1, tzinfo=UTC)

    def need(power: PowerKind) -> str | None:
        state = guide.replay([guide.start(model="amcrest-ipm-743e", power=power, have=None, at=at)])
        return session_details(state).get("power_need")

    unconfirmed = "(unconfirmed: a single source, or sources from one publisher)"
    assert need(PowerKind.poe) == f"PoE 802.3af {unconfirmed}"
    assert need(PowerKind.adapter) is None
