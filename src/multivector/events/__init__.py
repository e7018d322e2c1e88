"""Events, quotes and memberships from a parsed document."""

from .coder import CODER, code_events
from .context import make_context
from .memberships import extract_memberships
from .quotes import extract_quotes
from .sentence import code_document

__all__ = ["CODER", "code_document", "code_events", "extract_memberships", "extract_quotes", "make_context"]
