"""A reset camera that "asks for a password I don't have" is asked whose password it may be
(a recorder's, a provider's) before another reset (review 69, U #4 and #5)."""

from __future__ import annotations

from datetime import timedelta

from tests.session.conftest import (
    Driver,
    as_started_under,
    replayed_under,
    setup_mode_check,
    start_event,
)

from camreset.core.kb.loader import seen_from
from camreset.core.kb.power_values import PowerKind
from camreset.core.session import Guide
from camreset.core.session.later_rules import (
    ANSWERS_SAY_POWER_RULES,
    KB_SINCE_71_RULES,
    PROVIDER_AFTER_RESET_RULES,
    WHOSE_PASSWORD_RULES,
)

HIK_DOME = "hikvision-ds-2cd2143g2-i"
ASKS = ("cant-add", "not_sure", "asks-password")
"""It reset but can't be added, no network check, and it asks for a password."""


def _driver(guide: Guide, answers: tuple[str, ...], **start: object) -> Driver:
    d = Driver(guide, start_event(guide, **start))
    for answer in answers:
        d.send(answer)
    return d


def test_a_dome_behind_a_recorder_is_asked_about_it_and_told_to_try_its_password(
    guide: Guide,
) -> None:
    """U #4: "It asks for a password I don't have" sent a Hikvision dome to hold its button
    inside the housing a second time before "Does the camera's cable run to a recorder?", and
    the recorder's page never said to try the recorder's own password."""
    d = _driver(guide, ASKS, model=HIK_DOME, have=("pin", "computer"))
    assert d.state.current.title == "Does the camera's cable run to a recorder?"
    d.send("yes")
    page = d.state.current
    assert page.title == "Through the recorder"
    assert page.text.startswith("A recorder sets its own password on the cameras it activates:")
    assert "try the recorder's admin password" in page.text


def test_an_older_log_keeps_its_reset_first_and_its_recorder_words(guide: Guide) -> None:
    d = _driver(guide, ASKS, model=HIK_DOME, have=("pin", "computer"))
    old = replayed_under(d, WHOSE_PASSWORD_RULES - 1)
    assert old.current.title == "Hold the reset button for 30 seconds"
    before = seen_from(guide.kb, WHOSE_PASSWORD_RULES - 1)
    steps = next(a.steps for a in before.troubleshooting.actions if a.id == "add-through-recorder")
    assert steps[0].do is not None and steps[0].do.startswith("{nvr.how}")


def test_a_camera_of_no_known_brand_is_asked_about_its_provider_first(guide: Guide) -> None:
    """U #5: a provider's Sercomm camera, "another brand", that asks for a password was never
    asked "Did an alarm company or internet provider supply it?", the only way to "Contact the
    provider who supplied the camera"; it was sent to a reset, then Wi-Fi questions."""
    start = {"line": "other", "form_factor": "indoor", "power": PowerKind.adapter}
    d = _driver(guide, ("cant-add", "asks-password"), have=("pin", "computer"), **start)
    assert d.state.current.title == "Did an alarm company or internet provider supply it?"
    old = replayed_under(d, WHOSE_PASSWORD_RULES - 1)
    assert old.current.title == "Hold the reset button for 30 seconds"


def test_a_listed_brand_on_wifi_is_not_asked_either(guide: Guide) -> None:
    """Neither question for a Tapo on Wi-Fi: no recorder cable, and its brand sells its own."""
    d = _driver(guide, ("cant-add", "asks-password"), model="tapo-c200", have=("pin", "app"))
    assert d.state.current.ref.ref not in ("from-provider", "on-recorder")


def test_a_cable_to_the_router_does_not_say_the_camera_is_on_poe(guide: Guide) -> None:
    """Merge check of U #4: with the recorder question first on this road, "No, to a switch,
    an injector or the router" said PoE for a camera its sources give an adapter or PoE, so
    one on its adapter, cabled to the router, would be sent to its port's light, never its
    outlet. Now only "Yes, to a recorder" says PoE; an older log replays as it ran."""
    d = _driver(guide, ASKS, model="amcrest-ip8m-2496eb", have=("pin", "computer"))
    assert d.state.current.ref.ref == "on-recorder"
    d.send("no")
    assert d.state.fold.said_power is None
    old = replayed_under(d, ANSWERS_SAY_POWER_RULES - 1)
    assert old.fold.said_power == frozenset({PowerKind.poe})


def test_a_cable_to_the_router_is_not_told_to_add_it_on_a_recorder(guide: Guide) -> None:
    """Merged-diff review 69, N #7: after "No, to a switch, an injector or the router", the
    Amcrest's "Add it again" still read "… open that on a computer on the same network (or add
    it on the recorder it is connected to)."."""
    d = _driver(guide, (), model="amcrest-ip8m-2496eb", have=("pin", "computer"))
    as_started_under(d, KB_SINCE_71_RULES - 1)  # added in its app then; cable-only since
    for answer in (*ASKS, "no"):
        d.send(answer)
    for _ in range(12):
        if d.state.current.title == "Add it again":
            break
        if d.state.phase == "setup" and setup_mode_check(d, d.state.current.ref):
            d.send("yes")
        else:
            d.pick("no", "done", "not_sure")
    text = d.state.current.text
    assert d.state.current.title == "Add it again"
    assert text.startswith(
        "On its network cable, it asks for a new password on its web page: open that on a "
        "computer on the same network. Its address:"
    )
    assert "recorder" not in text


PROVIDER_CAMERA = {"line": "other", "form_factor": "indoor", "power": PowerKind.adapter}
SUPPLIED = ("cant-add", "asks-password", "yes")
"""Reset but can't be added, it asks for a password, and a provider supplied it."""
RESET_TOOK = ("done", "done", "yes", "done", "no")
"""Its full reset held, waited for, in setup mode, added again: not added."""


def _supplied(guide: Guide, *more: str) -> Driver:
    d = Driver(guide, start_event(guide, have=("pin", "computer", "app"), **PROVIDER_CAMERA))
    d.gap = timedelta(minutes=5)  # every wait sat out
    for answer in (*SUPPLIED, *more):
        d.send(answer)
    return d


def test_a_providers_camera_is_told_why_one_full_reset_comes_before_its_provider(
    guide: Guide,
) -> None:
    """Session 70 leftover: "Did an alarm company or internet provider supply it? — Yes" went
    straight to "Hold the reset button for 30 seconds", with no word of the provider."""
    d = _supplied(guide)
    page = d.state.current
    assert page.title == "Hold the reset button for 30 seconds"
    assert page.notices[0].startswith(
        "You said a provider supplied it. One full reset is still worth trying first: on one "
        "provider's doorbell, a 10-second press cleared only its Wi-Fi"
    )
    assert "the next step is the provider who supplied it" in page.notices[0]
    old = replayed_under(d, PROVIDER_AFTER_RESET_RULES - 1)
    assert old.current.title == page.title
    assert not any("provider" in n for n in old.current.notices)


def test_a_providers_camera_that_still_asks_for_a_password_once_reset_goes_to_its_provider(
    guide: Guide,
) -> None:
    """After the full reset took and it still asked for a password, it went on to "Did the
    camera come from someone else?", the app, the phone's permissions, the 2.4 GHz Wi-Fi and
    "Back to resetting", then its maker's support; its source's provider alone could help."""
    d = _supplied(guide, *RESET_TOOK)
    assert d.state.current.title == "What went wrong when you added it?"
    d.send("asks-password")
    end = d.state.current
    assert (end.ref.ref, end.title) == (
        "escalate-provider",
        "Contact the provider who supplied the camera",
    )
    assert d.state.belief[0].id == "provider-locked"
    old = replayed_under(d, PROVIDER_AFTER_RESET_RULES - 1)
    assert old.current.title == "Did the camera come from someone else?"


def test_a_providers_camera_the_app_does_not_find_once_reset_is_not_sent_away(
    guide: Guide,
) -> None:
    d = _supplied(guide, *RESET_TOOK, "not-found")
    assert d.state.current.kind != "outcome"
