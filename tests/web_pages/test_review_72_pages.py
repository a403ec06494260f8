"""Accessibility review 72 F, in the pages' HTML: the same words for the same answer, the
language of a source's title, and names a screen reader reads well."""

from __future__ import annotations

from .conftest import PageClient
from .flow import answer, start


def _to_get_the_app(client: PageClient) -> str:
    url = start(client, "Tapo C200", opening=True)
    answer(client, url, "wont-reset")
    for _ in range(6):
        page = client.page(url)
        if page.h1.get_text() == "Get the Tapo app on a phone":
            return url
        first = page.select("form.answers button")[0]["value"]
        answer(client, url, str(first))
    raise AssertionError("no app step")


def test_the_app_step_says_i_cant_do_this_as_every_other_step(client: PageClient) -> None:
    """#8: "I have it now", then a bare "I can't", on the one step; "I can't do this" on the
    35 others, for the same answer."""
    page = client.page(_to_get_the_app(client))
    labels = [b.get_text(" ", strip=True) for b in page.select("form.answers button")]
    assert "I can't do this" in labels, labels
    assert "I can't" not in labels
