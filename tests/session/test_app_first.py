"""The first page that uses the brand's app, for someone who left the app unticked."""

from __future__ import annotations

from datetime import timedelta

from tests.session.conftest import Driver, start_event

from camreset.core.kb.power_values import PowerKind
from camreset.core.session import Guide

TO_THE_APP = ("second-hand", "no", "not-yet", "done", "done", "done", "done", "yes")
"""A Tapo C420 from someone else, not reset since, its first owner asked; the reset done and
in setup mode: next, "Does the Tapo app find it as a new camera?"."""


def _at_the_app(guide: Guide, have: tuple[str, ...]) -> Driver:
    d = Driver(guide, start_event(guide, model="tapo-c420", have=have))
    d.gap = timedelta(minutes=10)  # every wait runs its time
    for said in TO_THE_APP:
        d.send(said)
    return d


def test_the_first_page_that_uses_the_app_says_to_get_it_first(guide: Guide) -> None:
    """Phone review 64, F8: with no "phone with the Tapo app" ticked, a buyer was asked
    "Does the Tapo app find it as a new camera?" and then to add it through the hub in the
    app; "Get the Tapo app on a phone" came only after a failed add. The first page that
    uses the app now says how to get it; the next does not say it again, and someone who
    ticked the app is not told."""
    d = _at_the_app(guide, ("pin",))
    check = d.state.current
    assert check.title == "Does the Tapo app find it as a new camera?"
    assert check.notices[0] == (  # first: without the app, nothing else on the page can be done
        "You did not tick the Tapo app: install it and sign in first, if you have not yet."
    )
    d.send("yes")
    assert d.state.current.title == "Add it again"
    assert not any("did not tick" in n for n in d.state.current.notices)
    ticked = _at_the_app(guide, ("pin", "app")).state.current
    assert ticked.title == check.title
    assert not any("did not tick" in n for n in ticked.notices)


HIKVISION_TO_ITS_LIST = (
    "forgot-password", "reset-it", "yes", "few-seconds", "reacted", "came-back", "steady",
    "done", "done", "done", "yes",
)  # fmt: skip
"""A Hikvision DS-2CD2143G2-I on its 12 V adapter whose password is forgotten: its own way
back in did not work, the reset done and in setup mode; next, "Does SADP or the recorder
list it as “Inactive” …?"."""


def _hikvision_at_its_list(guide: Guide, have: tuple[str, ...]) -> Driver:
    start = start_event(guide, model="hikvision-ds-2cd2143g2-i", have=have, power=PowerKind.adapter)
    d = Driver(guide, start)
    d.gap = timedelta(minutes=10)
    for said in HIKVISION_TO_ITS_LIST:
        d.send(said)
    return d


def test_a_page_that_names_the_makers_tool_first_does_not_send_a_technician_to_the_app(
    guide: Guide,
) -> None:
    """Installer review 74, G #7: with a computer at hand, the page began "You did not tick
    the Hik-Connect app: install it and sign in first, if you have not yet." and then said to
    open SADP on that computer, the app being its second way. Without a computer, the app is
    the page's way, and it still says to get it first."""
    step = _hikvision_at_its_list(guide, ("computer", "pin")).state.current
    assert step.title.startswith("Does SADP or the recorder list it as “Inactive”")
    assert step.text.index("SADP") < step.text.index("Hik-Connect")
    assert not any("did not tick" in n for n in step.notices)
    without = _hikvision_at_its_list(guide, ("pin",)).state.current
    assert any("did not tick the Hik-Connect app" in n for n in without.notices)
