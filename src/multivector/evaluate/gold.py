"""Score extractions against article-level gold files, as ``../gold/SCHEMA.md`` defines it.

- events: micro F1 on the set of (type, source, target) triples of each article,
  an actor written as its country code (its org where the code is IGO), a
  compound actor expanded to one triple per pair, an empty target as None; a
  negated event only matches a negated gold event. Also per type, on type
  alone, and with sectors.
- actors: F1 on (name, country, sector); a predicted actor's name, or its
  first mention when that is a proper name of two words or more, matches the
  gold name or any of its listed mentions, or is the full gold name with a title
  before it (the knowledge base spells 'Yousaf Raza Gillani' where the text has
  'Prime Minister Yousuf Raza Gilani'). Quote speakers are named the same way.
  Both come from the actor rows, so a store and a folder score alike.
- quotes: F1 on (speaker, text) where the texts share at least 0.8 of their
  tokens (the overlap counted against the longer of the two).
- publication date: share within the gold precision, mean error in days, interval
  coverage (share of gold dates inside the predicted [date_earliest, date_latest];
  an open end covers, no prediction does not) and the median interval width in
  days (an open interval counts as infinitely wide; None when most are).
Texts are compared after folding white space and typographic quotes.
"""

from __future__ import annotations

import json
import math
import re
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..text import fold, parse_iso
from ..errors import Errors, EvalError

QUOTE_OVERLAP = 0.8


def norm(text: str | None) -> str:
    """A name as a reader compares it: case, spacing, quotes and diacritics aside ("Vučić" is "Vucic")."""
    decomposed = unicodedata.normalize("NFKD", fold(text or ""))
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).lower().split())


def _actor_key(actor: dict, sectors: bool = False) -> str:
    code = actor.get("country") or actor.get("code")
    key = (actor.get("org") or actor.get("name")) if code == "IGO" else code
    return f"{key}/{actor.get('sector')}" if sectors else str(key)


def event_triples(events: list[dict], *, sectors: bool = False) -> set[tuple]:
    out = set()
    for ev in events:
        targets = ev.get("target") or [None]
        for s in ev.get("source") or []:
            for t in targets:
                out.add((ev["type"], _actor_key(s, sectors), _actor_key(t, sectors) if t else None, bool(ev.get("negated"))))
    return out


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: set, pred: set) -> None:
        self.tp += len(gold & pred)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class GoldReport:
    documents: int = 0
    events: PRF = field(default_factory=PRF)
    events_typed: PRF = field(default_factory=PRF)
    events_sectors: PRF = field(default_factory=PRF)
    negated: PRF = field(default_factory=PRF)
    per_type: dict[str, PRF] = field(default_factory=dict)
    actors: PRF = field(default_factory=PRF)
    quotes: PRF = field(default_factory=PRF)
    date_hits: int = 0
    date_errors: list[float] = field(default_factory=list)
    date_covered: int = 0
    date_widths: list[float] = field(default_factory=list)
    misses: list[dict] = field(default_factory=list)

    @property
    def date_hit_rate(self) -> float:
        return self.date_hits / self.documents if self.documents else 0.0

    @property
    def date_interval_coverage(self) -> float:
        return self.date_covered / self.documents if self.documents else 0.0

    @property
    def date_median_width_days(self) -> float | None:
        if not self.date_widths:
            return None
        median = statistics.median(self.date_widths)
        return None if math.isinf(median) else median

    def as_dict(self) -> dict:
        return {
            "documents": self.documents,
            "event_f1": self.events.as_dict(),
            "event_type_only_f1": self.events_typed.as_dict(),
            "event_with_sectors_f1": self.events_sectors.as_dict(),
            "negated_f1": self.negated.as_dict(),
            "per_type": {k: v.as_dict() for k, v in sorted(self.per_type.items())},
            "actor_f1": self.actors.as_dict(),
            "quote_f1": self.quotes.as_dict(),
            "date_hit_rate": round(self.date_hit_rate, 4),
            "date_mean_error_days": round(sum(self.date_errors) / len(self.date_errors), 1) if self.date_errors else None,
            "date_interval_coverage": round(self.date_interval_coverage, 4),
            "date_median_width_days": self.date_median_width_days,
            "misses": self.misses,
        }


def load_gold(folder: str | Path) -> list[dict]:
    files = sorted(Path(folder).glob("*.gold.json"))
    if not files:
        raise EvalError(Errors.E040.format(path=folder))
    out = []
    for f in files:
        try:
            gold = json.loads(f.read_text("utf-8"))
            gold["doc_id"] = gold.get("doc_id") or f.name[: -len(".gold.json")]
        except (json.JSONDecodeError, UnicodeDecodeError) as err:
            raise EvalError(Errors.E041.format(path=f, detail=err)) from None
        out.append(gold)
    return out


def _tokens(text: str) -> Counter:
    return Counter(re.findall(r"\w+", norm(text)))


def quote_overlap(a: str, b: str) -> float:
    ta, tb = _tokens(a), _tokens(b)
    longer = max(sum(ta.values()), sum(tb.values()))
    return sum((ta & tb).values()) / longer if longer else 0.0


def _greedy(gold: list[dict], pred: list[dict], same) -> PRF:
    """Pair each gold item with the first unused prediction that ``same`` accepts."""
    prf = PRF()
    used: set[int] = set()
    for g in gold:
        hit = next((i for i, p in enumerate(pred) if i not in used and same(g, p)), None)
        if hit is None:
            prf.fn += 1
        else:
            used.add(hit)
            prf.tp += 1
    prf.fp += len(pred) - len(used)
    return prf


def _same_quote(g: dict, p: dict) -> bool:
    return _names_agree(g["speaker"], (), p.get("speaker_forms") or {norm(p.get("speaker"))}) \
        and quote_overlap(g["text"], p["text"]) >= QUOTE_OVERLAP


def _forms(row: dict) -> set[str]:
    """How a predicted actor is named: its own name, and its first mention when that is a proper name ('Prime Minister
    Yousuf Raza Gilani' where the knowledge base spells 'Yousaf Raza Gillani'; not 'the ministry' or 'Officials')."""
    first = (row.get("first_text") or "").split()
    proper = len(first) > 1 and first[0].lower() not in ("the", "a", "an") and first[-1][:1].isupper()
    return {norm(row.get("name"))} | ({norm(" ".join(first))} if proper else set())


def _names_agree(name: str, mentions, given: set[str]) -> bool:
    """A name given is the gold name or one of its mentions, or the full gold name with a title before it."""
    full = norm(name)
    listed = {full} | {norm(m) for m in mentions}
    return any(n in listed or (len(full.split()) > 1 and n.endswith(" " + full)) for n in given if n)


def _same_actor(g: dict, p: dict) -> bool:
    country = g.get("org") if g.get("country") == "IGO" else g.get("country")
    return _names_agree(g["name"], g.get("mentions", []), _forms(p)) and p.get("actor_key") == country and p.get("sector") == g.get("sector")


def _date_score(gold: dict, value: str | None) -> tuple[bool, float | None]:
    g = parse_iso((gold.get("publication_date") or {}).get("value"))
    p = parse_iso(value)
    if g is None:
        return False, None
    if p is None:
        return False, None
    precision = (gold.get("publication_date") or {}).get("precision") or g[1]
    width = {"year": 4, "month": 7, "day": 10}[precision]
    hit = p[0].isoformat()[:width] == g[0].isoformat()[:width]
    return hit, abs((p[0] - g[0]).days)


def _date_interval(gold: dict, pred: dict) -> tuple[bool, float] | None:
    """Whether the gold date lies inside the predicted interval, and the interval's width in days."""
    g = parse_iso((gold.get("publication_date") or {}).get("value"))
    if g is None:
        return None
    if not pred.get("date"):
        return False, math.inf
    first, last = parse_iso(pred.get("date_earliest")), parse_iso(pred.get("date_latest"))
    if first is None and last is None:
        return False, math.inf  # a date without its interval (a store written before intervals)
    covered = (first is None or first[0] <= g[0]) and (last is None or g[0] <= last[0])
    return covered, (last[0] - first[0]).days if first and last else math.inf


def score(golds: list[dict], predictions: dict[str, dict]) -> GoldReport:
    """``predictions[doc_id]`` holds 'events', 'actors', 'quotes' (store-shaped dicts), 'date', 'date_earliest' and 'date_latest'."""
    report = GoldReport()
    for gold in golds:
        pred = predictions.get(gold["doc_id"])
        if pred is None:
            raise EvalError(Errors.E042.format(doc_id=gold["doc_id"], path="the articles given"))
        report.documents += 1
        gold_set, pred_set = event_triples(gold["events"]), event_triples(pred["events"])
        report.events.add(gold_set, pred_set)
        report.events_sectors.add(event_triples(gold["events"], sectors=True), event_triples(pred["events"], sectors=True))
        report.events_typed.add({(t[0], t[3]) for t in gold_set}, {(t[0], t[3]) for t in pred_set})
        report.negated.add({t for t in gold_set if t[3]}, {t for t in pred_set if t[3]})
        for etype in {t[0] for t in gold_set | pred_set}:
            report.per_type.setdefault(etype, PRF()).add({t for t in gold_set if t[0] == etype}, {t for t in pred_set if t[0] == etype})
        for t in sorted(gold_set - pred_set, key=str):
            report.misses.append({"doc_id": gold["doc_id"], "kind": "missed", "triple": list(t)})
        for t in sorted(pred_set - gold_set, key=str):
            report.misses.append({"doc_id": gold["doc_id"], "kind": "spurious", "triple": list(t)})
        a = _greedy(gold.get("actors", []), pred["actors"], _same_actor)
        named = {}  # a speaker is named as the actor of the same name is
        for row in pred["actors"]:
            named.setdefault(row.get("name"), set()).update(_forms(row))
        quotes = [{**q, "speaker_forms": named.get(q.get("speaker"), set()) | {norm(q.get("speaker"))}} for q in pred["quotes"]]
        q = _greedy(gold.get("quotes", []), quotes, _same_quote)
        for total, part in ((report.actors, a), (report.quotes, q)):
            total.tp += part.tp
            total.fp += part.fp
            total.fn += part.fn
        hit, error = _date_score(gold, pred.get("date"))
        report.date_hits += hit
        if error is not None:
            report.date_errors.append(error)
        interval = _date_interval(gold, pred)
        if interval is not None:
            report.date_covered += interval[0]
            report.date_widths.append(interval[1])
    return report
