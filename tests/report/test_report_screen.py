"""An answer entered on another screen than the one that started the session is marked so in
the report; an answer whose log does not say (written before, or from the API) is not known
and marked nothing (helpdesk review 67, #5)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from camreset.core.report import build_report, render_markdown, render_text
from camreset.core.session import Command, Guide, SessionState
from camreset.core.session.intake import parse_have
from camreset.kb_files import load_kb

T0 = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)


def _session(*screens: dict[str, str]) -> SessionState:
    guide = Guide(load_kb())
    state = guide.replay([guide.start(model="tapo-c200", have=parse_have(["pin"]), at=T0)])
    for n, data in enumerate(screens, start=1):
        step = state.current
        command = Command("answer", step.id, step.answers[0].id, data)
        state = guide.extend(state, [guide.command(state, command, T0 + timedelta(minutes=n))])
    return state


def test_an_answer_from_another_screen_is_marked_and_the_starter_s_is_not() -> None:
    kb = load_kb()
    state = _session({"screen": "starter"}, {"screen": "other"}, {"screen": "elsewhere?"})
    assert [e.data.get("screen") for e in state.events[1:]] == ["starter", "other", None]
    report = build_report(kb, state)
    assert [s.screen for s in report.steps] == ["starter", "other", None]
    for text in (render_markdown(report), render_text(report)):
        assert text.count("(entered on another screen)") == 1
        row = next(line for line in text.splitlines() if "(entered on another screen)" in line)
        assert f"{report.steps[1].answer} (entered on another screen)" in row


def test_a_log_written_before_says_nothing_of_where_it_was_entered() -> None:
    report = build_report(load_kb(), _session({}, {}))
    assert [s.screen for s in report.steps] == [None, None]
    assert "another screen" not in render_markdown(report)


def test_the_report_says_what_another_screen_is() -> None:
    """ "(entered on another screen)" with nothing saying which screen is which, in a report
    support reads a day later (merged-diff review 67, N #2)."""
    report = build_report(load_kb(), _session({"screen": "starter"}, {"screen": "other"}))
    for text in (render_markdown(report), render_text(report)):
        key = next(line for line in text.splitlines() if "Another screen" in line)
        assert "another screen opened it by its link, short code or id" in key  # not said how
        assert "“entered on another screen” were given there" in key
    alone = build_report(load_kb(), _session({"screen": "starter"}, {"screen": "starter"}))
    assert "Another screen" not in render_text(alone)


def _to_a_hold(guide: Guide) -> SessionState:
    """A Tapo C200 with a pin, its first answers given, on its first hold page."""
    state = guide.replay([guide.start(model="tapo-c200", have=parse_have(["pin"]), at=T0)])
    for n in range(1, 12):
        if state.current.timer is not None:
            return state
        step = state.current
        offered = [a.id for a in step.answers]
        pick = next(v for v in ("skip-questions", "done", "yes", "cant", *offered) if v in offered)
        command = Command("answer", step.id, pick, {"screen": "starter"})
        state = guide.extend(state, [guide.command(state, command, T0 + timedelta(minutes=n))])
    raise AssertionError("no hold page")


def _held_late(
    guide: Guide, hold_data: dict[str, object], answer_screen: str = "other"
) -> SessionState:
    """The hold page answered "Done" 5 s after it showed (on the desk: `answer_screen`), then
    a 17 s hold timed (a late hold, kept with that answer)."""
    state = _to_a_hold(guide)
    step, at = state.current, state.current_since
    done = Command("answer", step.id, "done", {"screen": answer_screen})
    state = guide.extend(state, [guide.command(state, done, at + timedelta(seconds=5))])
    hold = Command("hold", step.id, data={"seconds": 17, **hold_data})
    return guide.extend(state, [guide.command(state, hold, at + timedelta(seconds=18))])


def _answered_then_held(hold_data: dict[str, object]) -> str:
    """The text report's row for `_held_late`'s hold page."""
    guide = Guide(load_kb())
    state = _held_late(guide, hold_data)
    text = render_text(build_report(guide.kb, state))
    row = next(line for line in text.splitlines() if "Button held (timed)" in line)
    assert "Time spent: 5 s" in row and "(entered on another screen)" in row
    return row


def test_a_hold_timed_after_its_answer_says_so_and_where() -> None:
    """ "Answer: Done, I let go (entered on another screen)   Time spent: 6.5 s   Button held
    (timed): 17 s" read as a 17 s hold in 6.5 s, the hold timed at the camera marked nowhere
    (merged-diff review 67, N #6)."""
    row = _answered_then_held({"screen": "starter"})
    started = "on the screen that started the session"
    assert f"Button held (timed): 17 s (timed after this answer, {started}" in row


def test_a_hold_timed_late_in_a_log_that_did_not_say_where_says_only_elsewhere() -> None:
    row = _answered_then_held({})
    assert "17 s (timed after this answer, on another screen than the answer's" in row


def test_an_answer_taken_back_keeps_its_mark_of_another_screen() -> None:
    """Back to the first question moved every row to "Answers taken back", and the mark
    "(entered on another screen)" the steps tried had on the desk's answer went with it
    (merged-diff review 67, N #3)."""
    guide = Guide(load_kb())
    state = _session({"screen": "starter"}, {"screen": "other"})
    back = Command("undo", state.current.id, "to-start")
    state = guide.extend(state, [guide.command(state, back, T0 + timedelta(minutes=5))])
    report = build_report(guide.kb, state)
    assert report.steps == [] and [t.screen for t in report.taken_back] == ["starter", "other"]
    for text in (render_markdown(report), render_text(report)):
        lines = [line for line in text.splitlines() if " — " in line]
        assert len(lines) == 2, lines
        assert "(entered on another screen)" not in lines[0]
        said = f"{report.taken_back[1].answer} (entered on another screen); taken back at 09:05:00"
        assert lines[1].endswith(said)  # when, by an undo that does not say where
        assert "“entered on another screen” were given there" in text  # the mark's key


def test_a_late_hold_taken_back_with_its_answer_still_says_where_it_was_timed() -> None:
    """Taken back (back to the first question), the desk's "Done, I let go" read "— Done, I
    let go (entered on another screen) (button held 17 s, timed)": the answer and the hold
    both entered there, while the hold was timed at the camera, after it; the step's row had
    said so (merged-diff review 68, N #3)."""
    guide = Guide(load_kb())
    state = _held_late(guide, {"screen": "starter"})
    back = Command("undo", state.current.id, "to-start")
    state = guide.extend(state, [guide.command(state, back, T0 + timedelta(hours=1))])
    report = build_report(guide.kb, state)
    late = [t for t in report.taken_back if t.held is not None]
    assert [(t.held_late, t.held_screen) for t in late] == [(True, "starter")]
    started = "on the screen that started the session"
    for text in (render_markdown(report), render_text(report)):
        line = next(line for line in text.splitlines() if "button held" in line)
        assert line.endswith(
            f"(entered on another screen) (button held 17 s, timed after this answer, {started})"
            "; taken back at 10:00:00"
        )
    json = report.model_dump(mode="json")["taken_back"]
    assert [(t["held_late"], t["held_screen"]) for t in json if t["held"]] == [(True, "starter")]


def test_a_hold_timed_late_on_a_joined_screen_has_the_key_to_another_screen() -> None:
    """The desk started the session and gave every answer; the phone, joined by short code,
    only timed the hold: its row read "17 s (timed after this answer, on another screen)"
    with no "Another screen" row saying which screen that is (merged-diff review 68, N #8)."""
    guide = Guide(load_kb())
    report = build_report(guide.kb, _held_late(guide, {"screen": "other"}, "starter"))
    for text in (render_markdown(report), render_text(report)):
        assert "(timed after this answer, on another screen" in text
        key = next(line for line in text.splitlines() if "Another screen" in line)
        assert "other than the one this session was started on" in key
        assert key.rstrip().endswith(
            "“entered on another screen” were given there; the holds marked as timed “on "
            "another screen” were timed there"
        )


def test_a_late_hold_on_an_answer_taken_back_and_given_again_is_shown_once() -> None:
    """The desk's "Done, I let go" 5 s into the phone's hold, the phone's 17 s kept with it,
    then the desk's "← Back" and "Done, I let go" again: the one hold was listed with both
    answers, and on the standing one with no word of where it was timed, as if held with the
    desk's answer (merged-diff review 68, N #4)."""
    guide = Guide(load_kb())
    state = _held_late(guide, {"screen": "starter"})
    at = state.events[-1].at
    back = Command("undo", state.current.id)
    state = guide.extend(state, [guide.command(state, back, at + timedelta(seconds=3))])
    again = Command("answer", state.current.id, "done", {"screen": "other"})
    state = guide.extend(state, [guide.command(state, again, at + timedelta(seconds=6))])
    report = build_report(guide.kb, state)
    started = "on the screen that started the session"
    for text in (render_markdown(report), render_text(report)):
        listed = text[text.casefold().index("steps tried") :]  # the summary counts it too
        assert listed.count("17 s") == 1, text
        assert f"17 s (timed {started}, before this answer was given again)" in text
    assert [t.held for t in report.taken_back] == [None]
    assert [(s.held_again, s.held_screen) for s in report.steps if s.held] == [(True, "starter")]


def test_an_answer_taken_back_keeps_the_other_screen_s_answer_not_saved() -> None:
    """A step reading "Answer: … (kept; another screen answered “…”, not saved)" read, once
    taken back, only "— …": the disagreement was gone (merged-diff review 68, N #3). Taken
    back, it is not "kept" (helpdesk review 70, H #9)."""
    from camreset.core.session.overtaken import clash

    guide = Guide(load_kb())
    state = _session({"screen": "starter"})
    step = state.current
    done = Command("answer", step.id, step.answers[0].id, {"screen": "other"})
    state = guide.extend(state, [guide.command(state, done, T0 + timedelta(minutes=3))])
    theirs = next(a for a in step.answers[1:] if a.role == "answer" or a.id == "cant")
    refused = clash(state, Command("answer", step.id, theirs.id), T0, guide.replay)
    assert refused is not None and refused.event is not None
    state = guide.extend(state, [refused.event])
    back = Command("undo", state.current.id, "to-start")
    state = guide.extend(state, [guide.command(state, back, T0 + timedelta(minutes=5))])
    report = build_report(guide.kb, state)
    words = step.answer_label(theirs.id)
    assert [t.overtaken for t in report.taken_back] == [[], [words]]
    for text in (render_markdown(report), render_text(report)):
        line = next(line for line in text.splitlines() if "not saved" in line)
        assert line.endswith(
            f"(entered on another screen) (given first; another screen's “{words}” was not "
            "saved); taken back at 09:05:00"
        )
