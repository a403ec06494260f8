"""docs/terminal.md ("Limits") states the limits the code applies, from the constants."""

from __future__ import annotations

from pathlib import Path

from camreset.cli import typed_args
from camreset.cli.engine_cmd import MAX_MODEL_BYTES, MAX_SOLVE_SIZE
from camreset.cli.input_file import size_words
from camreset.cli.wizard import answers_file
from camreset.core.engine import model_json

DOC = Path(__file__).resolve().parents[2] / "docs" / "terminal.md"


def test_every_limit_is_documented_as_applied() -> None:
    limits = DOC.read_text(encoding="utf-8").split("## Limits", 1)[1].split("\n## ", 1)[0]
    counts = model_json.MAX_COUNTS
    stated = [
        f"| {size_words(answers_file.MAX_FILE_BYTES)}; ",
        f"at most {answers_file.MAX_ANSWERS:,} items of at most "
        f"{answers_file.MAX_ANSWER_LENGTH} characters, nested at most "
        f"{answers_file.MAX_DEPTH} levels",
        f"| {size_words(MAX_MODEL_BYTES)}; nested at most {model_json.MAX_DEPTH} levels",
        f"at most {counts['faults']} faults, {counts['actions']} actions, "
        f"{counts['questions']} questions and {counts['answers']} answers per question",
        f"at most {model_json.MAX_DIGITS} digits and an exponent within ±{model_json.MAX_EXPONENT}",
        f"costs are at most 10^{len(str(model_json.MAX_NUMBER)) - 1}",
        f"`--max-size` is 1 to {MAX_SOLVE_SIZE:,}",
        f"a session ID | {typed_args.MAX_WORD} characters",
    ]
    assert [s for s in stated if s not in limits] == []
