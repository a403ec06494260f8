"""A step's answers are a group named by its question: a screen-reader user who moves from
button to button heard "No, button", "Not sure, button" with no question (accessibility
review 68, #5)."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from .conftest import PageClient
from .flow import answer, start


def _groups(page: BeautifulSoup) -> list[tuple[str, list[str]]]:
    """Each named group of the answers: the words it is named by, and its buttons' values."""
    groups = []
    for group in page.select("form.answers [role=group]"):
        named = page.find(id=str(group["aria-labelledby"]))
        assert named is not None
        values = [str(b["value"]) for b in group.select("button")]
        groups.append((" ".join(named.get_text().split()), values))
    return groups


@pytest.mark.parametrize(
    ("query", "have", "path"),
    [
        ("Tapo C200", ("pin", "app"), ("wont-reset", "few-seconds")),  # the opening questions
        ("Wyze Cam v3", ("pin", "app"), ()),  # a hold, a setup check
    ],
)
def test_every_answer_is_in_a_group_named_by_the_steps_question(
    client: PageClient, query: str, have: tuple[str, ...], path: tuple[str, ...]
) -> None:
    url = start(client, query, have=have, opening=bool(path))
    page = client.page(url)
    for step in range(6):
        buttons = [str(b["value"]) for b in page.select("form.answers button")]
        if not buttons:
            break
        assert _groups(page) == [(" ".join(page.h1.get_text().split()), buttons)], step
        values = [*path[step : step + 1], "done", "yes", buttons[0]]
        page = answer(client, url, next(v for v in values if v in buttons))
