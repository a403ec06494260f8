"""What the person said about the hub while resetting still counts once the camera is reset.

A phone reviewer's Blink Outdoor 4: "Is the hub on and online? No, it is offline", then the
camera reset, then adding it through that Sync Module failed, and the report for support led
with "Nothing stands in the way; it only has to be added (65%)": the setup phase had never
heard about the hub. It now carries the answer over, and does not ask it again."""

from __future__ import annotations

from typing import Any

import pytest
from tests.session.test_flow import EVERYTHING

from camreset.core.engine.evidence import ActionFailed, Answered, Evidence
from camreset.core.guide.plan import compile_plan
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.resolve import resolve_model
from camreset.core.report import build_report
from camreset.core.session.carried import into_setup
from camreset.core.session.said import Derived

HUB_OFFLINE = "The hub or base station is off, offline or too far away to add the camera"


def _reset_saying(d: Any, hub: str) -> None:
    """Through the reset of a Blink camera moving to new Wi-Fi, as the reviewer went,
    answering the hub question with `hub`."""
    d.send("new-wifi")
    d.send("reset-it")  # no Wi-Fi setting in the app
    d.send("no")  # not tried yet
    asked = False
    for _ in range(40):
        if d.state.phase == "setup":
            assert asked
            return
        ref = d.state.current.ref
        if ref.ref == "hub-online":
            d.send(hub)
            asked = True
        elif ref.ref == "power-kind":
            d.send("battery")
        elif ref.ref == "hub-check":
            d.send("cant")  # nothing to do about the hub at home
        else:
            d.pick("not_sure", "yes", "done", "have")
    raise AssertionError(d.state.current.title)


@pytest.mark.parametrize(("hub", "leads"), [("offline", True), ("online", False)])
def test_the_hub_said_offline_while_resetting_leads_the_report_when_adding_fails(
    make_driver: Any, kb: KnowledgeBase, hub: str, leads: bool
) -> None:
    everything = EVERYTHING | {"batteries"}  # its new AA cells too (a checklist item since 74)
    d = make_driver(model="blink-outdoor-4", have=everything, opening=True)
    _reset_saying(d, hub)
    for _ in range(30):
        if d.state.finished:
            break
        assert d.state.current.ref.ref != "hub-online-add", "asked about the hub twice"
        d.pick("no", "cant", "not_sure")  # adding it never works
    assert d.state.finished and d.state.phase == "setup"
    likely = build_report(kb, d.state).still_likely
    assert (likely[0].name == HUB_OFFLINE) is leads, [c.name for c in likely]
    if not leads:  # said online: the hub is no likelier than before it was asked
        assert all(c.probability < 0.2 for c in likely if c.name == HUB_OFFLINE)


def test_a_newer_reset_carries_its_own_answer_or_none_once_the_hub_was_checked(
    kb: KnowledgeBase,
) -> None:
    """What is believed now carries over, in place of what carried before: nothing once the
    hub was checked (a failed check made the answer stale, or the check itself reset the
    camera: the hub is on now), the newer answer after another, and the same answer kept
    where it was, so a check made while adding still makes it stale (a code reviewer)."""
    plan = compile_plan(kb, resolve_model(kb, "blink-outdoor-4"))
    offline, online = Answered("hub-online", "offline"), Answered("hub-online", "online")
    setup: list[Evidence] = []
    into_setup(plan, setup, [offline], "guided-reset")
    assert setup == [Derived("hub-online-add", "offline")]
    into_setup(plan, setup, [offline, ActionFailed("hub-check")], "guided-reset")
    assert setup == []
    into_setup(plan, setup, [offline], "hub-check")  # checking the hub reset it
    assert setup == []
    into_setup(plan, setup, [offline, ActionFailed("hub-check"), online], "guided-reset")
    assert setup == [Derived("hub-online-add", "online")]
    checked = [Derived("hub-online-add", "offline"), ActionFailed("hub-check-add")]
    setup = list(checked)  # then back to resetting, and reset again
    into_setup(plan, setup, [offline, ActionFailed("guided-reset")], "long-hold")
    assert setup == checked
