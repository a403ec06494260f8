"""`camreset guide MODEL --answers FILE`: exit codes, the saved session, the --json stream.

Golden files hold the exact `--json` stream of two stories; after a deliberate change to the
wording or the engine, regenerate them with
`CAMRESET_REGENERATE_GOLDEN=1 .venv/bin/pytest tests/terminal/test_scripted.py` and review
the diff.
"""

from __future__ import annotations

import json
import os
import re
import shlex
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from camreset.cli.wizard.answers_file import AnswersFileError, parse_answers
from camreset.settings import Settings

from .conftest import BASE, GOLDEN, SCRIPTS, Cli
from .stories import answers, plan

REGENERATE = "CAMRESET_REGENERATE_GOLDEN"
STORIES = [
    ("tapo-c200-success", "tapo-c200", 0, "done"),
    ("amcrest-bullet-escalation", "amcrest-ip4m-1046ew", 3, "escalated"),
]


WAITED = re.compile(r"waited \d+ s of")
"""A script answers a wait page at once, but how many seconds that took depends on the
machine (a loaded CI runner can take a second): the only wall-clock number in the stream."""


def normalised(records: list[dict[str, Any]]) -> str:
    """The stream with the random session id and the seconds a script took replaced, one
    record per line."""
    out = []
    for record in records:
        if record["type"] == "result":
            record = {**record, "session_id": "SESSION", "link": f"{BASE}/s/SESSION"}
        line = json.dumps(record, ensure_ascii=False, sort_keys=True)
        out.append(WAITED.sub("waited N s of", line))
    return "\n".join(out) + "\n"


@pytest.mark.parametrize(("story", "model", "code", "status"), STORIES)
def test_golden_step_stream(cli: Cli, story: str, model: str, code: int, status: str) -> None:
    exit_code, records = cli.json_lines("guide", model, "--answers", str(SCRIPTS / f"{story}.yaml"))
    assert exit_code == code
    assert records[-1]["status"] == status
    golden = GOLDEN / f"{story}.jsonl"
    if os.environ.get(REGENERATE):
        golden.write_text(normalised(records), encoding="utf-8")
    assert normalised(records) == golden.read_text(encoding="utf-8")


def test_the_stream_is_one_step_per_line_then_a_result(cli: Cli) -> None:
    _code, records = cli.json_lines(
        "guide", "tapo-c200", "--answers", str(SCRIPTS / "tapo-c200-success.yaml")
    )
    steps = records[:-1]
    assert [r["type"] for r in records] == ["step"] * len(steps) + ["result"]
    assert [r["number"] for r in steps] == list(range(1, len(steps) + 1))
    timers = [r["step"]["timer"] for r in steps if r["step"]["timer"]]
    assert timers and all(t["min"] <= t["recommended"] <= t["max"] for t in timers)
    for record in steps[:-1]:
        offered = {a["id"] for a in record["step"]["answers"]}
        assert "stop" in offered
        if record["step"]["ref"]["kind"] in ("action", "question"):
            assert offered >= {"not_sure", "cant"}
    assert steps[-1]["step"]["kind"] == "outcome"
    assert records[-1]["link"] == f"{BASE}/s/{records[-1]['session_id']}"


def test_sessions_says_when_older_ones_are_not_listed(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`sessions` showed 20 of 29 without a word about the rest (a CLI reviewer)."""
    monkeypatch.delenv("COLUMNS", raising=False)  # a pipe, not a terminal of some width
    for _ in range(2):
        cli("guide", "tapo-c200", "--answers", str(SCRIPTS / "tapo-c200-success.yaml"))
    one = cli("sessions", "--limit", "1")
    assert one.stdout.count("Tapo C200") == 1
    # piped: a session is one line, and no line ends in spaces (terminal review 59)
    rows = one.stdout.splitlines()
    assert len(rows) == 2 and "Tapo C200" in rows[1] and "finished" in rows[1]
    assert not any(row.endswith(" ") for row in rows)
    assert "… and older ones: --limit 5 lists more." in one.stderr
    # after the list, where a terminal still shows it (installer review 62, #8)
    assert one.output.rstrip().endswith("… and older ones: --limit 5 lists more.")
    assert "older ones" not in cli("sessions", "--limit", "2").stderr
    listed = cli("sessions", "--limit", "1", "--json")
    assert len(json.loads(listed.stdout)) == 1 and "older ones" in listed.stderr


def test_a_reset_run_saves_a_finished_session_with_feedback(cli: Cli) -> None:
    result = cli("guide", "Tapo C-200", "--answers", str(SCRIPTS / "tapo-c200-success.yaml"))
    assert result.exit_code == 0, result.output
    assert "The camera is reset and added again." in result.stdout
    listed = json.loads(cli("sessions", "--json").stdout)
    assert [(s["model"], s["state"], s["outcome"]) for s in listed] == [
        ("tapo-c200", "finished", "done")
    ]
    report = cli("report", listed[0]["id"], "--format", "json")
    assert json.loads(report.stdout)["feedback"]["fixed"] == "yes"
    # the JSON result says it too: its message was "" (terminal review 56)
    story = str(SCRIPTS / "tapo-c200-success.yaml")
    _code, records = cli.json_lines("guide", "Tapo C-200", "--answers", story)
    assert records[-1]["message"] == "The camera is reset and added again."


def write(path: Path, items: list[str]) -> str:
    path.write_text(json.dumps(items), encoding="utf-8")
    return str(path)


def test_answers_running_out_leave_a_resumable_session(cli: Cli, tmp_path: Path) -> None:
    have = "pin,original_adapter,other_outlet"
    story = answers(plan("tapo-c200", have, reset=True))
    code, records = cli.json_lines(
        "guide", "tapo-c200", "--have", have, "--answers", write(tmp_path / "a.json", story[:2])
    )
    assert code == 4
    assert records[-1]["status"] == "unfinished"
    session_id = records[-1]["session_id"]
    rest = write(tmp_path / "b.json", [*story[2:], "yes"])
    code, resumed = cli.json_lines("guide", "--resume", session_id, "--answers", rest)
    assert code == 0
    assert resumed[0]["step"] == records[-2]["step"]  # the same step, not a new session
    assert resumed[-1]["session_id"] == session_id


def test_undo_and_skip(cli: Cli, tmp_path: Path) -> None:
    items = ["skip", "not_sure", "undo", "skip"]  # skip on the opening skips its questions
    script = write(tmp_path / "a", items)
    code, records = cli.json_lines("guide", "tapo-c200", "--have", "pin,app", "--answers", script)
    assert code == 4
    ids = [r["step"]["id"] for r in records[:-1]]
    assert ids[0] == "1.i.reason"
    assert ids[3].split(".", 1)[1] == ids[1].split(".", 1)[1]  # the same step again after undo
    assert ids[3].startswith("4.")


@pytest.mark.parametrize(
    ("args", "text", "message"),
    [
        (["nosuchcam"], "[done]", "unknown camera model 'nosuchcam'"),
        (["tapo-c200", "--have", "pin,unicorn"], "[done]", "unknown item(s) at hand: unicorn"),
        (["tapo-c200"], "{not: a list}", "expected a list of answers"),
        (["tapo-c200"], "[reacted, [1]]", "item 2 is not an answer id"),
        (["tapo-c200"], "- [", "not YAML or JSON"),
        (
            ["--line", "tapo", "--form-factor", "blimp"],
            "[done]",
            "'--form-factor': unknown shape 'blimp'",
        ),
        (
            ["tapo-c200", "--power", "dc"],
            "[done]",
            "unknown power 'dc'",
        ),
        (["--line", "hikvisionn"], "[done]", "unknown --line 'hikvisionn'; lines: amcrest, "),
        (["--form-factor", "dome"], "[done]", "--form-factor goes with --line"),
        (["tapo-c200", "--line", "amcrest"], "[done]", "give a MODEL or --line, not both"),
    ],
)
def test_bad_input_exits_2_with_one_line(
    cli: Cli, tmp_path: Path, args: list[str], text: str, message: str
) -> None:
    script = tmp_path / "answers.yaml"
    script.write_text(text, encoding="utf-8")
    result = cli("guide", *args, "--answers", str(script))
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_a_shape_the_brand_is_not_listed_with_is_said_before_the_steps(
    cli: Cli, tmp_path: Path
) -> None:
    """A Ring "dome": Ring's defaults for a shape camreset lists no Ring camera of are said
    to be so on stderr (stdout stays JSON lines), and the session still runs."""
    script = write(tmp_path / "a", ["stop"])
    result = cli("guide", "--line", "ring", "--form-factor", "dome", "--answers", script, "--json")
    assert result.exit_code == 3  # stopped: the session began
    said = " ".join(result.stderr.split())
    assert said.startswith("camreset lists no Ring camera of this shape (dome); the Ring cameras")
    assert all(json.loads(line) for line in result.stdout.splitlines())
    doorbell = cli("guide", "--line", "ring", "--form-factor", "doorbell", "--answers", script)
    assert "lists no" not in doorbell.stderr


@pytest.mark.parametrize("shape", ["pan_tilt", "pan-tilt", "Pan tilt"])
def test_a_shape_is_taken_as_the_model_lists_write_it(cli: Cli, tmp_path: Path, shape: str) -> None:
    """`camreset models` prints "pan-tilt"; `--form-factor pan-tilt` was refused."""
    script = write(tmp_path / "a", ["stop"])
    code, records = cli.json_lines(
        "guide", "--line", "other", "--form-factor", shape, "--answers", script
    )
    assert code == 3  # stopped: the session began
    report = cli("report", records[-1]["session_id"], "--format", "json")
    assert json.loads(report.stdout)["form_factor"] == "pan_tilt"


def test_an_answer_that_does_not_fit_names_the_step(cli: Cli, tmp_path: Path) -> None:
    items = ["skip-questions", "bogus"]
    path = write(tmp_path / "a", items)
    code, records = cli.json_lines("guide", "tapo-c200", "--answers", path)
    assert code == 2
    assert records[-1]["status"] == "error"
    step = records[-2]["step"]
    offered = ", ".join(a["id"] for a in step["answers"])
    column = Path(path).read_text().index('"bogus"') + 1
    assert records[-1]["message"] == (
        f"{path}:1:{column}: item 2 of the file ('bogus') does not fit "
        f"Step {records[-2]['number']}, “{step['title']}” "
        f"({step['id']}); it takes {offered}, skip, undo"
    )


@pytest.mark.parametrize("as_json", [True, False])
def test_a_first_answer_that_fits_nothing_leaves_no_session(
    cli: Cli, tmp_path: Path, as_json: bool
) -> None:
    """A file that fits nothing from its first answer left an empty session for every run
    (terminal review 59, #17); one that fails later keeps what it answered, to resume."""
    first = write(tmp_path / "first", ["banana"])
    if as_json:
        code, records = cli.json_lines("guide", "tapo-c200", "--answers", first)
        assert code == 2
        assert [r["type"] for r in records] == ["step", "result"]  # the step it did not fit
        assert records[-1]["session_id"] is None and records[-1]["link"] is None
    else:
        run = cli("guide", "tapo-c200", "--answers", first)
        assert run.exit_code == 2
        assert "item 1 of the file ('banana') does not fit Step 1" in run.stderr
        assert "Nothing was saved: no session was started." in run.stderr
    assert "No sessions yet" in cli("sessions").stdout
    undo = write(tmp_path / "undo", ["undo"])  # nothing to take back yet (diff review 60)
    assert cli("guide", "tapo-c200", "--answers", undo).exit_code == 2
    assert "No sessions yet" in cli("sessions").stdout
    second = write(tmp_path / "second", ["wont-reset", "banana"])
    code, records = cli.json_lines("guide", "tapo-c200", "--answers", second)
    assert code == 2
    kept = records[-1]["session_id"]
    assert kept in cli("sessions").stdout


def test_a_number_in_the_file_is_said_to_be_an_item_and_told_to_be_an_id(
    cli: Cli, tmp_path: Path
) -> None:
    """Terminal review 71, I #13: "answer 1 ('1') does not fit Step 1" read as the step's first
    answer beside the "1" typed, and nothing said why a number the prompt takes fits nothing."""
    path = write(tmp_path / "a", ["1"])
    run = cli("guide", "tapo-c200", "--answers", path)
    assert run.exit_code == 2
    assert "item 1 of the file ('1') does not fit Step 1" in run.stderr
    assert run.stderr.rstrip().endswith(
        "an answer's number changes from step to step: write its id. "
        "Nothing was saved: no session was started."
    )


def test_a_mistake_is_told_at_its_line_in_the_file(cli: Cli, tmp_path: Path) -> None:
    """A reviewer's script of thirty commented lines said only "answer 14": a person fixes
    the file, so the error gives its line and column, as a broken knowledge-base file does."""
    path = tmp_path / "script.yaml"
    path.write_text(
        "# Tapo C200, typed by hand\n- skip-questions   # the opening\n\n# the app step\n- maybe\n",
        encoding="utf-8",
    )
    code, records = cli.json_lines("guide", "tapo-c200", "--answers", str(path))
    assert code == 2
    assert records[-1]["message"].startswith(
        f"{path}:5:3: item 2 of the file ('maybe') does not fit"
    )


def test_an_error_after_undos_names_the_step_as_printed(cli: Cli, tmp_path: Path) -> None:
    """After two undos the run printed "Step 1: What brings you here?" and the error named
    "3.i.reason" and said "nothing to undo yet" (terminal review 26, L11)."""
    items = ["wont-reset", "undo", "undo"]
    path = write(tmp_path / "a", items)
    code, records = cli.json_lines("guide", "blink-outdoor-4", "--answers", path)
    assert code == 2
    shown = records[-2]
    assert shown["number"] == 1
    assert records[-1]["message"] == (
        f"{path}:1:24: item 3 of the file ('undo') at "
        f"Step 1, “{shown['step']['title']}” ({shown['step']['id']}): "
        "there is no answer to undo"
    )


def test_an_answer_after_the_end_names_the_end_as_printed(cli: Cli, tmp_path: Path) -> None:
    """The end is printed as the result, with no step number: "the session finished at Step
    16" named a step the transcript never showed (terminal review 56)."""
    items = list(parse_answers((SCRIPTS / "tapo-c200-success.yaml").read_bytes(), "story"))
    path = write(tmp_path / "a", [*items, "extra"])
    code, records = cli.json_lines("guide", "tapo-c200", "--answers", path)
    assert code == 2
    message = records[-1]["message"]
    said = f"item {len(items) + 1} of the file ('extra') comes after the end: the session "
    assert f"{said}finished with " in message
    assert "“Your camera is back” and its feedback is recorded" in message
    assert "Step" not in message
    # an answer the end does not take names it the same way (diff review 57)
    path = write(tmp_path / "b", [*items[:-1], "maybe"])
    code, records = cli.json_lines("guide", "tapo-c200", "--answers", path)
    assert code == 2
    assert (
        f"item {len(items)} of the file ('maybe') does not fit the end, “Your camera is back”;"
        in (records[-1]["message"])
    )


def test_unreadable_file_and_unknown_session(cli: Cli, tmp_path: Path) -> None:
    result = cli("guide", "tapo-c200", "--answers", str(tmp_path / "missing.yaml"))
    assert result.exit_code == 2
    assert "missing.yaml: cannot read" in result.stderr
    result = cli(
        "guide", "--resume", "x" * 32, "--answers", str(SCRIPTS / "tapo-c200-success.yaml")
    )
    assert result.exit_code == 2
    assert "no session has id" in result.stderr
    result = cli("guide", "--resume", "x" * 32)  # no terminal either: the id is named first
    assert (result.exit_code, "no session has id" in result.stderr) == (2, True)
    result = cli("report", "y" * 32)
    assert result.exit_code == 2


def test_yaml_answers_stay_strings() -> None:
    assert parse_answers("[yes, no, off, on, 12]", "f") == ["yes", "no", "off", "on", "12"]
    assert parse_answers('["done", "skip"]', "f.json") == ["done", "skip"]
    with pytest.raises(AnswersFileError, match="f:1:3: item 1"):
        parse_answers("- {a: b}", "f")


def test_json_needs_answers_and_a_bad_database_url_is_one_line(cli: Cli) -> None:
    result = cli("guide", "tapo-c200", "--json")
    assert result.exit_code == 2
    assert "--json prints a scripted run" in result.stderr
    bad = Cli("nonsense://")
    result = bad("sessions")
    assert result.exit_code == 2  # a setting to put right, not a database that is down
    assert result.stderr == (
        "camreset sessions: --database-url: camreset cannot use 'nonsense' databases; use "
        "sqlite:///PATH or postgresql+psycopg://USER:PASSWORD@HOST[:PORT]/NAME\n"
    )


def test_settings_registry_drives_the_database_flag(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CAMRESET_DATABASE_URL", cli.db_url)
    assert Settings().database_url == cli.db_url
    result = cli.runner.invoke(cli.app, ["sessions"])
    assert result.exit_code == 0
    assert "No sessions yet" in result.stdout


def test_a_model_taken_as_the_closest_is_said_on_stderr_and_the_stream_stays_json(
    cli: Cli, tmp_path: Path
) -> None:
    result = cli("guide", "c2000", "--answers", write(tmp_path / "a", ["wont-reset"]), "--json")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records[0]["type"] == "step" and records[-1]["type"] == "result"
    assert records[0]["step"]["notice"].startswith("No camera is called “c2000”")  # in the stream
    assert result.stderr == (  # one line into a pipe: not folded, no trailing space
        "No camera is called “c2000”: taken as the closest, Tapo C200. If yours is another, "
        "type the model number on its label.\n"
    )


def test_the_documented_answers_file_is_the_one_the_tests_run() -> None:
    """docs/terminal.md shows a story file in full: it must stay the one that works."""
    doc = (Path(__file__).parents[2] / "docs" / "terminal.md").read_text(encoding="utf-8")
    story = (SCRIPTS / "tapo-c200-success.yaml").read_text(encoding="utf-8")
    assert f"# tests/terminal/scripts/tapo-c200-success.yaml\n{story}```" in doc


def test_the_resume_command_is_one_line_to_copy_even_on_a_narrow_terminal(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "40")
    result = cli("guide", "tapo-c200", "--answers", write(tmp_path / "a", ["wont-reset"]))
    assert result.exit_code == 4
    (line,) = [x for x in result.stdout.splitlines() if x.startswith("Continue:")]
    assert re.fullmatch(
        r"Continue: camreset guide --resume [A-Za-z0-9_-]{20,} --database-url \S+", line
    )


def test_the_commands_printed_to_go_on_reach_the_database_given_on_the_command_line(
    cli: Cli, tmp_path: Path
) -> None:
    """A technician ran the guide with `--database-url`; the printed "Continue:" and "Report:"
    lines looked in the default database: "no session has id …" (a terminal reviewer)."""
    url = f"sqlite:///{tmp_path / 'other.db'}"

    def run(*args: str) -> Any:  # the fixture's own --database-url left out
        return cli.runner.invoke(cli.app, [*args, "--base-url", BASE])

    answers = write(tmp_path / "a", ["wont-reset"])
    result = run("guide", "tapo-c200", "--database-url", url, "--answers", answers)
    assert result.exit_code == 4
    printed = {
        name: shlex.split(rest)
        for name, _, rest in (x.partition(":") for x in result.stdout.splitlines())
        if name in ("Continue", "Report")
    }
    for name, more in (
        ("Continue", ["--answers", write(tmp_path / "b", ["stop"])]),
        ("Report", []),
    ):
        words = printed[name]
        assert words[0] == "camreset" and words[-2:] == ["--database-url", url]
        again = run(*words[1:], *more)
        assert again.exit_code in (0, 3), again.output
        assert "no session has id" not in again.output


def test_a_line_is_taken_in_any_case_and_an_empty_model_is_refused(
    cli: Cli, tmp_path: Path
) -> None:
    """`--line Tapo` and `--line Other` were refused ("unknown camera model 'Other'"), though
    `show --line Tapo` and the brand prompt take any case; `guide ''` (a script's unset
    "$MODEL") opened the interactive brand picker instead of saying what is wrong."""
    answers = write(tmp_path / "a.json", ["skip-questions", "stop"])
    for line, second in (("Tapo", "Get the Tapo app on a phone"), ("Other", "How is the")):
        result = cli("guide", "--line", line, "--answers", answers)
        assert result.exit_code == 3, result.output
        assert second in result.stdout.splitlines()[2]
    empty = cli("guide", "", "--answers", answers)
    assert empty.exit_code == 2
    assert "MODEL is empty" in empty.stderr and len(empty.stderr.splitlines()) == 1


def test_the_report_formats_take_their_names_in_full_too(cli: Cli) -> None:
    """`--format markdown` was refused: only `md` (helpdesk review 57)."""
    cli("guide", "tapo-c200", "--answers", str(SCRIPTS / "tapo-c200-success.yaml"))
    session = json.loads(cli("sessions", "--json").stdout)[0]["id"]
    for short_name, full in (("md", "markdown"), ("txt", "text")):
        named = cli("report", session, "--format", full)
        assert named.exit_code == 0
        assert named.stdout == cli("report", session, "--format", short_name).stdout
    assert cli("report", session, "--format", "text").stdout != cli("report", session).stdout


def test_still_not_right_after_a_reset_hands_over_to_support(cli: Cli, tmp_path: Path) -> None:
    """ "No, still not right" at the end exited 0, and the report said "Done" beside "Did it
    work: no" (terminal review 3)."""
    story = (SCRIPTS / "tapo-c200-success.yaml").read_text(encoding="utf-8").splitlines()
    story[-1] = '- "no"           # Did this fix it? (feedback)'
    answers = tmp_path / "no.yaml"
    answers.write_text("\n".join(story) + "\n", encoding="utf-8")
    result = cli("guide", "tapo-c200", "--answers", str(answers))
    assert result.exit_code == 3, result.output
    listed = json.loads(cli("sessions", "--json").stdout)[0]
    session = listed["id"]
    text = cli("report", session, "--format", "txt").stdout
    assert "Done: the camera is reset and added again; but the person says it is still not" in (
        " ".join(text.split())
    )
    # the list said "finished: reset and added again" (terminal review 56)
    assert (listed["outcome"], listed["fixed"]) == ("done", "no")
    shown = " ".join(cli("sessions").stdout.split())
    assert "finished: reset and added again, but still not right: support is next" in shown


def test_a_brand_name_alone_starts_that_brands_steps(cli: Cli, tmp_path: Path) -> None:
    """`camreset show hikvision` shows the brand's card, but `guide hikvision` was refused as
    an "unknown camera model" (a helpdesk reviewer): it now starts as `--line hikvision`."""
    script = tmp_path / "answers.yaml"
    script.write_text("[skip-questions]", encoding="utf-8")
    by_name = cli.json_lines("guide", "Hikvision", "--answers", str(script))
    by_line = cli.json_lines("guide", "--line", "hikvision", "--answers", str(script))
    assert by_name[0] == by_line[0]
    assert [r["step"]["title"] for r in by_name[1][:-1]] == [
        r["step"]["title"] for r in by_line[1][:-1]
    ]
    assert by_name[1][0]["step"]["title"] == "What brings you here?"


def test_sessions_says_how_each_ended_in_words(cli: Cli) -> None:
    """The list said "finished done" and "finished not_needed": the outcome's id, not what
    happened (terminal review 39)."""
    cli("guide", "Tapo C-200", "--answers", str(SCRIPTS / "tapo-c200-success.yaml"))
    listed = cli("sessions").stdout
    assert "finished: reset and added again" in " ".join(listed.split())
    assert "done" not in listed


def test_sessions_without_a_model_are_listed_by_brand_and_shape(cli: Cli, tmp_path: Path) -> None:
    """`camreset sessions` listed sessions started without a model as "(model unknown)", one
    like the other (a helpdesk reviewer): they carry their brand and shape."""
    script = tmp_path / "answers.yaml"
    script.write_text("[skip-questions]", encoding="utf-8")
    cli("guide", "--line", "kasa", "--form-factor", "indoor", "--answers", str(script))
    cli("guide", "--line", "lorex", "--answers", str(script))
    listed = cli("sessions").stdout
    assert "TP-Link Kasa camera (indoor)" in listed
    assert "Lorex camera (model unknown)" in listed


def test_a_support_page_worth_one_more_try_says_how_to_go_on(cli: Cli, tmp_path: Path) -> None:
    """The page said "Worth one more try before TP-Link support" (a dead outlet, no other
    one at hand), but the scripted run ended "Not solved at home: take the report to
    support" with no way to continue (an earlier terminal review)."""
    # offline in its app (a reset there done would say it is fed), its light off
    story = [
        "wont-reset", "not_sure", "not_sure", "not_sure", "cant", "offline", "off", "not_sure",
        "cant", "no-spare_adapter", "cant", "done", "done", "done", "done", "no", "cant", "no",
        "off",
    ]  # fmt: skip
    have = "pin,original_adapter,app"
    result = cli(
        "guide", "tapo-c200", "--have", have, "--answers", write(tmp_path / "a.json", story)
    )
    assert result.exit_code == 3, result.output
    said = " ".join(result.stdout.split())
    assert "Result: Worth one more try before TP-Link support" in said
    assert "Not solved at home" not in said
    # the item by name: a run from a file shows step titles only (user review 52)
    assert "worth one more try before support: once you have another power outlet, continue" in said
    session = json.loads(cli("sessions", "--json").stdout)[0]["id"]
    assert f"Continue: camreset guide --resume {session}" in said
    report = " ".join(cli("report", session, "--format", "txt").stdout.split())
    assert (
        "Not solved yet: worth one more try at home before support, once another power "
        "outlet is at hand" in report
    )
    assert json.loads(cli("report", session, "--format", "json").stdout)["one_more_try"] is True


def test_sessions_says_one_more_try_at_home_as_its_page_and_report_do(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page said "Worth one more try before TP-Link support" and the report "worth one
    more try at home before support", while `sessions` listed "finished: needs support": an
    agent would think it the vendor's turn. Its model column mixed ids ("tapo-c200") and
    names ("Amcrest camera (bullet)"), and `--json` gave the latter `"model": null` and no
    line (helpdesk review 60, #10)."""
    monkeypatch.setenv("COLUMNS", "160")
    # offline in its app (a reset there done would say it is fed), its light off
    story = [
        "wont-reset", "not_sure", "not_sure", "not_sure", "cant", "offline", "off", "not_sure",
        "cant", "no-spare_adapter", "cant", "done", "done", "done", "done", "no", "cant", "no",
        "off",
    ]  # fmt: skip
    have = ["--have", "pin,original_adapter,app"]
    tapo = cli("guide", "tapo-c200", *have, "--answers", write(tmp_path / "a.json", story))
    assert "Result: Worth one more try before TP-Link support" in tapo.stdout
    generic = write(tmp_path / "b.json", ["wont-reset"])
    cli("guide", "--line", "amcrest", "--form-factor", "bullet", "--answers", generic)
    table = cli("sessions").stdout
    row = next(line for line in table.splitlines() if "Tapo C200" in line)
    assert "finished: worth one more try at home" in row and "needs support" not in table
    assert "once another power outlet is at hand" in row
    assert "tapo-c200" not in table and "Amcrest camera (bullet)" in table
    listed = json.loads(cli("sessions", "--json").stdout)
    amcrest, ended = listed
    assert ended["outcome"] == "escalated"  # the API's value, unchanged
    assert ended["state_words"] == "finished: worth one more try at home before support"
    assert ended["try_first"] == "once another power outlet is at hand"
    named = [(s["model"], s["model_name"], s["line"]) for s in (ended, amcrest)]
    unlisted = (None, "Amcrest camera (bullet)", "amcrest")  # its name, not only null
    assert named == [("tapo-c200", "Tapo C200", "tapo"), unlisted]
    assert amcrest["state_words"] == "in progress" and amcrest["try_first"] is None
    fixed = write(tmp_path / "c.json", ["yes"])  # once support has helped: fixed
    cli("guide", "--resume", ended["id"], "--answers", fixed)
    after = next(s for s in json.loads(cli("sessions", "--json").stdout) if s["id"] == ended["id"])
    assert after["state_words"] == "finished: fixed with support's help"
    assert after["try_first"] is None


def test_a_hand_over_said_fixed_by_support_reads_as_fixed_everywhere(
    cli: Cli, tmp_path: Path
) -> None:
    """ "Yes, it is fixed" after support left the report saying "needs support" beside
    "Fixed by support: yes", the list "finished: needs support" and the exit code 3
    (technician review 51)."""
    story = (SCRIPTS / "amcrest-bullet-escalation.yaml").read_text(encoding="utf-8").splitlines()
    assert story[-1].startswith("- not_sure")  # the escalation's feedback
    story[-1] = '- "yes"          # Once support has helped: fixed? (feedback)'
    answers = tmp_path / "fixed.yaml"
    answers.write_text("\n".join(story) + "\n", encoding="utf-8")
    result = cli("guide", "amcrest-ip4m-1046ew", "--answers", str(answers))
    assert result.exit_code == 0, result.output
    assert "fixed since with support's help, you said" in result.stdout
    assert "take the report to support" not in result.stdout
    listed = cli("sessions")
    assert "finished: fixed with support's help" in " ".join(listed.stdout.split())
    session = json.loads(cli("sessions", "--json").stdout)[0]["id"]
    text = " ".join(cli("report", session, "--format", "txt").stdout.split())
    assert "Not solved at home; fixed since with support's help, as the person said" in text
    assert "needs support" not in text and "Fixed by support: yes" in text


def test_a_buyer_who_added_it_through_their_own_hub_is_not_listed_as_fixed_by_support(
    cli: Cli, tmp_path: Path
) -> None:
    """ "I have no Arlo SmartHub yet", then "Yes" once added through their own hub: the list
    said "fixed with support's help" and the run "fixed since with support's help, you said"
    (merged-diff review 66, I #3)."""
    said = ["second-hand", "no", "no-hub", "done", "done", "done", "done", "yes", "cant", "cant"]
    answers = write(tmp_path / "hub.json", [*said, "no-hub-yet", "yes"])
    result = cli("guide", "arlo-pro-3", "--have", "pin,app", "--answers", answers)
    assert "support's help" not in result.stdout, result.output
    listed = " ".join(cli("sessions").stdout.split())
    assert "stopped to get a hub of their own; added through it since" in listed
    assert "support's help" not in listed


def test_guide_help_gives_the_exit_codes_scripts_branch_on(cli: Cli) -> None:
    """Scripts that replay answers branch on the exit code; only docs/terminal.md said them
    (technician review 51)."""
    said = " ".join(cli("guide", "--help").stdout.split())
    assert "Exit: 0 done, 1 database down, 2 bad input, 3 support next, 4 unfinished, 130" in said


def test_a_session_is_resumed_and_reported_by_its_short_code(cli: Cli, tmp_path: Path) -> None:
    """A customer reads out the short code their web page shows; the agent at a terminal was
    told "no session has id '73S9-NRNK'" (technician review 51)."""
    from camreset.app import SessionService
    from camreset.kb_files import load_kb
    from camreset.store.session_store import SessionStore

    cli("guide", "tapo-c200", "--answers", write(tmp_path / "a.json", ["wont-reset"]))
    session = json.loads(cli("sessions", "--json").stdout)[0]["id"]
    service = SessionService(SessionStore.from_url(cli.db_url), load_kb())
    code = service.share_code(session)
    service.close()
    assert code is not None
    report = cli("report", code.shown.lower(), "--format", "json")
    assert report.exit_code == 0, report.output
    assert json.loads(report.stdout)["model_id"] == "tapo-c200"
    more = write(tmp_path / "b.json", ["until-change"])
    resumed = cli("guide", "--resume", code.code, "--answers", more)
    assert resumed.exit_code == 4, resumed.output  # answers ran out again: still resumable
    gone = cli("report", "ZZZZ-ZZZZ")  # neither an id nor a live code: said in those words
    assert gone.exit_code == 2
    assert "and no live short code is 'ZZZZ-ZZZZ' (a code works for 2 hours" in gone.stderr


def test_the_sessions_table_never_cuts_a_model_short(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "hikvision-ds-2cd2143…" was cut short while the other columns wrapped: the model is
    how an agent tells a customer's session apart (technician review 51)."""
    monkeypatch.setenv("COLUMNS", "95")
    story = write(tmp_path / "a.json", ["wont-reset", "until-change", "reacted"])
    cli("guide", "hikvision-ds-2cd2143g2-i", "--answers", story)  # waiting at a long title
    listed = cli("sessions").stdout
    assert "Hikvision DS-2CD2143G2-I (AcuSense 4 MP dome) " in listed and "…" not in listed
    monkeypatch.setenv("COLUMNS", "120")  # a table: a long name wraps, never cut short
    listed = cli("sessions").stdout
    assert "Hikvision DS-2CD2143G2-I" in listed and "…" not in listed
    assert "dome)" in listed and "restart after you let go?" in listed


def test_an_answers_file_takes_an_answer_by_its_words_as_the_prompt_does(
    cli: Cli, tmp_path: Path
) -> None:
    """Terminal review 56: "Is there a computer on the same network?" shows Yes and No, takes
    "yes" typed at the prompt, but refused "no" in a file (its ids are have and cant)."""
    story = (SCRIPTS / "amcrest-bullet-escalation.yaml").read_text(encoding="utf-8")
    asked = "- cant           # Is there a computer on the same network?"
    assert asked in story
    answers = tmp_path / "words.yaml"
    answers.write_text(story.replace(asked, '- "no"'), encoding="utf-8")
    by_words = cli("guide", "amcrest-ip4m-1046ew", "--answers", str(answers))
    assert by_words.exit_code == 3, by_words.output
    said = " ".join(by_words.stdout.split())
    assert "Is there a computer on the same network? → No" in said


def test_an_undo_in_an_answers_file_shows_in_the_transcript(cli: Cli, tmp_path: Path) -> None:
    """Terminal review 56: after `undo`, the step it left looked unanswered, and the step
    before it looked asked twice."""
    answers = tmp_path / "undo.yaml"
    answers.write_text("[wont-reset, undo, stop]\n", encoding="utf-8")
    result = cli("guide", "tapo-c200", "--answers", str(answers))
    lines = [line.strip() for line in result.stdout.splitlines()]
    at = lines.index("→ undo: back to the step before")
    assert lines[at - 1].startswith("Step 2:") and lines[at + 1].startswith("Step 1:")


def test_share_gives_the_code_to_read_out_that_opens_the_session(cli: Cli) -> None:
    """A helpdesk agent in a terminal could not make a short code for the customer's phone:
    only the 32-character id was shown (helpdesk review 57, M4)."""
    cli("guide", "tapo-c200", "--answers", str(SCRIPTS / "tapo-c200-success.yaml"))
    session = json.loads(cli("sessions", "--json").stdout)[0]["id"]
    shared = cli("share", session)
    assert shared.exit_code == 0, shared.output
    code = re.search(r"^Short code: ([A-Z0-9]{4}-[A-Z0-9]{4})$", shared.stdout, re.M)
    assert code is not None, shared.stdout
    said = " ".join(shared.stdout.split())
    assert re.search(r"Read it out as: \w[\w -]+, [\w -]+\.", said)
    assert f"on {BASE} (“Find my camera”); it works for 120 more minutes." in said
    assert cli("share", session).stdout == shared.stdout  # the same code while it lives
    by_code = cli("report", code[1], "--format", "json")
    assert json.loads(by_code.stdout)["model_id"] == "tapo-c200"
    missing = cli("share", "no-such-session")
    assert missing.exit_code == 2 and "no session" in missing.stderr
    assert "opens only on this computer" not in said  # BASE names another host
    local = ["share", session, "--database-url", cli.db_url, "--base-url", "http://127.0.0.1:8000"]
    here = cli.runner.invoke(cli.app, local)
    assert "http://127.0.0.1:8000 opens only on this computer: for a customer's phone" in " ".join(
        here.stdout.split()
    )  # helpdesk review 60, #9


def test_share_json_gives_a_script_the_code_its_expiry_and_where_it_is_typed(cli: Cli) -> None:
    """docs/terminal.md promised JSON for `share`, the one output a helpdesk script captures,
    but `share ID --json` was "No such option" (terminal review 71, I #3): the API's fields,
    the expiry in UTC, the session and the address the person types it at."""
    cli("guide", "tapo-c200", "--answers", str(SCRIPTS / "tapo-c200-success.yaml"))
    session = json.loads(cli("sessions", "--json").stdout)[0]["id"]
    said = cli("share", session).stdout
    shared = cli("share", session, "--json")
    assert shared.exit_code == 0, shared.output
    data = json.loads(shared.stdout)
    assert f"Short code: {data['code']}" in said and f"Read it out as: {data['spoken']}." in said
    assert data["session_id"] == session and data["minutes_left"] == 120
    assert data["type_it_at"] == BASE and data["this_computer_only"] is False
    expires = datetime.fromisoformat(data["expires_at"])
    assert data["expires_at"].endswith("Z") and expires.utcoffset() == timedelta(0)
    assert timedelta(minutes=119) < expires - datetime.now(UTC) <= timedelta(minutes=120)


def test_sessions_shows_the_time_it_is_sorted_by(cli: Cli, tmp_path: Path) -> None:
    """The list showed when each session started but was sorted by its last answer, so an
    agent could not tell which row was the caller's (helpdesk review 57, L6)."""
    one = tmp_path / "one.json"
    one.write_text(json.dumps(["wont-reset"]), encoding="utf-8")
    cli("guide", "tapo-c200", "--answers", str(one))
    cli("guide", "tapo-c210", "--answers", str(one))
    older = json.loads(cli("sessions", "--json").stdout)[1]
    assert older["model"] == "tapo-c200"
    more = tmp_path / "more.json"
    more.write_text(json.dumps(["few-seconds"]), encoding="utf-8")
    cli("guide", "--resume", older["id"], "--answers", str(more))
    listed = json.loads(cli("sessions", "--json").stdout)
    assert listed[0]["id"] == older["id"]  # answered last: first
    shown = cli("sessions").stdout
    assert "last active" in shown and "started" not in shown


def test_sessions_at_80_columns_fold_under_each_session_and_keep_its_state_whole(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 80 columns "in / progress" was split, "progress" at column 0, where it read as a
    record of its own (installer review 62, #10)."""
    one = tmp_path / "one.json"
    one.write_text(json.dumps(["wont-reset"]), encoding="utf-8")
    cli("guide", "dahua-ipc-hdbw3433r-zas", "--answers", str(one))  # a long name
    session = json.loads(cli("sessions", "--json").stdout)[0]["id"]
    monkeypatch.setenv("COLUMNS", "80")
    lines = cli("sessions").stdout.splitlines()
    assert lines[0] == session
    assert all(line.startswith("  ") for line in lines[1:] if line)  # under its id
    assert all(len(line) <= 80 for line in lines)
    assert any(line.strip() == "in progress" or line.endswith("· in progress") for line in lines)


def test_a_session_ended_at_the_router_is_listed_as_a_router_setting(
    cli: Cli, tmp_path: Path
) -> None:
    """`camreset sessions` listed a session whose end page names the router's maker or the
    internet provider as "needs support" (review 69, after N #6)."""
    story = [
        "cant-add", "join-failed", "done", "no", "join-failed", "cant", "no", "no",
        "join-failed", "no",
    ]  # fmt: skip
    have = ["--have", "pin,original_adapter,app"]
    cli("guide", "tapo-c500", *have, "--answers", write(tmp_path / "a.json", story))
    listed = json.loads(cli("sessions", "--json").stdout)
    assert (
        listed[0]["state_words"]
        == "finished: a router setting; support only if it still does not join"
    )
