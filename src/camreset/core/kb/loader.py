"""Load the knowledge base from YAML texts in two passes: structure, then meaning.

The loader is pure: it takes the files' texts (the adapter in `camreset.kb_files` reads
them), so tests can feed it broken files directly. Every problem is reported as
`file:line: field.path: message`, all at once, never as a traceback.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.schema import DefaultsFile, LineFile, PatternsFile, SourcesFile
from camreset.core.kb.semantic import check_meaning
from camreset.core.kb.troubleshooting import TroubleshootingFile
from camreset.core.kb.yaml_lines import Path, YamlSyntaxError, line_of, parse_with_lines
from camreset.errors import KBError

M = TypeVar("M", bound=BaseModel)

FIXED_FILES: dict[str, type[BaseModel]] = {
    "sources.yaml": SourcesFile,
    "patterns.yaml": PatternsFile,
    "defaults.yaml": DefaultsFile,
    "troubleshooting.yaml": TroubleshootingFile,
}


def _dotted(path: Path) -> str:
    return ".".join(str(p) for p in path) or "(top)"


def _clean_loc(loc: tuple[Any, ...]) -> Path:
    """Drop pydantic's internal loc parts (union branches, validators) to get a key path."""
    out: list[str | int] = []
    for part in loc:
        if isinstance(part, int) or (
            isinstance(part, str) and "[" not in part and not part.startswith("function-")
        ):
            out.append(part)
    return tuple(out)


def parse_file(name: str, text: str, schema: type[M]) -> tuple[M | None, list[str]]:
    """Structure pass for one file: the record, or problems as `file:line: path: message`."""
    record, problems, _ = _parse_file(name, text, schema)
    return record, problems


def _parse_file(
    name: str, text: str, schema: type[M]
) -> tuple[M | None, list[str], dict[Path, int]]:
    try:
        data, lines = parse_with_lines(text)
    except YamlSyntaxError as exc:
        return None, [f"{name}:{exc.line}: (yaml): {exc}"], {}
    if not isinstance(data, dict):
        kind = type(data).__name__
        return None, [f"{name}:1: (top): expected a mapping of keys, got {kind}"], lines
    try:
        return schema.model_validate(data), [], lines
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            path = _clean_loc(err["loc"])
            msg = err["msg"].removeprefix("Value error, ")
            if err["type"] == "extra_forbidden":
                msg = "unknown key"
            problems.append(f"{name}:{line_of(lines, path)}: {_dotted(path)}: {msg}")
        return None, sorted(set(problems), key=_sort_key), lines


def _sort_key(problem: str) -> tuple[str, int, str]:
    name, line, rest = problem.split(":", 2)
    return name, int(line), rest


def load_texts(texts: Mapping[str, str]) -> KnowledgeBase:
    """Build the knowledge base from {relative file name: YAML text}; raise KBError."""
    problems: list[str] = []
    parsed: dict[str, BaseModel] = {}
    line_files: dict[str, LineFile] = {}
    line_maps: dict[str, dict[Path, int]] = {}
    source_files: dict[str, SourcesFile] = {}
    for required in FIXED_FILES:
        if required not in texts:
            problems.append(f"{required}:1: (file): missing")
    for name in sorted(texts):
        schema: type[BaseModel] | None = FIXED_FILES.get(name)
        if schema is None and name.startswith("lines/") and name.endswith(".yaml"):
            schema = LineFile
        elif schema is None and name.startswith("sources/") and name.endswith(".yaml"):
            schema = SourcesFile
        if schema is None:
            problems.append(f"{name}:1: (file): not a knowledge-base file name")
            continue
        record, file_problems, line_maps[name] = _parse_file(name, texts[name], schema)
        problems.extend(file_problems)
        if record is None:
            continue
        if isinstance(record, LineFile):
            line_files[name] = record
        elif name.startswith("sources/"):
            source_files[name] = _as(record, SourcesFile)
        else:
            parsed[name] = record
    if problems:
        raise KBError(problems)
    kb = KnowledgeBase.assemble(
        sources=_as(parsed["sources.yaml"], SourcesFile),
        patterns=_as(parsed["patterns.yaml"], PatternsFile),
        defaults=_as(parsed["defaults.yaml"], DefaultsFile),
        troubleshooting=_as(parsed["troubleshooting.yaml"], TroubleshootingFile),
        lines=line_files,
        more_sources=source_files,
    )
    meaning = check_meaning(kb, line_maps)
    if meaning:
        raise KBError(meaning)
    return kb


def _as(record: BaseModel, kind: type[M]) -> M:
    assert isinstance(record, kind)
    return record
