"""What a page says and shows, read from its HTML as a screen reader or a person without
JavaScript meets it (accessibility review 70, A)."""

from __future__ import annotations

from bs4 import BeautifulSoup

from camreset.web.drawings import FORM_FACTORS, light_figure

from .conftest import PageClient
from .flow import answer, start


def setup_mode_question(client: PageClient) -> tuple[str, BeautifulSoup]:
    """A Tapo C200 past the app's reset and its restart, at "Is the camera in setup mode now?"."""
    url = start(client, "c200", ("pin",))
    for pick in ("have", "done", "done"):
        page = answer(client, url, pick)
    assert page.h1 is not None and page.h1.get_text() == "Is the camera in setup mode now?"
    return url, page


def test_the_light_drawing_says_its_place_is_typical_not_this_cameras(
    client: PageClient,
) -> None:
    """The figure was named "Pan and tilt camera: where the status light is", captioned
    "Where the status light is", while its light sits at the drawing's own spot for the shape:
    no source gives it. Both now say it is a typical place, and that yours may be elsewhere."""
    _, page = setup_mode_question(client)
    figure = page.select_one("figure#where")
    assert figure is not None
    name = str(figure.select_one("svg[role=img]")["aria-label"])
    caption = figure.figcaption.get_text(" ", strip=True) if figure.figcaption else ""
    for said in (name, caption):
        assert "where the status light is" not in said.lower()
        assert "typical place for a status light" in said
    assert "yours may be elsewhere" in caption
    for shape in (*FORM_FACTORS, None):
        for pattern in ("blink-red-green", None):
            words = light_figure(shape, pattern).words
            assert "typical place" in words and "Where the status light" not in words


def test_no_on_a_light_question_does_not_carry_the_no_light_picture(client: PageClient) -> None:
    """ "Is the camera in setup mode now?" showed "No" beside the dashed empty circle that
    pictures a light that is off or absent: a person who matches pictures tapped "No" for a
    camera whose light is off, a different answer with a different next step."""
    _, page = setup_mode_question(client)
    no = page.select_one('form.answers button[value="no"]')
    assert no is not None and no.select_one(".led-none") is None
    assert no.select_one(".led-slot[aria-hidden=true]") is not None  # the labels stay aligned
    off = page.select_one('form.answers button[value="no-light"]')
    assert off is not None


def test_an_empty_search_says_what_went_wrong_in_its_title(client: PageClient) -> None:
    """ "Find my camera" pressed with nothing typed opened a page titled "Find your camera ·
    camreset": the first thing a screen reader reads of a new page sounded like a fresh
    start. Its title now says what to do, as the notice does."""
    page = client.page("/find?q=")
    assert page.title is not None
    assert page.title.get_text() == "Type the model name first · camreset"
    assert (
        page.select_one("#q-problem")
        .get_text(" ", strip=True)
        .startswith("Type the model name first:")
    )
    assert client.page("/find").title.get_text() != "Type the model name first · camreset"
