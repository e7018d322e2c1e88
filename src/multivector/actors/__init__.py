"""Actors: the knowledge base and the linking of mentions in a parsed document.

The knowledge base (``load_kb``, ``is_member``) imports without spaCy, so the store's readers (analytics, the
report) can name countries and organisations; the linking names load spaCy on first use.
"""

from importlib import import_module

from .kb import KnowledgeBase, is_member, load_kb

_LINKING = {"DocActors": ".mentions", "antecedent": ".references", "resolve_mentions": ".resolve"}


def __getattr__(name: str):
    if name in _LINKING:
        return getattr(import_module(_LINKING[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["DocActors", "KnowledgeBase", "antecedent", "is_member", "load_kb", "resolve_mentions"]
