"""Each protocol's probe is framed as devices expect, and its parser reads what matters.

Framing is pinned byte by byte against values from other implementations, because a
wrong frame makes devices silent, which looks exactly like "no camera here".
"""

from __future__ import annotations

import json
import struct

import pytest

from camreset.net import dhip, kasa, sadp, tapo, wsdiscovery
from camreset.net.emulators.replies import fill, load_json, read
from camreset.net.probe import ReplyError


def test_tapo_header_and_crc_match_python_kasas_recorded_probe_header() -> None:
    # python-kasa's DISCOVERY_QUERY_2: version 2, probe, no payload, no flags, serial 0.
    assert tapo.frame(b"", serial=0, flags=0).hex() == "020000010000000000000000463cb5d3"


def test_tapo_probe_carries_a_public_key_and_a_valid_crc() -> None:
    probe = tapo.build_probe()
    assert tapo.crc_ok(probe) and probe[:4] == bytes([2, 0, 0, 1])
    key = json.loads(probe[16:])["params"]["rsa_key"]
    assert key.startswith("-----BEGIN PUBLIC KEY-----")
    assert struct.unpack(">H", probe[4:6])[0] == len(probe) - 16


def test_kasa_autokey_starts_like_every_recorded_kasa_query() -> None:
    assert kasa.build_probe()[:4].hex() == "d0f281f8"  # '{"sy' with key 171
    assert kasa.xor_decrypt(kasa.build_probe()) == b'{"system": {"get_sysinfo": {}}}'


def test_dhip_probe_is_json_behind_the_32_byte_dhip_header() -> None:
    probe = dhip.build_probe()
    body = probe[32:]
    assert probe[:4] == b"\x20\x00\x00\x00" and probe[4:8] == b"DHIP"
    assert probe[8:16] == bytes(8)
    assert struct.unpack("<QQ", probe[16:32]) == (len(body), len(body))
    assert json.loads(body)["method"] == "DHDiscover.search"


def test_sadp_and_wsd_probes_ask_the_documented_questions() -> None:
    assert b"<Types>inquiry</Types>" in sadp.build_probe()
    assert b"dn:NetworkVideoTransmitter" in wsdiscovery.build_probe()
    assert wsdiscovery.build_probe() != wsdiscovery.build_probe()  # a fresh MessageID each


def _tapo_reply(**result: object) -> bytes:
    reply = load_json("tapo-c210-set-up.json")
    reply["result"].update(result)
    return tapo.frame(json.dumps(reply).encode(), serial=1)


def test_a_tapo_plug_is_not_reported_as_a_camera() -> None:
    assert tapo.parse(_tapo_reply(device_type="SMART.TAPOPLUG"), "10.0.0.2") is None


def test_a_tapo_reply_without_factory_default_leaves_the_state_unknown() -> None:
    reply = load_json("tapo-c210-set-up.json")
    del reply["result"]["factory_default"]
    found = tapo.parse(tapo.frame(json.dumps(reply).encode(), serial=1), "10.0.0.2")
    assert found is not None and found.setup_state == "unknown"
    assert found.evidence == "Tapo discovery: the reply has no factory_default field"


def test_a_kasa_plug_is_not_reported_as_a_camera() -> None:
    plug = {"system": {"get_sysinfo": {"type": "IOT.SMARTPLUGSWITCH", "model": "HS100(US)"}}}
    assert kasa.parse(kasa.xor_encrypt(json.dumps(plug).encode()), "10.0.0.2") is None


def _dhip_reply(**info: object) -> bytes:
    reply = load_json("dhip-amcrest-initialised.json")
    reply["params"]["deviceInfo"].update(info)
    return dhip.frame(json.dumps(reply).encode())


@pytest.mark.parametrize(
    ("init", "state"), [(149, "factory"), (150, "set_up"), (1162, "set_up"), (0, "unknown")]
)
def test_dhip_init_low_bits_decide_the_state(init: int, state: str) -> None:
    found = dhip.parse(_dhip_reply(Init=init), "10.0.0.2")
    assert found is not None and found.setup_state == state
    assert f"Init={init}" in found.evidence


def test_dhip_init_true_is_not_read_as_a_number() -> None:
    found = dhip.parse(_dhip_reply(Init=True), "10.0.0.2")
    assert found is not None and found.setup_state == "unknown"


def test_dhip_json_without_the_header_is_not_a_reply() -> None:
    with pytest.raises(ReplyError, match="no DHIP magic"):
        dhip.parse(read("dhip-amcrest-initialised.json").encode(), "10.0.0.2")


def test_another_clients_dhip_search_is_ignored() -> None:
    assert dhip.parse(dhip.build_probe(), "10.0.0.2") is None


def test_an_xml_entity_bomb_on_the_sadp_port_is_refused_unread() -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><ProbeMatch><MAC>&b;</MAC></ProbeMatch>'
    )
    with pytest.raises(ReplyError, match="DTD"):
        sadp.parse(bomb, "10.0.0.2")


def test_another_clients_sadp_probe_is_ignored() -> None:
    assert sadp.parse(sadp.build_probe(), "10.0.0.2") is None


def test_wsd_without_profile_q_identifies_but_does_not_guess_the_state() -> None:
    reply = fill(
        "wsd-probe-matches-operational.xml",
        message_id="1",
        relates_to="2",
        xaddr="http://10.0.0.2/onvif/device_service",
        mac="00:12:34:00:00:09",
    ).replace(b" onvif://www.onvif.org/Profile/Q/Operational", b"")
    found = wsdiscovery.parse(reply, "10.0.0.2")
    assert found is not None
    assert (found.model, found.mac, found.setup_state) == ("631GA", "00:12:34:00:00:09", "unknown")
    assert found.service_url == "http://10.0.0.2/onvif/device_service"
    assert "does not say" in found.evidence


def test_another_clients_ws_discovery_probe_is_ignored() -> None:
    assert wsdiscovery.parse(wsdiscovery.build_probe(), "10.0.0.2") is None
