"""The "things at hand" checklist of a Blink Outdoor 4 no longer asks for "The camera's original
power adapter": it comes with AA lithium cells, and Blink says the USB adapter that can run it
is not included with the camera (session 74, item 3). A Blink Mini, powered by USB with its
adapter in the box, is still asked for it. New batteries are offered where its sources say it
takes single-use cells alone (session 75)."""

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


NEW_CELLS = "New batteries of the kind it takes: AA 1.5 V lithium, non-rechargeable only"


def test_a_blink_outdoor_4_is_offered_new_batteries_named_as_blink_names_them(
    client: PageClient,
) -> None:
    """Review 73 F #2 (session 75, helper D): its "New batteries" page was the first word of
    them; the checklist now offers them, as Blink's page names them."""
    said = client.page("/have?model=blink-outdoor-4").find("main").get_text(" ", strip=True)
    assert NEW_CELLS in said


def test_a_camera_that_charges_or_has_no_battery_is_not(client: PageClient) -> None:
    for model in ("blink-mini", "ring-stick-up-cam-battery"):
        said = client.page(f"/have?model={model}").find("main").get_text(" ", strip=True)
        assert "New batteries" not in said
