"""The knowledge base: its schema, the two-pass loader, fact resolution and model search."""

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.loader import load_texts
from camreset.core.kb.resolve import ResolvedModel, resolve_generic, resolve_model
from camreset.core.kb.search import find_model, search_models

__all__ = [
    "KnowledgeBase",
    "ResolvedModel",
    "find_model",
    "load_texts",
    "resolve_generic",
    "resolve_model",
    "search_models",
]
