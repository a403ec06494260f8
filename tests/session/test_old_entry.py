"""A camera its owner's own app still lists from before the reset: the old entry is removed
there, then the camera is added again (UniFi's Unmanage, Nest's offline camera)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.session.conftest import Driver, answered, start_event

from camreset.core.session import Guide


@pytest.mark.parametrize(
    ("model", "where"),
    [("unifi-g4-bullet", "UniFi Protect console"), ("nest-cam-indoor", "Nest app")],
)
def test_an_owner_whose_app_still_lists_the_camera_is_told_to_remove_that_entry(
    guide: Guide, model: str, where: str
) -> None:
    """Product review 48: a UniFi owner whose camera was always theirs was never offered
    Unmanage; Ubiquiti's own reset page says a button reset leaves it listed in Protect."""
    state = answered(guide, ("cant-add", "still-listed"), model=model, have=("pin", "app"))
    step = state.current
    assert step.ref.ref == "remove-old-entry"
    assert "still listed there from before the reset" in step.text
    assert "Unmanage" in step.text and where in step.text  # then added again, its own way


def test_a_camera_added_only_on_its_web_page_has_no_app_entry_to_remove(
    make_driver: Callable[..., Driver],
) -> None:
    """A PoE camera set up on its own web page is listed in no app: its answer that something
    "still shows it" leads to the other steps, never to removing an app's entry."""
    driver = make_driver(model="dahua-ipc-hfw2431t-zs-s2", have=("pin",), opening=True)
    driver.send("cant-add")
    seen = []
    while driver.state.current.kind != "outcome" and len(seen) < 100:
        step = driver.state.current
        seen.append(step.ref.ref)
        driver.pick("still-listed", "no", "done", "not_sure")
    assert driver.state.current.kind == "outcome" and "add-trouble" in seen
    assert "remove-old-entry" not in seen


def test_adding_it_again_after_the_app_showed_it_offline_says_to_remove_that_entry_first(
    guide: Guide,
) -> None:
    """Review 50: a Tapo owner whose app showed the camera offline was told to add it again
    with no word that the app still listed it from before, which the app then refuses."""
    from datetime import timedelta

    driver = Driver(guide, start_event(guide, model="tapo-c200", have=("app", "pin")))
    driver.gap = timedelta(minutes=5)
    for answer in ("wont-reset", "few-seconds", "nothing", "no-restart", "cant", "offline"):
        driver.send(answer)
    for _ in range(30):
        if driver.state.current.ref.ref == "add-again":
            break
        driver.pick("done", "yes")
    page = driver.state.current
    assert page.ref.ref == "add-again" and page.ref.stage == 0
    assert "You said the Tapo app showed it offline" in (page.notice or "")
