"""The core (`camreset.core`) stays pure: no framework, network, database or file-system
import, so it can be tested without I/O and reused by every adapter."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import camreset.core

CORE = Path(camreset.core.__file__).parent
FORBIDDEN = {
    "typer", "rich", "fastapi", "starlette", "sqlalchemy", "alembic", "httpx", "uvicorn",
    "jinja2", "requests", "psycopg", "os", "pathlib", "socket", "subprocess", "sqlite3",
    "importlib.resources",
}  # fmt: skip
MODULES = sorted(CORE.rglob("*.py"))


def imported(tree: ast.AST) -> set[str]:
    """Every module name an import statement names, with each of its parent packages."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            full = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            full = [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
        else:
            continue
        for name in full:
            parts = name.split(".")
            names.update(".".join(parts[: i + 1]) for i in range(len(parts)))
    return names


def test_the_check_sees_a_forbidden_import() -> None:
    tree = ast.parse("from importlib import resources\nimport os.path\nimport json\n")
    assert imported(tree) & FORBIDDEN == {"importlib.resources", "os"}


@pytest.mark.parametrize("path", MODULES, ids=[str(p.relative_to(CORE)) for p in MODULES])
def test_core_module_imports_no_io_framework(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    assert sorted(imported(tree) & FORBIDDEN) == []
