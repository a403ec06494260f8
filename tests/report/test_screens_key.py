"""The report's key to its marks names this session's screens by how they joined and when
they first answered, and says how a screen comes to be called the helpdesk's (helpdesk review
74 F, #9: "Another screen: a phone, computer, terminal or program other than the one this
session was started on …, which opened it by its link, short code or id, or answered through
the API …" in every report; and #2's caveat: a customer's phone that pressed "I work at the
helpdesk" had its answers read as the agent's, with nothing in the report saying how)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from camreset.core.report import build_report, render_markdown, render_text
from camreset.core.session import Command, Guide, SessionState
from camreset.core.session.intake import parse_have
from camreset.kb_files import load_kb

T0 = datetime(2026, 12, 6, 2, 43, tzinfo=UTC)


def _answered(*marks: dict[str, Any]) -> tuple[Guide, SessionState]:
    guide = Guide(load_kb())
    start = guide.start(model="tapo-c200", have=parse_have(["pin"]), at=T0, via="web")
    state = guide.replay([start])
    for n, data in enumerate(marks, start=1):
        step = state.current
        command = Command("answer", step.id, step.answers[0].id, data)
        state = guide.extend(state, [guide.command(state, command, T0 + timedelta(minutes=n))])
    return guide, state


def test_the_key_names_another_screen_by_how_it_joined() -> None:
    guide, state = _answered({"screen": "starter"}, {"screen": "other", "joined": "code"})
    report = build_report(guide.kb, state)
    for text in (render_text(report), render_markdown(report)):
        key = next(line for line in text.splitlines() if "Another screen" in line)
        key = " ".join(key.split())
        assert (
            "the session was started on a web page; another screen opened it from its short "
            "code and answered first at 02:45: the answers marked “entered on another screen” "
            "were given there"
        ) in key, key
        assert "terminal or program" not in key


def test_the_helpdesk_key_says_which_screen_said_it_was_the_helpdesks_and_how_one_does() -> None:
    """The customer's own phone, which started the session, said it is the helpdesk's."""
    phone = {"screen": "starter", "by": "helpdesk"}
    guide, state = _answered({"screen": "starter"}, phone)
    text = " ".join(render_text(build_report(guide.kb, state)).split())
    assert (
        "were given on a screen that said it is a helpdesk's: the screen that started the "
        "session, first at 02:45; a screen says so once a helpdesk's reference is saved on it, "
        "or someone presses “I work at the helpdesk” there; camreset has no log-in to check it"
    ) in text
    desk = {"screen": "other", "by": "helpdesk", "joined": "link"}
    guide, state = _answered({"screen": "starter"}, desk)
    text = " ".join(render_text(build_report(guide.kb, state)).split())
    assert "helpdesk's: another screen, which opened it from its link, first at 02:45;" in text


def test_how_a_screen_joined_is_kept_with_its_answer_only_for_another_screen() -> None:
    _, state = _answered(
        {"screen": "starter", "joined": "code"}, {"screen": "other", "joined": "link"}
    )
    joined = [e.data.get("joined") for e in state.events if e.type == "answered"]
    assert joined == [None, "link"]
