"""Walking a session through its forms, as a person without JavaScript would."""

from __future__ import annotations

from bs4 import BeautifulSoup, Tag

from .conftest import PageClient


def start(
    client: PageClient, query: str, have: tuple[str, ...] = ("pin",), *, opening: bool = False
) -> str:
    """Search, open the checklist, tick `have`, start; return the session page path, past the
    opening's questions (skipped) unless `opening`."""
    results = client.page(f"/find?q={query}")
    checklist = client.page(str(results.select("ul.choices a.choice")[0]["href"]))
    response = client.submit(checklist.select_one('form[action="/start"]'), have=list(have))
    assert response.status_code == 303
    url = str(response.headers["location"]).split("?")[0]
    if not opening:
        answer(client, url, "skip-questions")
    return url


def answer(client: PageClient, url: str, answer_id: str) -> BeautifulSoup:
    """Press the answer button `answer_id` on the session page; return the next page."""
    page = client.page(url)
    form = page.select_one("form.answers")
    button = form.find("button", attrs={"value": answer_id})
    assert isinstance(button, Tag), f"no {answer_id!r} on {page.h1.get_text()!r}"
    response = client.submit(form, button)
    assert response.status_code == 303
    assert response.headers["location"].split("?")[0] == url  # ?at=N: the step's position
    return client.page(url)


REFUSE = ("cant", "other", "not-found")
"""How someone for whom nothing works answers an attempt, a "why can't you?", a search."""


def walk(client: PageClient, url: str, prefer: tuple[str, ...], limit: int = 40) -> BeautifulSoup:
    """Answer with the first preferred answer offered until the outcome page (the opening's
    questions skipped, "I can't" followed by "something else" unless preferred otherwise)."""
    page = client.page(url)
    order = (*prefer, "skip-questions", *(REFUSE if "cant" in prefer else ()))
    for _ in range(limit):
        offered = [b["value"] for b in page.select("form.answers button")]
        if not offered:
            return page
        pick = next((p for p in order if p in offered), offered[0])
        page = answer(client, url, str(pick))
    raise AssertionError("no outcome reached")
