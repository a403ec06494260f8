"""The "things at hand" checklist of a Blink Outdoor 4 no longer asks for "The camera's original
power adapter": it comes with AA lithium cells, and Blink says the USB adapter that can run it
is not included with the camera (session 74, item 3). A Blink Mini, powered by USB with its
adapter in the box, is still asked for it."""

from __future__ import annotations

from .conftest import PageClient

ORIGINAL = "The camera's original power adapter"


def test_a_blink_outdoor_4_is_not_asked_for_an_original_adapter(client: PageClient) -> None:
    said = client.page("/have?model=blink-outdoor-4").find("main").get_text(" ", strip=True)
    assert ORIGINAL not in said
    assert "Another adapter with the same rating" in said  # any such USB adapter serves


def test_a_blink_mini_still_is(client: PageClient) -> None:
    said = client.page("/have?model=blink-mini").find("main").get_text(" ", strip=True)
    assert ORIGINAL in said
