"""The knowledge base kept in the user's cache is the same knowledge base, and never a stale
or broken one: a fresh process reads it back without parsing, any change to the YAML makes a
new entry, and a damaged file or a folder that cannot be written only costs a parse."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Mapping
from pathlib import Path

import pytest

from camreset import kb_cache
from camreset.core.kb.export import export_kb
from camreset.core.kb.facts import Fact
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.loader import load_texts, seen_from
from camreset.core.kb.values import Hold
from camreset.kb_cache import cache_key, cached_kb
from camreset.kb_files import _package_texts

READ_BACK = """
import json, sys
from pathlib import Path
from camreset.core.kb.export import export_kb
from camreset.kb_cache import cached_kb
from camreset.kb_files import _package_texts

def refuse(texts):
    raise SystemExit("the cache was not used: the YAML was parsed")

kb = cached_kb(_package_texts(), refuse, Path(sys.argv[1]))
print(json.dumps(export_kb(kb), sort_keys=True, default=str))
"""


class Counting:
    """A loader that counts how often the YAML was really parsed."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, texts: Mapping[str, str]) -> KnowledgeBase:
        self.calls += 1
        return load_texts(texts)


def exported(kb: KnowledgeBase) -> str:
    return json.dumps(export_kb(kb), sort_keys=True, default=str)


def test_a_fresh_process_reads_the_same_kb_back_without_parsing(tmp_path: Path) -> None:
    parsed = cached_kb(_package_texts(), load_texts, tmp_path)
    assert len(list(tmp_path.glob("kb-*.pickle"))) == 1
    done = subprocess.run(
        [sys.executable, "-c", READ_BACK, str(tmp_path)],
        capture_output=True,
        text=True,
        env={k: v for k, v in os.environ.items() if not k.startswith("CAMRESET_")},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == exported(parsed)


def test_a_kb_read_back_builds_the_views_of_older_sessions(tmp_path: Path) -> None:
    """The file holds no YAML (its read is what `camreset show` waits on); the texts come
    back from the texts that name it, so an older session's view can still be built."""
    texts = _package_texts()
    parsed = cached_kb(texts, load_texts, tmp_path)
    loader = Counting()
    read = cached_kb(texts, loader, tmp_path)
    assert loader.calls == 0 and read is not parsed
    assert read.texts == texts and read.revisions == parsed.revisions
    blob = next(tmp_path.glob("kb-*.pickle")).read_bytes()
    assert texts["lines/arlo.yaml"][:200].encode() not in blob
    assert "arlo-pro-3" in seen_from(read, min(read.revisions) - 1).models


def test_an_older_sessions_view_is_kept_in_its_own_file_and_read_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Built, a view takes a parse's time: the first older session a server opened waited
    about 1.5 s for it (session-65 review G, F2). Read back, it is not parsed again, and it
    goes when its KB's file is pruned."""
    texts = _package_texts()
    rules = min(cached_kb(texts, load_texts, tmp_path).revisions) - 1
    built = seen_from(cached_kb(texts, Counting(), tmp_path), rules)
    assert len(list(tmp_path.glob("kb-*-rules*.pickle"))) == 1

    def refuse(*args: object) -> KnowledgeBase:
        raise AssertionError("parsed again")

    monkeypatch.setattr("camreset.core.kb.loader.load_texts", refuse)
    read = seen_from(cached_kb(texts, Counting(), tmp_path), rules)
    assert exported(read) == exported(built)
    for n in range(kb_cache.KEEP):  # newer KBs push this one and its view out
        monkeypatch.setattr(kb_cache, "cache_key", lambda texts, n=n: f"newer{n}")
        cached_kb(texts, lambda texts: built, tmp_path)
    assert list(tmp_path.glob("kb-*-rules*.pickle")) == []


def test_threads_opening_old_sessions_at_once_build_their_view_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Four threads opening old sessions on a fresh process each built the view, a parse's
    time apiece (session-65 review G, F8)."""
    texts = _package_texts()
    kb = cached_kb(texts, load_texts, tmp_path)
    builds: list[int] = []

    def slow(texts: Mapping[str, str], rules: int | None = None) -> KnowledgeBase:
        builds.append(rules or 0)
        time.sleep(0.2)  # a parse's time: the other threads arrive meanwhile
        return load_texts(texts, rules)

    monkeypatch.setattr("camreset.core.kb.loader.load_texts", slow)
    start, seen = threading.Barrier(4), []

    def open_old() -> None:
        start.wait()
        seen.append(seen_from(kb, min(kb.revisions) - 1))

    threads = [threading.Thread(target=open_old) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(builds) == 1 and len(seen) == 4 and len({id(view) for view in seen}) == 1


def test_the_same_texts_are_parsed_once_and_a_changed_text_again(tmp_path: Path) -> None:
    texts = _package_texts()
    loader = Counting()
    first = cached_kb(texts, loader, tmp_path)
    again = cached_kb(texts, loader, tmp_path)
    assert loader.calls == 1 and again == first
    name = next(n for n in texts if n.startswith("lines/"))
    edited = {**texts, name: texts[name] + "\n# an author's comment\n"}
    assert cache_key(edited) != cache_key(texts)
    cached_kb(edited, loader, tmp_path)
    assert loader.calls == 2


def test_facts_read_back_are_of_their_own_parametrised_class(tmp_path: Path) -> None:
    texts = _package_texts()
    cached_kb(texts, load_texts, tmp_path)
    again = cached_kb(texts, Counting(), tmp_path)
    holds = [m.hold for m in again.models.values() if m.hold is not None]
    assert holds and all(type(hold) is Fact[Hold] for hold in holds)


def test_a_change_to_the_code_that_writes_the_file_makes_a_new_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = _package_texts()
    before = cache_key(texts)
    edited = tmp_path / "kb_cache.py"
    edited.write_bytes(kb_cache.HERE.read_bytes() + b"\n# another pickle format\n")
    monkeypatch.setattr(kb_cache, "HERE", edited)
    assert cache_key(texts) != before


@pytest.mark.parametrize("damage", [b"", b"not a pickle at all", b"\x80\x05\x95garbage"])
def test_a_damaged_cache_file_is_parsed_again_and_replaced(tmp_path: Path, damage: bytes) -> None:
    texts = _package_texts()
    loader = Counting()
    good = cached_kb(texts, loader, tmp_path)
    (cache_file,) = tmp_path.glob("kb-*.pickle")
    cache_file.write_bytes(damage)
    assert cached_kb(texts, loader, tmp_path) == good
    assert loader.calls == 2
    assert cached_kb(texts, loader, tmp_path) == good and loader.calls == 2  # rewritten


def test_a_folder_that_cannot_be_written_just_means_no_cache(tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("a file where the cache folder would be")
    loader = Counting()
    kb = cached_kb(_package_texts(), loader, blocked / "camreset")
    assert kb.models and loader.calls == 1
    assert blocked.read_text() == "a file where the cache folder would be"
