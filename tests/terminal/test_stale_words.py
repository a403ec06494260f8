"""What the terminal says when the other screen got there first: the answer it kept, or the
answer it took back."""

from __future__ import annotations

from tests.session.conftest import T0, answered

from camreset.cli.wizard.stale_words import stale_words
from camreset.core.session import Command, Guide
from camreset.core.session.overtaken import clash
from camreset.kb_files import load_kb


def test_an_answer_overtaken_by_an_undo_elsewhere_says_an_answer_was_taken_back() -> None:
    """Diff review 57: after the phone took back an answer, the terminal said the step "had
    already been answered on another screen", quoting an earlier step's answer."""
    guide = Guide(load_kb())
    before = answered(guide, ("wont-reset",), model="tapo-c200", have=("pin",))
    shown = before.current  # what the terminal still shows
    moved = answered(guide, ("wont-reset", "few-seconds"), model="tapo-c200", have=("pin",))
    undo = guide.command(moved, Command("undo", moved.current.id), T0)
    after = guide.extend(moved, [undo])  # the phone took "A few seconds" back
    said = stale_words(shown, "answer", shown.answers[0].id, after)
    assert said.startswith(f"Your answer (“{shown.answers[0].label}”) was not saved: another")
    assert "took back an answer meanwhile" in said and "already been answered" not in said
    refused = Command("answer", shown.id, shown.answers[1].id)  # not the one saved
    noted = clash(moved, refused, T0, guide.replay)  # as the app notes it (overtaken)
    assert noted is not None and noted.event is not None
    other = stale_words(shown, "answer", refused.answer, guide.extend(moved, [noted.event]))
    assert "another screen or tab had already answered" in other
    # the next question is no step to answer "again" (session-65 diff review, H #5)
    assert other.endswith("If yours is right, type u to go back one step. Here is the next step.")
    assert stale_words(shown, "undo", None, moved).startswith(
        "Nothing was undone: the session had moved on elsewhere"
    )


def test_the_same_answer_the_other_screen_saved_is_not_called_not_saved() -> None:
    """The web answered the step the terminal showed; the terminal then typed the same
    answer and was told it "was not saved", as if something were lost, where the web and
    the API take the same answer twice as no error (review 65 D, #7)."""
    guide = Guide(load_kb())
    shown = answered(guide, ("wont-reset",), model="tapo-c200", have=("pin",)).current
    moved = answered(guide, ("wont-reset", "few-seconds"), model="tapo-c200", have=("pin",))
    label = next(a.label for a in shown.answers if a.id == "few-seconds")
    assert stale_words(shown, "answer", "few-seconds", moved) == (
        f"Another screen gave the same answer (“{label}”), already saved: here is the next step."
    )
    other = next(a.id for a in shown.answers if a.id != "few-seconds")
    assert "was not saved" in stale_words(shown, "answer", other, moved)


def test_back_to_the_first_question_refused_is_said_as_an_undo() -> None:
    """`s` (back to the first question) refused as the other screen had answered read "Your
    answer was not saved: that step had already been answered", though nothing was answered
    here; taken back past its step there, it is said as the web says it (session 68, K)."""
    guide = Guide(load_kb())
    path = ("wont-reset", "few-seconds", "nothing")
    shown_state = answered(guide, path, model="tapo-c200", have=("pin",))
    shown = shown_state.current
    moved = answered(guide, (*path, "no-restart"), model="tapo-c200", have=("pin",))
    assert stale_words(shown, "start", None, moved, shown=shown_state).startswith(
        "Nothing was undone: the session had moved on elsewhere"
    )
    back = guide.extend(shown_state, [guide.command(shown_state, Command("undo", shown.id), T0)])
    assert stale_words(shown, "start", None, back, shown=shown_state) == (
        f"Nothing was undone on “{shown.title}”: the session was taken back past that step. "
        f"Another screen took back the answer “{shown_state.history[-1].answer_label}” to "
        f"“{shown_state.history[-1].title}”. This is that step again."
    )
