"""An answer another screen's overtook is logged beside the one kept (helpdesk review 60, #3):
a side event that moves no step, read only as a note on the answer kept."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from tests.session.conftest import T0, Driver

from camreset.core.session import Command, Guide
from camreset.core.session.overtaken import clash

HAVE = ("pin", "original_adapter", "app")


def test_an_overtaken_answer_is_noted_on_the_answer_kept_and_changes_no_step(
    make_driver: Any, guide: Guide
) -> None:
    d: Driver = make_driver(model="tapo-c200", have=HAVE)
    d.skip_opening()
    step = d.state.current
    d.send("done")
    kept = d.state
    found = clash(kept, Command("answer", step.id, "cant"), T0, guide.replay)
    assert found is not None and found.event is not None
    assert found.kept_words()["answer"] == "done"
    noted = guide.extend(kept, [found.event])
    assert guide.replay(noted.events).history == noted.history  # a replay reads it the same
    assert noted.current == kept.current and noted.progress == kept.progress
    assert noted.history[-1].overtaken == (step.answer_label("cant"),)
    assert noted.history[:-1] == kept.history[:-1]

    with_note, without = noted, kept  # the session goes on as it would have without it
    for n in range(1, 6):
        at = T0 + timedelta(minutes=5 * n)
        step = without.current
        answer = next(a.id for a in step.answers if a.role == "answer")
        kind = "undo" if n == 5 else "answer"  # undo takes back answers, never the note
        for_both = Command(kind, step.id, None if kind == "undo" else answer)
        with_note = guide.extend(with_note, [guide.command(with_note, for_both, at)])
        without = guide.extend(without, [guide.command(without, for_both, at)])
        assert with_note.current == without.current, n
        assert with_note.progress == without.progress, n


def test_the_same_answer_or_an_older_step_is_no_clash(make_driver: Any, guide: Guide) -> None:
    d: Driver = make_driver(model="tapo-c200", have=HAVE)
    d.skip_opening()
    first = d.state.current.id
    d.send("done")
    same = clash(d.state, Command("answer", first, "done"), T0, guide.replay)
    assert same is not None and same.event is None and same.again  # sent twice: the answer kept
    other = clash(d.state, Command("answer", first, "cant"), T0, guide.replay)
    assert other is not None and other.event is not None and not other.again
    d.state = guide.extend(d.state, [other.event])
    repeated = clash(d.state, Command("answer", first, "cant"), T0, guide.replay)
    assert repeated is not None and repeated.event is None and not repeated.again  # noted once
    d.pick()
    assert clash(d.state, Command("answer", first, "cant"), T0, guide.replay) is None
    assert clash(d.state, Command("undo", first), T0, guide.replay) is None
