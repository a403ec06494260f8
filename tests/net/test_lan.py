"""`camreset scan` with no target on a real (namespaced) LAN: broadcast and multicast.

Nine emulated cameras, each in its own network namespace on one bridge, answer the scan
the scanner namespace sends by subnet broadcast (Tapo, Kasa) and multicast (DHIP, SADP,
WS-Discovery). Per protocol, a factory and a set-up camera are told apart; an empty LAN
answers nothing. All addresses are private and live only inside these namespaces.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from itertools import takewhile
from typing import Any

import pytest
from tests.net.conftest import PASSWORD
from tests.net.netlab import Lab

CAMERAS = {
    "192.168.1.20": "tapo-factory",
    "192.168.1.21": "tapo-set-up",
    "192.168.1.22": "kasa-set-up",
    "192.168.1.23": "dahua-initialised",
    "192.168.1.24": "hikvision-activated",
    "192.168.1.30": "onvif-factory",
    "192.168.1.31": "onvif-set-up",
    "192.168.1.64": "hikvision-not-activated",
    "192.168.1.108": "dahua-uninitialised",
}


@pytest.fixture(scope="module")
def lab() -> Iterator[Lab]:
    reason = Lab.unavailable()
    if reason is not None:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the network-namespace tests: {reason}")
        pytest.skip(f"network namespaces unavailable: {reason}")
    built = Lab(PASSWORD)
    try:
        built.build_scanner()
        for index, (address, profile) in enumerate(CAMERAS.items()):
            built.add_camera(index, address, profile)
        built.wait_until_ready()
        yield built
    finally:
        built.close()


@pytest.fixture(scope="module")
def scanned(lab: Lab) -> dict[str, dict[str, Any]]:
    """The one scan of the LAN, by camera address."""
    done = lab.run("scan", "--json", "--timeout", "2")
    assert done.returncode == 0, done.stderr
    return {camera["address"]: camera for camera in json.loads(done.stdout)["cameras"]}


def test_every_camera_on_the_lan_answers_the_scan_once(scanned: dict[str, dict[str, Any]]) -> None:
    assert sorted(scanned) == sorted(CAMERAS)


@pytest.mark.parametrize(
    ("address", "brand", "model", "state", "protocol"),
    [
        ("192.168.1.20", "Tapo", "TC40", "factory", "tapo"),
        ("192.168.1.21", "Tapo", "C210", "set_up", "tapo"),
        ("192.168.1.22", "Kasa", "EC60(US)", "unknown", "kasa"),
        ("192.168.1.108", "Amcrest", "IP4M-1041B", "factory", "dhip"),
        ("192.168.1.23", "Amcrest", "IP4M-1041B", "set_up", "dhip"),
        ("192.168.1.64", "Hikvision", "DS-2CD2143G0-I", "factory", "sadp"),
        ("192.168.1.24", "Hikvision", "DS-2CD2143G0-I", "set_up", "sadp"),
        ("192.168.1.30", "IPCAM", "631GA", "factory", "wsd"),
        ("192.168.1.31", "IPCAM", "631GA", "set_up", "wsd"),
    ],
)
def test_broadcast_and_multicast_replies_say_which_camera_and_its_state(
    scanned: dict[str, dict[str, Any]],
    address: str,
    brand: str,
    model: str,
    state: str,
    protocol: str,
) -> None:
    camera = scanned[address]
    assert (camera["brand"], camera["model"], camera["setup_state"]) == (brand, model, state)
    assert camera["protocols"] == [protocol]


def test_the_factory_dahua_on_192_168_1_108_is_found_and_checked_by_address(lab: Lab) -> None:
    done = lab.run("check", "192.168.1.108", "--json", "--timeout", "1")
    data = json.loads(done.stdout)
    assert done.returncode == 0
    assert (data["verdict"], data["cameras"][0]["mac"]) == ("reset_confirmed", "9c:8e:cd:00:00:01")


def test_an_address_on_the_lan_with_no_camera_is_no_answer(lab: Lab) -> None:
    done = lab.run("check", "192.168.1.99", "--timeout", "1")
    assert done.returncode == 1 and done.stdout.startswith("No answer from 192.168.1.99.")


def test_the_scan_table_shows_the_lan_in_address_order(lab: Lab) -> None:
    done = lab.run("scan", "--timeout", "1")
    table = takewhile(lambda line: " card" not in line, done.stdout.splitlines()[1:])
    addresses = [w for line in table for w in line.split()[2:3] if w.startswith("192.168.1.")]
    assert addresses == sorted(CAMERAS, key=lambda a: int(a.rsplit(".", 1)[1]))
    assert "C210 at 192.168.1.21: reset card: camreset show tapo-c210" in done.stdout
    # a model camreset does not list: its line's usual steps (installer review 69, T #7)
    assert (
        "TC40 at 192.168.1.20: no card for this model; Tapo's usual steps: camreset show "
        "--line tapo"
    ) in done.stdout


def test_an_empty_lan_answers_nothing() -> None:
    reason = Lab.unavailable()
    if reason is not None:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the network-namespace tests: {reason}")
        pytest.skip(f"network namespaces unavailable: {reason}")
    empty = Lab(PASSWORD, tag=f"crsE{os.getpid() % 100000}")
    try:
        empty.build_scanner()
        done = empty.run("scan", "--timeout", "1")
    finally:
        empty.close()
    assert done.returncode == 1  # as `check` with no answer (T #6, review 69)
    assert done.stdout.startswith("No cameras answered.\nA camera back at its factory address")
