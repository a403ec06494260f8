"""KB files broken in ways a person or a tool can break them are named at the right line, and
no such file is read silently (robustness review 70, #2 and #9)."""

from __future__ import annotations

from pathlib import Path

import pytest

from camreset.core.kb.loader import load_texts
from camreset.errors import KBError
from camreset.kb_files import read_folder

from .broken_cases import SHIPPED

TAPO = "lines/tapo.yaml"


def _problems(change: tuple[str, str]) -> list[str]:
    texts = read_folder(SHIPPED)
    old, new = change
    assert old in texts[TAPO]
    texts[TAPO] = texts[TAPO].replace(old, new, 1)
    with pytest.raises(KBError) as caught:
        load_texts(texts)
    return caught.value.problems


def _line(text: str) -> int:
    return read_folder(SHIPPED)[TAPO].splitlines().index(text) + 1


def test_a_number_of_five_thousand_digits_is_named_at_its_field() -> None:
    problems = _problems(("value: 120.0", "value: 1" + "0" * 5000))
    assert len(problems) == 1
    assert problems[0].startswith(f"{TAPO}:")
    assert ": line.defaults.boot_seconds.value: number too long" in problems[0]
    assert not problems[0].startswith(f"{TAPO}:1:")


def test_a_python_tag_is_named_at_its_own_line() -> None:
    problems = _problems(("  app: Tapo\n", "  app: !!python/object/apply:os.system ['echo x']\n"))
    assert problems == [
        f"{TAPO}:{_line('  app: Tapo')}: (yaml): cannot read the values: could not determine "
        "a constructor for the tag 'tag:yaml.org,2002:python/object/apply:os.system'"
    ]


def test_a_lone_surrogate_escape_is_named_at_its_line_with_the_reason() -> None:
    problems = _problems(("  name: Tapo\n", '  name: "Tapo\\ud800"\n'))
    assert problems == [
        f"{TAPO}:{_line('  name: Tapo')}: (yaml): found invalid Unicode character escape code"
    ]


def test_a_byte_order_mark_inside_a_value_is_refused() -> None:
    problems = _problems(("  app: Tapo\n", "  app: \ufeffTapo\n"))
    assert problems == [
        f"{TAPO}:{_line('  app: Tapo')}: line.app: control character U+FEFF in text"
    ]


@pytest.mark.parametrize("stray", ["lines/wyze.yml", "lines/notes.txt"])
def test_a_file_that_is_not_yaml_is_named_not_skipped(tmp_path: Path, stray: str) -> None:
    import shutil

    kb = tmp_path / "kb"
    shutil.copytree(SHIPPED, kb)
    if stray.endswith(".yml"):
        (kb / "lines" / "wyze.yaml").rename(kb / stray)
    else:
        (kb / stray).write_text("notes\n", encoding="utf-8")
    (kb / ".git").mkdir()
    (kb / ".git" / "HEAD").write_text("ref\n", encoding="utf-8")  # hidden: not the KB's
    with pytest.raises(KBError) as caught:
        read_folder(kb)
    assert caught.value.problems == [
        f"{stray}:1: (file): not read: knowledge-base files end in .yaml"
    ]
