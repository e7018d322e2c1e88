"""Actors: the knowledge base and the linking of mentions in a parsed document."""

from .kb import KnowledgeBase, is_member, load_kb
from .resolve import DocActors, antecedent, resolve_mentions

__all__ = ["DocActors", "KnowledgeBase", "antecedent", "is_member", "load_kb", "resolve_mentions"]
