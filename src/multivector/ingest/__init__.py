"""Reading inputs: files, folders and stdin become ``Article`` objects or ``Failure`` rows."""

from .readers import SUPPORTED_SUFFIXES, input_files, iter_articles, read_bytes

__all__ = ["SUPPORTED_SUFFIXES", "input_files", "iter_articles", "read_bytes"]
