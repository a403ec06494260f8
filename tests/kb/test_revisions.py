"""Facts marked `since: N` are seen by sessions started under rules N or later, and by no
older one; facts marked `retired: N` by older ones only: a saved session replays over the
knowledge base as it stood for it."""

from __future__ import annotations

import pytest
from tests.kb.broken_cases import SHIPPED

from camreset.core.kb.loader import load_texts, seen_from
from camreset.core.kb.revisions import as_of
from camreset.core.session.rules import RULES
from camreset.errors import KBError
from camreset.kb_files import load_kb, read_folder

LINE = """\
line:
  id: test
  brand: Test
  name: Test
  app: Test
  support: {url: "https://example.com/", contact: write to us}
models:
  - id: test-new
    since: 70
    name: Test New
    form_factor: indoor
    listed_in: [seed-tplink]
  - id: test-a1
    name: Test A1
    form_factor: indoor
    listed_in: [seed-tplink]
    hold:
      since: 70
      value: {min: 10}
      cites: [{source: seed-tplink, at: "step 1", says: "Hold it ten seconds."}]
      replaces:
        value: {min: MIN}
        cites: [{source: seed-tplink, at: "step 1", says: "Hold it five seconds."}]
"""


def _kb(text: str = LINE, rules: int | None = None):  # type: ignore[no-untyped-def]
    return load_texts({**read_folder(SHIPPED), "lines/test.yaml": text}, rules)


def test_the_newest_view_keeps_every_fact_and_drops_the_marks() -> None:
    data, marks = as_of({"a": [{"since": 3, "b": 1}, {"c": 2}]}, None)
    assert data == {"a": [{"b": 1}, {"c": 2}]}
    assert marks.revisions == {3}


def test_an_older_view_leaves_a_later_fact_out_or_keeps_what_it_replaced() -> None:
    data, marks = as_of(
        {"a": [{"since": 3, "b": 1}, {"c": {"since": 3, "d": 2, "replaces": {"d": 1}}}]}, 2
    )
    assert data == {"a": [{"c": {"d": 1}}]}
    assert marks.original(("a", 0, "c", "d")) == ("a", 1, "c", "replaces", "d")
    assert as_of({"k": {"since": 1, "x": 1}}, 1)[0] == {"k": {"x": 1}}


def test_a_session_started_before_a_fact_does_not_see_it() -> None:
    text = LINE.replace("MIN", "5")
    newest = _kb(text)
    assert "test-new" in newest.models
    assert newest.models["test-a1"].hold.value.min == 10  # type: ignore[union-attr]
    older = seen_from(newest, 69)
    assert "test-new" not in older.models
    assert older.models["test-a1"].hold.value.min == 5  # type: ignore[union-attr]
    assert seen_from(newest, 69) is older  # built once
    assert seen_from(older, 69) is older  # and it is its own view: no view of a view
    assert seen_from(newest, RULES) is newest and seen_from(newest, RULES + 10) is newest


def test_a_broken_earlier_value_names_its_own_line() -> None:
    newest = _kb(LINE.replace("MIN", "soon"))  # the newest view never reads it
    with pytest.raises(KBError) as caught:
        seen_from(newest, 1)
    assert caught.value.problems == [
        "lines/test.yaml:22: models.1.hold.replaces.value.min: "
        "Input should be a valid number (as sessions started before rules 63 see it)"
    ]


def test_every_shipped_view_loads_and_no_fact_waits_for_rules_not_yet_written() -> None:
    kb = load_kb()
    assert all(since <= RULES for since in kb.revisions), "a fact new sessions would not see"
    for since in sorted(kb.revisions):
        seen_from(kb, since - 1)  # raises KBError, with file and line, if a view is broken


def test_a_fact_revised_twice_keeps_each_earlier_value_for_its_own_sessions() -> None:
    """A `since: 70` whose `replaces` is itself a `since: 50` (session-65 review G, F3: the
    inner mark was never read, so sessions from rules 50 to 69 lost the fact)."""
    text = LINE.replace("MIN", "5").replace(
        "        value: {min: 5}\n",
        "        since: 50\n        value: {min: 8}\n        cites: [{source: seed-tplink, at: "
        '"step 1", says: "Hold it eight seconds."}]\n        replaces:\n'
        "          value: {min: 5}\n",
    )
    text = text.replace(
        '        cites: [{source: seed-tplink, at: "step 1", says: "Hold it five seconds."}]\n',
        '          cites: [{source: seed-tplink, at: "step 1", says: "Hold it five seconds."}]\n',
    )
    newest = _kb(text)
    assert {50, 70} <= newest.revisions
    holds = {
        rules: seen_from(newest, rules).models["test-a1"].hold for rules in (0, 49, 50, 69, 70)
    }
    assert {rules: hold.value.min for rules, hold in holds.items()} == {  # type: ignore[union-attr]
        0: 5, 49: 5, 50: 8, 69: 8, 70: 10,
    }  # fmt: skip


def test_a_problem_a_check_finds_in_an_older_view_names_the_line_it_was_written_on() -> None:
    """An unknown source in a `replaces`, after a list entry the view leaves out (review G, F4:
    the line of another model was named)."""
    text = LINE.replace("MIN", "5").replace(
        '        cites: [{source: seed-tplink, at: "step 1", says: "Hold it five seconds."}]',
        '        cites: [{source: no-such-source, at: "step 1", says: "Hold it five seconds."}]',
    )
    newest = _kb(text)
    with pytest.raises(KBError) as caught:
        seen_from(newest, 1)
    assert [p.split(":")[:2] for p in caught.value.problems] == [["lines/test.yaml", "23"]]


def test_a_whole_file_cannot_be_marked() -> None:
    with pytest.raises(KBError) as caught:
        _kb("since: 70\n" + LINE.replace("MIN", "5"))
    assert caught.value.problems == [
        "lines/test.yaml:1: since: a whole file cannot be marked: mark its entries"
    ]


def test_a_retired_fact_is_seen_by_older_sessions_only() -> None:
    """`retired: N` (session 69): a fact new sessions no longer see while older logs replay
    with it, which `since` alone could not say (the Tapo line's "Remove it from the app
    first: yes", one author's habit)."""
    data, marks = as_of(
        {"a": [{"retired": 3, "b": 1}, {"c": {"since": 2, "retired": 4, "d": 2}}]}, None
    )
    assert data == {"a": [{}]}
    assert marks.revisions == {2, 3, 4}
    both = {"a": [{"retired": 3, "b": 1}, {"c": {"since": 2, "retired": 4, "d": 2}}]}
    assert as_of(both, 1)[0] == {"a": [{"b": 1}, {}]}
    assert as_of(both, 2)[0] == {"a": [{"b": 1}, {"c": {"d": 2}}]}
    assert as_of(both, 3)[0] == {"a": [{"c": {"d": 2}}]}
    assert as_of(both, 4)[0] == {"a": [{}]}
    text = LINE.replace("MIN", "5").replace(
        "    since: 70\n    name: Test New", "    retired: 70\n    name: Test New"
    )
    newest = _kb(text)
    assert "test-new" not in newest.models and 70 in newest.revisions
    assert "test-new" in seen_from(newest, 69).models
    assert seen_from(newest, RULES) is newest


@pytest.mark.parametrize(
    ("mark", "problem"),
    [
        (
            "retired: soon",
            "retired must be a whole number: the rules from which sessions no longer see this",
        ),
        (
            "since: 70\n    retired: 70",
            "retired must be later than since (70): no session would see this",
        ),
    ],
)
def test_a_wrong_retired_mark_names_its_file_line_and_field(mark: str, problem: str) -> None:
    text = LINE.replace("MIN", "5").replace(
        "    since: 70\n    name: Test New", f"    {mark}\n    name: Test New"
    )
    with pytest.raises(KBError) as caught:
        _kb(text)
    line = 9 if mark.startswith("retired") else 10
    assert caught.value.problems == [f"lines/test.yaml:{line}: models.0.retired: {problem}"]
