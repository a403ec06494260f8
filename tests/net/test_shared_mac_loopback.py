"""Two emulated Dahua-family cameras that say one MAC, over loopback: one row, never the model
of one with the reset card of the other (technician review 74, G #8: `scan` printed
"IPC-HDBW3433R-ZAS at 127.0.74.2: reset card: camreset show amcrest-ip5m-b1186ew")."""

from __future__ import annotations

from ipaddress import IPv4Address

from tests.net.conftest import FAST, LISTEN, emulated, run

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.net import scan
from camreset.net.kbmatch import match_kb
from camreset.net.merge import merge
from camreset.net.model import DiscoveredCamera
from camreset.net.scanner import collect

RENAMED = "IPC-HDBW3433R-ZAS"  # a Dahua model under the recorded reply's Vendor "Amcrest"
ADDRESSES = ("127.0.0.52", "127.0.0.53")


def _replies(kb: KnowledgeBase) -> list[DiscoveredCamera]:
    async def scenario() -> list[DiscoveredCamera]:
        async with (
            emulated("dahua-initialised", ADDRESSES[0], model=RENAMED),
            emulated("dahua-initialised", ADDRESSES[1]),
        ):
            targets = [IPv4Address(a) for a in ADDRESSES]
            found, _ = await collect(targets, LISTEN, settings=FAST)
            return [match_kb(kb, r) for r in found]

    return run(scenario())


def test_one_row_never_has_one_replys_model_and_the_others_reset_card(
    kb: KnowledgeBase,
) -> None:
    replies = [r for r in _replies(kb) if r.protocol == "dhip"]
    assert {r.address for r in replies} == set(ADDRESSES)  # both answered, with one MAC
    assert len({r.mac for r in replies}) == 1
    own = {r.model: (r.kb_model_id, r.address) for r in replies}
    assert own[RENAMED][0] is None and own["IP4M-1041B"][0] == "amcrest-ip4m-1041b"
    for order in (replies, replies[::-1]):  # whichever answered first
        (camera,) = merge(order)
        assert camera.model is not None
        assert (camera.kb_model_id, camera.address) == own[camera.model]


def test_scan_over_loopback_gives_a_card_only_for_the_model_it_names(kb: KnowledgeBase) -> None:
    async def scenario() -> list[tuple[str | None, str | None]]:
        async with (
            emulated("dahua-initialised", ADDRESSES[0], model=RENAMED),
            emulated("dahua-initialised", ADDRESSES[1]),
        ):
            result = await scan(ADDRESSES, LISTEN, kb=kb, settings=FAST)
            return [(c.model, c.kb_model_id) for c in result.cameras]

    rows = run(scenario())
    assert rows in ([(RENAMED, None)], [("IP4M-1041B", "amcrest-ip4m-1041b")])
