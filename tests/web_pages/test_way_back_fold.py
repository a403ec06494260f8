"""The "own way back in" page at phone size: its answers before the way's details (review 71
E, #6: at 320 px and 200 % text, Hikvision's first answer was 6.5 screens down, under SADP, LAN,
XML and "Start Time")."""

from __future__ import annotations

from .conftest import PageClient
from .flow import answer, start


def test_hikvisions_way_back_in_shows_its_answers_before_the_steps_folded_after_them(
    client: PageClient,
) -> None:
    url = start(client, "Hikvision DS-2CD2143G2-I", have=("pin",), opening=True)
    page = answer(client, url, "forgot-password")
    assert page.find("h1").get_text(strip=True) == "Try Hikvision's own way back in first"
    html = str(page)
    first_answer = html.index("That worked: I don't need a reset")
    assert html.index("SADP (PC on the same LAN)") > first_answer
    lead = page.select_one(".step-text").get_text(" ", strip=True)
    assert lead == (
        "A reset erases everything on the camera. Hikvision's own way back in may save you one: "
        "see “How, step by step, and what you need” after the answers."
    )
    box = page.select_one("details.step-more")  # a details element: opens without JavaScript
    assert box is not None and not box.has_attr("open")
    assert box.find("summary").get_text(strip=True) == "How, step by step, and what you need"
    assert "keep the camera on and on the network" in box.get_text(" ", strip=True)


def test_hikvisions_way_back_in_says_its_terms_in_plain_words_in_the_box(
    client: PageClient,
) -> None:
    """What SADP, LAN, the XML file, Start Time and the key or file are (review 71 E, #12):
    in the box, after the way that first says them; the terminal has them on its `e` key."""
    url = start(client, "Hikvision DS-2CD2143G2-I", have=("pin",), opening=True)
    page = answer(client, url, "forgot-password")
    box = page.select_one("details.step-more")
    assert box is not None
    said = box.get_text(" ", strip=True)
    plain = said.index("In plain words: SADP is Hikvision's program for a computer")
    assert said.index("SADP (PC on the same LAN)") < plain < said.index("keep the camera on")
    assert "LAN means your home network" in said and "The XML file is a file SADP saves" in said
    assert "In plain words" not in page.select_one(".step-text").get_text()  # not above answers
