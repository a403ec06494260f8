"""A reset Hikvision is checked where installers check it: SADP's list ("Inactive") or the
recorder's camera list, named on the session page (installer review 62, #7)."""

from __future__ import annotations

from bs4 import BeautifulSoup

from .conftest import PageClient
from .flow import answer, start

DOME = "DS-2CD2143G2-I"
OPENING = ("wont-reset", "few-seconds", "nothing", "no-restart")


def _pages(
    client: PageClient, have: tuple[str, ...], until: str = "Add it again"
) -> dict[str, str]:
    """The words of each page of a dome's session by title, every step done and every check
    a yes, up to `until` (adding it again)."""
    url = start(client, DOME, have=have, opening=True)
    page: BeautifulSoup = client.page(url)
    for given in OPENING:
        page = answer(client, url, given)
    seen: dict[str, str] = {}
    while page.h1 is not None and until not in seen and len(seen) < 20:
        seen[page.h1.get_text(" ", strip=True)] = " ".join(page.get_text(" ").split())
        offered = [b["value"] for b in page.select("form.answers button")]
        page = answer(client, url, str(next(a for a in ("done", "yes") if a in offered)))
    return seen


CHECK = "Does SADP or the recorder list it as “Inactive”, or its web page ask for a new password?"


def test_the_setup_mode_page_names_sadps_inactive_status(client: PageClient) -> None:
    words = _pages(client, ("pin",))["Is the camera in setup mode now?"]
    assert (
        "the maker's tool on a computer on the same network (SADP, which lists it as “Inactive”)"
        in (words)
    )
    assert "shows it as “Inactive” until then" in words  # the recorder's camera list


def test_with_a_computer_at_hand_the_check_and_adding_it_lead_with_sadp(
    client: PageClient,
) -> None:
    pages = _pages(client, ("pin", "computer"))
    check = pages[CHECK]
    # the check asks what SADP lists; the setup-mode page before it no longer does too (diff
    # review 63, #1: the same three things were asked on two pages in a row)
    assert "(SADP, which lists it as “Inactive”)" not in pages["Is the camera in setup mode now?"]
    assert "open SADP, the maker's tool: it lists a reset camera as “Inactive”" in check
    assert check.index("open SADP") < check.index("Or, in the Hik-Connect app, start adding")
    add = pages["Add it again"]
    sadp = add.index("open SADP, the maker's tool, which lists a reset camera as “Inactive”")
    recorder = add.index("On a recorder (NVR), add it from the recorder's camera list")
    assert sadp < recorder < add.index("Or in the Hik-Connect app, add a new camera")


def test_with_a_computer_at_hand_its_address_is_looked_for_in_sadp_before_the_factory_one(
    client: PageClient,
) -> None:
    """Diff review 63, #6: the page sent the installer to the factory address beside other
    ways, while the Hikvision guide it cites says the camera takes its address by DHCP and
    SADP finds it; and it called 192.168.1.64 "one unconfirmed source" where two disagree."""
    add = _pages(client, ("pin", "computer"))["Add it again"]
    sadp = add.index("Its address: SADP shows it")
    factory = add.index(
        "only if none of them finds it, try its factory address, 192.168.1.64 (another source "
        "gives 192.0.0.64)"
    )
    assert sadp < factory


def test_without_a_computer_the_app_still_comes_first(client: PageClient) -> None:
    """Someone with only a phone and a paperclip is not sent to a computer first."""
    pages = _pages(client, ("pin",))
    check = pages[
        "Does the Hik-Connect app find it as a new camera, or does its web page ask for a new "
        "password?"
    ]
    assert "in the Hik-Connect app, start adding a new camera" in check and "SADP" not in check
    add = pages["Add it again"]
    assert "In the Hik-Connect app, add a new camera" in add and "open SADP" not in add


AGAIN = "Does its picture show when you open it again?"


def test_with_a_computer_at_hand_the_last_checks_lead_with_its_page_and_the_recorder(
    client: PageClient,
) -> None:
    """Diff review 63, #1 (left for later): after pages that led with SADP and the recorder,
    "Is it added…" and "Does its picture show…" led with the Hik-Connect app again."""
    pages = _pages(client, ("pin", "computer"), until=AGAIN)
    added = pages[
        "Is it added on its web page or the recorder, or in the Hik-Connect app, showing live "
        "video?"
    ]
    page = added.index("Log in on its web page with your new password (SADP shows its address)")
    recorder = added.index("or finish adding it on the recorder (NVR)")
    assert page < recorder < added.index("or finish the Hik-Connect app's steps")
    again = pages[AGAIN]
    browser = again.index("Close the browser tab (or the recorder's view)")
    assert browser < again.index("or close the Hik-Connect app completely")


def test_without_a_computer_the_last_checks_still_name_the_app_first(client: PageClient) -> None:
    pages = _pages(client, ("pin",), until=AGAIN)
    assert "Is it added in the Hik-Connect app or on its web page, showing live video?" in pages
    assert pages[AGAIN].index("Close the Hik-Connect app") < pages[AGAIN].index("its web page")
