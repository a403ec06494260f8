"""A question the engine asks again shows the answer given to it last time."""

from __future__ import annotations

from collections.abc import Callable

from tests.session.conftest import T0, Driver

from camreset.core.kb.resolve import resolve_model
from camreset.core.present.step import StepRef
from camreset.core.present.words import CANT
from camreset.core.session import Guide
from camreset.core.session.asked_again import asked_again
from camreset.core.session.state import HistoryEntry, SessionFold


def test_a_question_asked_again_says_what_was_picked_last_time(
    make_driver: Callable[..., Driver],
) -> None:
    """Web review 55: "What went wrong when you added it?" came six times in eighteen pages
    of a Tapo whose Wi-Fi joining failed, each time as if never asked."""
    d = make_driver(model="tapo-c200", have=("pin", "app", "original_adapter"), opening=True)
    d.send("cant-add")
    first = d.state.current
    assert first.ref.ref == "add-trouble" and not first.notices
    d.send("join-failed")
    for _ in range(10):
        if d.state.current.ref.ref == "add-trouble":
            break
        d.pick("no", "done")
    again = d.state.current
    assert again.ref.ref == "add-trouble"
    assert again.notices == (
        "Last time you answered “It found it, but joining the Wi-Fi failed”. If that is still "
        "so, pick it again.",
    )
    d.send("not_sure")  # "Not sure" is nothing to pick again
    for _ in range(10):
        if d.state.current.ref.ref == "add-trouble":
            break
        d.pick("no", "done")
    assert d.state.current.ref.ref == "add-trouble" and not d.state.current.notices


def _entry(ref: str, answer: str, label: str) -> HistoryEntry:
    return HistoryEntry(StepRef.parse(ref), "question", "t", answer, label, T0, 1.0)


def test_the_answer_quoted_is_the_latest_the_person_gave_not_one_skipped(guide: Guide) -> None:
    """Diff review 55: an answer changed on the look before support was quoted as it had
    been before the change; a skip is nothing to pick again."""
    plan, renderer = guide.plan(resolve_model(guide.kb, "tapo-c200"))
    page = renderer.step(StepRef.parse("9.q.add-trouble"))
    fold = SessionFold()
    fold.history = [_entry("3.q.add-trouble", "not-found", "Not found")]
    assert asked_again(plan, fold, page) == (
        "Last time you answered “Not found”. If that is still so, pick it again."
    )
    fold.history.append(_entry("6.d.recheck.add-trouble.0", "another-account", "Another account"))
    assert "“Another account”" in (asked_again(plan, fold, page) or "")
    fold.history.append(_entry("8.q.add-trouble", CANT, "Skip this question"))
    assert asked_again(plan, fold, page) is None


def test_the_network_check_asked_again_quotes_no_answer_nobody_picked(guide: Guide) -> None:
    """Diff review 55: after a new reset the network check is asked again, and the notice
    quoted its own result ("Over the network it says it is still set up") as a pick."""
    plan, renderer = guide.plan(resolve_model(guide.kb, "tapo-c200"))
    page = renderer.step(StepRef.parse("9.q.network-check"))
    fold = SessionFold()
    fold.history = [_entry("2.q.network-check", "set-up", "It says it is still set up")]
    assert asked_again(plan, fold, page) is None
