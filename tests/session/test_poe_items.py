"""A PoE camera's items at hand are a PoE port and a short cable, before the wall-power ones:
an installer's Lorex E893AB listed a paperclip, an adapter, "Another power outlet", the app and
a computer, and a PoE camera's support page could end "once you have another power outlet"
(installer review 66, D #8). "Another port" and "A short cable" now ask for theirs, and the
support page names the one the person could not get."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from tests.session.conftest import Driver

from camreset.core.present.have_items import HAVE_ITEMS
from camreset.core.session import Guide
from camreset.core.session.rules import POE_ITEMS_RULES

MakeDriver = Callable[..., Driver]
PORT = "a free PoE port you know works, or a spare PoE injector"


def _listed(guide: Guide, model: str) -> list[str]:
    """The checklist, as the web page and the terminal show it (in HAVE_ITEMS' order)."""
    used = guide.items_used(model)
    return [item.id for item in HAVE_ITEMS if item.id in used]


def test_a_poe_cameras_list_leads_with_its_poe_items(guide: Guide) -> None:
    listed = _listed(guide, "lorex-e893ab")
    assert listed[:3] == ["pin", "poe_port", "short_cable"]
    assert listed.index("short_cable") < listed.index("other_outlet")
    assert "poe_port" not in _listed(guide, "tapo-c200")


def _to_the_end(d: Driver) -> Driver:
    d.gap = timedelta(minutes=10)  # every wait sat out
    for _ in range(60):
        if d.state.finished:
            break
        d.pick("no", "dark", "switch", "done", "nothing", "cant")
    return d


def test_without_another_port_support_is_worth_one_more_try_with_one(
    make_driver: MakeDriver,
) -> None:
    d = _to_the_end(make_driver(model="reolink-rlc-510a", have=("pin",)))
    asked = [h.title for h in d.state.history if h.ref.kind == "tool"]
    assert "Is there another PoE port you can use, or a spare PoE injector?" in asked
    end = d.state.current
    assert end.kind == "outcome" and end.reopens
    assert end.lacking == PORT
    assert "outlet" not in " ".join(end.notices)
    assert f"with {PORT}, which you said you don't have" in " ".join(end.notices)


def test_a_log_started_before_asks_for_no_poe_item(make_driver: MakeDriver) -> None:
    d = make_driver(model="reolink-rlc-510a", have=("pin",))
    for _ in range(20):
        if d.state.current.ref.kind == "tool":
            break
        d.pick("network-cable", "no", "dark", "off", "switch", "done")  # its light: off
    assert d.state.current.ref.ref == "poe_port"
    started, *rest = d.state.events
    old = started.model_copy(update={"data": {**started.data, "rules": POE_ITEMS_RULES - 1}})
    assert d.guide.replay([old, *rest]).current.title == "Another port"
