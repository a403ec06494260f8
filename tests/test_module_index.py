"""docs/modules.md lists every module with the first paragraph of its docstring, and stays true.

ARCHITECTURE.md keeps to the layers, the flow and where a change goes; the catalogue of
modules lives here, written from the modules themselves, so a new or renamed module cannot
leave it behind (code review 71, C #4). `CAMRESET_REGENERATE_GOLDEN=1` writes it anew.
"""

from __future__ import annotations

import ast
import os
from pathlib import Path

import camreset

PACKAGE = Path(camreset.__file__).parent
ROOT = PACKAGE.parent.parent
INDEX = ROOT / "docs" / "modules.md"
HEAD = """\
# Modules

Every module of `src/camreset`, by package, with the first paragraph of its docstring (why it
exists). Written from the code by `CAMRESET_REGENERATE_GOLDEN=1 pytest tests/test_module_index.py`;
the test fails when a module is added, renamed or its docstring changes. The layers and their
rules are in [ARCHITECTURE.md](../ARCHITECTURE.md).
"""


def _first_paragraph(path: Path) -> str:
    doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
    return " ".join(doc.split("\n\n")[0].split())


def expected_index() -> str:
    """The index as the code says it should read."""
    parts = [HEAD]
    folders = sorted({p.parent for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts})
    for folder in folders:
        name = folder.relative_to(PACKAGE.parent).as_posix()
        parts.append(f"\n## `{name}`\n")
        for module in sorted(folder.glob("*.py")):
            parts.append(f"- `{module.name}`: {_first_paragraph(module)}")
    return "\n".join(parts) + "\n"


def test_every_module_is_listed_with_its_own_words() -> None:
    want = expected_index()
    if os.environ.get("CAMRESET_REGENERATE_GOLDEN"):
        INDEX.write_text(want, encoding="utf-8")
    have = INDEX.read_text(encoding="utf-8") if INDEX.exists() else ""
    assert have == want, "docs/modules.md is stale: CAMRESET_REGENERATE_GOLDEN=1 to rewrite it"


def test_every_module_says_why_it_exists() -> None:
    silent = [
        p.relative_to(PACKAGE).as_posix()
        for p in PACKAGE.rglob("*.py")
        if "migrations" not in p.parts and not _first_paragraph(p)
    ]
    assert silent == []


def test_the_architecture_stays_one_page() -> None:
    lines = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8").splitlines()
    assert len(lines) <= 90, len(lines)
