"""Meaning problems, each pointed at the line a person wrote it on.

`kb check` prints every problem as `file:line: field.path: message`; both halves of the second
pass (core/kb/semantic.py, core/kb/troubleshooting_meaning.py) collect them here in that one
form.
"""

from __future__ import annotations

from camreset.core.kb.yaml_lines import Path, line_of


class ProblemLines:
    """The problems found so far, in the order found."""

    def __init__(self, line_maps: dict[str, dict[Path, int]]) -> None:
        self.line_maps = line_maps
        self.problems: list[str] = []

    def add(self, file: str, path: Path, message: str) -> None:
        line = line_of(self.line_maps.get(file, {}), path)
        dotted = ".".join(str(p) for p in path) or "(top)"
        self.problems.append(f"{file}:{line}: {dotted}: {message}")
