"""`camreset kb check` and `kb export`: a summary when sound, every problem (exit 2) when not."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from camreset.kb_files import load_kb
from kb.broken_cases import SHIPPED, read_case

BROKEN = Path(__file__).parents[1] / "kb" / "broken"


def test_check_prints_one_summary_line(cli) -> None:  # type: ignore[no-untyped-def]
    run = cli("kb", "check")
    assert run.code == 0
    kb = load_kb()
    per_line = ", ".join(
        f"{line} {sum(1 for m in kb.model_line.values() if m == line)}" for line in sorted(kb.lines)
    )
    assert run.out.startswith(f"KB OK: {len(kb.models)} models ({per_line}); ")
    assert re.fullmatch(
        r"KB OK: .*; \d+ claims \(high \d+, medium \d+, low \d+; \d+ facts with disagreeing "
        r"sources\); \d+ sources \(.*seed 2\)\n",
        run.out,
    )


def test_check_of_a_broken_folder_lists_problems_and_exits_2(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    kb_dir = tmp_path / "kb"
    shutil.copytree(SHIPPED, kb_dir)
    case = read_case(BROKEN / "07_medium_from_one_publisher.yaml")
    (kb_dir / case.target).write_text(case.text, encoding="utf-8")
    run = cli("kb", "check", "--kb-dir", str(kb_dir))
    assert (run.code, run.out) == (2, "")
    assert run.err.splitlines() == [
        *case.expected,
        "camreset kb check: 1 problem: the knowledge base did not load",
    ]


def test_check_names_a_problem_only_older_sessions_would_meet(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    kb_dir = tmp_path / "kb"
    shutil.copytree(SHIPPED, kb_dir)
    tapo = kb_dir / "lines" / "tapo.yaml"
    text = tapo.read_text(encoding="utf-8")
    lines = text.count("\n")
    tapo.write_text(
        text
        + "- id: tapo-later\n  name: Tapo Later\n  form_factor: indoor\n"
        + "  listed_in: [seed-tplink]\n  since: 40\n  replaces: {id: tapo-later, name: ''}\n",
        encoding="utf-8",
    )
    run = cli("kb", "check", "--kb-dir", str(kb_dir))
    assert run.code == 2
    assert run.err.splitlines()[0].startswith(f"lines/tapo.yaml:{lines + 6}: models.")
    assert run.err.splitlines()[0].endswith("(as sessions started before rules 40 see it)")


def test_check_of_a_file_that_is_not_utf8_names_its_line_and_column(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    kb_dir = tmp_path / "kb"
    shutil.copytree(SHIPPED, kb_dir)
    tapo = kb_dir / "lines" / "tapo.yaml"
    lines = tapo.read_bytes().count(b"\n")
    tapo.write_bytes(tapo.read_bytes() + b"# caf\xe9\n")  # Latin-1, not UTF-8
    run = cli("kb", "check", "--kb-dir", str(kb_dir))
    assert run.code == 2
    assert run.err.splitlines()[0] == (
        f"lines/tapo.yaml:{lines + 1}: (file): not UTF-8 text (byte 0xe9) at column 6; "
        "save it as UTF-8"
    )


def test_check_of_a_missing_folder_is_one_line(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run = cli("kb", "check", "--kb-dir", str(tmp_path / "nope"))
    assert run.code == 2
    assert run.err.splitlines()[0] == f"{tmp_path / 'nope'}: not a folder"


def test_export_writes_the_resolved_kb(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "kb.json"
    run = cli("kb", "export", "--output", str(out))
    assert (run.code, run.out) == (0, "")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "camreset-kb-export/3"
    assert len(data["models"]) == len(load_kb().models)
    assert json.loads(cli("kb", "export").out) == data


def test_sources_at_80_columns_is_a_block_per_source_with_whole_words() -> None:
    """At 80 columns the table's longest source id left the other columns a few letters each
    ("publis/her", "ring-v/ideo-d…"), and a light chart's rows were one line each of the same
    words (technician review 40)."""
    from typer.testing import CliRunner

    from camreset.cli.app import app

    out = CliRunner(env={"COLUMNS": "80", "NO_COLOR": "1"}).invoke(app, ["kb", "sources"]).stdout
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= 80
    at = lines.index("ring-support-nqhe0")
    assert re.fullmatch(r"  vendor_page · Ring · \d+ claims", lines[at + 1])
    assert "    ring-video-doorbell-1st-gen: led_states (high) ×7" in lines
    assert len(set(lines[at : at + 12])) == len(lines[at : at + 12])  # no line said twice
