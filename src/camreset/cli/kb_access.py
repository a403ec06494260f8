"""How a command gets the knowledge base, and how it stops in one line when it cannot.

Every KB problem is printed as `file:line: field.path: message` on stderr with exit code 2,
so authors see all their mistakes at once and nobody sees a traceback.
"""

from __future__ import annotations

from pathlib import Path

import typer

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.errors import KBError
from camreset.kb_files import load_kb, load_kb_folder

EXIT_USAGE = 2


def fail(*lines: str) -> typer.Exit:
    """Print the lines on stderr; raise the returned Exit (code 2) to stop the command."""
    for line in lines:
        typer.echo(line, err=True)
    return typer.Exit(EXIT_USAGE)


def open_kb(kb_dir: Path | None = None) -> KnowledgeBase:
    """The package's knowledge base, or the one in `kb_dir` (for authors)."""
    try:
        return load_kb() if kb_dir is None else load_kb_folder(kb_dir)
    except KBError as exc:
        count = len(exc.problems)
        summary = f"{count} problem{'s' if count != 1 else ''}: the knowledge base did not load"
        raise fail(*exc.problems, summary) from None
