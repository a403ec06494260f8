"""No datagram, however broken, makes a parser raise anything but ReplyError."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from camreset.net import dhip, kasa, tapo
from camreset.net.emulators.replies import fill, load_json
from camreset.net.model import DiscoveredCamera
from camreset.net.probe import ReplyError
from camreset.net.scanner import SPECS

GOOD = {
    "tapo": tapo.frame(json.dumps(load_json("tapo-tc40-factory.json")).encode(), serial=7),
    "kasa": kasa.xor_encrypt(json.dumps(load_json("kasa-ec60-set-up.json")).encode()),
    "dhip": dhip.frame(json.dumps(load_json("dhip-amcrest-uninitialised.json")).encode()),
    "sadp": fill("sadp-hikvision-not-activated.xml", uuid="X"),
    "wsd": fill("wsd-probe-matches-factory.xml", message_id=1, relates_to=2, xaddr="x", mac="y"),
}


def _reads_or_refuses(protocol: str, data: bytes) -> None:
    parse = next(spec.parse for spec in SPECS if spec.protocol == protocol)
    try:
        found = parse(data, "10.0.0.2")
    except ReplyError:
        return
    assert found is None or isinstance(found, DiscoveredCamera)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(GOOD)), st.binary(max_size=600))
def test_random_bytes_never_crash_a_parser(protocol: str, data: bytes) -> None:
    _reads_or_refuses(protocol, data)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(GOOD)), st.data())
def test_cut_or_corrupted_real_replies_never_crash_a_parser(
    protocol: str, data: st.DataObject
) -> None:
    reply = bytearray(GOOD[protocol])
    cut = data.draw(st.integers(0, len(reply)))
    flips = data.draw(
        st.lists(st.tuples(st.integers(0, len(reply) - 1), st.integers(0, 255)), max_size=4)
    )
    for where, value in flips:
        reply[where] = value
    _reads_or_refuses(protocol, bytes(reply[:cut]))


def test_every_recorded_reply_reads_as_a_camera() -> None:
    for protocol, reply in GOOD.items():
        parse = next(spec.parse for spec in SPECS if spec.protocol == protocol)
        assert isinstance(parse(reply, "10.0.0.2"), DiscoveredCamera), protocol
