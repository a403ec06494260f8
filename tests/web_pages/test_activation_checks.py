"""A reset Hikvision is checked where installers check it: SADP's list ("Inactive") or the
recorder's camera list, named on the session page (installer review 62, #7)."""

from __future__ import annotations

from bs4 import BeautifulSoup

from .conftest import PageClient
from .flow import answer, start

DOME = "DS-2CD2143G2-I"
OPENING = ("wont-reset", "few-seconds", "nothing", "no-restart")


def _page_titled(client: PageClient, url: str, title: str, have: tuple[str, ...]) -> str:
    """The words of the first page titled `title`, every step done and every check a yes."""
    page: BeautifulSoup = client.page(url)
    for given in OPENING:
        page = answer(client, url, given)
    for _ in range(20):
        if page.h1 is not None and page.h1.get_text(" ", strip=True) == title:
            return " ".join(page.get_text(" ").split())
        offered = [b["value"] for b in page.select("form.answers button")]
        page = answer(client, url, str(next(a for a in ("done", "yes") if a in offered)))
    raise AssertionError(f"no page {title!r} with {have}")


def test_the_setup_mode_page_names_sadps_inactive_status(client: PageClient) -> None:
    url = start(client, DOME, have=("pin", "computer"), opening=True)
    words = _page_titled(client, url, "Is the camera in setup mode now?", ("pin", "computer"))
    assert (
        "the maker's tool on a computer on the same network (SADP, which lists it as “Inactive”)"
        in (words)
    )
    assert "shows it as “Inactive” until then" in words  # the recorder's camera list
