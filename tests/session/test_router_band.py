"""A router with no 2.4 GHz network of its own: the step says how to turn its band on, and
the end names who can help with a router's setting (review 69, U #9)."""

from __future__ import annotations

from tests.session.conftest import Driver, replayed_under, start_event

from camreset.core.session import Guide
from camreset.core.session.later_rules import ROUTER_END_RULES

C500 = "tapo-c500"
JOIN_FAILED = ("cant-add", "join-failed", "done", "no", "join-failed")
"""It reset, but joining the Wi-Fi failed, and again after "Password and distance"."""


def _driver(guide: Guide, answers: tuple[str, ...]) -> Driver:
    d = Driver(guide, start_event(guide, model=C500, have=("pin", "original_adapter", "app")))
    for answer in answers:
        d.send(answer)
    return d


def test_the_2g_step_says_to_turn_the_band_on_in_the_routers_settings(guide: Guide) -> None:
    """The step assumed a 2.4 GHz network exists ("Connect your phone to your router's 2.4 GHz
    network"); a 5 GHz-only router's band is turned on in its settings or the provider's app,
    as the source of this very case did."""
    d = _driver(guide, JOIN_FAILED)
    page = d.state.current
    assert page.title == "2.4 GHz Wi-Fi"
    assert "turn the 2.4 GHz band on, or give it a name of its own" in page.text
    assert "for a router your internet provider supplied, often the provider's app" in page.text
    old = replayed_under(d, ROUTER_END_RULES - 1).current
    assert old.title == "2.4 GHz Wi-Fi" and "turn the 2.4 GHz band on" not in old.text


def test_no_2g_network_ends_with_the_routers_maker_or_provider_not_the_cameras(
    guide: Guide,
) -> None:
    """ "I can't do this" on the 2.4 GHz step, then "No" to "Does your Wi-Fi have a separate
    2.4 GHz network?", ended at "Contact TP-Link support with this report" for a setting of
    the person's router."""
    d = _driver(guide, (*JOIN_FAILED, "cant"))
    assert d.state.current.title == "Does your Wi-Fi have a separate 2.4 GHz network?"
    d.send("no")
    for _ in range(6):  # the looks before support: the same answers again
        if d.state.current.kind == "outcome":
            break
        page = d.state.current
        d.send("no" if page.offers("no") else "join-failed")
    end = d.state.current
    assert end.ref.ref == "escalate-router"
    title = "Your router's 2.4 GHz network: its maker or your internet provider can help"
    assert end.title == title
    assert "The router's maker, or your internet provider if it supplied the router" in end.text
    assert "turn the 2.4 GHz band on" in end.text
    old = replayed_under(d, ROUTER_END_RULES - 1).current
    assert old.ref.ref == "escalate-after-reset"
