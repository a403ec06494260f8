"""Forms refuse posts without the page's token; KB and personal text is always escaped."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.web.csrf import COOKIE
from camreset.web.pages.render import linked

from .conftest import PageClient, make_client, soup
from .flow import answer, start, walk

EVIL = '<script>alert("x")</script>'


def test_starting_without_the_token_is_refused_with_a_403_page(client: PageClient) -> None:
    response = client.post("/start", data={"model": "tapo-c200", "have": "pin"})
    assert response.status_code == 403
    assert "This form has expired" in soup(response).h1.get_text()


def test_a_forged_token_is_refused_and_the_session_does_not_move(client: PageClient) -> None:
    url = start(client, "C200")
    page = client.page(url)
    step = page.select_one('form.answers input[name="step"]')["value"]
    forged = {"csrf_token": "A" * 43, "step": step, "answer": "done"}
    refused = client.post(f"{url}/answer", data=forged)
    assert refused.status_code == 403
    assert soup(refused).find("a", string="Back to your session")["href"] == url  # a way back
    assert client.page(url).h1.get_text() == page.h1.get_text()


def test_a_form_from_another_browser_is_refused(client: PageClient) -> None:
    url = start(client, "C200")
    form = client.page(url).select_one("form.answers")
    client.http.cookies.set(COOKIE, "B" * 43)
    response = client.submit(form, form.find("button", attrs={"value": "done"}))
    assert response.status_code == 403


def test_undo_and_feedback_need_the_token_too(client: PageClient) -> None:
    url = start(client, "C200")
    for action in ("undo", "feedback", "details"):
        assert client.post(f"{url}/{action}", data={"fixed": "yes"}).status_code == 403


def test_the_token_cookie_is_http_only_and_same_site(tmp_path: Path, kb: KnowledgeBase) -> None:
    client = make_client(tmp_path, kb)
    cookie = client.get("/have?model=tapo-c200").headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie
    client.close()


def _evil_kb(kb: KnowledgeBase) -> KnowledgeBase:
    model = kb.models["tapo-c200"].model_copy(update={"name": f"C200 {EVIL}"})
    return dataclasses.replace(kb, models={**kb.models, "tapo-c200": model})


def test_kb_text_with_a_script_tag_is_shown_as_text(tmp_path: Path, kb: KnowledgeBase) -> None:
    client = make_client(tmp_path, _evil_kb(kb))
    pages = [client.get("/find?q=c200"), client.get("/have?model=tapo-c200")]
    url = start(client, "c200")
    pages.append(client.get(url, follow_redirects=True))
    for response in pages:
        assert EVIL not in response.text
        assert "&lt;script&gt;" in response.text
        assert soup(response).find("script", string=True) is None
    client.close()


def test_what_a_person_types_is_escaped(client: PageClient) -> None:
    response = client.get("/find", params={"q": EVIL})
    assert EVIL not in response.text and "&lt;script&gt;" in response.text
    url = start(client, "IP8M-2496EB")
    page = walk(client, url, prefer=("cant",))
    details = page.find("form", action=f"{url}/details")
    client.submit(details, serial=EVIL, firmware="1.0")
    report = client.get(f"{url}/report")
    assert EVIL not in report.text and "&lt;script&gt;" in report.text


def test_a_web_address_in_the_words_is_a_link_and_the_rest_stays_text(
    client: PageClient,
) -> None:
    """Web review 56: TP-Link's "https://community.tp-link.com/en/forgetpw" on the recovery
    page was plain text a phone could not tap. Only the address becomes a link."""
    url = start(client, "Tapo C200", opening=True)
    page = answer(client, url, "forgot-password")
    link = page.select_one('.step-text a[href="https://community.tp-link.com/en/forgetpw"]')
    assert link is not None and link.get_text() == "https://community.tp-link.com/en/forgetpw"
    said = str(linked('see https://a.example/x?y=1&z=2. <script>alert(1)</script> "q"'))
    assert said == (
        'see <a href="https://a.example/x?y=1&amp;z=2" rel="noopener noreferrer">'
        "https://a.example/x?y=1&amp;z=2</a>. &lt;script&gt;alert(1)&lt;/script&gt; &#34;q&#34;"
    )
    assert str(linked('javascript:alert(1) and "https://x.example" onclick=1')).count("<a ") == 1
