"""Score the sentence coder against PLOVER sentence records (``plover_gsr_dev.jsonl`` format).

Each record's ``text`` is coded on its own. The figures:

- coverage: the share of sentences with at least one event;
- type accuracy: the type of the primary event (the first one the coder
  returns) against the record's type; a sentence with no event is wrong;
- macro F1: per-type F1 of the primary type, averaged over the PLOVER types
  that occur in the gold or in the predictions (all 16 on the dev records);
- dyad F1: micro F1 on (type, source country, target country) triples over all
  events emitted, a compound actor expanded to one triple per pair and an empty
  target written as None. The country slot is compared: an international
  organisation matches as ``IGO`` whatever its name. A gold record whose target
  is empty and whose sources are two or more ("Israel and Jordan agreed", the
  markup's SRC/TAR) is symmetric: its triples are the unordered pairs of its
  sources, and in that sentence predicted pairs are compared unordered too;
- events per sentence: the mean number of events emitted;
- a confusion matrix gold type × primary type (None for no event).

Older non-ISO codes in the records are mapped here, never in the coder.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import permutations
from pathlib import Path

from ..errors import Errors, EvalError
from ..model import EVENT_TYPES
from .gold import PRF

# Codes of the CAMEO era found in the records -> the slot the coder uses.
LEGACY_CODES = {
    "JAP": "JPN",  # Japan
    "ITL": "ITA",  # Italy
    "VTN": "VNM",  # Vietnam
    "IMG": "NGO",  # international militarized group (al-Qaeda): a non-state transnational actor
    "ISM": "NGO",  # a Muslim group without a country
    "GER": "DEU",
    "UK": "GBR",
    "SPN": "ESP",
    "ROM": "ROU",
    "CRO": "HRV",
}
NONE = "None"


def norm_code(code: str | None) -> str | None:
    if not code:
        return None
    code = code.strip().upper()
    return LEGACY_CODES.get(code, code)


def load_records(path: str | Path) -> list[dict]:
    path = Path(path)
    if not path.is_file():
        raise EvalError(Errors.E043.format(path=path))
    out = []
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError as err:
            raise EvalError(Errors.E041.format(path=f"{path}:{n}", detail=err)) from None
    return out


def _codes(actors: Iterable) -> list[str | None]:
    out = []
    for a in actors or []:
        code = a.get("code") if isinstance(a, dict) else getattr(a, "code", None)
        out.append(norm_code(code))
    return out


def _event_parts(ev) -> tuple[str | None, list, list]:
    if isinstance(ev, dict):
        return ev.get("event") or ev.get("type"), ev.get("source") or [], ev.get("target") or []
    return ev.type, ev.source, ev.target


def _symmetric(sources: list, targets: list) -> bool:
    return not targets and len({c for c in sources if c}) >= 2


def gold_triples(record: dict) -> set[tuple]:
    etype = record.get("event")
    if not etype:
        return set()
    sources, targets = _codes(record.get("source")), _codes(record.get("target"))
    if _symmetric(sources, targets):
        return {(etype, *sorted((a, b))) for a, b in permutations({c for c in sources if c}, 2)}
    return {(etype, s, t) for s in sources for t in (targets or [None])}


def pred_triples(events: list, *, unordered: bool = False) -> set[tuple]:
    out = set()
    for ev in events:
        etype, src, tar = _event_parts(ev)
        sources, targets = _codes(src), _codes(tar)
        if unordered and _symmetric(sources, targets):
            pairs = list(permutations({c for c in sources if c}, 2))
        else:
            pairs = [(s, t) for s in sources for t in (targets or [None])]
        for s, t in pairs:
            if unordered and s is not None and t is not None:
                s, t = sorted((s, t))
            out.add((etype, s, t))
    return out


@dataclass
class PloverReport:
    sentences: int = 0
    covered: int = 0
    correct: int = 0
    events: int = 0
    dyads: PRF = field(default_factory=PRF)
    confusion: dict[str, Counter] = field(default_factory=dict)
    misses: list[dict] = field(default_factory=list)

    @property
    def coverage(self) -> float:
        return self.covered / self.sentences if self.sentences else 0.0

    @property
    def type_accuracy(self) -> float:
        return self.correct / self.sentences if self.sentences else 0.0

    @property
    def events_per_sentence(self) -> float:
        return self.events / self.sentences if self.sentences else 0.0

    def per_type(self) -> dict[str, PRF]:
        out: dict[str, PRF] = {}
        labels = [t for t in EVENT_TYPES if t in self.confusion or any(t in row for row in self.confusion.values())]
        for t in labels:
            prf = PRF()
            prf.tp = self.confusion.get(t, Counter())[t]
            prf.fn = sum(self.confusion.get(t, Counter()).values()) - prf.tp
            prf.fp = sum(row[t] for g, row in self.confusion.items() if g != t)
            out[t] = prf
        return out

    @property
    def macro_f1(self) -> float:
        per = self.per_type()
        return sum(p.f1 for p in per.values()) / len(per) if per else 0.0

    def as_dict(self) -> dict:
        return {
            "sentences": self.sentences,
            "coverage": round(self.coverage, 4),
            "type_accuracy": round(self.type_accuracy, 4),
            "macro_f1": round(self.macro_f1, 4),
            "dyad_f1": self.dyads.as_dict(),
            "events_per_sentence": round(self.events_per_sentence, 4),
            "per_type": {k: v.as_dict() for k, v in self.per_type().items()},
            "confusion": {g: dict(row) for g, row in sorted(self.confusion.items())},
            "misses": self.misses,
        }


def score_records(records: list[dict], predictions: list[list]) -> PloverReport:
    """``predictions[i]`` is the list of events (``Event`` or dicts with type/source/target) coded for ``records[i]``."""
    report = PloverReport()
    for record, events in zip(records, predictions, strict=True):
        gold_type = record.get("event") or NONE
        primary = (_event_parts(events[0])[0] if events else None) or NONE
        report.sentences += 1
        report.covered += bool(events)
        report.events += len(events)
        report.correct += primary == gold_type and gold_type != NONE or (gold_type == NONE and not events)
        report.confusion.setdefault(gold_type, Counter())[primary] += 1
        gold = gold_triples(record)
        src, tar = _codes(record.get("source")), _codes(record.get("target"))
        pred = pred_triples(events, unordered=_symmetric(src, tar))
        report.dyads.add(gold, pred)
        if primary != gold_type or gold != pred:
            report.misses.append({"id": record.get("id"), "gold": sorted(map(str, gold)), "pred": sorted(map(str, pred))})
    return report


def evaluate_records(path: str | Path, coder: Callable[[str], list] | None = None) -> PloverReport:
    """Code each record's text alone with ``coder`` (default: ``pipeline.code_sentences``, the product path) and score it."""
    records = load_records(path)
    if coder is None:
        from ..pipeline import code_sentences

        predictions = code_sentences([r["text"] for r in records])
    else:
        predictions = [coder(r["text"]) for r in records]
    return score_records(records, predictions)


__all__ = ["LEGACY_CODES", "PloverReport", "evaluate_records", "gold_triples", "load_records", "norm_code", "pred_triples", "score_records"]
