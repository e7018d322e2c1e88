"""Publication dates inferred from the text alone: every article's date metadata is removed first.

Two sets, each through ``pipeline.process`` (the path users take):

- ``articles``: the development articles in ``../shared/gold/articles`` (true dates in their gold files);
- ``corpus``: the bundled example corpus (true dates in its MANIFEST);
- ``heldout``: the project's held-out articles (``benchmarks/heldout``), never tuned on: totals only.

Per set: the share within a month (a day or month guess whose day, or the middle of whose month, is at most
31 days from the truth; a year guess never counts), the share in the right year, interval coverage (the
truth inside ``[date_earliest, date_latest]``; an open end counts as covering) and the median interval width
in days (an open interval counts as infinitely wide). Figures, not assertions.

    .venv/bin/python benchmarks/dates_undated.py [--verbose]
"""

from __future__ import annotations

import argparse
import json
import statistics
from dataclasses import replace
from datetime import date
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
WITHIN = 31


def gold_articles(folder: Path) -> tuple[list, dict[str, str]]:
    """Articles beside their gold files (the development articles, the project's held-out set)."""
    truth = {}
    for f in sorted(folder.glob("*.gold.json")):
        gold = json.loads(f.read_text("utf-8"))
        truth[gold.get("doc_id") or f.name[: -len(".gold.json")]] = gold["publication_date"]["value"]
    files = [f for f in sorted(folder.iterdir()) if f.suffix in (".txt", ".html") and f.stem in truth]
    return files, truth


def corpus_articles() -> tuple[list, dict[str, str]]:
    folder = Path(str(resources.files("multivector").joinpath("examples/corpus")))
    manifest = json.loads((folder / "MANIFEST.json").read_text("utf-8"))
    truth = {m["id"]: m["publication_date"] for m in manifest}
    files = sorted({folder / m["file"] for m in manifest})
    return files, truth


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def within_a_month(value: str | None, precision: str | None, truth: date) -> bool:
    if not value or precision not in ("day", "month"):
        return False
    guess = date.fromisoformat(value) if precision == "day" else date.fromisoformat(value + "-15")
    return abs((guess - truth).days) <= WITHIN


def measure(name: str, files: list, truth: dict[str, str], verbose: bool) -> None:
    from multivector.ingest import iter_articles
    from multivector.model import Failure
    from multivector.pipeline import process

    articles = [replace(a, date=None) for a in iter_articles(files) if not isinstance(a, Failure) and a.doc_id in truth]
    month = year = covered = 0
    widths = []
    intervals = True
    for batch in process(articles):
        for ex in batch:
            if isinstance(ex, Failure):
                print(f"  failed: {ex.path}: {ex.reason}")
                continue
            guess = ex.document.date
            true = date.fromisoformat(truth[ex.document.doc_id])
            intervals = intervals and hasattr(guess, "earliest")  # older versions gave no interval
            lo, hi = _day(getattr(guess, "earliest", None)), _day(getattr(guess, "latest", None))
            month += within_a_month(guess.value, guess.precision, true)
            year += bool(guess.value) and guess.value[:4] == str(true.year)
            covered += (lo is None or lo <= true) and (hi is None or true <= hi) and bool(guess.value)
            widths.append((hi - lo).days if lo and hi else float("inf"))
            if verbose:
                print(f"  {ex.document.doc_id:40s} true {true}  guess {guess.value} ({guess.precision}) [{lo} .. {hi}]  {guess.reason[:150]}")
    n = len(articles)
    median = statistics.median(widths) if widths else float("nan")
    spread = f"interval coverage {covered}/{n} ({covered / n:.0%}), median width {median} days" if intervals else "no intervals"
    print(f"{name:9s} {n:3d} articles: within a month {month}/{n} ({month / n:.0%}), right year {year}/{n} ({year / n:.0%}), {spread}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", action="store_true", help="one line per article: truth, guess, interval, reason")
    args = ap.parse_args(argv)
    if (SHARED / "gold" / "articles").is_dir():
        measure("articles", *gold_articles(SHARED / "gold" / "articles"), args.verbose)
    measure("corpus", *corpus_articles(), args.verbose)
    measure("heldout", *gold_articles(ROOT / "benchmarks" / "heldout"), False)  # never tuned on: totals only
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
