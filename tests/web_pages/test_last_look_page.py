"""The last look before support keeps its question above its answers and how to tell after
them, so its first answer is on a phone's first screen: a Tapo C200's "Yes, it looks like this"
stood at 879 px of 844, under the look's why, its question, the signs of setup mode, the light
to look for and the box that stops the blinking (session 68, H #3)."""

from __future__ import annotations

from bs4 import BeautifulSoup

from .conftest import PageClient
from .flow import answer, start

LOOK = "One more look before support"
TO_THE_LOOK = ("no", "done", "not_sure", "cant", "other")


def to_the_last_look(client: PageClient, query: str, have: tuple[str, ...]) -> BeautifulSoup:
    """Everything done, every check "No", anything not at hand refused, to the last look."""
    url = start(client, query, have)
    page = client.page(url)
    for _ in range(60):
        if page.h1 is not None and page.h1.get_text() == LOOK:
            return page
        offered = [str(b["value"]) for b in page.select("form.answers button")]
        assert offered, page.h1
        pick = next(a for a in (*TO_THE_LOOK, *offered) if a in offered)
        page = answer(client, url, pick)
    raise AssertionError("no last look")


def test_the_last_look_asks_above_its_answers_and_tells_how_after_them(
    client: PageClient,
) -> None:
    page = to_the_last_look(client, "Tapo C200", ("pin", "app", "original_adapter"))
    main = str(page.select_one("main"))
    answers = main.index('class="answers"')
    assert main.index("Is the camera in setup mode now?") < answers
    more = page.select_one(".step-more")
    assert more is not None and main.index('class="step-more"') > answers
    told = more.get_text(" ")
    assert "in setup mode the light shows red and green" in told  # not one fact dropped
    assert "Tapo_Cam_XXXX" in told and "amber and green" in told
    assert "Tapo cameras usually show" not in main[:answers]
