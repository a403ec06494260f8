"""Only the person's own network may be probed: public addresses are refused up front."""

from __future__ import annotations

import pytest
from tests.net.conftest import run

from camreset.net import TargetNotAllowed, check, scan
from camreset.net.addresses import parse_target


@pytest.mark.parametrize(
    "text",
    ["192.168.1.108", "10.0.0.5", "172.31.255.1", "169.254.10.20", "127.0.0.9", "192.0.0.64"],
)
def test_private_link_local_and_loopback_addresses_are_accepted(text: str) -> None:
    assert str(parse_target(text)) == text


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("8.8.8.8", "8.8.8.8 is not on a private network"),
        ("172.32.0.1", "172.32.0.1 is not on a private network"),
        ("100.64.0.1", "100.64.0.1 is not on a private network"),  # carrier-grade NAT
        ("192.0.2.2", "192.0.2.2 is not on a private network"),  # documentation range
        ("239.255.255.250", "239.255.255.250 is not on a private network"),  # multicast
        ("255.255.255.255", "255.255.255.255 is not on a private network"),
        ("fd00::2", "fd00::2 is an IPv6 address"),
        ("camera.local", "'camera.local' is not an IPv4 address"),
        ("192.168.1", "'192.168.1' is not an IPv4 address"),
        ("127.0.0.1:9", "'127.0.0.1:9' has a port: give the address alone (127.0.0.1)"),
        ("192.168.1.300:80", "'192.168.1.300:80' is not an IPv4 address"),  # no such address
        ("http://192.168.1.5:80", "'http://192.168.1.5:80' is not an IPv4 address"),
    ],
)
def test_anything_else_is_refused_with_the_reason(text: str, says: str) -> None:
    with pytest.raises(TargetNotAllowed) as caught:
        parse_target(text)
    assert str(caught.value).startswith(says)


@pytest.fixture
def sends(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every probe exchange the scan would start (none should start here)."""
    started: list[object] = []

    async def record(*args: object, **kwargs: object) -> tuple[list[object], list[object]]:
        started.append(args)
        return [], []

    monkeypatch.setattr("camreset.net.scanner.exchange", record)
    return started


def test_check_refuses_a_public_address_before_sending_anything(sends: list[object]) -> None:
    with pytest.raises(TargetNotAllowed, match="your own network"):
        run(check("1.1.1.1"))
    assert sends == []


def test_scan_refuses_the_whole_list_if_one_target_is_public(sends: list[object]) -> None:
    with pytest.raises(TargetNotAllowed, match=r"8\.8\.4\.4"):
        run(scan(["192.168.1.108", "8.8.4.4"]))
    assert sends == []
