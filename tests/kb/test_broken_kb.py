"""Every deliberately broken KB in tests/kb/broken/ is rejected with exactly the expected
`file:line: field.path: message` lines, so an author is pointed at the right line."""

from __future__ import annotations

import pytest

from camreset.core.kb.loader import load_texts
from camreset.errors import KBError

from .broken_cases import SHIPPED, all_cases, read_folder

CASES = all_cases()


def test_corpus_is_big_enough_and_every_case_says_what_it_expects() -> None:
    assert len(CASES) >= 20
    for case in CASES:
        assert case.target, f"{case.name}: no '# target:' line"
        assert case.expected, f"{case.name}: no '# expect:' line"


def test_shipped_kb_loads_without_problems() -> None:
    load_texts(read_folder(SHIPPED))


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_broken_kb_is_rejected_with_exact_problems(case) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(KBError) as caught:
        load_texts(case.texts())
    assert caught.value.problems == case.expected
