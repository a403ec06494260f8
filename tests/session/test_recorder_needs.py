"""A Lorex said to be on a PoE switch is asked nothing about a recorder for its support: Lorex's
page (lorex-help-3520) asks for a recorder's Device ID and two photos of it for a recorder's
temporary password (merged-diff review 66, I #4)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.session.conftest import Driver

from camreset.core.kb.power_values import PowerKind
from camreset.core.present.detail_words import form_details
from camreset.core.report import build_report, render_text, support_needs
from camreset.core.session import rules

MakeDriver = Callable[..., Driver]
HAVE = ("pin", "app", "computer", "admin_password")


def _to_support(make_driver: MakeDriver, feed: str) -> Driver:
    """The review's walk: a Lorex E893AB on PoE, the opening skipped, "No" or "Done" on every
    page, `feed` for what its cable plugs into, to Lorex support."""
    d = make_driver(model="lorex-e893ab", power=PowerKind.poe, have=HAVE)
    asked = False
    for _ in range(60):
        if d.state.finished:
            break
        if d.state.current.offers(feed) and d.state.current.title.startswith("What does the"):
            asked = True
            d.send(feed)
        else:
            d.pick("no", "done", "on", "not_sure", "cant")
    assert asked and d.state.outcome == "escalated"
    return d


def _form(d: Driver) -> dict[str, str]:
    state = d.state
    return form_details(state.model, state.dark, off_recorder=state.off_recorder)


def test_a_lorex_on_a_poe_switch_is_asked_nothing_about_a_recorder(
    make_driver: MakeDriver,
) -> None:
    d = _to_support(make_driver, "switch")
    kb = d.guide.kb
    text = render_text(build_report(kb, d.state, session_id="s1"))
    assert "The recorder's Device ID" not in text
    assert "A photo of the recorder's Device Info screen" not in text
    assert "WHAT LOREX SUPPORT ASKS FOR" not in text.upper()
    assert "lorex-cloud-app" not in text  # lorex-help-3520 cited for nothing
    assert support_needs(kb, d.state, {})[0] == []


def test_the_details_form_of_a_lorex_on_a_poe_switch_asks_no_device_id(
    make_driver: MakeDriver,
) -> None:
    """The form said "Already in the report: PoE …, from a PoE switch or the router" right
    above "The recorder's Device ID … (Lorex asks for this)"."""
    assert "recorder_device_id" not in _form(_to_support(make_driver, "switch"))


@pytest.mark.parametrize("feed", ["recorder", "not_sure"])
def test_a_lorex_on_its_recorder_or_not_said_still_lists_what_lorex_asks(
    make_driver: MakeDriver, feed: str
) -> None:
    d = _to_support(make_driver, feed)
    text = render_text(build_report(d.guide.kb, d.state, session_id="s1"))
    assert "WHAT LOREX SUPPORT ASKS FOR" in text.upper()
    assert "The recorder's Device ID, not its serial number" in text
    assert "recorder_device_id" in _form(d)


def test_a_log_written_before_keeps_the_recorders_needs(make_driver: MakeDriver) -> None:
    d = _to_support(make_driver, "switch")
    started, *rest = d.state.events
    assert started.data["rules"] >= rules.RECORDER_NEEDS_RULES
    old = started.model_copy(
        update={"data": {**started.data, "rules": rules.RECORDER_NEEDS_RULES - 1}}
    )
    before = d.guide.replay([old, *rest])
    assert not before.off_recorder
    rows = support_needs(d.guide.as_started(rules.RECORDER_NEEDS_RULES - 1).kb, before, {})[0]
    assert [r.need for r in rows] == [
        "recorder_device_id",
        "recorder_info_photo",
        "recorder_label_photo",
    ]
