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


_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_with_lines(text: str) -> tuple[Any, dict[Path, int]]:
    """Return the data (as yaml.safe_load would) and a map from key path to 1-based line.

    The text is parsed once (with libyaml where installed): the node tree gives the lines,
    and the same tree is constructed into data.
    """
    try:
        node, data = _compose(text, _Loader)
    except yaml.YAMLError:
        # Errors are rare: re-parse with the pure-Python loader so messages do not depend
        # on whether libyaml is installed.
        try:
            _compose(text, yaml.SafeLoader)
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line = mark.line + 1 if mark is not None else 1
            raise YamlSyntaxError(line, str(exc.problem or exc)) from None
        except yaml.YAMLError as exc:
            raise YamlSyntaxError(1, str(exc)) from None
        raise YamlSyntaxError(1, "not valid YAML") from None
    lines: dict[Path, int] = {}
    if node is None:
        return None, {(): 1}
    _walk(node, (), lines)
    return data, lines


def _compose(text: str, loader_class: Any) -> tuple[Any, Any]:
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        return node, (loader.construct_document(node) if node is not None else None)
    finally:
        loader.dispose()


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
