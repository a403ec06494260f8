"""One event, one name, on both screens and in the report (session 71, helpdesk leftover 1).

The notices spoke in two voices: "The other screen answered …" from the reader's side, and
"The screen that started the session took back …" / "Another screen took back …" from the
log's. On one page a person could not tell which screen was meant. Now every notice names
who did something as the report's rows do: "the screen that started the session", "another
screen" (one that opened it by its link or code), or "the helpdesk"."""

from __future__ import annotations

from bs4 import BeautifulSoup

from .conftest import PageClient
from .flow import start


def _words(node: object) -> str:
    text = node.get_text(" ") if hasattr(node, "get_text") else str(node)
    return " ".join(text.split())


def _first(client: PageClient, url: str) -> tuple[str, str]:
    """Press the page's first answer: (the answer's words, the page's title)."""
    page = client.page(url)
    form = page.select_one("form.answers")
    button = form.select_one("button[name=answer]")
    assert client.submit(form, button).status_code == 303
    return _words(button), _words(page.h1)


def _said(client: PageClient, page: BeautifulSoup) -> str:
    """What the page's script is told of the move since `page` showed its step."""
    return str(client.get(page.select_one(".follow-status")["data-follow-url"]).json()["said"])


def _row(client: PageClient, url: str, title: str) -> str:
    rows = client.page(url).select("ol.history li")
    return next(_words(r) for r in rows if _words(r).startswith(title))


def test_each_answer_and_undo_has_one_name_on_the_phone_the_desk_and_in_the_report(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    desk, phone = two_screens
    url = start(phone, "Tapo C200", have=("pin", "original_adapter", "app"), opening=True)
    left = desk.page(url)  # the desk opens the link and stays on the first step

    label, title = _first(phone, url)  # the phone, which started it, answers
    told_desk = _said(desk, left)
    assert told_desk == f"The screen that started the session answered “{label}” to “{title}”."
    assert "on the screen that started the session" in _row(desk, url, title)

    on_phone = phone.page(url)
    theirs, second = _first(desk, url)  # the desk answers the next step
    assert _said(phone, on_phone) == f"Another screen answered “{theirs}” to “{second}”."
    assert "on another screen" in _row(phone, url, second)
    assert "on this screen" in _row(desk, url, second)  # its own, from its own side

    on_phone = phone.page(url)
    form = desk.page(url).find("form", action=f"{url}/undo")  # the desk takes it back
    assert desk.submit(form).status_code == 303
    said = f"Another screen took back the answer “{theirs}” to “{second}”."
    assert _said(phone, on_phone) == said
    report = phone.get(f"/api/sessions{url[2:]}/report?format=txt").text
    assert "by another screen" in report  # the report's taken-back row: the same name
    assert f"{title}" in report

    for page in (phone.page(url), desk.page(url)):  # the reader-relative name is gone
        assert "The other screen" not in page.get_text()
