"""On the network, in a real browser on a phone-sized screen: find the camera, let camreset
confirm the reset over the network, and reset a camera remotely after confirming it.

The cameras are emulated on loopback addresses (127.0.6.x) from a thread of this test; the
uvicorn server under test probes them there. No packet leaves loopback.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Page, expect
from tests.net.conftest import PASSWORD, emulated_in_thread

from .conftest import Server
from .test_e2e import check, press

pytestmark = pytest.mark.browser


@pytest.fixture
def netserver(tmp_path: Path) -> Iterator[Server]:
    """The app under uvicorn with quick network checks (half a second of listening)."""
    srv = Server(tmp_path / "network.sqlite3")
    srv.env["CAMRESET_NETWORK_TIMEOUT"] = "0.5"
    srv.start()
    yield srv
    srv.stop()


def test_a_session_finishes_with_a_reset_confirmed_over_the_network(
    page: Page, netserver: Server
) -> None:
    with emulated_in_thread(("dahua-uninitialised", "127.0.6.1")):
        page.goto(netserver.url + "/")
        page.get_by_role("link", name="Find my camera on this network").click()
        page.get_by_label("The camera's address").fill("127.0.6.1")
        page.get_by_role("button", name="Look for cameras").click()
        card = page.locator("ul.found > li")
        expect(card.locator("h3")).to_have_text("Amcrest IP4M-1041B")
        expect(card).to_contain_text("Back at factory settings")
        expect(card.get_by_role("link", name="Set it up again step by step")).to_be_visible()
        check(page, "16-find-on-network")
        # someone who reset it anyway, starting from the camera's model with its address
        page.goto(netserver.url + "/have?model=amcrest-ip4m-1041b&address=127.0.6.1")
        page.get_by_label("A paperclip or a pin").check()
        page.get_by_label("A computer on the same network").check()
        page.get_by_role("button", name="Start the steps").click()
        expect(page).to_have_url(re.compile(r"/s/[A-Za-z0-9_-]+(\?at=\d+)?$"))
        for _ in range(10):
            if page.locator("#net-address").count():
                break
            press(page, ["Done", "Yes"])
        expect(page.locator("h1")).to_have_text("Is the camera in setup mode now?")
        expect(page.get_by_label("The camera's address on your network")).to_have_value("127.0.6.1")
        check(page, "17-network-check")
        page.get_by_role("button", name="Check the camera now").click()
        said = page.locator("p.notice.news")  # read first: it takes the focus (review 68, #2)
        expect(said).to_contain_text("back at factory settings")
        expect(said).to_be_focused()
    expect(page.locator("h1")).to_have_text("Add it again")
    for _ in range(4):
        if page.locator("form.answers").count() == 0 or page.locator("h1").inner_text() == (
            "Your camera is back"
        ):
            break
        press(page, ["Done", "Yes"])
    expect(page.locator("h1")).to_have_text("Your camera is back")
    page.get_by_role("link", name="See a summary of what you did").click()
    report = page.locator("article.report")
    expect(report).to_contain_text("Amcrest IP4M-1041B at 127.0.6.1")
    expect(report).to_contain_text("camera reset (confirmed over the network)")


def test_a_remote_reset_is_sent_only_after_the_person_confirms_the_camera(
    context: BrowserContext, netserver: Server
) -> None:
    page = context.new_page()  # its refused confirmation is a 422 page, which Chromium logs
    with emulated_in_thread(("onvif-set-up", "127.0.6.2")) as cams:
        page.goto(netserver.url + "/network")
        page.get_by_label("The camera's address").fill("127.0.6.2")
        page.get_by_role("button", name="Look for cameras").click()
        page.get_by_role("button", name="Reset or restart it over the network").click()
        expect(page.locator("h1")).to_have_text("Is this your camera?")
        expect(page.locator("dl.identity")).to_contain_text("00:12:34:00:00:02")
        check(page, "18-remote-confirm")
        page.get_by_label("Reboot").check()
        page.get_by_label("type the last four characters").fill("0009")
        page.get_by_label("The camera's admin password").fill(PASSWORD)
        page.get_by_role("button", name="Send it to this camera").click()
        expect(page.locator("[role=alert]")).to_contain_text("type the last four characters")
        expect(page.get_by_label("The camera's admin password")).to_have_value("")
        assert cams[0].device.actions == []  # type: ignore[union-attr]
        expect(page.get_by_label("Reboot")).to_be_checked()  # not back on the hard reset
        expect(page.get_by_label("type the last four characters")).to_be_focused()
        page.get_by_label("type the last four characters").fill("0002")
        page.get_by_label("The camera's admin password").fill(PASSWORD)
        page.get_by_role("button", name="Send it to this camera").click()
        expect(page.locator("h1")).to_have_text("Sent to the camera")
        assert cams[0].device.actions == ["SystemReboot"]  # type: ignore[union-attr]
        assert PASSWORD not in page.content()
