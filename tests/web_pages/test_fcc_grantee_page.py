"""The search page for an FCC ID no listed camera has (review 76 G, #1 and #2): a no-name
camera's "FCC ID: 2A4RQ-Q5" and an unlisted Arlo's "2APLE-VMC4040" were both "We found no
camera called …", with "check the spelling"."""

from __future__ import annotations

from urllib.parse import quote

from .conftest import PageClient


def _said(page: object) -> str:
    return page.select_one("main").get_text(" ", strip=True)  # type: ignore[attr-defined]


def test_an_unknown_fcc_id_says_where_the_fcc_names_its_company(client: PageClient) -> None:
    page = client.page(f"/find?q={quote('FCC ID: 2A4RQ-Q5')}")
    said = _said(page)
    assert "That looks like an FCC ID, and no camera on our list has it." in said
    assert "Its first part, 2A4RQ, is the FCC's code for the company that certified" in said
    assert "https://www.fcc.gov/oet/ea/fccid" in said
    assert "check the spelling" not in said
    other = [a["href"] for a in page.select('a[href^="/other"]')]
    assert other and all("label=FCC%20ID%3A%202A4RQ-Q5" in href for href in other)


def test_an_unlisted_fcc_id_of_a_covered_brand_offers_its_usual_steps(client: PageClient) -> None:
    page = client.page("/find?q=2APLE-VMC4040")
    said = _said(page)
    assert "its first part, 2APLE, is the FCC's code for the company behind the Arlo" in said
    assert "it is likely an Arlo camera" in said
    links = [a["href"] for a in page.select("main a")]
    assert "/brand/arlo/unknown?label=2APLE-VMC4040" in links
    assert "/brand/arlo" in links


def test_an_fcc_id_a_digit_from_listed_ones_is_no_list_of_their_cameras(
    client: PageClient,
) -> None:
    """ "2AOKB-T8119" listed nine eufy cameras "to match letter for letter" against a label
    that shows no name: their FCC IDs only differ from it by a digit."""
    page = client.page(f"/find?q={quote('FCC ID: 2AOKB-T8119')}")
    assert page.select('ul.choices a.choice[href^="/have"]') == []
    assert "letter for letter" not in _said(page)
    assert "/brand/eufy/unknown?label=FCC%20ID%3A%202AOKB-T8119" in [
        a["href"] for a in page.select("main a")
    ]


def test_a_listed_fcc_id_still_finds_its_camera(client: PageClient) -> None:
    page = client.page("/find?q=2AOKB-T8113")
    assert [a["href"] for a in page.select('ul.choices a.choice[href^="/have"]')] == [
        "/have?model=eufy-eufycam-2c"
    ]
    assert "likely" not in _said(page)
