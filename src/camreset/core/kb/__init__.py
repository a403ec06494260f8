"""The knowledge base: its schema, the two-pass loader, fact resolution and model search.

`load_texts` (the YAML loader) loads on first use: a knowledge base read from the cache
(kb_cache.py) needs neither the YAML parser nor the meaning checks.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.resolve import ResolvedModel, resolve_generic, resolve_model
from camreset.core.kb.search import find_model, search_models

if TYPE_CHECKING:
    from camreset.core.kb.loader import load_texts


def __getattr__(name: str) -> Any:
    if name == "load_texts":
        return import_module("camreset.core.kb.loader").load_texts
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
