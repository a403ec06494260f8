"""`check(address)` against emulated cameras on loopback: factory, set up, or silent.

Each emulated camera answers from a recorded, redacted reply on its own 127.0.0.N, over
real UDP sockets; only the device is emulated. What is asserted is what a person is told:
which camera, and whether it is back at factory state, and how camreset knows.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from dataclasses import dataclass
from typing import TypeVar

import pytest
from tests.net.conftest import FAST, LISTEN, emulated, run

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.net import CheckResult, Verdict, check, udp, verdict_for
from camreset.net.emulators.udp import serve_udp
from camreset.net.probe import ProbeSpec
from camreset.net.scanner import SPECS

T = TypeVar("T")


@dataclass(frozen=True)
class Expect:
    profile: str
    brand: str
    model: str
    kb_model_id: str | None
    mac: str
    state: str
    evidence: str
    verdict: Verdict


CASES = [
    Expect("tapo-factory", "Tapo", "TC40", None, "3c:64:cf:00:00:00", "factory",
           "Tapo discovery: factory_default=true", Verdict.RESET_CONFIRMED),
    Expect("tapo-set-up", "Tapo", "C210", "tapo-c210", "40:ae:30:00:00:00", "set_up",
           "Tapo discovery: factory_default=false", Verdict.RESET_DID_NOT_TAKE),
    Expect("kasa-set-up", "Kasa", "EC60(US)", "kasa-ec60", "74:fe:ce:00:00:00", "unknown",
           "Kasa discovery: identifies the camera", Verdict.UNDETERMINED),
    Expect("dahua-uninitialised", "Amcrest", "IP4M-1041B", "amcrest-ip4m-1041b",
           "9c:8e:cd:00:00:01", "factory", "DHIP: Init=149, not initialised",
           Verdict.RESET_CONFIRMED),
    Expect("dahua-initialised", "Amcrest", "IP4M-1041B", "amcrest-ip4m-1041b",
           "9c:8e:cd:00:00:02", "set_up", "DHIP: Init=150, initialised",
           Verdict.RESET_DID_NOT_TAKE),
    Expect("hikvision-not-activated", "Hikvision", "DS-2CD2143G0-I", None,
           "c4:2f:90:00:00:01", "factory", "SADP: Activated=false", Verdict.RESET_CONFIRMED),
    Expect("hikvision-activated", "Hikvision", "DS-2CD2143G0-I", None,
           "c4:2f:90:00:00:02", "set_up", "SADP: Activated=true", Verdict.RESET_DID_NOT_TAKE),
    Expect("onvif-factory", "IPCAM", "631GA", None, "00:12:34:00:00:01", "factory",
           "ONVIF WS-Discovery: scope Profile/Q/FactoryDefault", Verdict.RESET_CONFIRMED),
    Expect("onvif-set-up", "IPCAM", "631GA", None, "00:12:34:00:00:02", "set_up",
           "ONVIF WS-Discovery: scope Profile/Q/Operational", Verdict.RESET_DID_NOT_TAKE),
]  # fmt: skip


def _check_with(profile: str, address: str, kb: KnowledgeBase) -> CheckResult:
    async def scenario() -> CheckResult:
        async with emulated(profile, address):
            return await check(address, LISTEN, kb=kb, settings=FAST)

    return run(scenario())


@pytest.mark.parametrize("case", CASES, ids=[c.profile for c in CASES])
def test_check_says_which_camera_and_whether_it_is_back_at_factory(
    case: Expect, kb: KnowledgeBase
) -> None:
    address = f"127.0.0.{10 + CASES.index(case)}"
    result = _check_with(case.profile, address, kb)
    assert result.answered and len(result.cameras) == 1
    camera = result.cameras[0]
    assert (camera.brand, camera.model, camera.kb_model_id, camera.mac) == (
        case.brand,
        case.model,
        case.kb_model_id,
        case.mac,
    )
    assert camera.address == address
    assert result.setup_state == case.state
    assert result.evidence[0].startswith(case.evidence)
    assert verdict_for(result) == case.verdict
    assert result.problems == ()


def test_the_line_is_known_even_when_the_model_is_not_in_the_knowledge_base(
    kb: KnowledgeBase,
) -> None:
    camera = _check_with("tapo-factory", "127.0.0.30", kb).cameras[0]
    assert (camera.line, camera.kb_model_id) == ("tapo", None)  # TC40 is not in the KB yet


def test_an_uninitialised_dahua_says_it_is_on_the_factory_address(kb: KnowledgeBase) -> None:
    result = _check_with("dahua-uninitialised", "127.0.0.31", kb)
    assert "on Dahua's factory address 192.168.1.108 with DHCP off" in result.evidence[0]
    assert result.cameras[0].replies[0].reported_address == "192.168.1.108"


@pytest.mark.parametrize("spec", SPECS, ids=[spec.protocol for spec in SPECS])
def test_a_camera_that_hears_the_probe_but_stays_silent_is_no_answer(
    spec: ProbeSpec, kb: KnowledgeBase
) -> None:
    address = f"127.0.0.{40 + SPECS.index(spec)}"
    heard: list[bytes] = []

    def listen_only(data: bytes, sender: tuple[str, int]) -> None:
        heard.append(data)

    async def scenario() -> CheckResult:
        silent = await serve_udp(address, spec.ports[0], listen_only)
        try:
            return await check(address, LISTEN, kb=kb, settings=FAST)
        finally:
            silent.close()

    result = run(scenario())
    assert heard, "the probe reached the silent camera"
    assert not result.answered and result.setup_state == "unknown"
    assert result.evidence == (f"No camera discovery protocol answered at {address}.",)
    assert verdict_for(result) == Verdict.NO_ANSWER and result.problems == ()


def test_garbage_on_a_discovery_port_is_recorded_and_the_check_goes_on(
    kb: KnowledgeBase,
) -> None:
    async def scenario() -> CheckResult:
        junk = await serve_udp("127.0.0.50", 37810, lambda data, sender: b"\x20\x00\x00\x00DHIP?")
        try:
            async with emulated("onvif-set-up", "127.0.0.50"):
                return await check("127.0.0.50", LISTEN, kb=kb, settings=FAST)
        finally:
            junk.close()

    result = run(scenario())
    assert [c.model for c in result.cameras] == ["631GA"]
    assert [(p.protocol, p.address) for p in result.problems] == [("dhip", "127.0.0.50")]
    assert result.problems[0].message == "not a DHIP packet (no DHIP magic)"


class _Listening:
    """`asyncio` as `net.udp` sees it, noting how each protocol's listening ended: the
    camera's answer (or another protocol's) or the whole window waited out."""

    def __init__(self) -> None:
        self.ends: list[str] = []

    def __getattr__(self, name: str) -> object:
        return getattr(asyncio, name)

    async def wait_for(self, awaitable: Awaitable[T], timeout: float) -> T:
        try:
            done = await asyncio.wait_for(awaitable, timeout)
        except TimeoutError:
            self.ends.append("waited out")
            raise
        self.ends.append("ended early")
        return done


def test_a_check_stops_listening_once_the_camera_has_said_whether_it_is_set_up(
    kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An installer polling a restarting camera with `camreset check ADDR` waited the whole
    --timeout on every try, though the camera answered at once (installer review 62, #13)."""
    listening = _Listening()
    monkeypatch.setattr(udp, "asyncio", listening)

    async def scenario() -> CheckResult:
        async with emulated("hikvision-not-activated", "127.0.0.160"):
            return await check("127.0.0.160", 5.0, kb=kb, settings=FAST)

    result = run(scenario())
    assert result.setup_state == "factory"
    assert listening.ends == ["ended early"] * len(SPECS)  # every protocol, not only SADP


def test_a_check_with_no_answer_still_listens_the_whole_window(
    kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    listening = _Listening()
    monkeypatch.setattr(udp, "asyncio", listening)
    result = run(check("127.0.0.161", LISTEN, kb=kb, settings=FAST))
    assert not result.answered
    assert listening.ends == ["waited out"] * len(SPECS)
