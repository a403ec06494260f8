"""A screen whose answer or undo met another screen's reads one sentence, the same on a web
page and in the terminal: the words live in one place (core/present/two_screens.py), not
three (code review 71 C, #2). Each test plays the same event twice, once refused on the web
and once in the terminal, the other side answering first through the session service as a
terminal does; the sentences differ only in how each screen goes back one step."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from camreset.cli.wizard.stale_words import stale_words
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.session import Command, SessionState
from camreset.core.session.screens import ANOTHER, SCREEN
from camreset.errors import StaleStepError

from .conftest import PageClient, make_client
from .flow import start


def _words(node: Any) -> str:
    return " ".join(node.get_text(" ").split())


def _service(client: PageClient) -> Any:
    return client.http._transport.app.state.sessions  # type: ignore[attr-defined]


def _fresh(tmp_path: Path, kb: KnowledgeBase, name: str) -> PageClient:
    """A browser of its own, over data of its own: one session for the camera each."""
    folder = tmp_path / name
    folder.mkdir()
    return make_client(folder, kb)


def _terminal(client: PageClient, kind: str, answer: str | None, first: str) -> str:
    """What the terminal says when its `kind` (an answer `answer`, or an undo) is refused as
    a web page answered `first` on the same step, seen from a session it showed before."""
    url = start(client, "C200", have=("pin", "original_adapter", "app"))
    service = _service(client)
    session_id = url.rsplit("/", 1)[-1]
    shown: SessionState = service.state(session_id)
    page = client.page(url)
    form = page.select_one("form.answers")
    client.submit(form, form.find("button", attrs={"value": first}))  # the web, first
    command = Command(kind, shown.current.id, answer, {SCREEN: ANOTHER})
    with pytest.raises(StaleStepError):
        service.apply(session_id, command)
    now = service.state(session_id)
    return stale_words(shown.current, kind, answer, now, shown=shown)


def _web(client: PageClient, form_of: str, pressed: str | None, first: str) -> str:
    """What a web page says when its form (`form_of`: "answers" or "undo") is refused as the
    terminal answered `first` on the same step."""
    url = start(client, "C200", have=("pin", "original_adapter", "app"))
    service = _service(client)
    session_id = url.rsplit("/", 1)[-1]
    if form_of == "undo":  # an undo offered on the step after one answer
        page = client.page(url)
        answers = page.select_one("form.answers")
        client.submit(answers, answers.find("button", attrs={"value": "done"}))
    page = client.page(url)
    state: SessionState = service.state(session_id)
    service.apply(session_id, Command("answer", state.current.id, first, {SCREEN: ANOTHER}))
    if form_of == "undo":
        form = page.find("form", action=f"{url}/undo")
        response = client.submit(form)
    else:
        form = page.select_one("form.answers")
        response = client.submit(form, form.find("button", attrs={"value": pressed}))
    assert response.status_code == 303 and "stale=" in response.headers["location"]
    notice = client.page(response.headers["location"]).select_one(".notice")
    assert notice is not None and notice.has_attr("autofocus")
    return _words(notice)


def test_an_answer_overtaken_reads_the_same_on_the_web_and_in_the_terminal(
    tmp_path: Path, kb: KnowledgeBase
) -> None:
    """The terminal said "… that step had already been answered on another screen (the last
    answer: …)" where the web said "… another screen or tab had already answered …"."""
    client = _fresh(tmp_path, kb, "title")
    title = _words(client.page(start(client, "C200", have=("pin", "original_adapter", "app"))).h1)
    web = _web(_fresh(tmp_path, kb, "web"), "answers", "cant", first="done")
    term = _terminal(_fresh(tmp_path, kb, "term"), "answer", "cant", first="done")
    cant = "I can't do this"
    assert web == (
        f"Your answer “{cant}” was not saved: another screen or tab had already answered "
        f"“Done” to “{title}”. If yours is right, go back one step (below). Here is the next step."
    )
    assert term == web.replace("go back one step (below)", "type u to go back one step")


def test_the_same_answer_from_another_screen_is_named_the_same_way_on_both(
    tmp_path: Path, kb: KnowledgeBase
) -> None:
    """The web said "That answer was already saved (sent twice, here or on another screen)"
    of an answer another screen gave, where the terminal named that screen."""
    web = _web(_fresh(tmp_path, kb, "web"), "answers", "done", first="done")
    term = _terminal(_fresh(tmp_path, kb, "term"), "answer", "done", first="done")
    assert (
        web == "Another screen gave the same answer (“Done”), already saved: here is the next step."
    )
    assert term == (
        "The screen that started the session gave the same answer (“Done”), already saved: "
        "here is the next step."
    )  # the web page started it: named by its marks, as every screen names it


def test_an_undo_refused_says_nothing_was_undone_on_both(tmp_path: Path, kb: KnowledgeBase) -> None:
    """The web said "Your answer was not saved: that step had already been answered" of an
    undo, where the terminal said nothing was undone."""
    web = _web(_fresh(tmp_path, kb, "web"), "undo", None, first="done")
    term = _terminal(_fresh(tmp_path, kb, "term"), "undo", None, first="done")
    assert web.startswith("Nothing was undone: the session had moved on elsewhere (the last ")
    assert term.startswith("Nothing was undone: the session had moved on elsewhere (the last ")
    assert web.endswith("”).") and term.endswith("”).")


def test_the_step_page_template_only_places_the_two_screen_words() -> None:
    """The step page's template wrote its own not-saved, sent-twice, hold-timed-elsewhere and
    following sentences, beside copies in the web's pages and the terminal; it now places
    the core's (code review 71 C, #2)."""
    from importlib.resources import files

    from camreset.core.present import follow_words, two_screens

    template = (files("camreset.web") / "templates" / "step.html").read_text(encoding="utf-8")
    for said in (
        "was not saved",
        "already saved",
        two_screens.HOLD_ELSEWHERE,
        *follow_words.FOLLOW_SAYS.values(),
        *follow_words.MOVED_SAYS.values(),
        follow_words.OFFLINE_SAYS,
    ):
        assert said not in template


def test_the_step_page_says_the_core_s_following_words(client: PageClient) -> None:
    from camreset.core.present import follow_words

    page = client.page(start(client, "C200", have=("pin", "original_adapter", "app")))
    status = page.select_one(".follow-status")
    said = {k: status[f"data-say-{k}"] for k in follow_words.FOLLOW_SAYS}
    assert said["same"] == "This step is asked again, and this page is up to date: answer it here."
    assert said == follow_words.FOLLOW_SAYS
    offline = page.select_one(".follow-offline")["data-say-offline"]
    assert offline == (
        "camreset cannot be reached just now. Your answers so far are saved: wait a moment "
        "before answering."
    )
