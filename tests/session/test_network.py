"""Checks and resets camreset runs over the network, as events of a session.

The network adapter is not involved here: a `network` or `remote` command carries what the
adapter found, as the session service would pass it, and replay reads only that.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from tests.session.conftest import Driver, start_event

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.report import build_report, render_text
from camreset.core.session import Guide
from camreset.core.session.later_rules import REMOTE_FACTORY_RULES
from camreset.errors import InvalidAnswerError, StaleStepError

WIRED = {"pin", "original_adapter", "computer"}
FOUND = {
    "address": "192.168.1.20",
    "evidence": ["DHIP: Init=149, not initialised (no admin password set yet)"],
    "camera": {"brand": "Amcrest", "model": "IP4M-1041B", "mac": "9c:8e:cd:00:00:01"},
}

MakeDriver = Callable[..., Driver]


def network(d: Driver, result: str, **extra: Any) -> None:
    d.send(None, "network", data={**FOUND, "result": result, **extra})


def to_first_check(d: Driver) -> None:
    """On to the first attempt's first check; an item asked for is not at hand."""
    for _ in range(100):
        if d.state.current.offers("yes"):
            break
        d.send("cant" if d.state.current.ref.kind == "tool" else "done")
    else:
        raise AssertionError("100 steps and still: not d.state.current.offers('yes')")


def test_factory_confirms_the_reset_without_reading_a_light(make_driver: MakeDriver) -> None:
    d = make_driver(model="amcrest-ip4m-1041b", have=WIRED)
    to_first_check(d)
    check = d.state.current
    assert check.title == "Is the camera in setup mode now?" and check.network
    network(d, "factory")
    assert d.state.phase == "setup" and d.state.reset_done
    assert d.state.current.ref.ref == "add-again"  # the app check was not asked either
    last = d.state.history[-1]
    assert last.answer_label == "Over the network it says it is back at factory settings"
    assert last.result == "camera reset (confirmed over the network)"
    misread = next(c for c in d.state.ruled_out if c.id == "not-reset")
    assert misread.probability < 0.01


def test_still_set_up_means_the_reset_did_not_take(make_driver: MakeDriver) -> None:
    d = make_driver(model="amcrest-ip4m-1041b", have=WIRED)
    to_first_check(d)
    network(d, "set-up")
    assert d.state.phase == "reset" and not d.state.reset_done
    assert d.state.history[-1].result == "not reset (it says it is still set up)"
    assert d.state.current.ref.ref != "guided-reset" or d.state.current.ref.stage == 0


def test_set_up_on_a_camera_a_recorder_may_take_is_not_called_a_failed_reset(
    make_driver: MakeDriver,
) -> None:
    """A recorder (NVR) can set a PoE camera up again the moment it resets; the KB's own
    setup question weighs "set-up" as that as much as a reset that did not take. camreset
    said "not reset", counted the attempt as failed, and sent such a camera to support."""
    d = make_driver(model="hikvision-ds-2cd2143g2-i", have=WIRED)
    for _ in range(100):
        if d.state.current.offers("yes"):
            break
        d.pick("done", "not_sure")
    else:
        raise AssertionError("100 steps and still: not d.state.current.offers('yes')")
    check = d.state.current
    assert check.network
    hikvision = {"brand": "Hikvision", "model": "DS-2CD2143G2-I", "mac": "44:19:b6:00:00:01"}
    network(d, "set-up", camera=hikvision)
    after = d.state.current
    assert (after.ref.ref, after.ref.stage) == (check.ref.ref, check.ref.stage)
    assert after.notice is not None and "set it up again the moment it reset" in after.notice
    assert "recorder" in d.state.history[-1].result
    for _ in range(100):
        if not (d.state.phase == "reset" and d.state.current.offers("yes")):
            break
        d.send("yes")  # the person's own looks say setup mode: on to adding it
    else:
        raise AssertionError("100 steps and still: d.state.phase == 'reset' and d.state.current.o…")
    assert d.state.phase == "setup"


def test_no_answer_leaves_the_persons_own_check_open(make_driver: MakeDriver) -> None:
    """Nothing answered: the same step stays on screen under the same number (the terminal
    showed it again as "Step 10", and the report listed the check as the person's answer)."""
    d = make_driver(model="tapo-c200", have=WIRED)
    to_first_check(d)
    before, answered = d.state.current, len(d.state.history)
    network(d, "no-answer")
    assert d.state.current.id == before.id
    assert len(d.state.history) == answered and d.state.progress.steps_done == answered
    assert [c.result for c in d.state.network] == ["no-answer"]
    d.send("yes")  # the person's own look answers it
    assert d.state.current.title.startswith("Does the Tapo app find it")


def test_no_answer_is_in_the_report_as_a_check_not_as_an_answer(
    kb: KnowledgeBase, make_driver: MakeDriver
) -> None:
    d = make_driver(model="tapo-c200", have=WIRED)
    to_first_check(d)
    network(d, "no-answer")
    d.send("yes")
    text = render_text(build_report(kb, d.state))
    steps = text[text.index("STEPS TRIED") : text.index("CHECKED OVER THE NETWORK")]
    assert "No answer over the network" not in steps
    assert "Answer: Yes" in steps.split("Is the camera in setup mode now?")[1]
    checks = text[text.index("CHECKED OVER THE NETWORK") :].split("\n\n")[0]
    assert "at 192.168.1.20: No answer over the network (or it did not say)" in checks


def test_undo_after_no_answer_takes_back_the_persons_last_answer(
    make_driver: MakeDriver,
) -> None:
    d = make_driver(model="tapo-c200", have=WIRED)
    to_first_check(d)
    history = d.state.history
    network(d, "no-answer")
    d.send(None, "undo")
    assert d.state.history == history[:-1]
    assert d.state.taken_back[-1].title == history[-1].title
    assert [c.result for c in d.state.network] == ["no-answer"]  # what the camera said stays


@pytest.mark.parametrize(
    ("model", "have", "offered"),
    [
        ("tapo-c200", WIRED, True),
        ("amcrest-ip4m-1041b", WIRED, True),
        ("tapo-c200", {"pin", "original_adapter"}, False),  # no computer on the network
        ("kasa-ec60", WIRED, False),  # Kasa discovery tells no setup state
        ("tapo-c420", WIRED, False),  # battery camera paired through its hub
    ],
)
def test_the_option_is_offered_only_where_it_can_tell(
    make_driver: MakeDriver, model: str, have: set[str], offered: bool
) -> None:
    d = make_driver(model=model, have=have)
    for _ in range(20):
        step = d.state.current
        if step.offers("yes") and step.ref.kind == "action":
            break
        d.send("done" if step.offers("done") else step.answers[0].id)
    assert d.state.current.network is offered


def test_a_network_result_is_refused_where_the_step_takes_none(driver: Driver) -> None:
    with pytest.raises(InvalidAnswerError, match="not one camreset checks over the network"):
        network(driver, "factory")
    with pytest.raises(InvalidAnswerError, match="result is one of"):
        driver.command(None, "network", step=None, data={**FOUND, "result": "yes"})


def test_a_result_for_an_old_step_is_stale(make_driver: MakeDriver) -> None:
    d = make_driver(model="tapo-c200", have=WIRED)
    to_first_check(d)
    old = d.state.current.id
    d.send("not_sure")
    with pytest.raises(StaleStepError):
        d.send(None, "network", step=old, data={**FOUND, "result": "factory"})


def test_only_the_named_fields_reach_the_log(make_driver: MakeDriver) -> None:
    d = make_driver(model="amcrest-ip4m-1041b", have=WIRED)
    to_first_check(d)
    camera = {**FOUND["camera"], "password": "Hunter2-secret"}
    network(d, "factory", camera=camera, password="Hunter2-secret", note="x" * 5000)
    event = d.events[-1]
    assert set(event.data) == {"address", "result", "evidence", "camera"}
    assert "Hunter2-secret" not in event.model_dump_json()


def test_replay_gives_the_same_state_and_undo_takes_a_check_back(
    guide: Guide, make_driver: MakeDriver
) -> None:
    d = make_driver(model="amcrest-ip4m-1041b", have=WIRED)
    to_first_check(d)
    check = d.state.current
    network(d, "factory")
    again = guide.replay(d.events)
    assert (again.current, again.history, again.network) == (
        d.state.current,
        d.state.history,
        d.state.network,
    )
    d.send(None, "undo")
    assert d.state.phase == "reset"
    assert (d.state.current.ref.ref, d.state.current.ref.stage) == (
        check.ref.ref,
        check.ref.stage,
    )


def test_identifying_the_camera_answers_no_step(make_driver: MakeDriver) -> None:
    d = make_driver(model="amcrest-ip4m-1041b", have=WIRED, opening=True)
    before = d.state.current
    d.send(None, "network", step=None, data={**FOUND, "result": "set-up"})
    assert d.state.current == before  # same step, same id: an answer sent meanwhile still fits
    found = d.state.found
    assert found is not None and found.camera is not None
    assert (found.address, found.camera.mac) == ("192.168.1.20", "9c:8e:cd:00:00:01")
    assert not d.state.history
    with pytest.raises(InvalidAnswerError, match="must name a camera"):
        d.command(None, "network", step=None, data={"address": "192.168.1.2", "result": "factory"})


def test_the_setup_phase_asks_the_network_when_adding_found_nothing(
    make_driver: MakeDriver,
) -> None:
    d = make_driver(model="amcrest-ip4m-1041b", have=WIRED)
    for _ in range(12):  # the person's own checks say yes; adding then fails, nothing found
        step = d.state.current
        if step.network and step.ref.kind == "question":
            break
        if step.offers("yes"):
            d.send("yes" if d.state.phase == "reset" else "no")
        else:
            d.send("not-found" if step.offers("not-found") else "done")
    step = d.state.current
    assert step.network and [a.id for a in step.answers] == ["not_sure", "cant", "stop"]
    network(d, "set-up")  # it never reset: the light was misread
    assert d.state.current.ref.ref == "reset-again"


def test_a_remote_reset_is_sent_by_camreset_never_ticked_done(make_driver: MakeDriver) -> None:
    d = make_driver(model="amcrest-ip4m-1046ew", have={"computer", "admin_password"})
    for _ in range(6):  # a question or an item asked for first: not sure, not at hand
        if d.state.current.remote:
            break
        d.send("cant" if d.state.current.ref.kind == "tool" else "not_sure")
    step = d.state.current
    assert step.ref.ref == "remote-reset" and step.remote
    assert [a.id for a in step.answers] == ["not_sure", "cant", "stop"]
    with pytest.raises(InvalidAnswerError):
        d.send("done")
    sent = {
        "action": "factory_reset_hard",
        "way": "dahua_cgi",
        "address": "192.168.1.20",
        "mac": "9c:8e:cd:00:00:01",
        "model": "Amcrest IP4M-1046EW",
        "message": "OK",
        "password": "Hunter2-secret",
        "username": "admin",
    }
    d.send(None, "remote", data=sent)
    assert d.state.current.kind == "wait"
    assert d.state.history[-1].answer_label.startswith("Factory reset sent over the network")
    assert "Hunter2-secret" not in d.events[-1].model_dump_json()
    assert "admin" not in d.events[-1].data.values()
    (record,) = d.state.remote
    assert (record.action, record.mac) == ("factory_reset_hard", "9c:8e:cd:00:00:01")


def test_no_remote_reset_without_the_password_or_for_other_lines(make_driver: MakeDriver) -> None:
    for model, have in (
        ("amcrest-ip4m-1046ew", WIRED),  # no admin password at hand
        ("tapo-c200", {*WIRED, "admin_password"}),  # no remote reset camreset can send
    ):
        d = make_driver(model=model, have=have)
        for _ in range(40):
            assert not d.state.current.remote
            if d.state.finished:
                break
            step = d.state.current
            d.send("no" if step.offers("no") else "done" if step.offers("done") else "cant")


@pytest.mark.parametrize(
    ("model", "said", "not_said"),
    [
        (
            "hikvision-ds-2cd2143g2-i",  # a PoE dome: no Wi-Fi to leave; a 2017 guide's address
            # "which may be": the guide says it takes an address by DHCP; the 2015 list's
            # address beside it, as the sources disagree (diff review 63, #6)
            "may come back at its factory address (192.168.1.64, another source gives "
            "192.0.0.64), "
            "which may be outside your network's range",
            "Wi-Fi",
        ),
        ("tapo-c200", "a reset Wi-Fi camera leaves your network", "factory address"),
    ],
)
def test_why_no_answer_proves_nothing_fits_the_way_the_camera_is_on_the_network(
    make_driver: MakeDriver, model: str, said: str, not_said: str
) -> None:
    """After-reset review 58: a PoE dome's network check explained what a reset Wi-Fi camera
    does, and not the factory address its sources give."""
    d = make_driver(model=model, have=("pin", "computer"), opening=True)
    d.send("cant-add")
    for _ in range(3):
        if d.state.current.network:
            break
        d.pick("not_sure", "done")
    text = d.state.current.text
    assert d.state.current.network and said in text and not_said not in text.split("proves")[1]


def test_what_the_camera_reports_fills_the_support_checklist(
    kb: KnowledgeBase, make_driver: MakeDriver
) -> None:
    """Helpdesk review 60: a Hikvision's report showed the serial and firmware the camera
    gave over the network, and one line below, under what support asks for, "The serial
    number: not given yet"; the JSON report's serial and firmware were empty."""
    d = make_driver(line="hikvision", form_factor="dome", have=WIRED)
    to_first_check(d)
    serial, firmware = "DS-2CD2143G0-I20200101AAWR000000001", "V5.5.800build 210628"
    camera = {"brand": "Hikvision", "model": "DS-2CD2143G0-I", "serial": serial}
    network(d, "set-up", camera={**camera, "firmware": firmware})
    d.send("stop")
    report = build_report(kb, d.state)
    assert (report.serial, report.firmware) == (serial, firmware)
    rows = {row.need: row for row in report.support_needs}
    assert rows["serial"].status == "in_report"
    assert rows["serial"].value == f"{serial}, as the camera reports it"
    text = render_text(report)
    assert f"The serial number: in this report ({serial}, as the camera reports it)" in text
    assert f"{serial} (as the camera reports it)" in text  # in the table at the top
    assert "The firmware version: not given yet" not in text


def test_a_reset_camera_s_report_asks_for_no_reset_code_paperwork(
    kb: KnowledgeBase, make_driver: MakeDriver
) -> None:
    """Phone review 60, #9: a Hikvision already reset, whose adding failed, had a report that
    asked for the SADP export and the device's start time, which only a reset code needs."""
    d = make_driver(line="hikvision", form_factor="dome", have=WIRED)
    for _ in range(20):
        if d.state.reset_done:
            break
        step = d.state.current
        d.send(next((a for a in ("yes", "done") if step.offers(a)), None) or step.answers[0].id)
    assert d.state.reset_done
    d.send("stop")
    needs = {row.need for row in build_report(kb, d.state).support_needs}
    assert "serial" in needs
    assert not needs & {"lan_tool_export", "device_start_time"}


def _to_the_remote_page(d: Driver) -> None:
    for _ in range(6):  # a question or an item asked for first: not sure, not at hand
        if d.state.current.remote:
            return
        d.send("cant" if d.state.current.ref.kind == "tool" else "not_sure")
    raise AssertionError(d.state.current.id)


def test_a_camera_already_at_factory_settings_answers_the_remote_reset_page(
    make_driver: MakeDriver,
) -> None:
    """The guide's `r` found it at factory settings: nothing to send, and the page answered as
    the network check's `factory` is, not left with "Not sure" alone (review 69, T #2)."""
    d = make_driver(model="amcrest-ip4m-1046ew", have={"computer", "admin_password"})
    _to_the_remote_page(d)
    network(d, "factory")
    assert d.state.phase == "setup"
    assert not d.state.current.remote and d.state.current.ref.ref != "remote-reset"
    entry = d.state.history[-1]
    assert entry.ref.ref == "remote-reset"
    assert entry.result == "camera reset (confirmed over the network)"
    assert not d.state.remote  # nothing was sent


def test_the_remote_reset_page_takes_no_other_check(make_driver: MakeDriver) -> None:
    d = make_driver(model="amcrest-ip4m-1046ew", have={"computer", "admin_password"})
    _to_the_remote_page(d)
    with pytest.raises(InvalidAnswerError):
        network(d, "set-up")


def test_an_older_session_keeps_its_remote_reset_page(guide: Guide) -> None:
    started = start_event(guide, model="amcrest-ip4m-1046ew", have={"computer", "admin_password"})
    old = started.model_copy(update={"data": {**started.data, "rules": REMOTE_FACTORY_RULES - 1}})
    d = Driver(guide, old)
    d.skip_opening()
    _to_the_remote_page(d)
    with pytest.raises(InvalidAnswerError):
        network(d, "factory")


@pytest.mark.parametrize("answered", ["192.168.1.20", "192.168.1.108"])
def test_later_pages_say_first_the_address_the_camera_answered_at(
    make_driver: MakeDriver, answered: str
) -> None:
    """Technician review 74, G #10e: `n` found the camera at the address typed, back at
    factory settings, its reply saying it sits on 192.168.1.108 with DHCP off, and every later
    page said only "open http://192.168.1.108". The address it answered at comes first, the
    factory address second; one address where they are the same. Words only: the same step
    comes next either way."""
    d = make_driver(model="amcrest-ip4m-1041b", have=WIRED)
    to_first_check(d)
    camera = {**FOUND["camera"], "factory_address": "192.168.1.108"}
    network(d, "factory", address=answered, camera=camera)
    step = d.state.current
    assert step.ref.ref == "add-again" and step.notice is not None
    notice = " ".join(step.notice.split())
    if answered == "192.168.1.108":
        assert "It is on its factory address, 192.168.1.108, with DHCP off" in notice
        assert "open http://192.168.1.108, set its new password" in notice
    else:
        assert "It answered at 192.168.1.20; it says it is on its factory address" in notice
        assert "open http://192.168.1.20 (or http://192.168.1.108), set its new" in notice
    assert "set the computer's address to 192.168.1.100 (mask 255.255.255.0)" in notice
