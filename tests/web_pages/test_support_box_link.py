"""The support box on a step page names the vendor's support link by its words, as the report
does since session 72 ("TP-Link support for Tapo"), with the address beside it for paper: its
link text was "TP-Link support: https://www.tp-link.com/…", spelled out by a screen reader
(session 72 leftover of accessibility review 72 F, #10)."""

from __future__ import annotations

from .conftest import PageClient
from .flow import answer, start


def _names_and_addresses(client: PageClient, url: str) -> list[tuple[str, str, str]]:
    """Each support link as (its name, its href, the text around it)."""
    page = client.page(url)
    return [
        (a.get_text(), str(a["href"]), a.parent.get_text())
        for a in page.select(".hint a.support-link")
    ]


def test_the_step_s_support_link_is_named_as_the_report_names_it(client: PageClient) -> None:
    url = start(client, "Tapo C200", opening=True)
    answer(client, url, "stop")
    [(name, href, around)] = _names_and_addresses(client, url)
    report = client.page(url + "/report").select_one("a.support-link")
    assert report is not None
    assert name == report.get_text() == "TP-Link support for Tapo"
    assert href == report["href"]
    address = href.split("://", 1)[1].rstrip("/")
    assert around == f"{name} ({address})"  # for paper, beside the words


def test_a_brand_that_is_its_own_line_is_named_once(client: PageClient) -> None:
    url = start(client, "Amcrest IP4M-1041B", opening=True)
    answer(client, url, "stop")
    [(name, href, _)] = _names_and_addresses(client, url)
    assert name == "Amcrest support" and "://" not in name and href.startswith("https://")
