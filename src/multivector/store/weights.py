"""The cooperation weight and PLOVER quad of each event type, and the factor of each modality.

Read from ``data/weights.json``. They sit in the store, below the analytics that weigh events
and beside the exports that write each event's quad, so neither reaches up or sideways for them.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).parent / "data" / "weights.json"


@lru_cache(maxsize=1)
def weights() -> dict:
    """The weights file: ``types`` (weight and quad per PLOVER type), ``modality`` factors, ``quads``, ``_doc``."""
    return json.loads(_DATA.read_text(encoding="utf-8"))


def type_weight(etype: str) -> float:
    entry = weights()["types"].get((etype or "").upper())
    return float(entry["weight"]) if entry else 0.0


def type_quad(etype: str) -> str | None:
    entry = weights()["types"].get((etype or "").upper())
    return entry["quad"] if entry else None


def modality_factor(modality: str | None) -> float:
    """Factor of an event's modality; a missing modality counts as asserted."""
    return float(weights()["modality"].get((modality or "asserted").lower(), 1.0))
