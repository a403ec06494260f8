"""Accessibility review 72 F, in the pages' HTML: the same words for the same answer, the
language of a source's title, and names a screen reader reads well."""

from __future__ import annotations

from types import SimpleNamespace

from bs4 import BeautifulSoup

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.web.pages.render import ENV

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


def test_a_source_title_in_german_or_spanish_is_marked_as_such(kb: KnowledgeBase) -> None:
    """#9: "Aufladen des Akkus der Ring Video Doorbell 3 (German)" was read in an English
    voice; a title in English at a German address (Blink's de_DE page) stays English."""
    facts = ENV.get_template("_facts.html").make_module(
        {"sources": kb.sources, "step": SimpleNamespace(facts=[])}
    )
    ids = [
        "ring-support-de-360038856311",
        "blink-support-esmx-doorbell-voltage",
        "blink-support-de-storage",
        "hik-na-tech-support",
    ]
    html = BeautifulSoup(str(facts.source_links(ids)), "html.parser")
    langs = {a.get_text(): a.get("lang") for a in html.select("a")}
    assert langs == {
        "Aufladen des Akkus der Ring Video Doorbell 3 (German)": "de",
        "¿Cómo encuentro el voltaje de mi sistema de timbre? (Spanish)": "es",
        "Blink storage options (German)": None,
        "Hikvision North America — tech support help (password reset requests)": None,
    }


def test_the_reports_support_link_is_named_by_words_with_the_address_beside_it(
    client: PageClient,
) -> None:
    """#10: the link's name was the bare "https://www.tp-link.com/…", spelled out by a
    screen reader; on paper the address must still show."""
    url = start(client, "Tapo C200", opening=True)
    answer(client, url, "stop")
    report = client.page(url + "/report")
    link = report.select_one("a.support-link")
    assert link is not None
    assert "://" not in link.get_text()
    assert link.get_text().endswith("support") or " support for " in link.get_text()
    address = str(link["href"]).split("://", 1)[1].rstrip("/")
    assert address in link.parent.get_text()


def test_back_reads_as_words_and_the_progress_bar_names_the_step(client: PageClient) -> None:
    """#10: "← Back: undo my last answer" was read "left arrow Back…"; the progress bar was
    named only "Progress" ("Progress 14 %")."""
    url = start(client, "Tapo C200")
    page = client.page(url)
    back = next(b for b in page.select("button") if "Back: undo my last answer" in b.get_text())
    hidden = back.select_one('[aria-hidden="true"]')
    assert hidden is not None and hidden.get_text() == "←"
    bar = page.select_one("progress")
    assert bar is not None and not bar.has_attr("aria-label")
    name = page.find(id=str(bar["aria-labelledby"]))
    assert name is not None and name.get_text(" ", strip=True).startswith("Step 2")
