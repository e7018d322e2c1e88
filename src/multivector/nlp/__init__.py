"""The spaCy pipeline: loaded once per process, fed in batches."""

from .pipeline import load_nlp, parse_documents

__all__ = ["load_nlp", "parse_documents"]
