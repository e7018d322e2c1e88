"""Measured accuracy: score the pipeline's output against gold annotations."""

from __future__ import annotations

import tempfile
from pathlib import Path

from ..model import Extraction, Failure, actor_rows
from .gold import GoldReport, load_gold, score


def _extraction_dict(ex: Extraction) -> dict:
    def actor(a):
        return {"code": a.code, "country": a.code, "sector": a.sector, "org": a.org, "name": a.name}

    return {
        "events": [{"type": e.type, "negated": e.negated, "source": [actor(a) for a in e.source], "target": [actor(a) for a in e.target]} for e in ex.events],
        "actors": actor_rows(ex),
        "quotes": [{"speaker": q.speaker.name if q.speaker else None, "text": q.text} for q in ex.quotes],
        "date": ex.document.date.value,
        "date_earliest": ex.document.date.earliest,
        "date_latest": ex.document.date.latest,
    }


def predict_folder(docs: str | Path, doc_ids: set[str] | None = None) -> dict[str, dict]:
    """The extractions of the articles of a folder, made by the one runner (``runner.run``) into a throwaway store."""
    from ..runner import run

    out = {}

    def keep(item: Extraction | Failure) -> None:
        if isinstance(item, Extraction) and (doc_ids is None or item.document.doc_id in doc_ids):
            out[item.document.doc_id] = _extraction_dict(item)

    with tempfile.TemporaryDirectory(prefix="multivector-eval-") as scratch:
        run([docs], db=Path(scratch) / "predictions.duckdb", on_article=keep)
    return out


def predict_store(db: str | Path) -> dict[str, dict]:
    from ..store import Reader

    out = {}
    with Reader(db) as reader:
        for listed in reader.documents():
            doc = reader.document(listed["doc_id"])
            for e in doc["events"]:
                for a in e["source"] + e["target"]:
                    a["country"] = a["code"]
            out[doc["doc_id"]] = {key: doc.get(key) for key in ("events", "actors", "quotes", "date", "date_earliest", "date_latest")}
    return out


def evaluate_gold(gold_dir: str | Path, docs: str | Path | None = None, db: str | Path | None = None) -> GoldReport:
    """Score the pipeline on ``docs`` (or the store ``db``) against the gold files in ``gold_dir``."""
    golds = load_gold(gold_dir)
    ids = {g["doc_id"] for g in golds}
    predictions = predict_folder(docs, ids) if docs is not None else predict_store(db)
    return score(golds, predictions)


__all__ = ["GoldReport", "evaluate_gold", "load_gold", "predict_folder", "predict_store", "score"]
