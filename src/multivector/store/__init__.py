"""The store: one DuckDB file, one writer; reads beside it."""

from .reader import Reader
from .schema import SCHEMA_VERSION, TABLES
from .writer import Store

__all__ = ["SCHEMA_VERSION", "TABLES", "Reader", "Store"]
