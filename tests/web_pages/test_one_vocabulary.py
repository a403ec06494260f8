"""One vocabulary: the same step reads the same in the web page, the terminal and the JSON.

Each interface only lays out what camreset.core.present gives it, so every title, answer
label, fact label, fact value and confidence word of a step appears, word for word, in all
three renderings.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console
from tests.web_pages.conftest import PageClient

from camreset.app.step_docs import step_doc
from camreset.cli.wizard.step_view import StepView
from camreset.cli.wizard.theme import THEME
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.present.timer_words import timer_words
from camreset.core.session import Command, SessionState

WIDE = 400


def terminal_text(kb: KnowledgeBase, state: SessionState) -> str:
    console = Console(file=io.StringIO(), width=WIDE, theme=THEME, color_system=None)
    console.print(StepView(kb, state.current, number=1, can_undo=state.can_undo))
    return " ".join(console.file.getvalue().split())  # type: ignore[attr-defined]


def walk_to_a_hold(client: PageClient, model: str) -> tuple[str, SessionState]:
    """A session answered until its first hold step (facts, timer and way-outs on screen)."""
    sessions = client.http._transport.app.state.sessions  # type: ignore[attr-defined]
    session_id, state = sessions.start(model=model, have=["pin", "original_adapter"])
    for _ in range(30):
        if state.current.timer is not None:
            return session_id, state
        step = state.current
        order = ("done", "skip-questions", "not_sure", "cant")
        answer = next(a for a in order if step.offers(a))
        state = sessions.apply(session_id, Command("answer", step.id, answer))
    raise AssertionError("no hold step within 30 steps")


@pytest.mark.parametrize("model", ["tapo-c200", "amcrest-ip4m-1041b", "kasa-kc400"])
def test_a_step_reads_the_same_in_the_page_the_terminal_and_the_json(
    client: PageClient, kb: KnowledgeBase, model: str, tmp_path: Path
) -> None:
    session_id, state = walk_to_a_hold(client, model)
    page = client.page(f"/s/{session_id}")
    web = " ".join(page.get_text(" ").split())
    timer = page.select_one(".timer")
    assert timer is not None
    term = terminal_text(kb, state)
    doc = step_doc(state.current).model_dump()

    words = [doc["title"], *(a["label"] for a in doc["answers"]), doc["timer"]["words"]["plan"]]
    for fact in doc["facts"]:
        words += [fact["label"], *fact["lines"], fact["sure"], fact["sure_why"]]
        words += fact["disagreement"][:1]
    assert len(words) > 8
    for text in words:
        flat = " ".join(text.split())
        assert flat in web, f"web page lacks {flat!r}"
        assert flat in term, f"terminal lacks {flat!r}"
    cues = timer_words(state.current.timer)
    assert timer["data-say-rec"] == cues.stop == doc["timer"]["words"]["stop"]
    assert timer["data-say-min"] == cues.watch == doc["timer"]["words"]["watch"]


def test_where_sources_disagree_the_page_names_who_said_each_value(client: PageClient) -> None:
    """The page listed "(medium: tapo-smarthomecorner, tapo-homeguidepro, …)": ids a person
    cannot look up, beside a "Sources:" line that names titles (an accessibility reviewer).
    The page names each claim's publishers; the terminal keeps the ids its card cites."""
    session_id, state = walk_to_a_hold(client, "tapo-c200")
    page = client.page(f"/s/{session_id}")
    box = page.select_one(".disagree")
    assert box is not None
    claims = [" ".join(li.get_text(" ").split()) for li in box.select("ol > li")]
    assert "30 s (Fairly sure: scOS, unanswered.io)" in claims
    assert not [c for c in claims if "tapo-" in c or "seed-" in c]
    (hold,) = [f for f in state.current.facts if f.disputed and "30 s" in f.disputed]
    assert "2. 30 s (medium: seed-tplink, tapo-unanswered-password)" in hold.disagreement
    # the API gives both: ids to look up, publishers to show
    facts = client.get(f"/api/sessions/{session_id}").json()["current"]["facts"]
    (doc,) = [f for f in facts if f["claims"] and "30 s" in f["disagreement"][0]]
    thirty = next(c for c in doc["claims"] if c["words"] == "30 s")
    assert thirty["publishers"] == ["scOS", "unanswered.io"]
    assert thirty["sources"] == ["seed-tplink", "tapo-unanswered-password"]
