"""From an article to a document: kept segments with offsets, and a publication date."""

from .clean import clean
from .dating.publication import infer_publication_date

__all__ = ["clean", "infer_publication_date"]
