"""Analytics over the store: relations of a pair, the multi-vector balance, what moved it, the network.

Pure functions over a DuckDB connection; no spaCy, no NLP stages."""

from .relations import (
    COUNTS,
    EventRow,
    balance,
    balance_index,
    check_count,
    fold_eu_key,
    load_events,
    modality_factor,
    movers,
    network,
    period_of,
    relations,
    shares,
    top_partners,
    type_quad,
    type_weight,
    weights,
)

__all__ = [
    "COUNTS",
    "EventRow",
    "balance",
    "balance_index",
    "check_count",
    "fold_eu_key",
    "load_events",
    "modality_factor",
    "movers",
    "network",
    "period_of",
    "relations",
    "shares",
    "top_partners",
    "type_quad",
    "type_weight",
    "weights",
]
