"""Facts a saved session never saw: the knowledge base as it stood for an older log.

A session is its event log, replayed over the knowledge base each time it is read. A fact
added later (the hub a camera pairs through, the tool its button takes) can change which step
an old log's answers belong to, so a session that ended at support would reopen at "Get ready".
A mapping in a knowledge-base file may therefore carry `since: N`: only sessions whose log was
started under rules N or later (`core/session/rules.py`) see it. For older logs the mapping is
left out, or, when it carries `replaces:`, that earlier value stands in its place. The newest
view, for new sessions, keeps every mapping and drops the two keys.

The other way round, a mapping may carry `retired: N`: sessions started under rules N or later,
and the newest view, no longer see it, while older logs replay with it as they ran (a fact
found too weak to state, such as one guide's author's habit said as a "yes": session 68).

This works on the parsed YAML, before the schema reads it, so any fact, list entry or record
can be marked the same way, and each view is checked like the knowledge base itself.
"""

from __future__ import annotations

from typing import Any

from camreset.core.kb.yaml_lines import Path

SINCE = "since"
REPLACES = "replaces"
RETIRED = "retired"
"""Not `until`: a hold's value has a field of that name (the sign to hold until)."""
MARKS = (SINCE, REPLACES, RETIRED)

GONE = object()
"""A mapping an older log never saw, with nothing in its place."""


class RevisionMarks:
    """What one file's marks said: every `since` and `retired` it holds (the rules at which
    what a session sees changes), problems with the marks, and for an
    older view where each of its places was written in the file (for error lines)."""

    def __init__(self) -> None:
        self.revisions: set[int] = set()
        self.problems: list[tuple[Path, str]] = []
        self.origin: dict[Path, Path] = {}
        """A place in an older view → where it was written (list entries left out, or a
        `replaces` standing in, move places); empty for the newest view, written as read."""

    def original(self, path: Path) -> Path:
        """A path in the view, as it was written in the file."""
        for end in range(len(path), -1, -1):
            if path[:end] in self.origin:
                return (*self.origin[path[:end]], *path[end:])
        return path

    def view_lines(self, lines: dict[Path, int]) -> dict[Path, int]:
        """The file's line of every place in the view (the file's own map for the newest)."""
        if not self.origin:
            return lines
        return {seen: lines[at] for seen, at in self.origin.items() if at in lines}


def as_of(data: Any, rules: int | None) -> tuple[Any, RevisionMarks]:
    """The file's data as a log started under `rules` sees it (None: the newest, every fact)."""
    marks = RevisionMarks()
    if isinstance(data, dict) and any(mark in data for mark in MARKS):
        marks.problems.append(((SINCE,), "a whole file cannot be marked: mark its entries"))
        return data, marks
    seen = _view(data, rules, (), (), marks)
    return (None if seen is GONE else seen), marks


def _view(node: Any, rules: int | None, path: Path, seen: Path, marks: RevisionMarks) -> Any:
    """`node` (written at `path`) as the view holds it (at `seen`)."""
    if rules is not None:
        marks.origin[seen] = path
    if isinstance(node, dict):
        if any(mark in node for mark in MARKS):
            since = _since(node, path, marks) if SINCE in node or REPLACES in node else None
            retired = _retired(node, since, path, marks)
            if REPLACES in node:  # its own marks count too (a fact revised twice)
                _view(node[REPLACES], None, (*path, REPLACES), (), marks)
            if retired is not None and (rules is None or rules >= retired):
                return GONE
            if since is not None and rules is not None and since > rules:
                if REPLACES not in node:
                    return GONE
                return _view(node[REPLACES], rules, (*path, REPLACES), seen, marks)
            node = {k: v for k, v in node.items() if k not in MARKS}
        out = {}
        for key, value in node.items():
            kept = _view(value, rules, (*path, key), (*seen, key), marks)
            if kept is not GONE:
                out[key] = kept
        return out
    if isinstance(node, list):
        items: list[Any] = []
        for i, value in enumerate(node):
            kept = _view(value, rules, (*path, i), (*seen, len(items)), marks)
            if kept is not GONE:
                items.append(kept)
        return items
    return node


def _since(node: dict[Any, Any], path: Path, marks: RevisionMarks) -> int | None:
    since = node.get(SINCE)
    if SINCE not in node:
        marks.problems.append(((*path, REPLACES), "replaces is only read beside a since"))
        return None
    if isinstance(since, bool) or not isinstance(since, int) or since < 1:
        marks.problems.append(
            ((*path, SINCE), "since must be a whole number: the rules a session needs to see this")
        )
        return None
    marks.revisions.add(since)
    return since


def _retired(
    node: dict[Any, Any], since: int | None, path: Path, marks: RevisionMarks
) -> int | None:
    """The rules from which sessions no longer see `node` (None: not retired, or a wrong mark,
    said in `marks.problems`)."""
    if RETIRED not in node:
        return None
    retired = node[RETIRED]
    if isinstance(retired, bool) or not isinstance(retired, int) or retired < 1:
        marks.problems.append(
            (
                (*path, RETIRED),
                "retired must be a whole number: the rules from which sessions no longer see this",
            )
        )
        return None
    if since is not None and retired <= since:
        marks.problems.append(
            (
                (*path, RETIRED),
                f"retired must be later than since ({since}): no session would see this",
            )
        )
        return None
    marks.revisions.add(retired)
    return retired
