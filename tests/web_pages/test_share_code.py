"""A short code read out over the phone: spelt out so letters that sound alike are not
mixed up, and a code typed with a character codes never have is told so plainly."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from camreset.store import share_codes

from .conftest import PageClient
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
