"""Events, quotes and memberships from a parsed document."""

from .coder import CODER, code_events
from .memberships import extract_memberships
from .quotes import extract_quotes

__all__ = ["CODER", "code_events", "extract_memberships", "extract_quotes"]
