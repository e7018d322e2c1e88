"""Analytics over the store: relations of a pair, the multi-vector balance, what moved it, the network.

Pure functions over a DuckDB connection; no spaCy, no NLP stages."""

from .graph import layout, network
from .relations import TOO_FEW, balance, balance_index, movers, relations, shares, top_partners
from .rows import COUNTS, EventRow, check_count, fold_eu_key, load_events, period_of

__all__ = [
    "COUNTS",
    "TOO_FEW",
    "EventRow",
    "balance",
    "balance_index",
    "check_count",
    "fold_eu_key",
    "layout",
    "load_events",
    "movers",
    "network",
    "period_of",
    "relations",
    "shares",
    "top_partners",
]
