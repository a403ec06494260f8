"""A short code read out over the phone: spelt out so letters that sound alike are not
mixed up, and a code typed with a character codes never have is told so plainly."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from camreset.app.code_guard import CODES_PER_WINDOW
from camreset.core.share_code import look_alikes
from camreset.store import share_codes

from .conftest import PageClient, soup
from .flow import start

FIXED = "DVDK42XS"


@pytest.fixture
def fixed_code(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The next code made is DVDK-42XS (letters that sound alike on a phone line)."""
    chars = iter(FIXED)
    monkeypatch.setattr(share_codes.secrets, "choice", lambda _alphabet: next(chars))
    yield FIXED


def _shown(client: PageClient, url: str) -> str:
    page = client.page(url)
    response = client.submit(page.find("form", action=f"{url}/code"))
    assert response.status_code == 303
    box = client.page(response.headers["location"]).select_one(".share-code")
    return " ".join(box.get_text().split())


def test_the_code_is_spelt_out_with_the_nato_alphabet_to_read_aloud(
    client: PageClient, fixed_code: str
) -> None:
    url = start(client, "Tapo C200")
    shown = _shown(client, url)
    assert "DVDK-42XS" in shown
    assert "Read it out as: Delta Victor Delta Kilo, four two X-ray Sierra." in shown


def test_a_code_typed_with_a_character_codes_never_have_is_told_so(client: PageClient) -> None:
    for typed in ("DVDK-42XO", "dvdk 42xo"):
        notice = client.page(f"/find?q={typed}").select_one(".notice")
        said = " ".join(notice.get_text().split())
        assert "it cannot be a session's short code" in said
        assert "Short codes never contain O, 0, I, 1, L or U, and this one has O" in said
        assert "check the letters" in said
    notice = client.page("/find?q=L1LL-2345").select_one(".notice")
    assert "this one has L and 1: check the letters" in " ".join(notice.get_text().split())
    camera = client.page("/find?q=IP8M-2496")  # a camera's name is still a camera
    assert not any("short code" in n.get_text() for n in camera.select(".notice"))
    assert camera.select('a.choice[href^="/have?model="]')
    camera = client.page("/find?q=Foscam R4")  # a brand camreset lacks (web review 56)
    assert not any("short code" in n.get_text() for n in camera.select(".notice"))
    assert camera.find("a", href="/other?label=Foscam%20R4") is not None


def test_a_look_alike_typed_for_a_live_codes_character_opens_its_session(
    two_screens: tuple[PageClient, PageClient], fixed_code: str
) -> None:
    desk, phone = two_screens
    url = start(phone, "Tapo C200")
    assert "DVDK-42XS" in _shown(phone, url)
    for typed in ("0VDK-42XS", "dudk 42xs", "DVOK42XS"):  # 0 or O for D, U for V
        opened = desk.get(f"/find?q={typed}")
        assert opened.status_code == 303 and opened.headers["location"] == url, typed


def test_a_look_alike_that_two_live_codes_fit_opens_neither(
    two_screens: tuple[PageClient, PageClient], monkeypatch: pytest.MonkeyPatch
) -> None:
    desk, phone = two_screens
    chars = iter("DVDK42XSQVDK42XS")
    monkeypatch.setattr(share_codes.secrets, "choice", lambda _alphabet: next(chars))
    first, second = start(phone, "Tapo C200"), start(phone, "Tapo C100")
    assert "DVDK-42XS" in _shown(phone, first) and "QVDK-42XS" in _shown(phone, second)
    page = desk.page("/find?q=OVDK-42XS")  # O for D or for Q: both are live
    said = " ".join(page.select_one(".notice").get_text().split())
    assert "Short codes never contain O, 0, I, 1, L or U, and this one has O" in said


def test_a_camera_name_shaped_like_a_mistyped_code_is_read_as_a_camera(
    client: PageClient,
) -> None:
    """A diff reviewer's "eufy c210" and "nest cam 1" were told about session codes above the
    brand; a query with a brand in it is a camera's name. Without one ("imou ipc1") the hint
    stays, under a title that names both readings."""
    for typed, brand in (
        ("WYZECAM1", "Wyze"),
        ("eufy c210", "eufy Security"),
        ("nest cam 1", None),
    ):
        page = client.page(f"/find?q={typed}")
        said = " ".join(" ".join(n.get_text().split()) for n in page.select(".notice"))
        assert "short code" not in said, typed
        if brand:
            assert page.find("a", string=f"See all {brand} cameras") is not None, typed
    page = client.page("/find?q=imou ipc1")
    assert page.title.get_text().startswith("No camera or session by that name")


def test_a_page_refuses_a_guesser_plainly_and_says_when_to_try_again(
    client: PageClient, fixed_code: str
) -> None:
    url = start(client, "Tapo C200")
    assert "DVDK-42XS" in _shown(client, url)
    readings = len(look_alikes("OOOK-42XS"))  # O for D or Q: each reading is a code tried
    assert readings > 1
    for _ in range(CODES_PER_WINDOW // readings):
        client.page("/find?q=OOOK-42XS")
    for _ in range(CODES_PER_WINDOW % readings):
        client.page("/find?q=ZZZZ-ZZZZ")
    refused = client.get("/find?q=DVDK-42XS")  # the right code waits too
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) <= 60
    page = soup(refused)
    assert page.h1.get_text() == "Too many codes tried"
    said = " ".join(page.get_text().split())
    assert "Wait a minute" in said and "open the session from its link or QR code" in said
    assert client.get("/find?q=tapo c200").status_code == 200  # finding a camera still works
