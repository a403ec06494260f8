"""A helpdesk's reference stays with the helpdesk: the customer's phone neither shows nor
offers to overwrite it, and the report for the vendor leaves it out unless the agent asks;
the form never suggests typing the caller's name (helpdesk review 70 H, #13: the phone showed
"Reference: T-4411 Maria", and the vendor's report had it)."""

from __future__ import annotations

from .conftest import PageClient
from .flow import start
from .test_two_screens import _press


def _saved(desk: PageClient, url: str, typed: str) -> None:
    form = desk.page(url).find("form", action=f"{url}/reference")
    assert "first name" not in " ".join(form.get_text().split())
    assert desk.submit(form, reference=typed).status_code == 303


def test_the_customers_phone_shows_no_reference_and_no_form_to_overwrite_it(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    desk, phone = two_screens
    url = start(phone, "Tapo C200", have=("pin", "original_adapter", "app"))
    assert desk.get(f"{url}").status_code in (200, 303)
    _saved(desk, url, "T-4411 2nd call")
    _press(phone, url, "done")
    page = phone.page(url)
    assert "T-4411" not in page.get_text()
    assert page.select_one("#reference-box") is None  # nothing to overwrite it with
    assert page.select_one("#reference summary").get_text() == "Your helpdesk's reference"
    assert "T-4411" not in phone.page("/").get_text()  # nor on its home list
    assert "T-4411" in desk.page("/").get_text()  # the desk's list has it
    assert "T-4411" in desk.page(url).select_one("#reference summary").get_text()


def test_a_colleagues_screen_asks_to_see_it(two_screens: tuple[PageClient, PageClient]) -> None:
    desk, colleague = two_screens
    url = start(desk, "Tapo C200", have=("pin", "original_adapter", "app"))
    _saved(desk, url, "T-4411")
    form = colleague.page(url).find("form", action=f"{url}/reference")
    button = form.find("button", attrs={"name": "show"})
    assert button.get_text() == "Show the reference on this screen"
    assert colleague.submit(form, button).status_code == 303
    assert colleague.page(url).select_one("#reference-box")["value"] == "T-4411"


def test_the_vendors_report_leaves_it_out_and_the_desks_copy_says_so(
    client: PageClient,
) -> None:
    url = start(client, "Tapo C200", have=("pin", "original_adapter", "app"))
    _saved(client, url, "T-4411")
    page = client.page(f"{url}/report")
    assert "T-4411" not in page.select_one("article.report").get_text()
    own = " ".join(page.select_one(".own-copy").get_text().split())
    assert own.startswith("Your helpdesk reference: T-4411. Left out of the report below")
    assert "T-4411" not in client.get(f"/api/sessions{url[2:]}/report?format=json").text


def test_the_customers_phone_is_told_what_the_box_is_and_that_nothing_is_asked_of_them(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    """The phone's closed "Helpdesk reference" held "This is a helpdesk's screen: show it": the
    customer asked what it was, and pressing it would mark their answers as the helpdesk's
    (helpdesk review 74, #8 and #2). The button is still there, behind "I work at the
    helpdesk", for a colleague's screen."""
    desk, phone = two_screens
    url = start(phone, "Tapo C200", have=("pin", "original_adapter", "app"))
    _saved(desk, url, "T-4411")
    box = phone.page(url).select_one("#reference")
    said = " ".join(box.select_one("div > form > p").get_text().split())
    assert said == (
        "Your helpdesk has a reference (a ticket number) for this session. It stays on their "
        "screen; there is nothing for you to do here."
    )
    behind = box.find("button", attrs={"name": "show"}).find_parent("details")
    assert behind is not box and behind.summary.get_text() == "I work at the helpdesk"


def test_i_work_at_the_helpdesk_says_what_it_does_and_the_phone_that_started_is_warned(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    """Pressing "Show the reference on this screen" on the customer's own phone marked their
    answers as the helpdesk's, with nothing saying so (helpdesk review 74 F, #2's caveat):
    the box now says what it does before its button, and on the browser that started the
    session, that a customer has nothing to do there."""
    desk, phone = two_screens
    url = start(phone, "Tapo C200", have=("pin", "original_adapter", "app"))
    _saved(desk, url, "T-4411")
    behind = phone.page(url).select_one("#reference details.at-desk")
    said = " ".join(behind.get_text().split())
    assert "what is answered on this browser is marked “entered by the helpdesk”" in said
    assert "in the report for support" in said
    assert "This browser started this session. If you are the customer, leave this" in said
    colleague = desk.page(url).select_one("#reference")  # the desk shows its own form
    assert colleague.select_one("#at-desk-started") is None
