"""Two screens answer one step at once: the agent's desk says "Yes, something changed", the
customer's phone "No, nothing happened" (helpdesk review 60, #3). The phone was told its
answer was not saved; the desk was told nothing, and the report kept only the desk's."""

from __future__ import annotations

from bs4 import BeautifulSoup

from .conftest import PageClient
from .flow import start, walk


def _words(tag: object) -> str:
    return " ".join(str(getattr(tag, "get_text", lambda: tag)()).split())


def _label(page: BeautifulSoup, answer: str) -> str:
    return _words(page.select_one(f'form.answers button[value="{answer}"]'))


def _both_press(
    desk: PageClient, phone: PageClient, url: str, ours: str, theirs: str
) -> BeautifulSoup:
    """Both screens show the same step; the desk's answer lands first, then the phone's.
    Returns the page both showed."""
    shown, on_phone = desk.page(url), phone.page(url)
    form = shown.select_one("form.answers")
    assert desk.submit(form, form.find("button", attrs={"value": ours})).status_code == 303
    form = on_phone.select_one("form.answers")
    sent = phone.submit(form, form.find("button", attrs={"value": theirs}))
    assert sent.status_code == 303
    return shown


def test_the_screen_whose_answer_was_kept_is_told_the_other_screens_answer(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    desk, phone = two_screens
    url = start(desk, "Tapo C200", have=("pin", "original_adapter", "app"))
    shown = _both_press(desk, phone, url, "done", "cant")
    title, ours, theirs = _words(shown.h1), _label(shown, "done"), _label(shown, "cant")

    said = (
        f"Another screen answered “{theirs}” to “{title}” too; your “{ours}” came first and "
        "was kept. If that is wrong, go back one step."
    )
    assert _words(desk.page(url).select_one("p.overtaken")) == said
    assert desk.get(f"{url}/now").json()["overtaken"] == said  # a page loaded before it came
    stale = phone.page(f"{url}?stale=1")  # where the phone was sent: its own notice only
    assert stale.select_one("p.overtaken") is None
    assert "Your answer was not saved" in _words(stale.select_one("p.notice.news"))
    assert _words(phone.page(url).select_one("p.overtaken")) == (  # the phone, reloaded later
        f"Two screens answered “{title}”: “{ours}” came first and was kept; “{theirs}” was not "
        "saved. If that is wrong, go back one step."
    )
    undo = desk.page(url).find("form", action=f"{url}/undo")  # still the desk's own answer
    assert _words(undo.button) == "← Back: undo my last answer"

    report = desk.page(f"{url}/report/text").get_text()
    assert f"Answer: {ours} (kept; another screen answered “{theirs}”, not saved)" in report
    rows = desk.page(f"{url}/report").select("table.steps tbody tr")
    cell = next(r.select("td")[3] for r in rows if _words(r.select("td")[2]).startswith(title))
    assert _words(cell) == f"{ours} (kept; another screen answered “{theirs}”, not saved)"

    form = desk.page(url).select_one("form.answers")  # the next answer: said, so no longer
    desk.submit(form, form.select_one("button"))
    assert desk.page(url).select_one("p.overtaken") is None
    assert desk.get(f"{url}/now").json()["overtaken"] is None


def test_the_same_answer_from_both_screens_is_no_disagreement(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    desk, phone = two_screens
    url = start(desk, "Tapo C200", have=("pin", "original_adapter", "app"))
    _both_press(desk, phone, url, "done", "done")
    assert desk.page(url).select_one("p.overtaken") is None
    assert "another screen answered" not in desk.page(f"{url}/report/text").get_text()


def test_two_answers_from_one_browser_are_not_called_another_screens(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    """Two tabs of one browser (or a second tap on another answer) answered one step: the page
    said "The other screen answered … too" (diff review 62, #2)."""
    desk, _ = two_screens
    url = start(desk, "Tapo C200", have=("pin", "original_adapter", "app"))
    shown = _both_press(desk, desk, url, "done", "cant")  # the same browser, twice
    title, ours, theirs = _words(shown.h1), _label(shown, "done"), _label(shown, "cant")
    said = (
        f"This browser answered “{title}” twice (a second tap, or another tab): “{ours}” came "
        f"first and was kept; “{theirs}” was not saved. If that is wrong, go back one step."
    )
    assert _words(desk.page(url).select_one("p.overtaken")) == said
    assert desk.get(f"{url}/now").json()["overtaken"] == said


def _at(client: PageClient, url: str) -> str:
    """The address a browser shows for the session page now: with its `?at=` position."""
    opened = client.get(url)
    assert opened.status_code == 303
    return str(opened.headers["location"])


def test_a_page_left_on_an_ending_is_told_the_answers_taken_back_before_the_new_one(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    """Phone review 60, #19: screen B (no JavaScript) was on "Contact Wyze support"; screen C
    took back three answers and answered "Done". B, reloaded, said only "The other screen
    answered “Done” to “Release it”": nothing said the support ending was undone."""
    desk, phone = two_screens
    url = start(phone, "Wyze Cam v3", have=("pin", "original_adapter", "app"))
    end = walk(phone, url, prefer=("cant",))
    ending = _words(end.h1)
    assert "support" in ending.lower(), ending
    left = _at(desk, url)  # the desk shows the ending, and stays there
    for _ in range(3):
        form = phone.page(url).find("form", action=f"{url}/undo")
        assert phone.submit(form).status_code == 303
    back = phone.page(url)
    title = _words(back.h1)
    form = back.select_one("form.answers")
    button = form.select_one("button")
    assert phone.submit(form, button).status_code == 303

    notice = _words(desk.page(left).select_one(".moved-on"))
    assert notice == (
        "The screen that started the session "
        f"took back 3 answers, so the end “{ending}” no longer stands, then "
        f"answered “{_words(button)}” to “{title}”. This is the next step."
    )


def test_a_page_left_behind_is_told_how_many_answers_were_taken_back(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    desk, phone = two_screens
    url = start(phone, "Tapo C200", have=("pin", "original_adapter", "app"))
    for _ in range(3):
        form = phone.page(url).select_one("form.answers")
        assert phone.submit(form, form.select_one("button")).status_code == 303
    left = _at(desk, url)
    for _ in range(2):
        form = phone.page(url).find("form", action=f"{url}/undo")
        assert phone.submit(form).status_code == 303
    notice = _words(desk.page(left).select_one(".moved-on"))
    assert (
        notice == "The screen that started the session "
        "took back 2 answers. This is the step they went back to."
    )


def test_after_an_undo_the_screen_whose_answer_was_refused_is_not_told_it_was_kept(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    """Session-65 diff review, H #7: the desk's answer to a step was kept and the phone's
    refused; the desk answered the next step, and the phone took that back. The phone then
    read "your “…” came first and was kept" of the desk's answer, and its undo button called
    the desk's answer its own."""
    desk, phone = two_screens
    url = start(desk, "Tapo C200", have=("pin", "original_adapter", "app"))
    shown = _both_press(desk, phone, url, "done", "cant")
    title, ours, theirs = _words(shown.h1), _label(shown, "done"), _label(shown, "cant")
    form = desk.page(url).select_one("form.answers")  # the desk answers the next step
    assert desk.submit(form, form.select_one("button")).status_code == 303
    form = phone.page(url).find("form", action=f"{url}/undo")  # the phone takes it back
    assert phone.submit(form).status_code == 303

    on_phone = phone.page(url)
    assert _words(on_phone.select_one("p.overtaken")) == (
        f"Two screens answered “{title}”: “{ours}” came first and was kept; “{theirs}” was not "
        "saved. If that is wrong, go back one step."
    )
    undo = on_phone.find("form", action=f"{url}/undo")
    assert "given on the screen that started the session" in _words(undo.button)  # the desk's
    assert _words(desk.page(url).select_one("p.overtaken")) == (  # the desk's was kept
        f"Another screen answered “{theirs}” to “{title}” too; your “{ours}” came first and "
        "was kept. If that is wrong, go back one step."
    )


def test_a_page_left_behind_is_told_every_answer_given_since_not_only_the_last(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    """Helpdesk review 67, E #3: the customer answered three steps within the desk's poll; the
    desk was told only "The other screen answered “No, nothing happened” to …", the first
    two answers nowhere but in "What you've done so far". Said alike by a page reloaded at
    its old position (no JavaScript), by `/now` for a page that stays, and on the page the
    script follows to."""
    desk, phone = two_screens
    url = start(phone, "Hikvision DS-2CD2143G2-I", opening=True)
    left = _at(desk, url)  # the desk shows the first step, and stays there
    position = left.rsplit("at=", 1)[1]
    follow = desk.page(left).select_one(".follow-status")["data-follow-url"]
    assert follow == f"{url}/now?at={position}"  # its script asks from the page's own step
    given = []
    for _ in range(3):
        page = phone.page(url)
        form = page.select_one("form.answers")
        button = form.select_one("button")
        given.append(f"“{_words(button)}” to “{_words(page.h1)}”")
        assert phone.submit(form, button).status_code == 303
    said = f"The screen that started the session gave 3 answers: {'; '.join(given)}."

    assert _words(desk.page(left).select_one(".moved-on")) == f"{said} This is the next step."
    now = desk.get(follow).json()
    assert now["said"] == said
    assert _words(desk.page(now["url"]).select_one(".moved-on")) == f"{said} This is the next step."


def test_five_answers_since_are_told_as_the_last_four(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    desk, phone = two_screens
    url = start(phone, "Tapo C200", have=("pin", "original_adapter", "app"), opening=True)
    left = _at(desk, url)
    for _ in range(5):
        form = phone.page(url).select_one("form.answers")
        assert phone.submit(form, form.select_one("button")).status_code == 303
    notice = _words(desk.page(left).select_one(".moved-on"))
    assert notice.startswith("The screen that started the session gave 5 answers, the last 4: “")
    assert notice.count("” to “") == 4
