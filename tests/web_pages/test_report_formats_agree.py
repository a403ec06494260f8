"""The report page, its plain text and its Markdown carry the same facts: a customer who
prints it and one who pastes it send support the same report (support-report review 67 I, #12)."""

from __future__ import annotations

from camreset.core.report.render import NO_HOME_FIX

from .conftest import PageClient
from .flow import start, walk


def _section(text: str, title: str) -> list[str]:
    """The "- " lines under the plain-text section `title`."""
    after = text.split(f"\n{title}\n", 1)[1]
    lines = []
    for line in after.splitlines():
        if not line:
            break
        if line.startswith("- "):
            lines.append(line[2:])
    return lines


def test_the_report_page_gives_each_likely_cause_as_the_text_and_markdown_do(
    client: PageClient,
) -> None:
    url = start(client, "IP8M-2496EB", have=("pin",))
    walk(client, url, prefer=("no", "done", "not_sure", "cant"))
    page = client.page(f"{url}/report")
    text = client.page(f"{url}/report/text").select_one("pre#report-text").get_text()
    markdown = client.get(page.select_one('a[download$=".md"]')["href"]).text
    likely = _section(text, "CAUSES STILL LIKELY")
    assert any(NO_HOME_FIX in line for line in likely)  # the note this is about
    heading = page.find("h2", string="Causes still likely")
    shown = [li.get_text() for li in heading.find_next("ul").select("li")]
    assert shown == likely
    assert all(f"- {line}" in markdown for line in likely)
    note = "a wait cut short or a hold let go too early rules nothing out"
    for words in (text, markdown, page.get_text()):
        assert note in words


def test_the_report_page_gives_its_sections_in_the_text_s_order(client: PageClient) -> None:
    """Outcome, camera, what support asks for and the likely causes before the steps, as the
    text and Markdown give them (support-report review 67 I, #10)."""
    url = start(client, "IP8M-2496EB", have=("pin",))
    walk(client, url, prefer=("no", "done", "not_sure", "cant"))
    page = client.page(f"{url}/report")
    text = client.page(f"{url}/report/text").select_one("pre#report-text").get_text()
    rows = [th.get_text() for th in page.select("article.report > table th")]
    assert rows[0] == "Outcome" and rows.index("Camera") < 3
    shown = [h.get_text() for h in page.select("article.report h2")]
    assert shown[0] == "What Amcrest support asks for" and shown[-1] == "Vendor support"
    assert shown.index("Causes still likely") < shown.index("Steps tried")
    in_text = [
        line for line in text.splitlines() if line.isupper() and line != "CAMERA RESET REPORT"
    ]
    assert [h.upper() for h in shown] == in_text


def test_the_report_page_opens_with_the_summary_its_text_and_json_give(
    client: PageClient,
) -> None:
    """The one line an agent reads first, under the outcome, in the same words everywhere
    (report review 68)."""
    url = start(client, "IP8M-2496EB", have=("pin",))
    walk(client, url, prefer=("no", "done", "not_sure", "cant"))
    page = client.page(f"{url}/report")
    text = client.page(f"{url}/report/text").select_one("pre#report-text").get_text()
    rows = page.select("article.report > table tr")
    assert [r.th.get_text() for r in rows[:2]] == ["Outcome", "Summary"]
    said = rows[1].td.get_text()
    assert said.startswith("21 steps answered; 2 holds, none timed; likeliest now: ")
    line = next(line for line in text.splitlines() if line.startswith("Summary:"))
    assert line.removeprefix("Summary:").strip() == said
    session = url.rsplit("/", 1)[-1]
    assert client.get(f"/api/sessions/{session}/report?format=json").json()["summary"] == said
