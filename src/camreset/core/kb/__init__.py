"""The knowledge base: its schema, the two-pass loader, fact resolution and model search.

Every name here loads on first use: a knowledge base read from the cache (kb_cache.py) needs
neither the YAML parser nor the meaning checks, and a command's `--help` that names the
shapes (core/kb/form_factors.py) needs no pydantic schema at all.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from camreset.core.kb.knowledge import KnowledgeBase
    from camreset.core.kb.loader import load_texts
    from camreset.core.kb.meant_model import find_model
    from camreset.core.kb.resolve import resolve_generic, resolve_model
    from camreset.core.kb.resolved import ResolvedModel
    from camreset.core.kb.search import search_models

_HOMES = {
    "KnowledgeBase": "knowledge",
    "ResolvedModel": "resolved",
    "find_model": "meant_model",
    "load_texts": "loader",
    "resolve_generic": "resolve",
    "resolve_model": "resolve",
    "search_models": "search",
}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(import_module(f"camreset.core.kb.{_HOMES[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "KnowledgeBase",
    "ResolvedModel",
    "find_model",
    "load_texts",
    "resolve_generic",
    "resolve_model",
    "search_models",
]
