"""The search page with the FCC ID typed from a label: the camera, and a notice that it was
found by that ID, whichever way the grantee code is written (issue 14, point 4)."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from .conftest import PageClient

CAMERAS = 'ul.choices a.choice[href^="/have"]'
"""The cameras listed (the brands below are choices too)."""


@pytest.mark.parametrize("typed", ["2AOKBT8113", "2AOKB-T8113", "2AOKB T8113", "2aokb-t8113"])
def test_an_fcc_id_finds_the_camera_and_the_page_says_how(client: PageClient, typed: str) -> None:
    page = client.page(f"/find?q={quote(typed)}")
    assert [a["href"] for a in page.select(CAMERAS)] == ["/have?model=eufy-eufycam-2c"]
    notices = [n.get_text(" ", strip=True) for n in page.select('[role="status"]')]
    assert "Found by its FCC ID: 2AOKBT8113 is the FCC ID of the eufy Security eufyCam 2C." in (
        notices
    )


def test_a_kasa_fcc_id_finds_the_kasa_camera(client: PageClient) -> None:
    page = client.page("/find?q=TE7KC110")
    assert [a["href"] for a in page.select(CAMERAS)] == ["/have?model=kasa-kc110"]
    assert "Found by its FCC ID: TE7KC110" in page.get_text(" ")


def test_a_name_typed_is_not_said_to_be_an_fcc_id(client: PageClient) -> None:
    page = client.page("/find?q=Tapo%20D230")
    assert "/have?model=tapo-d230" in [a["href"] for a in page.select(CAMERAS)]
    assert "FCC ID" not in page.select_one("main").get_text(" ").split("Find my camera", 1)[1]


def test_one_fcc_id_on_two_cameras_lists_both_each_said_found_by_it(client: PageClient) -> None:
    page = client.page("/find?q=2AUIU-WYZECGS")
    assert [a["href"] for a in page.select(CAMERAS)] == [
        "/have?model=wyze-cam-og",
        "/have?model=wyze-cam-og-telephoto",
    ]
    said = page.get_text(" ")
    assert "Found by its FCC ID: 2AUIUWYZECGS is the FCC ID of the Wyze Cam OG." in said
    assert "Found by its FCC ID: 2AUIUWYZECGS is the FCC ID of the Wyze Cam OG Telephoto." in said
