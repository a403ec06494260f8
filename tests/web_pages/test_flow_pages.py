"""The session's flow in the pages, without JavaScript (issue 11, points 1, 2, 3, 7, 8, 10).

An empty checklist opens on the opening, never on an outcome; "stop and give me the report" on
every step; the browser's Back asks "undo your last answer?" (only where that answer was
given, never on a reload after another screen answered); Start on the checklist after Back
goes back to the session; the checklist can be changed mid-session; the hold timer's words,
the measured hold, the range of minutes left; details saved with a confirmation and the step
unchanged; the report without the session id unless asked for.
"""

from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup

from camreset.core.present.timer_words import timer_words

from .conftest import PageClient
from .flow import answer, start, walk


def buttons(page: BeautifulSoup) -> list[str]:
    return [str(b["value"]) for b in page.select("form.answers button")]


def session_id(url: str) -> str:
    return url.rsplit("/", 1)[1]


def test_nothing_ticked_opens_on_the_opening_not_an_outcome(client: PageClient) -> None:
    url = start(client, "Tapo C200", have=(), opening=True)
    page = client.page(url)
    assert page.h1.get_text() == "What brings you here?"
    assert {"wont-reset", "forgot-password", "skip-questions", "stop"} <= set(buttons(page))
    page = answer(client, url, "skip-questions")
    assert page.select_one("form.answers") is not None  # a step to do, not an end
    assert "nothing ticked" in page.select_one(".at-hand").get_text()


def test_stop_here_gives_the_report_and_can_be_undone(client: PageClient) -> None:
    url = start(client, "Tapo C200", have=("pin",))
    assert buttons(client.page(url))[-1] == "stop"
    page = answer(client, url, "stop")
    assert page.h1.get_text() == "Here is your report for TP-Link support"
    details = page.select_one("form.details-form")
    report_link = page.find("a", href=f"{url}/report")
    assert details is not None and report_link is not None
    # on a phone the report is in reach at once, not after the nine fields (session 20's
    # helpdesk reviewer); the box names support once, with no bare "TP-Link support" line
    box = page.select_one(".hint")
    assert box.find("a", href=f"{url}/report").get_text() == "See the report for support"
    assert str(page).index(f'href="{url}/report"') < str(page).index("details-form")
    assert [p.get_text() for p in box.find_all("p", recursive=False) if not p.find("a")] == []
    # "never type a password here" is read with every field (WCAG 1.3.1, 3.3.2)
    hint = details.select_one("#details-hint").get_text()
    assert "password" in hint.lower()
    fields = details.select("input[type=text]")
    assert fields and all(f["aria-describedby"].startswith("details-hint") for f in fields)
    power = details.select_one("#detail-power_source-known")  # one way in its sources
    assert power is not None
    assert power.get_text().startswith("Already in the report: power adapter (as its sources")
    undo = page.find("form", action=f"{url}/undo")
    assert client.submit(undo).status_code == 303
    assert client.page(url).select_one("form.answers") is not None


def test_the_details_form_asks_for_the_start_time_only_where_support_wants_it(
    client: PageClient,
) -> None:
    """Hikvision's support asks for the device start time its LAN tool shows; a Tapo's does
    not, so its form does not offer the field (the form lacked it, a helpdesk reviewer)."""
    fields = {}
    for typed in ("Tapo C200", "DS-2CD2143G2-I"):
        page = answer(client, start(client, typed, have=("pin",)), "stop")
        form = page.select_one("form.details-form")
        fields[typed] = {i["name"] for i in form.select("input[name]")}
    assert "device_start_time" in fields["DS-2CD2143G2-I"]
    assert "device_start_time" not in fields["Tapo C200"]
    assert {"error_message", "purchase_place"} <= fields["Tapo C200"]


def test_the_back_button_asks_to_undo_the_last_answer(client: PageClient) -> None:
    url = start(client, "Tapo C200", have=("pin", "original_adapter", "app"))
    first = client.page(url)
    form = first.select_one("form.answers")
    response = client.submit(form, form.find("button", attrs={"value": "done"}))
    moved_to = response.headers["location"]
    assert "?at=" in moved_to
    seq = int(first.select_one('form.answers input[name="step"]')["value"].split(".")[0])
    back = client.page(f"{url}?at={seq}")  # what Back loads: the older position
    assert back.h1.get_text() == "Undo your last answer?"
    assert first.h1.get_text() in back.get_text()
    assert back.find("a", href=moved_to)  # no, stay
    assert client.submit(back.find("form", action=f"{url}/undo")).status_code == 303
    assert client.page(url).h1.get_text() == first.h1.get_text()


def test_a_position_no_page_has_shows_where_the_session_is(client: PageClient) -> None:
    """A hand-edited `?at=0` answered 422 "a session starts with a 'started' event", where
    any other position no page has (`?at=999`) shows the current step (helpdesk review 67,
    E #10): it is sent to where the session is, keeping the rest of its address."""
    url = start(client, "Tapo C200", have=("pin", "original_adapter", "app"))
    current = client.page(url).h1.get_text()
    for at in ("0", "-3"):
        response = client.get(f"{url}?at={at}&code=1")
        assert response.status_code == 303
        moved = str(response.headers["location"])
        assert moved.startswith(f"{url}?code=1&at=") and not moved.endswith(f"at={at}")
        page = client.page(moved)
        assert page.h1.get_text() == current
        assert "started" not in page.get_text() and page.select_one(".moved-on") is None


def test_start_again_after_back_returns_to_the_session(client: PageClient) -> None:
    results = client.page("/find?q=Tapo C200")
    checklist_url = str(results.select("ul.choices a.choice")[0]["href"])
    checklist = client.page(checklist_url)
    first = client.submit(checklist.select_one('form[action="/start"]'), have=["pin"])
    url, at = first.headers["location"].split("?")
    assert at == "at=1"  # the first step's position: Back from step 2 asks "undo?"
    again = client.submit(checklist.select_one('form[action="/start"]'), have=["pin"])
    assert again.headers["location"] == f"{url}?resumed=1"
    page = client.page(again.headers["location"])
    assert "already started a session for this camera" in page.select_one(".resumed").get_text()
    new = client.submit(page.select_one(".resumed form"))
    assert new.status_code == 303 and new.headers["location"] != url


def test_start_again_with_more_ticked_keeps_the_ticks_and_another_power_is_a_new_session(
    client: PageClient,
) -> None:
    """A phone reviewer ticked more things on the second visit and lost them; and a camera of
    unknown model said to run on a battery is not the same camera as the one on wires."""
    checklist = client.page("/have?line=other&form_factor=doorbell")
    form = checklist.select_one('form[action="/start"]')
    first = client.submit(form, have=["pin"], power="transformer")
    url = first.headers["location"].split("?")[0]
    again = client.submit(form, have=["pin", "app"], power="transformer")
    assert again.headers["location"] == f"{url}?resumed=2"
    page = client.page(again.headers["location"])
    assert "with what you just ticked as at hand" in page.select_one(".resumed").get_text()
    assert "a phone with the camera's app" in page.select_one(".at-hand").get_text()
    assert page.select_one('.resumed input[name="power"]')["value"] == "transformer"
    other = client.submit(form, have=["pin"], power="battery")
    assert other.headers["location"].split("?")[0] != url


def test_the_checklist_can_be_changed_during_the_session(client: PageClient) -> None:
    url = start(client, "Tapo C200", have=("pin",))
    page = client.page(url)
    assert "a paperclip or a pin" in page.select_one(".at-hand").get_text()
    edit = client.page(f"{url}/have")
    assert edit.select_one("#have-pin").has_attr("checked")
    response = client.submit(edit.select_one("form"), have=["pin", "app", "original_adapter"])
    assert response.status_code == 303
    text = client.page(url).select_one(".at-hand").get_text()
    assert "the Tapo app" in text and "original power adapter" in text


@pytest.mark.parametrize("model", ["lorex-e893ab", "hikvision-ds-2cd2143g2-i"])
def test_a_poe_camera_is_not_asked_for_its_original_adapter(client: PageClient, model: str) -> None:
    """A Lorex E893AB and a Hikvision G2 dome, sold to run on their network cable, were
    offered "The camera's original power adapter" (phone review 60, #17); an adapter of the
    same rating, for their adapter step, still is. A Tapo C200 keeps its own adapter."""
    checklist = client.page(f"/have?model={model}")
    assert checklist.select_one("#have-original_adapter") is None
    assert "original power adapter" not in checklist.get_text()
    assert checklist.select_one("#have-spare_adapter") is not None
    assert client.page("/have?model=tapo-c200").select_one("#have-original_adapter") is not None


def test_details_are_confirmed_and_keep_the_step(client: PageClient) -> None:
    url = start(client, "IP8M-2496EB", have=("pin",))
    page = walk(client, url, prefer=("cant",))
    step_before = page.select_one('form[action$="/feedback"] input[name="step"]')["value"]
    form = page.select_one("form.details-form")
    response = client.submit(form, serial="AMC0123456", mac="9C:8E:CD:01:02:03")
    assert response.status_code == 303 and "saved=" in response.headers["location"]
    after = client.page(response.headers["location"])
    notice = after.select_one(".saved").get_text()
    assert "serial number" in notice and "MAC address" in notice
    assert after.select_one('form[action$="/feedback"] input[name="step"]')["value"] == step_before
    assert after.select_one("#detail-serial")["value"] == "AMC0123456"


def test_a_password_typed_for_support_is_warned_against_and_never_kept(
    client: PageClient,
) -> None:
    url = start(client, "IP8M-2496EB", have=("pin",))
    page = walk(client, url, prefer=("cant",))
    for form in ("form.details-form", 'form[action$="/feedback"]'):
        assert "Never type a password here" in page.select_one(form).get_text()
    typed = "it blinks; I set the admin password to Secret42 before"
    saved = client.submit(page.select_one("form.details-form"), light=typed)
    after = client.page(saved.headers["location"])
    assert "Secret42" not in after.select_one("#detail-light")["value"]
    assert "Secret42" not in client.get(f"{url}/report").text


def test_the_hold_timer_says_what_the_text_says_without_javascript(client: PageClient) -> None:
    url = start(client, "Tapo C200", have=("pin", "original_adapter"))
    page = client.page(url)
    for _ in range(8):
        if page.select_one(".timer"):
            break
        offered = buttons(page)
        page = answer(client, url, "cant" if "have" in offered else "done")
    timer = page.select_one(".timer")
    plan = timer.select_one(".timer-plan").get_text()
    assert plan == (  # the page's one rule: not before 10 s (KB audit 68, R8)
        "Hold for at least 10 seconds, even if the light turns to red blinking sooner; after "
        "that, let go once it has; stop by 30 seconds (the longest hold any source gives)."
    )
    assert timer["data-say-min"].endswith("keep holding to 10 s, even if it happens sooner")
    assert page.select_one(".timer-sure").get_text() == (  # by the answers (KB audit 57, M8)
        "How sure of the 10 seconds: the sources disagree (5 to 30 seconds). The surest time, "
        "5 seconds (Fairly sure: independent sources, a default for the whole Tapo line), "
        "resets it only in part, so this page holds for 10 seconds, the next hold a source "
        "gives."
    )  # the 10 s the page asks for, not the 5 s (helpdesk review 70, H #12)
    # the sources of every time the sources give, not only the surest's (review 63, #3: a
    # generic page listed the TP-Link guide alone under its 10–30 s and 30–60 s)
    hold = next(
        li
        for li in page.select("li.fact")
        if "How long to hold" in li.select_one(".fact-label").get_text()
    )
    links = {a["href"] for a in hold.select("a[href]")}
    assert "https://thehuts-eastbourne.co.uk/tips/how-to/how-to-reset-tapo-camera" in links
    assert len(links) >= 5
    count = timer.select_one("noscript")  # no running timer without JavaScript: count aloud
    assert count is not None and "count slowly out loud" in count.get_text()
    # the step's own words work either way: no "when the timer says" on a page with no timer
    assert "when the longest hold is up" in page.select_one(".step-text").get_text()
    assert "timer says" not in page.select_one(".step-text").get_text()
    assert timer["data-max"] == "30.0" and timer["data-say-rec"].startswith("Keep holding until")
    assert ", or let go now if it already has; stop by 30 s" in timer["data-say-rec"]
    # its script sounds first at 10 s, "let go once it happens", not at the least (5 s),
    # where the page says to keep holding (session 68 left over); the JS reads the time here
    assert timer["data-not-before"] == "10.0"
    assert page.select_one("#timer-sounds").get_text() == (
        "Once started, the timer beeps (and a phone buzzes): two beeps: let go once it "
        "happens, now if it already has; one long low beep: stop now."
    )
    step = page.select_one('form.answers input[name="step"]')["value"]
    token = page.select_one('input[name="csrf_token"]')["value"]
    # A hold that is no number, or timed on a step that has moved on, is told in words.
    bad = client.post(f"{url}/hold", data={"csrf_token": token, "step": step, "seconds": "abc"})
    assert bad.status_code == 422 and "That answer doesn&#39;t fit this step" in bad.text
    old = client.post(f"{url}/hold", data={"csrf_token": token, "step": "0.x", "seconds": "3"})
    assert old.status_code == 409 and "That step has moved on" in old.text
    saved = client.post(f"{url}/hold", data={"csrf_token": token, "step": step, "seconds": "3.0"})
    assert saved.status_code == 204
    page = answer(client, url, "done")
    assert page.h1.get_text() == "That was a short hold"
    report = client.page(f"{url}/report")
    held = [row.select("td")[5].get_text() for row in report.select("table.steps tbody tr")]
    assert "3 s (shorter than the 10 s asked for)" in held  # not before 10 s: not 5


def test_a_timed_hold_is_short_until_the_time_the_page_says_not_to_let_go_before(
    client: PageClient,
) -> None:
    """The C200's page says "Hold for at least 10 seconds, even if the light turns to red
    blinking sooner", but a 7 s timed hold went on as long enough, with nothing in the report
    (session 68 left over): it was judged against the least, 5 s."""
    url = start(client, "Tapo C200", have=("pin", "original_adapter"))
    page = client.page(url)
    for _ in range(8):
        if page.select_one(".timer"):
            break
        page = answer(client, url, "cant" if "have" in buttons(page) else "done")
    timer = page.select_one(".timer[data-post]")
    token = page.select_one('input[name="csrf_token"]')["value"]
    data = {"csrf_token": token, "step": timer["data-step"], "seconds": "7.0"}
    assert client.post(str(timer["data-post"]), data=data).status_code == 204
    page = answer(client, url, "done")
    assert page.h1.get_text() == "That was a short hold"
    # why 10 s matters, and a "go on" that says what it goes on with: "A shorter hold often
    # does nothing" and "It reacted anyway: go on" accepted the partial reset (review 69, N #2)
    said = " ".join(page.select_one(".step-text").get_text().split())
    assert said.startswith("The timer stopped before 10 seconds, the time this step asks you")
    assert (
        "A source found that letting go at 5 s resets it only in part (the local admin "
        "password is kept). Hold it again, for at least 10 seconds?"
    ) in said
    assert "often does nothing" not in said
    labels = {
        str(b["value"]): b.get_text(" ", strip=True) for b in page.select("form.answers button")
    }
    assert labels["go-on"] == "It reacted: go on, with it reset only in part"
    report = client.page(f"{url}/report")
    held = [row.select("td")[5].get_text() for row in report.select("table.steps tbody tr")]
    assert "7 s (shorter than the 10 s asked for)" in held


def test_time_left_is_a_range_and_says_why_it_grew(client: PageClient) -> None:
    url = start(client, "Tapo C200", have=("pin", "original_adapter"))
    page = client.page(url)
    assert page.select_one(".time-left") is not None
    for _ in range(12):
        if "no" in buttons(page):
            break
        offered = buttons(page)
        page = answer(client, url, "cant" if "have" in offered else "done")
    page = answer(client, url, "no")
    # said as a person follows it ("Longer than before: …" was not: review 63, #12)
    assert page.select_one(".grew").get_text().startswith("This will take longer than we said: ")


def test_cant_asks_why_and_helps_find_the_button(client: PageClient) -> None:
    url = start(client, "Tapo C200", have=("pin", "original_adapter"))
    page = client.page(url)
    for _ in range(100):
        if not ("done" not in buttons(page)):
            break
        page = answer(client, url, "cant")
    else:
        raise AssertionError("100 steps and still: 'done' not in buttons(page)")
    page = answer(client, url, "cant")
    assert page.h1.get_text() == "What stops you?"
    page = answer(client, url, "no-button")
    assert page.h1.get_text() == "Finding the reset button"
    assert "microphone" in page.select_one(".step-text").get_text()


def test_the_report_leaves_the_session_id_out_unless_asked(client: PageClient) -> None:
    url = start(client, "Tapo C200", have=("pin",))
    answer(client, url, "stop")
    page = client.page(f"{url}/report")
    assert session_id(url) not in page.select_one("article.report").get_text()
    assert "What TP-Link support asks for" in page.get_text()
    asked = client.page(f"{url}/report?with_id=1")
    assert session_id(url) in asked.select_one("article.report").get_text()


def test_forgot_password_shows_the_route_then_no_reset_needed(client: PageClient) -> None:
    url = start(client, "Tapo C200", have=("pin",), opening=True)
    page = answer(client, url, "forgot-password")
    assert page.h1.get_text() == "Which password did you forget?"
    # the way shown is the app account's, which a camera reset does not change (review 50)
    assert "That way didn't work: help with my account" in page.get_text()
    assert page.select(".fact") and "Forgot Password" in page.select_one(".step-text").get_text()
    # the ways back in are a list a screen reader counts, not paragraphs each read as
    # "bullet" (accessibility review 43)
    ways = page.select(".step-text ul > li")
    assert ways and not any(li.get_text().startswith("•") for li in ways)
    assert "•" not in page.select_one(".step-text").get_text()
    page = answer(client, url, "worked")
    assert page.h1.get_text() == "No reset needed"
    assert page.find("h2", string="Nothing more to do")


def test_still_not_right_after_no_reset_needed_leads_into_the_reset(client: PageClient) -> None:
    """ "That worked", then "No, still not right": the page said only "Thank you" (web review
    39); the way on is a reset of the same camera."""
    url = start(client, "Tapo C200", have=("pin",), opening=True)
    answer(client, url, "forgot-password")
    page = answer(client, url, "worked")
    form = page.find("form", action=f"{url}/feedback")
    assert client.submit(form, fixed="no").status_code == 303
    page = client.page(url)
    # not "Nothing more to do" above "Still not right" (phone review 60)
    assert page.find("h2", string="Nothing more to do") is None
    assert page.find("h2", string="Not right yet") is not None
    link = page.find("a", string="Take me through the reset")
    assert link is not None and link["href"] == "/have?model=tapo-c200"
    assert client.page(str(link["href"])).select_one('form[action="/start"]') is not None


def test_still_not_right_after_a_reset_offers_a_new_session_and_the_report(
    client: PageClient,
) -> None:
    url = start(client, "Tapo C200", have=("pin", "app", "original_adapter"))
    page = walk(client, url, ("yes", "done", "reacted", "steady"))
    form = page.find("form", action=f"{url}/feedback")
    assert form is not None, page.h1.get_text()
    assert client.submit(form, fixed="no").status_code == 303
    page = client.page(url)
    again = page.find("a", string="Start again for this camera")
    assert again is not None and again["href"] == "/have?model=tapo-c200"
    assert page.find("a", string="See the report for support")["href"] == f"{url}/report"
    # no "All done" above "Still not right" (after-reset review 58)
    assert page.find("h2", string="All done") is None
    assert page.find("h2", string="Set up, but not right yet") is not None


SELLER = ("pin", "original_adapter", "other_outlet", "spare_adapter", "app", "computer")


@pytest.mark.parametrize(
    ("model", "said", "end"),
    [
        ("Tapo C200", ("selling", "removed", "no", "no"), "handed-over"),
        ("Ring Video Doorbell 4", ("selling", "reset-it", "no"), "reset-for-sale"),
    ],
)
def test_a_seller_with_something_still_missing_reads_the_endings_way_on(
    client: PageClient, model: str, said: tuple[str, ...], end: str
) -> None:
    """A seller's "No, something is still missing": the terminal and the report said support
    is next (ending_words.SAID_MISSING), while the end page still read "Ready to hand over"
    above "Still not right" and offered a new session first, in the words of any camera set
    up again (session 74, leftover of C #2). The page now reads the one table of endings."""
    from camreset.core.present.ending_words import not_right

    url = start(client, model, have=SELLER, opening=True)
    for answer_id in said:
        answer(client, url, answer_id)
    page = walk(client, url, ("yes", "done", "have", "charged", "well-charged", "not_sure"))
    form = page.find("form", action=f"{url}/feedback")
    assert form is not None, page.h1.get_text()
    assert client.submit(form, fixed="no").status_code == 303
    page = client.page(url)
    assert page.find("h2", string="Ready to hand over") is None
    assert page.find("h2", string="One thing left before you hand it over") is None
    assert page.find("h2", string="Not ready to hand over yet") is not None
    box = page.select_one(".still-not-right")
    assert box is not None
    way_on = not_right("done", end).way_on
    assert box.find("h3").get_text() == not_right("done", end).way_on_title  # the table's too
    assert box.find("h3").get_text() == "Something is still missing"
    assert " ".join(box.find("p").get_text().split()) == way_on
    assert way_on.startswith("Take this session's report to support")  # as the terminal says
    assert box.find("a", string="Start again for this camera") is None
    report = box.find("a", string="See the report for support")
    assert report is not None and report["href"] == f"{url}/report"
    assert "btn-secondary" not in report["class"]  # the way on, not beside a new session


def test_support_could_not_fix_it_says_where_to_turn_next(client: PageClient) -> None:
    """Web review 53: after "Did support fix it?" "No", the page said only "Thank you"."""
    url = start(client, "eufyCam 3", have=("pin", "app"), opening=True)
    for answer_id in ("no-power", "done"):
        answer(client, url, answer_id)
    page = answer(client, url, "still-dark")
    assert page.h1.get_text() == "Contact eufy support: it won't switch on"
    form = page.find("form", action=f"{url}/feedback")
    assert form is not None, page.h1.get_text()
    assert client.submit(form, fixed="no").status_code == 303
    box = client.page(url).select_one(".still-not-right")
    assert box is not None
    assert "repair or a replacement, and whether a warranty still covers it" in box.get_text()
    assert box.find("a", string="See the report for support")["href"] == f"{url}/report"
    assert box.find("a", string="Start again for this camera") is None  # support had it


def test_a_page_worth_one_more_try_gives_no_warranty_advice_after_no(client: PageClient) -> None:
    """Web review 54: "ask about a repair or a replacement under warranty" sat under "Worth
    one more try before support", for a camera never reset."""
    url = start(client, "Tapo C200", have=("pin", "original_adapter", "app"))
    page = walk(client, url, prefer=("no", "cant", "not_sure"))
    assert page.h1.get_text().startswith("Worth one more try")
    form = page.find("form", action=f"{url}/feedback")
    assert client.submit(form, fixed="no").status_code == 303
    after = client.page(url)
    assert after.find("h2", string="Thank you") is not None
    assert after.select_one(".still-not-right") is None


def test_yes_it_is_fixed_after_no_reset_needed_offers_no_reset(client: PageClient) -> None:
    url = start(client, "Tapo C200", have=("pin",), opening=True)
    answer(client, url, "forgot-password")
    form = answer(client, url, "worked").find("form", action=f"{url}/feedback")
    assert client.submit(form, fixed="yes").status_code == 303
    assert client.page(url).find("a", string="Take me through the reset") is None


def test_timer_words_are_the_cores(client: PageClient) -> None:
    from camreset.core.session import Timer

    words = timer_words(Timer(5, 5, 30, until="it beeps", max_why="the longest hold given"))
    assert words.stop == "Keep holding until it beeps; stop by 30 s"
    assert words.over == "Stop now: 30 s is the longest hold given"
    assert words.plan.startswith("Hold for at least 5 seconds and keep holding until it beeps")
    # no window between the least and the most: one time, not "at least 30 … stop by 30"
    same = timer_words(Timer(30, 30, 30, until="it beeps", max_why="the longest hold given"))
    # and never "let go at 30 s" beside "let go only after it happens" (a Lorex page said both)
    assert same.plan == (
        "Hold for 30 seconds (the longest hold given): by then it beeps. "
        "Let go at 30 seconds even if it has not."
    )


def test_a_reload_never_offers_to_undo_an_answer_given_on_another_screen(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    """A helpdesk agent's page stays open while the customer answers on their phone."""
    desk, phone = two_screens
    url = start(desk, "Tapo C200", have=("pin", "original_adapter", "app"))
    shown = desk.page(url)
    at = int(shown.select_one('form.answers input[name="step"]')["value"].split(".")[0])
    on_phone = phone.page(url)
    form = on_phone.select_one("form.answers")
    moved = phone.submit(form, form.find("button", attrs={"value": "done"}))
    now = phone.page(moved.headers["location"]).h1.get_text()

    reloaded = desk.page(f"{url}?at={at}")  # the agent presses reload
    assert reloaded.h1.get_text() == now != "Undo your last answer?"
    notice = " ".join(reloaded.select_one(".moved-on").get_text().split())
    assert notice.startswith("Another screen answered “") and "This is the next step." in notice

    back = phone.page(f"{url}?at={at}")  # the customer's own Back still asks
    assert back.h1.get_text() == "Undo your last answer?"


def test_before_support_a_deciding_answer_is_shown_again_with_the_answer_given(
    client: PageClient,
) -> None:
    """Nothing works; after one more look at the light, the answer that rules out the rest
    ("no click") is asked again, the earlier answer shown above it; a different answer goes
    on at home instead of to support."""
    everything = ("pin", "original_adapter", "spare_adapter", "other_outlet", "app", "computer")
    url = start(client, "Tapo C200", have=everything)
    page = client.page(url)
    for _ in range(60):
        notice = page.select_one(".step-notice")
        if (notice and notice.get_text().startswith("Your answer")) or not buttons(page):
            break
        offered = buttons(page)
        prefer = ("no", "done", "have", "nothing", "steady", "not-found", "other", "cant")
        page = answer(client, url, next(p for p in prefer if p in offered))
    assert page.h1.get_text() == "Do you feel a click when you press?"  # the question again
    notice = page.select_one(".step-notice")
    assert notice is not None
    assert notice.get_text() == "Your answer was: “No click, or it feels mushy”."
    text = page.select_one(".step-text").get_text()
    assert text.startswith("One more look before you contact support: this answer decides")
    assert buttons(page)[:2] == ["yes", "no"]
    page = answer(client, url, "yes")  # a click after all
    assert page.select_one(".step-notice") is None
    assert "support" not in page.h1.get_text() and buttons(page)  # an attempt, not the end


def test_an_unknown_makers_end_says_whose_support_and_how_to_find_the_maker(
    client: PageClient,
) -> None:
    """The phone reviewer's unknown-brand doorbell ended at "the vendor support": no maker
    named and no hint how to find it."""
    checklist = client.page("/have?line=other&form_factor=doorbell")
    first = client.submit(checklist.select_one('form[action="/start"]'), power="battery")
    url = first.headers["location"].split("?")[0]
    step = client.page(url)
    stop = next(f for f in step.select("form.answers") if f.select_one('[value="stop"]'))
    client.submit(stop, answer="stop")
    end = client.page(url)
    assert end.h1.get_text() == "Here is your report for the camera maker's support"
    hint = end.select_one(".hint")
    assert hint.h2.get_text() == "Take this to the camera maker's support"
    assert "names the maker" in hint.get_text() and hint.find("a", href="/")
    assert "vendor support" not in end.get_text()


@pytest.mark.parametrize("typed", [b"%FF%FE", b"\xff", b"caf%E9"])
def test_a_form_that_is_not_utf8_is_told_unreadable_and_takes_nothing(
    client: PageClient, typed: bytes
) -> None:
    """Such a form used to reach the step as U+FFFD and come back "That answer doesn't fit"
    (or "We don't know that camera" from the start form): the browser's fault, told as theirs.
    """
    url = start(client, "Tapo C200", have=("pin", "original_adapter"))
    page = client.page(url)
    token = page.select_one('input[name="csrf_token"]')["value"]
    step = page.select_one('form.answers input[name="step"]')["value"]
    body = f"csrf_token={token}&step={step}&answer=".encode() + typed
    form = {"content-type": "application/x-www-form-urlencoded"}
    sent = client.post(f"{url}/answer", content=body, headers=form)
    assert sent.status_code == 400 and "We couldn&#39;t read that form" in sent.text
    assert client.page(url).select_one('form.answers input[name="step"]')["value"] == step
    started = client.post(
        "/start", content=f"csrf_token={token}&model=".encode() + typed, headers=form
    )
    assert started.status_code == 400 and "We couldn&#39;t read that form" in started.text


def test_a_brand_typed_in_the_search_goes_with_another_brand_into_the_report(
    client: PageClient,
) -> None:
    """A phone reviewer typed "Vivint Ping", found nothing, chose "Another brand" and a
    shape, and at the end had to type the brand again for the report (home owner review
    41). What was typed is carried into the session's details."""
    found = client.page("/find?q=Vivint Ping")
    other = found.find("a", string=re.compile("Another brand"))
    assert other is not None and "label=Vivint" in other["href"]
    shapes = client.page(str(other["href"]))
    assert "You typed “Vivint Ping”" in shapes.get_text()
    indoor = next(a for a in shapes.select("ul.ff-grid a") if "form_factor=indoor" in a["href"])
    checklist = client.page(str(indoor["href"]))
    response = client.submit(checklist.select_one('form[action="/start"]'), have=["pin"])
    assert response.status_code == 303
    url = str(response.headers["location"]).split("?")[0]
    report = client.page(f"{url}/report").get_text()
    assert "Vivint Ping" in report


def test_a_model_name_not_listed_goes_with_its_brands_usual_steps_into_the_report(
    client: PageClient,
) -> None:
    """Product review 48: "Kasa KC125", not listed, went on with Kasa's usual steps and the
    report said "exact model not known", the name typed lost; as for another brand, it is
    carried into the session's details."""
    found = client.page("/find?q=Kasa KC125")
    usual = found.find("a", string=re.compile("usual steps"))
    assert usual is not None and "label=Kasa%20KC125" in usual["href"]
    shapes = client.page(str(usual["href"]))
    indoor = next(a for a in shapes.select("ul.ff-grid a") if "form_factor=indoor" in a["href"])
    assert "label=Kasa%20KC125" in indoor["href"]
    checklist = client.page(str(indoor["href"]))
    response = client.submit(checklist.select_one('form[action="/start"]'), have=["pin"])
    url = str(response.headers["location"]).split("?")[0]
    assert "Kasa KC125" in client.page(f"{url}/report").get_text()


def test_a_hold_timed_from_the_power_coming_back_says_so_on_its_button(
    client: PageClient,
) -> None:
    """A Hikvision camera is first held as its power comes back (its sources' way): the timer
    starts then, not as the button is pressed, and its button says which."""
    url = start(client, "DS-2CD2343G2-IU", have=("pin",), opening=True)
    for reply in ("wont-reset", "few-seconds", "nothing", "no-restart", "done"):
        page = answer(client, url, reply)
    assert page.h1.get_text() == "Hold the reset button as its power comes back"
    # 15 to 20 s since rules 68 (two publishers, KB audit 70); it was 30 s. No "Stop by 20":
    # no source says to stop there, and one says 30 s or more (review 71 E, #7)
    assert page.select_one(".timer-plan").get_text() == (
        "Hold 15 to 20 seconds once the power is back, the surest time the sources give; "
        "other sources give as long as 30."
    )
    start_button = page.select_one(".timer .timer-start").get_text()
    assert start_button == "Start the timer as the power comes back"


def test_a_hold_on_a_camera_not_yet_seen_on_says_so_above_its_timer(client: PageClient) -> None:
    """Web review 53: "Nothing yet says it is on: press only once it shows it is" came after
    the timer and "Done, I let go", off a phone's first screen; it is what to know before
    pressing, so it comes before the timer, once."""
    url = start(client, "eufyCam 3", have=("pin", "app"), opening=True)
    for answer_id in ("no-power", "done"):
        answer(client, url, answer_id)
    answer(client, url, "not_sure")  # on the start-up wait after charging it: once more,
    page = answer(client, url, "not_sure")  # then on
    html = str(page)
    warning = page.select_one(".notice.before-press")
    assert warning is not None and warning.get_text().startswith("Nothing yet says it is on")
    assert html.index("before-press") < html.index('class="timer') < html.index('id="answers"')
    assert html.count("Nothing yet says it is on") == 1


def test_a_page_for_support_names_support_and_the_report_before_it_explains(
    client: PageClient,
) -> None:
    """Web review 55 (F15): on a phone, a support page's first screen held a notice and a
    long paragraph; the vendor's link and the report were below them."""
    url = start(client, "Tapo C200", have=("pin", "app", "original_adapter"), opening=True)
    for said in ("cant-add", "another-account", "yes", "no", "cant", "another-account", "yes"):
        page = answer(client, url, said)
    assert page.h1.get_text() == "Contact TP-Link support with this report"
    html = str(page)
    first = [html.index(f'href="{url}/report"'), html.index('href="https://www.tapo.com/"')]
    notice, text = page.select_one(".step-notice"), page.select_one(".step-text")
    assert notice is not None and text is not None
    assert html.index(page.h1.decode()) < min(first)
    assert max(first) < min(html.index(notice.decode()), html.index(text.decode()))


def test_a_hold_whose_sign_already_shows_says_so_above_its_timer_with_no_light_to_watch(
    client: PageClient,
) -> None:
    """Web review 56: after "Steady red" a Wyze hold page still said "Look for this light:
    Steady red", and why it could not (below "Done, I let go")."""
    url = start(client, "Wyze Cam v3", have=())
    page = client.page(url)
    for _ in range(10):
        if page.select_one(".timer") is not None:
            break
        offered = [str(b["value"]) for b in page.select("form.answers button")]
        ways = ("steady:solid-red", "have", "done")  # "Steady red"; "I have one now" (a pin)
        page = answer(client, url, next(a for a in ways if a in offered))
    html = str(page)
    assert "Look for this light" not in page.get_text()
    notice = page.select_one(".notice.before-press")
    assert notice is not None and "already does what this hold watches for" in notice.get_text()
    assert html.index("before-press") < html.index('class="timer') < html.index('id="answers"')


def test_the_account_support_page_asks_only_what_an_account_needs(client: PageClient) -> None:
    """Web review 56: the page for Ring's account support asked for the light, the MAC address
    and the hardware version of a camera nobody had reset."""
    url = start(client, "Ring Stick Up Cam Battery", have=("pin", "app"), opening=True)
    for said in ("forgot-password", "account-help"):
        page = answer(client, url, said)
    assert page.h1.get_text() == "Contact Ring support about your account"
    fields = {str(i["name"]) for i in page.select("form.details-form input[type=text]")}
    assert "serial" in fields and "error_message" in fields
    assert not fields & {"light", "mac", "hardware_version", "firmware", "power_source"}


def test_the_provider_page_labels_the_makers_list_as_for_if_the_provider_sends_you_on(
    client: PageClient,
) -> None:
    """After-reset review 58: "What Arlo support asks for" sat directly under "Contact the
    provider who supplied the camera", so the person could not tell whom to call."""
    url = start(client, "Tapo C200", have=("pin", "app", "original_adapter"), opening=True)
    told = {"reason": "cant-add", "add-trouble": "another-account", "second-hand": "yes"}
    told["from-provider"] = "yes"
    page = client.page(url)
    for _ in range(8):
        if page.select_one(".hint h2") and "provider" in page.h1.get_text():
            break
        offered = buttons(page)
        ref = page.select_one('form.answers input[name="step"]')["value"].split(".")[2]
        page = answer(client, url, told.get(ref, "yes" if "yes" in offered else "not_sure"))
    assert page.h1.get_text() == "Contact the provider who supplied the camera"
    asks = page.select_one("#asks-h")
    assert asks is not None
    assert asks.get_text() == "If the provider sends you to TP-Link support: what it asks for"


def test_the_router_end_labels_the_makers_list_as_for_if_it_still_does_not_join(
    client: PageClient,
) -> None:
    """Merged-diff review 69, N #6: the page saying the router's maker or internet provider can
    help listed "What TP-Link support asks for" as if support came first."""
    url = start(client, "Tapo C500", have=("pin", "app", "original_adapter"), opening=True)
    for said in ("cant-add", "join-failed", "done", "no", "join-failed", "cant", "no"):
        page = answer(client, url, said)
    for _ in range(6):
        if page.select_one("#asks-h"):
            break
        page = answer(client, url, "no" if "no" in buttons(page) else "join-failed")
    assert page.h1.get_text().startswith("Your router's 2.4 GHz network")
    asks = page.select_one("#asks-h")
    assert asks is not None
    assert asks.get_text() == "If it still does not join: what TP-Link support asks for"


def test_a_release_request_page_says_what_to_give_support_for_it(client: PageClient) -> None:
    """Phone review 64, F4: a second-hand eufyCam's support page asked for a release with no
    list of what to give; no source lists what eufy support asks, so the list is said to be
    for the release, not eufy's own, and no field says "Eufy asks for this"."""
    url = start(client, "T8114", have=("pin", "app"), opening=True)
    said = (
        "second-hand", "no", "not-yet", "done", "done", "done", "done", "yes", "no", "done", "no",
        "another-account", "no", "cant", "another-account",
    )  # fmt: skip
    for answer_id in said:
        page = answer(client, url, answer_id)
    asks = page.select_one("section.asks")
    assert asks is not None and asks.h2.get_text() == "What to give eufy support for the release"
    rows = [li.get_text().strip() for li in asks.select("li")]
    assert rows[0] == "The camera's serial number, on its label: not given yet"
    assert rows[1].startswith("The serial number of the eufy HomeBase or HomeBase 2, on its")
    assert "asks for this" not in page.select_one("form.details-form").get_text()
