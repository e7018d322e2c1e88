"""Coder speed next to spaCy parsing alone, on the same articles, in the same run.

Articles: the bundled example corpus, the seeds and the development articles
(when ``../shared`` is there). Timed separately, best of ``--repeat`` passes:

- parse: ``nlp.pipe`` over the cleaned articles (the spaCy pipeline alone);
- code: ``pipeline.extract`` on the parsed docs, everything users get after
  parsing (actors, dates, quotes, rules, classifier, memberships).

Prints words per second of each and the ratio code/parse time (issue 9 asks
for at most 0.3). The classifier is loaded (or trained and cached) before
timing. Figures, not assertions.

    .venv/bin/python benchmarks/throughput.py [--repeat N]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def articles() -> list:
    from importlib import resources

    from multivector.ingest import iter_articles
    from multivector.model import Failure

    paths = [Path(str(resources.files("multivector").joinpath("examples/corpus")))] + [p for p in (SHARED / "seeds", SHARED / "gold" / "articles") if p.is_dir()]
    files = [f for p in paths for f in sorted(p.rglob("*")) if f.suffix in (".txt", ".html", ".jsonl") and f.name != "MANIFEST.json"]
    return [a for a in iter_articles(files) if not isinstance(a, Failure)]


def main(argv: list[str] | None = None) -> int:
    from multivector.document.clean import clean, parse_text
    from multivector.document.dates import resolve_date
    from multivector.events.classifier import load_classifier
    from multivector.nlp import load_nlp
    from multivector.pipeline import extract

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3, help="timed passes; the best of each is kept")
    args = ap.parse_args(argv)
    nlp = load_nlp()
    load_classifier()
    items = articles()
    words = sum(len(a.text.split()) for a in items)
    list(nlp.pipe(parse_text(clean(a)) for a in items[:3]))  # warm up
    parse_best = code_best = float("inf")
    events = 0
    for _ in range(args.repeat):
        resolve_date.cache_clear()  # every pass pays for its own date parsing
        documents = [clean(a) for a in items]
        t0 = time.perf_counter()
        docs = list(nlp.pipe((parse_text(d) for d in documents), batch_size=32))
        t1 = time.perf_counter()
        events = sum(len(extract(a, d, doc).events) for a, d, doc in zip(items, documents, docs))
        t2 = time.perf_counter()
        parse_best, code_best = min(parse_best, t1 - t0), min(code_best, t2 - t1)
    print(f"articles: {len(items)} ({words} words), events coded: {events}")
    print(f"spaCy parse alone : {parse_best:7.3f} s  {words / parse_best:8.0f} words/s")
    print(f"coding after parse: {code_best:7.3f} s  {words / code_best:8.0f} words/s  (pipeline.extract: actors, dates, quotes, coder, memberships)")
    print(f"ratio coding/parse time: {code_best / parse_best:.3f}  (target at most 0.3)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
