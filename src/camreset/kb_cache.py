"""The package's knowledge base, kept after its first load: a command starts in a tenth of the
time it takes to parse and check the YAML (about 0.4 s of `camreset show`'s 0.8 s).

The loaded `KnowledgeBase` is pickled into the user's cache folder (`~/.cache/camreset` on
Linux, following XDG_CACHE_HOME) under a name that is a hash of everything the result
depends on: the KB's YAML texts, the source of the code that loads them (core/kb/) and of
this module (which writes the file), and the camreset, Python and pydantic versions. Any
change makes a new name, so a cached KB is never stale; when a new one is written, all but
the few newest are removed (several checkouts of camreset on one machine each keep theirs).
Anything wrong with a cache file (unreadable, truncated, from another build) is ignored and
the KB is parsed again, and a folder that cannot be written just means no cache. The file is
as trusted as the bytecode Python caches beside it: only this user can write either.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
import threading
from collections.abc import Callable, Mapping
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

import platformdirs
import pydantic

import camreset
from camreset.core.kb.knowledge import KnowledgeBase

HERE = Path(__file__).resolve()
KB_CODE = HERE.parent / "core" / "kb"
PREFIX = "kb-"
KEEP = 3
VIEW = "-rules"
"""In a file's name, before the rules of the older sessions' view it holds (kb-<key>-rules62)."""
"""Cache files kept: the newest few, one per camreset checkout or version in use."""


def cache_folder() -> Path:
    return Path(platformdirs.user_cache_dir("camreset", appauthor=False))


def cache_key(texts: Mapping[str, str]) -> str:
    """A name for the KB these texts make with this code, Python and pydantic."""
    digest = hashlib.sha256()
    for part in (camreset.__version__, sys.version, pydantic.VERSION):
        digest.update(part.encode() + b"\0")
    for name in sorted(texts):
        digest.update(name.encode() + b"\0" + texts[name].encode() + b"\0")
    for code in [*sorted(KB_CODE.glob("*.py")), HERE]:
        digest.update(code.name.encode() + b"\0" + code.read_bytes() + b"\0")
    return digest.hexdigest()[:32]


def cached_kb(
    texts: Mapping[str, str],
    load: Callable[[Mapping[str, str]], KnowledgeBase],
    folder: Path | None = None,
) -> KnowledgeBase:
    """The KB these texts make: from the cache if it holds it, else `load(texts)`, cached."""
    folder = folder if folder is not None else cache_folder()
    key = cache_key(texts)
    path = folder / f"{PREFIX}{key}.pickle"
    kb = _read(path)
    if kb is None:
        kb = load(texts)
        _write(path, kb)
    else:  # not in the file: the texts are at hand (they name it), and would slow its read
        kb.texts = dict(texts)
    kb.view_builder = _Views(partial(_cached_view, texts, folder, key))
    return kb


class _Views:
    """Older sessions' views of one KB, each read or built once per process: threads that
    opened old sessions at once each built it, taking a parse's time apiece (session-65
    review G, F8; the terminal, the tests and the bench replay in threads)."""

    def __init__(self, build: Callable[[int], KnowledgeBase]) -> None:
        self._build = build
        self._built: dict[int, KnowledgeBase] = {}
        self._lock = threading.Lock()

    def __call__(self, rules: int) -> KnowledgeBase:
        with self._lock:
            view = self._built.get(rules)
            if view is None:
                view = self._built[rules] = self._build(rules)
            return view


def _cached_view(texts: Mapping[str, str], folder: Path, key: str, rules: int) -> KnowledgeBase:
    """The KB as sessions started under `rules` see it, kept beside the newest: built, it
    takes as long as a parse (about 1.5 s), which the first older session a server or
    `camreset sessions` opened waited for (session-65 review G, F2)."""
    from camreset.core.kb.loader import load_texts  # the parser loads only when needed

    path = folder / f"{PREFIX}{key}{VIEW}{rules}.pickle"
    view = _read(path)
    if view is None:
        view = load_texts(texts, rules)
        _write(path, view)
    return view


def _read(path: Path) -> KnowledgeBase | None:
    try:
        with path.open("rb") as file:
            kb = pickle.load(file)
    except Exception:  # missing, truncated, or from other code: parse the YAML instead
        return None
    return kb if isinstance(kb, KnowledgeBase) else None


def _write(path: Path, kb: KnowledgeBase) -> None:
    temporary: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".tmp", delete=False) as file:
            temporary = Path(file.name)
            kept = replace(kb, texts={}, views={}, view_builder=None)  # texts: see cached_kb
            _GenericsPickler(file, protocol=pickle.HIGHEST_PROTOCOL).dump(kept)
        os.replace(temporary, path)
        temporary = None
        _prune(path.parent)
    except (OSError, pickle.PicklingError):
        pass  # no cache this time; the KB in memory is complete
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)


def _prune(folder: Path) -> None:
    """Remove all but the KEEP newest cache files, and the older views of any other."""
    files = [f for f in folder.glob(f"{PREFIX}*.pickle") if VIEW not in f.name]
    files.sort(key=_mtime, reverse=True)
    for old in files[KEEP:]:
        old.unlink(missing_ok=True)
    kept = {f.name.removesuffix(".pickle") for f in files[:KEEP]}
    for view in folder.glob(f"{PREFIX}*{VIEW}*.pickle"):
        if view.name.partition(VIEW)[0] not in kept:
            view.unlink(missing_ok=True)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def _generic(origin: Any, args: tuple[Any, ...]) -> Any:
    """A parametrised pydantic model class (`Fact[Button]`), which pickle cannot find by name."""
    return origin[args if len(args) > 1 else args[0]]


class _GenericsPickler(pickle.Pickler):
    """Pickles a parametrised pydantic model class as its generic class and type arguments
    (pydantic names those classes `Fact[Button]`, which no module holds). Pickle writes each
    class once and refers back to it, so reading a KB looks each class up once, not once per
    fact (about 1,100 of them)."""

    def reducer_override(self, obj: Any) -> Any:
        if isinstance(obj, type):
            meta = getattr(obj, "__pydantic_generic_metadata__", None)
            if meta and meta.get("origin") is not None:
                return _generic, (meta["origin"], meta["args"])
        return NotImplemented
