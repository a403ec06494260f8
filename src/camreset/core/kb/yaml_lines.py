"""Parse YAML while remembering the line of every key, so errors can name it."""

from __future__ import annotations

from typing import Any

import yaml

Path = tuple[str | int, ...]


class YamlSyntaxError(ValueError):
    """The text is not YAML; `line` is 1-based."""

    def __init__(self, line: int, message: str) -> None:
        self.line = line
        super().__init__(message)


def parse_with_lines(text: str) -> tuple[Any, dict[Path, int]]:
    """Return the data (as yaml.safe_load would) and a map from key path to 1-based line."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        raise YamlSyntaxError(line, str(exc.problem or exc)) from None
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(1, str(exc)) from None
    lines: dict[Path, int] = {}
    if node is None:
        return None, {(): 1}
    _walk(node, (), lines)
    data = yaml.safe_load(text)
    return data, lines


def _walk(node: yaml.Node, path: Path, lines: dict[Path, int]) -> None:
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value
            child = (*path, key)
            lines[child] = key_node.start_mark.line + 1
            _walk(value_node, child, lines)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, (*path, index), lines)


def line_of(lines: dict[Path, int], path: Path) -> int:
    """The line of the longest known prefix of `path` (the closest place to point at)."""
    for end in range(len(path), -1, -1):
        key = tuple(str(p) if isinstance(p, str) else p for p in path[:end])
        if key in lines:
            return lines[key]
    return 1
