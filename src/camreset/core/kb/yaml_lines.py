"""Parse YAML while remembering the line of every key, so errors can name it — bounded.

A knowledge-base file is data a person wrote, so parsing it must never run away: the text is
limited in size, the node tree in depth and size, anchors and aliases are refused (ten lines of
aliases can expand to gigabytes), and a key written twice is an error instead of the last one
silently winning. Every refusal names a line.
"""

from __future__ import annotations

from typing import Any

import yaml

from camreset.errors import CamresetError

Path = tuple[str | int, ...]

MAX_TEXT_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 40
MAX_NODES = 400_000


MAX_NUMBER_CHARS = 100
"""The longest number a KB file may write: past 4300 digits Python refuses to read an integer
at all (a traceback in `kb check`, robustness review 70, #2), and no fact needs 100."""
_NUMBER_TAGS = frozenset({"tag:yaml.org,2002:int", "tag:yaml.org,2002:float"})


class YamlSyntaxError(CamresetError, ValueError):
    """The text is not YAML we accept; `line` is 1-based, `path` the key path where known."""

    def __init__(self, line: int, message: str, path: tuple[str | int, ...] = ()) -> None:
        self.line = line
        self.path = path
        super().__init__(message)


_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_with_lines(text: str) -> tuple[Any, dict[Path, int]]:
    """Return the data (as yaml.safe_load would) and a map from key path to 1-based line.

    The node tree is composed first (libyaml where installed), checked (depth, size,
    aliases, duplicate keys), and only then constructed into data.
    """
    if len(text.encode("utf-8", "surrogatepass")) > MAX_TEXT_BYTES:
        raise YamlSyntaxError(1, f"file larger than {MAX_TEXT_BYTES // (1024 * 1024)} MiB")
    node = _compose(text)
    if node is None:
        return None, {(): 1}
    lines = _check(node)
    try:
        data = _Loader("").construct_document(node)
    except yaml.MarkedYAMLError as exc:  # a tag we do not construct (!!python/…): its line
        raise _marked(exc, "cannot read the values") from None
    except (yaml.YAMLError, RecursionError, ValueError) as exc:
        raise YamlSyntaxError(1, f"cannot read the values: {exc}") from None
    return data, lines


def _marked(exc: yaml.MarkedYAMLError, doing: str = "") -> YamlSyntaxError:
    """The error at the line its mark names, in its own words (not "<unicode string>")."""
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark is not None else 1
    said = str(exc.problem or exc.context or "not valid YAML")
    return YamlSyntaxError(line, f"{doing}: {said}" if doing else said)


def _compose(text: str) -> yaml.Node | None:
    try:
        return _single_node(text, _Loader)
    except RecursionError:
        raise YamlSyntaxError(1, f"nested deeper than {MAX_DEPTH} levels") from None
    except yaml.YAMLError as exc:
        first = exc
    # Errors are rare: re-parse with the pure-Python loader so messages do not depend on
    # whether libyaml is installed.
    try:
        _single_node(text, yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        raise _marked(exc) from None
    except (yaml.YAMLError, RecursionError) as exc:
        raise YamlSyntaxError(1, str(exc)) from None
    # only libyaml refuses it (an escape of a lone surrogate, "\ud800"): its reason and line
    if isinstance(first, yaml.MarkedYAMLError):
        raise _marked(first) from None
    raise YamlSyntaxError(1, "not valid YAML")


def _single_node(text: str, loader_class: Any) -> yaml.Node | None:
    loader = loader_class(text)
    try:
        node: yaml.Node | None = loader.get_single_node()
        return node
    finally:
        loader.dispose()


def _check(root: yaml.Node) -> dict[Path, int]:
    """Walk the tree once, without recursion: lines of every key, and every limit."""
    lines: dict[Path, int] = {}
    seen: set[int] = set()
    stack: list[tuple[yaml.Node, Path]] = [(root, ())]
    while stack:
        node, path = stack.pop()
        line = node.start_mark.line + 1
        if id(node) in seen:
            raise YamlSyntaxError(line, "anchors and aliases are not allowed in the knowledge base")
        seen.add(id(node))
        if len(seen) > MAX_NODES:
            raise YamlSyntaxError(line, f"more than {MAX_NODES} values in one file")
        if len(path) > MAX_DEPTH:
            raise YamlSyntaxError(line, f"nested deeper than {MAX_DEPTH} levels")
        lines.setdefault(path, line)
        if node.tag in _NUMBER_TAGS and len(str(node.value)) > MAX_NUMBER_CHARS:
            raise YamlSyntaxError(
                line, f"number too long (over {MAX_NUMBER_CHARS} characters)", path
            )
        if isinstance(node, yaml.MappingNode):
            keys: dict[Any, int] = {}
            for key_node, value_node in node.value:
                key = key_node.value
                key_line = key_node.start_mark.line + 1
                if not isinstance(key_node, yaml.ScalarNode):
                    raise YamlSyntaxError(key_line, "keys must be plain words")
                if key in keys:
                    raise YamlSyntaxError(
                        key_line, f"key {key!r} written twice (first on line {keys[key]})"
                    )
                keys[key] = key_line
                lines[(*path, key)] = key_line
                stack.append((value_node, (*path, key)))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, (*path, i)) for i, item in enumerate(node.value))
    return lines


def line_of(lines: dict[Path, int], path: Path) -> int:
    """The line of the longest known prefix of `path` (the closest place to point at)."""
    for end in range(len(path), -1, -1):
        key = tuple(str(p) if isinstance(p, str) else p for p in path[:end])
        if key in lines:
            return lines[key]
    return 1
