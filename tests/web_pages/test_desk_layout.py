"""The desk is no longer the phone page stretched: the live short code shows on every screen
of the session, and on a wide screen what backs the step, why it is asked and what has been
done stand beside it (helpdesk review 70 H, #11)."""

from __future__ import annotations

import re

from .conftest import PageClient
from .flow import start
from .test_two_screens import _press


def test_the_agent_who_opened_it_by_its_code_sees_the_live_code(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    """The agent opened the session by FZ9H-KJEY, live for two hours, and was offered only
    "Get a short code to read out instead", as if it had none."""
    desk, phone = two_screens
    url = start(phone, "Tapo C200", have=("pin", "original_adapter", "app"))
    made = phone.submit(phone.page(url).find("form", action=f"{url}/code"))
    code = phone.page(made.headers["location"]).select_one(".share-code .code").get_text()
    opened = desk.get(f"/find?q={code}")
    assert opened.status_code == 303
    page = desk.page(opened.headers["location"])
    assert page.select_one(".share-code .code").get_text() == code
    assert page.find("form", action=f"{url}/code") is None
    _press(phone, url, "done")  # and on the phone's next page, without asking again
    assert phone.page(url).select_one(".share-code .code").get_text() == code


def test_history_why_and_sources_stand_apart_from_the_step_for_a_wide_screen(
    client: PageClient,
) -> None:
    url = start(client, "Tapo C200", have=("pin", "original_adapter", "app"))
    _press(client, url, "done")
    page = client.page(url)
    side = page.select_one(".step-layout > aside.step-side")
    assert side is not None and side.select_one(".done-so-far") is not None
    assert side.select_one("details.why") is not None
    main = page.select_one(".step-layout > .step-main")
    assert main.select_one("form.answers") is not None and main.h1 is not None
    rest = page.select_one(".step-layout > .step-rest")
    assert rest.select_one(".resume") is not None  # the phone's order: step, side, share box
    css = client.get("/static/app.css").text
    wide = re.search(r"@media screen and \(min-width: 70rem\) \{(.*?)\n\}", css, re.S)
    assert wide is not None and 'grid-template-areas: "main side" "rest side"' in wide[1]
