"""Which screen gave each answer: the browser that started the session, or another (the
helpdesk's, which opened it from the short code the customer read out); the report marks the
other's (helpdesk review 67, #5: "I held it, but nothing happened" typed by an agent read as
if the person at the camera had seen it)."""

from __future__ import annotations

from .conftest import PageClient
from .flow import answer, start


def test_the_report_says_which_answers_were_entered_on_another_screen(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    desk, phone = two_screens
    url = start(phone, "Tapo C200", have=("pin", "app"), opening=True)  # on the phone
    made = phone.submit(phone.page(url).find("form", action=f"{url}/code"))
    code = phone.page(made.headers["location"]).select_one(".share-code strong.code")
    assert desk.get(f"/find?q={code.get_text()}").status_code == 303  # the agent types it
    answer(phone, url, "wont-reset")
    agent_step = desk.page(url)
    said = agent_step.select_one("form.answers button")
    answer(desk, url, str(said["value"]))
    report = phone.get(f"/api/sessions{url[2:]}/report?format=json").json()
    assert [s["screen"] for s in report["steps"]] == ["starter", "other"]
    markdown = phone.get(f"/api/sessions{url[2:]}/report?format=md").text
    rows = [line for line in markdown.splitlines() if line.startswith(("| 1 ", "| 2 "))]
    assert "(entered on another screen)" not in rows[0]
    assert f"{said.get_text(strip=True)} (entered on another screen)" in rows[1]
    page = desk.page(f"{url}/report")  # the report's page says it too
    assert "(entered on another screen)" in page.select("table tr")[-1].get_text()


def test_the_report_names_the_screen_that_opened_it_from_its_short_code(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    """Helpdesk review 74 F, #9: the key said every way a screen could have joined; the
    agent's laptop typed the code the customer read out, and the key now says so."""
    desk, phone = two_screens
    url = start(phone, "Tapo C200", have=("pin", "app"), opening=True)
    made = phone.submit(phone.page(url).find("form", action=f"{url}/code"))
    code = phone.page(made.headers["location"]).select_one(".share-code strong.code")
    assert desk.get(f"/find?q={code.get_text()}").status_code == 303
    answer(phone, url, "wont-reset")
    answer(desk, url, str(desk.page(url).select_one("form.answers button")["value"]))
    text = " ".join(phone.get(f"/api/sessions{url[2:]}/report?format=txt").text.split())
    assert (
        "the session was started on a web page; another screen opened it from its short code"
        in text
    )
    report = phone.get(f"/api/sessions{url[2:]}/report?format=json").json()
    assert [(s["who"], s["joined"]) for s in report["screens"]] == [("other", "code")]
