"""A list fact on a step page is one box: a hub's light chart under one label, how sure and
which default said once, each meaning a line of its own."""

from __future__ import annotations

from .conftest import PageClient
from .flow import answer, start

EVERYTHING = ("pin", "original_adapter", "spare_adapter", "other_outlet", "app")


def test_a_sync_modules_light_chart_is_one_list_on_the_hub_question(client: PageClient) -> None:
    """Blink's six-row chart showed as six boxes, each repeating the label, "Sure", the
    line-default note and the source: a phone screen of boxes for one table."""
    url = start(client, "Blink Outdoor 4", have=EVERYTHING)
    page = client.page(url)
    for _ in range(30):
        if "hub" in page.h1.get_text().lower():
            break
        offered = [str(b["value"]) for b in page.select("form.answers button")]
        page = answer(
            client,
            url,
            next(a for a in ("no", "done", "not_sure", "cant", *offered) if a in offered),
        )
    assert "hub" in page.h1.get_text().lower(), page.h1.get_text()
    boxes = [
        li
        for li in page.select("ul.facts > li.fact")
        if "What the hub's lights mean" in li.select_one(".fact-label").get_text()
    ]
    assert len(boxes) == 1, [b.get_text(" ", strip=True)[:80] for b in boxes]
    (chart,) = boxes
    meanings = [li.get_text(" ", strip=True) for li in chart.select("ul.fact-entries > li")]
    assert len(meanings) == 6, meanings
    assert any("steady red" in m for m in meanings), meanings
    text = chart.get_text(" ", strip=True)
    assert text.count("Sure") == 1 and text.count("whole Blink line") == 1, text
    assert [a.get_text() for a in chart.select("a")] == [
        "Understanding the LEDs on your Sync Module"
    ]


def test_a_facts_note_is_shown_under_it(client: PageClient) -> None:
    """KB audit 57: a fact's note ("three minutes is our reading of that") was on the terminal's
    card only; the web page's facts never showed it."""
    url = start(client, "Wyze Cam v3", have=EVERYTHING)
    page = client.page(url)
    for _ in range(30):
        if page.h1.get_text() == "Let the camera restart":
            break
        offered = [str(b["value"]) for b in page.select("form.answers button")]
        page = answer(client, url, next(a for a in ("yes", "done", *offered) if a in offered))
    assert page.h1.get_text() == "Let the camera restart"
    notes = [" ".join(p.get_text().split()) for p in page.select("ul.facts p.fact-note")]
    assert any("three minutes is camreset's reading of that" in n for n in notes), notes
