"""One row per camera: replies join by MAC, and by address only when that is unambiguous."""

from __future__ import annotations

from camreset.net.merge import merge
from camreset.net.model import DiscoveredCamera


def reply(
    protocol: str, address: str, mac: str | None, state: str = "unknown", **kw: str
) -> DiscoveredCamera:
    return DiscoveredCamera(protocol, address, state, f"{protocol} says {state}", mac=mac, **kw)  # type: ignore[arg-type]


def test_an_amcrest_answering_dhip_and_onvif_is_one_camera_with_the_dhip_model() -> None:
    cameras = merge([
        reply("wsd", "10.0.0.5", None, "set_up", model="IP4M-1041B-onvif"),
        reply("dhip", "10.0.0.5", "9c:8e:cd:00:00:02", "set_up", model="IP4M-1041B"),
    ])  # fmt: skip
    assert len(cameras) == 1
    assert cameras[0].protocols == ("dhip", "wsd") and cameras[0].model == "IP4M-1041B"
    assert cameras[0].setup_state == "set_up"


def test_two_factory_fresh_dahuas_on_192_168_1_108_stay_two_cameras() -> None:
    cameras = merge([
        reply("dhip", "192.168.1.108", "9c:8e:cd:00:00:01", "factory"),
        reply("dhip", "192.168.1.108", "9c:8e:cd:00:00:03", "factory"),
        reply("wsd", "192.168.1.108", None),  # which one? not guessed
    ])  # fmt: skip
    assert [c.mac for c in cameras] == [None, "9c:8e:cd:00:00:01", "9c:8e:cd:00:00:03"]


def test_a_repeated_probe_does_not_duplicate_a_camera() -> None:
    same = reply("tapo", "10.0.0.9", "3c:64:cf:00:00:00", "factory")
    assert len(merge([same, same])) == 1


def test_protocols_that_disagree_leave_the_state_unknown_and_say_so() -> None:
    camera = merge([
        reply("dhip", "10.0.0.5", "9c:8e:cd:00:00:02", "factory"),
        reply("wsd", "10.0.0.5", "9c:8e:cd:00:00:02", "set_up"),
    ])[0]  # fmt: skip
    assert camera.setup_state == "unknown"
    assert camera.evidence[-1] == "The protocols disagree, so the setup state is left unknown."


def test_cameras_are_listed_in_address_order() -> None:
    cameras = merge([reply("sadp", a, None) for a in ("10.0.0.20", "10.0.0.3", "10.0.0.100")])
    assert [c.address for c in cameras] == ["10.0.0.3", "10.0.0.20", "10.0.0.100"]


def test_a_row_takes_its_reset_card_from_the_reply_that_names_its_model() -> None:
    """Technician review 74, G #8: two replies with one MAC (two emulators, or a MAC cloned)
    made a row "IPC-HDBW3433R-ZAS at 127.0.74.2" with the reset card of the Amcrest
    IP5M-B1186EW that answered at another address. The card, and the address, now come
    with the model; a reply naming another model lends none."""
    mac = "9c:8e:cd:00:00:02"
    named = reply("dhip", "127.0.0.2", mac, model="IPC-HDBW3433R-ZAS", brand="Amcrest")
    other = reply(
        "dhip", "127.0.0.6", mac, model="IP5M-B1186EW", kb_model_id="amcrest-ip5m-b1186ew"
    )
    for replies in ([named, other], [other, named]):
        (camera,) = merge(replies)
        first = replies[0]
        assert (camera.model, camera.kb_model_id, camera.address) == (
            first.model,
            first.kb_model_id,
            first.address,
        )


def test_a_card_said_by_another_protocol_for_the_same_model_is_kept() -> None:
    """A vendor reply naming the model without a card, ONVIF naming the same model with one:
    one device, one model, so its card stays."""
    cameras = merge([
        reply("wsd", "10.0.0.5", None, model="IP4M-1041B", kb_model_id="amcrest-ip4m-1041b"),
        reply("dhip", "10.0.0.5", "9c:8e:cd:00:00:02", model="IP4M-1041B"),
    ])  # fmt: skip
    assert (cameras[0].model, cameras[0].kb_model_id) == ("IP4M-1041B", "amcrest-ip4m-1041b")
