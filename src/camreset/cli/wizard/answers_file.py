"""Reading an answers file (`camreset guide --answers FILE`): a YAML or JSON list of answer ids.

The file may be anything a person points at, so every way it could hurt is bounded before it
can: at most MAX_FILE_BYTES are read (input_file.py), nesting deeper than MAX_DEPTH is refused
while the YAML is composed (PyYAML would recurse until Python gives up), every scalar stays a
string (an answer id is a string; YAML's `yes`/`no` are ids here, and a 100,000-digit number
is never converted), and there are at most MAX_ANSWERS items of at most MAX_ANSWER_LENGTH
characters. Whatever the bytes, the result is a list of strings or an AnswersFileError.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.composer import ComposerError
from yaml.nodes import Node

from camreset.cli.input_file import display_name, read_limited, size_words, utf8_text
from camreset.errors import CamresetError

MAX_FILE_BYTES = 256 * 1024
"""Largest answers file (256 KiB); a whole session with comments is a few kilobytes."""

MAX_ANSWERS = 1000
"""Most items in one file; a session has a few dozen steps, undo included."""

MAX_ANSWER_LENGTH = 100
"""Longest item; answer ids are short words such as `few-seconds`."""

MAX_DEPTH = 16
"""Deepest nesting of lists and mappings composed; a valid file needs 1."""

STRING = "tag:yaml.org,2002:str"
KEPT_RESOLVERS = ("tag:yaml.org,2002:null",)
"""The only implicit type besides strings: an empty item is `null`, reported as not an id."""


class AnswersFileError(CamresetError):
    """The answers file cannot be read or is not a list of answers."""


class Answers(list[str]):
    """The items of an answers file, each knowing where in the file it is written, so a
    mistake is told as `file:line:column: answer N …` as every bad file is."""

    def __init__(self, items: list[str], where: str, marks: list[tuple[int, int]]) -> None:
        super().__init__(items)
        self.where = where
        self.marks = marks

    def place(self, number: int) -> str:
        """`file:line:column` of item `number` (from 1)."""
        line, column = self.marks[number - 1]
        return f"{self.where}:{line}:{column}"


class _AnswersLoader(yaml.SafeLoader):
    """Safe YAML whose scalars are all strings, composed no deeper than MAX_DEPTH."""

    depth = 0

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        self.depth += 1
        try:
            if self.depth > MAX_DEPTH:
                mark = self.peek_event().start_mark  # type: ignore[no-untyped-call]
                raise ComposerError(None, None, f"nested deeper than {MAX_DEPTH} levels", mark)
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


def _as_string(loader: yaml.SafeLoader, node: Node) -> str:
    """An explicitly typed scalar (`!!int 5`, `!!bool yes`) read as the string it is."""
    return str(loader.construct_scalar(node))  # type: ignore[arg-type]


_AnswersLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag in KEPT_RESOLVERS]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
for _tag in ("bool", "int", "float", "timestamp"):
    _AnswersLoader.add_constructor(f"tag:yaml.org,2002:{_tag}", _as_string)


def load_answers(path: str) -> Answers:
    """Read `path` (`-` is standard input) and parse it; AnswersFileError/UsageError if not."""
    return parse_answers(read_limited(path, MAX_FILE_BYTES, "an answers file"), display_name(path))


def parse_answers(raw: bytes | str, where: str) -> Answers:
    """The items of an answers document (YAML or JSON), as strings."""
    if isinstance(raw, bytes):
        if len(raw) > MAX_FILE_BYTES:
            limit = size_words(MAX_FILE_BYTES)
            raise AnswersFileError(f"{where}: too large: an answers file may be at most {limit}")
        raw = utf8_text(raw, where)
    try:
        node, data = _composed(raw)
    except yaml.YAMLError as exc:
        raise AnswersFileError(
            f"{where}{_position(exc)}: not YAML or JSON: {_problem(exc)}"
        ) from None
    if not isinstance(data, list) or node is None:
        raise AnswersFileError(f"{where}: expected a list of answers, e.g. [done, yes]")
    if len(data) > MAX_ANSWERS:
        raise AnswersFileError(f"{where}: {len(data)} answers; at most {MAX_ANSWERS} are read")
    marks = [(child.start_mark.line + 1, child.start_mark.column + 1) for child in node.value]
    items = Answers([], where, marks)
    for n, item in enumerate(data, 1):
        at = items.place(n)
        if not isinstance(item, str) or not item.strip():
            raise AnswersFileError(f"{at}: item {n} is not an answer id: {_kind(item)}")
        if len(item) > MAX_ANSWER_LENGTH:
            raise AnswersFileError(
                f"{at}: item {n} is not an answer id: longer than {MAX_ANSWER_LENGTH} characters"
            )
        items.append(item.strip())
    return items


def _composed(raw: str) -> tuple[Node | None, Any]:
    """The document's node (where each item is written) and its data."""
    loader = _AnswersLoader(raw)  # a SafeLoader subclass: safe
    try:
        node = loader.get_single_node()
        return node, None if node is None else loader.construct_document(node)
    finally:
        loader.dispose()


def _position(exc: yaml.YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None)
    return f":{mark.line + 1}:{mark.column + 1}" if mark is not None else ""


def _problem(exc: yaml.YAMLError) -> str:
    """What is wrong, without the snippet of the file PyYAML appends."""
    problem = getattr(exc, "problem", None) or getattr(exc, "context", None)
    return str(problem) if problem else str(exc).splitlines()[0]


def _kind(item: object) -> str:
    """An item that is not an id, named by its kind (never printed whole: it may be huge)."""
    if item is None:
        return "empty"
    if isinstance(item, str):
        return "blank"
    if isinstance(item, list):
        return "a list"
    if isinstance(item, dict):
        return "a mapping"
    return f"a {type(item).__name__} value"
