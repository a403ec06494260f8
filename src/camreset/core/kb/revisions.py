"""Facts a saved session never saw: the knowledge base as it stood for an older log.

A session is its event log, replayed over the knowledge base each time it is read. A fact
added later (the hub a camera pairs through, the tool its button takes) can change which step
an old log's answers belong to, so a session that ended at support would reopen at "Get ready".
A mapping in a knowledge-base file may therefore carry `since: N`: only sessions whose log was
started under rules N or later (`core/session/rules.py`) see it. For older logs the mapping is
left out, or, when it carries `replaces:`, that earlier value stands in its place. The newest
view, for new sessions, keeps every mapping and drops the two keys.

This works on the parsed YAML, before the schema reads it, so any fact, list entry or record
can be marked the same way, and each view is checked like the knowledge base itself.
"""

from __future__ import annotations

from typing import Any

from camreset.core.kb.yaml_lines import Path

SINCE = "since"
REPLACES = "replaces"

GONE = object()
"""A mapping an older log never saw, with nothing in its place."""


class RevisionMarks:
    """What one file's marks said: every `since` it holds, problems with the marks, and where
    the view differs from the file (for error lines): for each list it shortened, which of
    its entries are left, and which mappings it took from their `replaces`."""

    def __init__(self) -> None:
        self.revisions: set[int] = set()
        self.problems: list[tuple[Path, str]] = []
        self.kept: dict[Path, list[int]] = {}
        self.replaced: set[Path] = set()

    def original(self, path: Path) -> Path:
        """A path in the view, as it was written in the file (list entries renumbered back)."""
        out: list[str | int] = []
        for part in path:
            kept = self.kept.get(tuple(out))
            if isinstance(part, int) and kept is not None and part < len(kept):
                part = kept[part]
            out.append(part)
            while tuple(out) in self.replaced:
                out.append(REPLACES)
        return tuple(out)


def as_of(data: Any, rules: int | None) -> tuple[Any, RevisionMarks]:
    """The file's data as a log started under `rules` sees it (None: the newest, every fact)."""
    marks = RevisionMarks()
    seen = _view(data, rules, (), marks)
    return (None if seen is GONE else seen), marks


def _view(node: Any, rules: int | None, path: Path, marks: RevisionMarks) -> Any:
    if isinstance(node, dict):
        if SINCE in node or REPLACES in node:
            since = _since(node, path, marks)
            if since is not None and rules is not None and since > rules:
                if REPLACES not in node:
                    return GONE
                marks.replaced.add(path)
                return _view(node[REPLACES], rules, (*path, REPLACES), marks)
            node = {k: v for k, v in node.items() if k not in (SINCE, REPLACES)}
        out = {}
        for key, value in node.items():
            seen = _view(value, rules, (*path, key), marks)
            if seen is not GONE:
                out[key] = seen
        return out
    if isinstance(node, list):
        items: list[Any] = []
        kept: list[int] = []
        for i, value in enumerate(node):
            seen = _view(value, rules, (*path, i), marks)
            if seen is not GONE:
                items.append(seen)
                kept.append(i)
        if len(kept) != len(node):
            marks.kept[path] = kept
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
