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
from camreset.core.kb.revisions import as_of
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
    record, problems, _, _ = _parse_file(name, text, schema, None)
    return record, problems


def _parse_file(
    name: str, text: str, schema: type[M], rules: int | None
) -> tuple[M | None, list[str], dict[Path, int], set[int]]:
    """One file as a log started under `rules` sees it (None: every fact), and the `since`
    and `retired` marks it holds."""
    try:
        data, lines = parse_with_lines(text)
    except YamlSyntaxError as exc:
        field = _dotted(exc.path) if exc.path else "(yaml)"
        return None, [f"{name}:{exc.line}: {field}: {exc}"], {}, set()
    data, marks = as_of(data, rules)
    if marks.problems:
        found = [f"{name}:{line_of(lines, p)}: {_dotted(p)}: {m}" for p, m in marks.problems]
        return None, sorted(set(found), key=_sort_key), lines, marks.revisions
    if not isinstance(data, dict):
        kind = type(data).__name__
        return None, [f"{name}:1: (top): expected a mapping of keys, got {kind}"], lines, set()
    try:
        # a view's places are where its facts were written (a check's problem names those)
        return schema.model_validate(data), [], marks.view_lines(lines), marks.revisions
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            path = marks.original(_clean_loc(err["loc"]))
            msg = err["msg"].removeprefix("Value error, ")
            if err["type"] == "extra_forbidden":
                msg = "unknown key"
            problems.append(f"{name}:{line_of(lines, path)}: {_dotted(path)}: {msg}")
        return None, sorted(set(problems), key=_sort_key), lines, marks.revisions


def _sort_key(problem: str) -> tuple[str, int, str]:
    name, line, rest = problem.split(":", 2)
    return name, int(line), rest


def load_texts(texts: Mapping[str, str], rules: int | None = None) -> KnowledgeBase:
    """Build the knowledge base from {relative file name: YAML text}; raise KBError.
    `rules`: as a session log started under those rules sees it (revisions.py); None, the
    newest, with every fact."""
    problems: list[str] = []
    revisions: set[int] = set()
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
        record, file_problems, line_maps[name], marked = _parse_file(
            name, texts[name], schema, rules
        )
        problems.extend(file_problems)
        revisions |= marked
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
    # a view is as new as the rules it was built for: its own view for them is itself
    kb.texts = dict(texts)
    kb.revisions = frozenset(r for r in revisions if rules is None or r <= rules)
    return kb


def seen_from(kb: KnowledgeBase, rules: int) -> KnowledgeBase:
    """The knowledge base as a session log started under `rules` sees it: `kb` itself unless
    some fact is marked for later rules; each older view is built once and kept."""
    if all(since <= rules for since in kb.revisions):
        return kb
    seen = max((since for since in kb.revisions if since <= rules), default=0)
    view = kb.views.get(seen)
    if view is None:
        try:
            build = kb.view_builder or (lambda rules: load_texts(kb.texts, rules))
            view = kb.views[seen] = build(seen)
        except KBError as exc:
            later = min(since for since in kb.revisions if since > seen)
            seen_by = f" (as sessions started before rules {later} see it)"
            raise KBError([problem + seen_by for problem in exc.problems]) from None
    return view


def _as(record: BaseModel, kind: type[M]) -> M:
    assert isinstance(record, kind)
    return record
