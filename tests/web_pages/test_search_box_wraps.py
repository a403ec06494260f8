"""The model's box wraps a long name (accessibility review 75 F, #10): a box of several lines
that keeps what was typed, escaped, and a search that reads a line break as a space (Enter
starts a line where the page runs no script)."""

from __future__ import annotations

from .conftest import PageClient


def test_the_search_box_wraps_and_keeps_what_was_typed(client: PageClient) -> None:
    """A one-line field cut "Ring Video Doorbell 2" to "Ring Vide" at 200 % text on a 320 px
    phone; the box now wraps, and the results page keeps the name in it."""
    page = client.page("/find?q=Ring Video Doorbell 2")
    box = page.select_one("form.search textarea#q")
    assert box is not None and box["name"] == "q"
    assert box.get_text() == "Ring Video Doorbell 2"
    typed = client.get("/find", params={"q": "</textarea><b>x"}).text
    assert "</textarea><b>" not in typed and "&lt;/textarea&gt;&lt;b&gt;x</textarea>" in typed


def test_a_name_typed_on_two_lines_is_searched_as_one(client: PageClient) -> None:
    """Without a script, Enter in the box starts a new line; the search reads it as a space."""
    page = client.page("/find?q=Ring+Video%0D%0ADoorbell+2")
    assert page.title is not None
    assert page.title.get_text() == "3 cameras for “Ring Video Doorbell 2” · camreset"
