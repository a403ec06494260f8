"""A helpdesk agent's "Carry on where you left off": one row a caller, told apart by the
reference the agent typed, the short code while it lives and how long ago the last answer
came, and more than five of them (helpdesk review 67, #4)."""

from __future__ import annotations

from pathlib import Path

from camreset.core.kb.knowledge import KnowledgeBase

from .conftest import PageClient, make_client, soup
from .flow import start


def _caller(tmp_path: Path, kb: KnowledgeBase) -> tuple[str, str]:
    """A customer starts a Tapo C200 session on their phone and reads out its short code."""
    phone = make_client(tmp_path, kb)
    try:
        url = start(phone, "Tapo C200", have=("pin", "app"))
        made = phone.submit(phone.page(url).find("form", action=f"{url}/code"))
        code = phone.page(made.headers["location"]).select_one(".share-code strong.code")
        return url, code.get_text()
    finally:
        phone.close()


def _reference(desk: PageClient, url: str, typed: str) -> object:
    form = desk.page(url).find("form", action=f"{url}/reference")
    return desk.submit(form, reference=typed)


def test_an_agent_s_list_keeps_every_caller_told_apart_by_reference_and_code(
    client: PageClient, tmp_path: Path, kb: KnowledgeBase
) -> None:
    """Seven callers' sessions opened by code: all seven listed, each with its live code and
    its last answer; the one given a reference shows it, escaped, and the report has it."""
    desk = client
    calls = [_caller(tmp_path, kb) for _ in range(7)]
    for _url, code in calls:
        assert desk.get(f"/find?q={code}").status_code == 303
    url, code = calls[0]
    saved = _reference(desk, url, "T-4411 <b>Ann</b>")
    assert saved.status_code == 303 and "4411" not in saved.headers["location"]  # never logged
    rows = desk.page("/").select("#left-here li")
    assert [li.a["href"] for li in rows] == [u for u, _ in reversed(calls)]
    first = rows[-1]
    assert first.select_one(".reference").get_text() == "T-4411 <b>Ann</b>"  # escaped, as typed
    assert first.b is None
    said = first.get_text(" ")
    assert code in said and "more min" in said
    assert "last answer less than a minute ago" in said
    assert all(c in li.get_text() for li, (_u, c) in zip(rows, reversed(calls), strict=True))
    summary = desk.page(url).select_one("#reference summary").get_text()
    assert summary == "Helpdesk reference: T-4411 <b>Ann</b>"
    report = desk.get(f"/api/sessions{url[2:]}/report?format=md").text
    assert "Reference" not in report  # the vendor's report, unless asked (review 70 H, #13)
    form = desk.page(url).find("form", action=f"{url}/reference")
    assert desk.submit(form, reference_shared="yes").status_code == 303  # asked for
    report = desk.get(f"/api/sessions{url[2:]}/report?format=md").text
    assert "- **Reference:** T-4411 \\<b\\>Ann\\</b\\>\n" in report  # escaped


def test_a_reference_too_long_is_refused_in_words_and_not_cut(client: PageClient) -> None:
    url = start(client, "Tapo C200", have=("pin", "app"))
    refused = _reference(client, url, "x" * 41)
    assert refused.status_code == 422
    assert "A reference is at most 40 characters" in soup(refused).get_text()
    assert "Reference:" not in client.page(url).select_one("#reference summary").get_text()
    assert _reference(client, url, "  ").status_code == 303  # nothing typed: nothing saved


def test_the_api_takes_a_reference_and_refuses_one_too_long(client: PageClient) -> None:
    json_client = {"headers": {"Accept": "application/json"}}
    sid = client.post("/api/sessions", json={"model": "tapo-c200"}, **json_client).json()["id"]
    events = f"/api/sessions/{sid}/events"
    long = client.post(events, json={"type": "details", "data": {"reference": "x" * 41}})
    assert long.status_code == 422 and "at most 40 characters" in long.json()["detail"]
    said = client.post(events, json={"type": "details", "data": {"reference": "T-1"}})
    assert said.status_code == 200
    assert "Reference" not in client.get(f"/api/sessions/{sid}/report?format=md").text
    shared = {"reference": "T-1", "reference_shared": True}
    assert client.post(events, json={"type": "details", "data": shared}).status_code == 200
    assert "- **Reference:** T-1\n" in client.get(f"/api/sessions/{sid}/report?format=md").text


def test_the_other_screen_is_told_a_reference_changed_not_details_for_support(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    """A reference is the helper's: the customer's page that follows the session said "The
    other screen saved details for support: ." (session 67: #4 with #7's follow)."""
    desk, phone = two_screens
    url = start(phone, "Tapo C200", have=("pin", "app"))
    assert _reference(desk, url, "T-4411").status_code == 303
    now = phone.get(f"{url}/now", headers={"Accept": "application/json"}).json()
    assert now["changed_said"] == "Another screen changed this session's reference."
