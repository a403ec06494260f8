"""Read the knowledge-base YAML files (the package's own, or a folder) for the pure loader."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from pathlib import Path

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.plain import NotUtf8, utf8_text
from camreset.errors import KBError


def read_folder(folder: Path) -> dict[str, str]:
    """Every `*.yaml` below `folder`, keyed by its path relative to it (forward slashes)."""
    if not folder.is_dir():
        raise KBError([f"{folder}: not a folder"])
    texts: dict[str, str] = {}
    unread = [
        f"{name}:1: (file): not read: knowledge-base files end in .yaml"
        for name in sorted(_other_files(folder))
    ]
    if unread:  # "lines/wyze.yml" was skipped in silence, then dozens of unknown models
        raise KBError(unread)
    for path in sorted(folder.rglob("*.yaml")):
        name = path.relative_to(folder).as_posix()
        try:
            texts[name] = utf8_text(path.read_bytes())
        except NotUtf8 as exc:
            where = f"{name}:{exc.line}: (file)"
            raise KBError([f"{where}: {exc} at column {exc.column}; save it as UTF-8"]) from None
        except OSError as exc:
            raise KBError([f"{name}:1: (file): cannot read: {exc.strerror or exc}"]) from None
    return texts


def _other_files(folder: Path) -> list[str]:
    """Files below `folder` that are not `*.yaml`, outside hidden folders (`.git`) and hidden
    files (an editor's, a desktop's)."""
    found = []
    for path in folder.rglob("*"):
        name = path.relative_to(folder).as_posix()
        hidden = any(part.startswith(".") for part in name.split("/"))
        if not hidden and not name.endswith(".yaml") and not path.is_dir():
            found.append(name)
    return found


def _package_texts() -> dict[str, str]:
    root = resources.files("camreset") / "data" / "kb"
    texts: dict[str, str] = {}

    def walk(node: resources.abc.Traversable, prefix: str) -> None:
        for child in sorted(node.iterdir(), key=lambda c: c.name):
            if child.is_dir():
                walk(child, f"{prefix}{child.name}/")
            elif child.name.endswith(".yaml"):
                texts[f"{prefix}{child.name}"] = child.read_text(encoding="utf-8")

    walk(root, "")
    return texts


@lru_cache(maxsize=1)
def load_kb() -> KnowledgeBase:
    """The knowledge base shipped in the package, loaded once per process: from the user's
    cache when this exact KB and code were loaded before (kb_cache.py), else parsed."""
    from camreset.kb_cache import cached_kb

    return cached_kb(_package_texts(), _load_texts)


def load_kb_folder(folder: Path) -> KnowledgeBase:
    return _load_texts(read_folder(folder))


def _load_texts(texts: Mapping[str, str]) -> KnowledgeBase:
    """Parse and check (the YAML parser loads only when a KB is parsed, not from the cache)."""
    from camreset.core.kb.loader import load_texts

    return load_texts(texts)
