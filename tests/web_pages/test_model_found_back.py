"""A model found on the label, taken back by undo, is said as that (session 73): the person who
pressed Back, and a desk following the session, were silently back on the usual steps; the
Back button read "undo my last answer" and even named an answer it would not take back."""

from __future__ import annotations

from bs4 import BeautifulSoup, Tag

from camreset.core.session.screens import BY, HELPDESK

from .conftest import PageClient
from .test_model_found_page import ring_doorbell
from .test_reference_stays_on_desk import _saved

FOUND = "Ring Video Doorbell 3"
USUAL = "The steps are the usual ones again, for any camera."
YOURS = f"You took back the model found: {FOUND}. {USUAL}"
"""What the screen that took it back reads: the terminal's test reads the very same words."""


def _find(client: PageClient, url: str) -> None:
    form = client.page(f"{url}/model").select_one(f'form[action="{url}/model"]')
    assert client.submit(form, model="Video Doorbell 3").status_code == 303


def _said(client: PageClient, page: BeautifulSoup) -> str:
    """What the page's script is told of the change since `page` showed its step."""
    return str(client.get(page.select_one(".follow-status")["data-follow-url"]).json()["said"])


def _followed(client: PageClient, form: Tag, button: Tag | None = None) -> BeautifulSoup:
    """The page a form's POST leads to."""
    response = client.submit(form, button)
    assert response.status_code == 303, response.text[:300]
    return client.page(str(response.headers["location"]))


def _words(tag: BeautifulSoup | None) -> str:
    assert tag is not None
    return " ".join(tag.get_text().split())


def test_back_says_it_takes_back_the_model_and_the_page_says_it_did(client: PageClient) -> None:
    url = ring_doorbell(client)  # "It won't reset", then the model found
    _find(client, url)
    page = client.page(url)
    back = page.select_one(f'form[action="{url}/undo"]')
    assert _words(back.button) == f"← Back: take back the model found ({FOUND})"
    after = _followed(client, back)
    assert _words(after.select_one("p.notice.news")) == YOURS
    from camreset.core.present import found_words as words  # one place: the core's words

    assert f"{words.found_taken_back('You', FOUND)} {words.FOUND_BACK_HERE}" == YOURS
    assert after.title.get_text().startswith("Model found taken back · Step 2: ")
    assert after.find("a", string="I found the model") is not None  # another may be found
    back = after.select_one(f'form[action="{url}/undo"]')  # now an answer again
    assert _words(back.button) == "← Back: undo my last answer"


def test_a_desk_following_the_session_reads_who_took_the_model_back(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    desk, phone = two_screens
    url = ring_doorbell(phone)
    _find(phone, url)
    left = desk.page(url)  # the desk opened the link after the model was found
    back = left.select_one(f'form[action="{url}/undo"]')
    assert _words(back.button) == (  # not an answer; and whose (helpdesk review 74 F, #7)
        f"← Back: take back the model found on the screen that started the session ({FOUND})"
    )
    undo = phone.page(url).select_one(f'form[action="{url}/undo"]')
    assert phone.submit(undo).status_code == 303  # the customer takes it back
    theirs = f"The screen that started the session took back the model found: {FOUND}."
    assert _said(desk, left) == theirs
    moved = desk.get(f"{url}?moved=1", follow_redirects=True)  # a page reloaded after it
    notice = BeautifulSoup(moved.text, "html.parser").select_one(".moved-on")
    assert _words(notice) == f"{theirs} {USUAL}"


def test_the_phone_reads_that_the_helpdesk_took_it_back_through_the_api(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    desk, phone = two_screens
    url = ring_doorbell(phone)
    _find(phone, url)
    shown = phone.page(url)
    step = shown.select_one(f'form[action="{url}/undo"] input[name="step"]')["value"]
    sent = desk.post(f"/api/sessions{url[2:]}/events",
                     json={"type": "undo", "step": step, BY: HELPDESK},
                     headers={"Accept": "application/json"})  # fmt: skip
    assert sent.status_code == 200, sent.text
    assert _said(phone, shown) == f"The helpdesk took back the model found: {FOUND}."


def test_an_answer_refused_as_the_model_was_taken_back_meanwhile_says_so(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    desk, phone = two_screens
    url = ring_doorbell(phone)
    _find(phone, url)
    left = desk.page(url)
    undo = phone.page(url).select_one(f'form[action="{url}/undo"]')
    assert phone.submit(undo).status_code == 303
    form = left.select_one("form.answers")
    refused = _followed(desk, form, form.select_one("button"))
    said = _words(refused.select_one("p.notice.news"))
    assert said.startswith("Your answer to “How long did you hold the button last time?” was not")
    assert f"The screen that started the session took back the model found: {FOUND}." in said


def test_back_on_the_phone_names_the_helpdesk_that_entered_the_model(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    """The helpdesk entered the model through the API, the customer pressed Back: the page
    read "You took back the model found: …", where the API, the report and the list of what
    was taken back name who entered it (session 74)."""
    desk, phone = two_screens
    url = ring_doorbell(phone)
    sent = desk.post(f"/api/sessions{url[2:]}/model-found",
                     json={"model": "Video Doorbell 3", BY: HELPDESK},
                     headers={"Accept": "application/json"})  # fmt: skip
    assert sent.status_code == 200, sent.text
    back = phone.page(url).select_one(f'form[action="{url}/undo"]')
    after = _followed(phone, back)
    said = f"You took back the model found, entered by the helpdesk: {FOUND}. {USUAL}"
    assert _words(after.select_one("p.notice.news")) == said


def test_back_on_the_phone_names_who_found_the_model_it_would_take_back(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    """Helpdesk review 74 F, #7: the agent typed the model off the label the customer read out;
    the customer's phone offered "← Back: take back the model found (Ring Video Doorbell 3)",
    where an answer from the desk reads "… given on another screen"."""
    desk, phone = two_screens
    url = ring_doorbell(phone)
    _saved(desk, url, "T-4411")  # a helpdesk's screen
    _find(desk, url)
    theirs = phone.page(url).select_one(f'form[action="{url}/undo"]')
    assert _words(theirs.button) == f"← Back: take back the model found by the helpdesk ({FOUND})"
    mine = desk.page(url).select_one(f'form[action="{url}/undo"]')
    assert _words(mine.button) == f"← Back: take back the model found ({FOUND})"
