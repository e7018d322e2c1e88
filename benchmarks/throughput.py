"""Coder speed next to spaCy parsing alone, on the same sentences, in the same run.

Sentences: the PLOVER dev texts and the sentences of the seed articles. Each
sentence is coded alone, as ``code_sentences`` does. Timed separately:

- parse: ``nlp.pipe`` over the sentences (the spaCy pipeline alone);
- code: everything after parsing (actors, quotes, rule coder, classifier,
  combination) on the parsed docs.

Prints sentences per second of each and the ratio code/parse time (the issue
asks for less than 0.5). The classifier is loaded (or trained and cached)
before timing. Figures, not assertions.

    .venv/bin/python benchmarks/throughput.py [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def sentences() -> list[str]:
    from multivector.nlp import load_nlp

    texts = [json.loads(line)["text"] for line in (SHARED / "gold" / "plover_gsr_dev.jsonl").read_text("utf-8").splitlines() if line.strip()]
    nlp = load_nlp()
    for path in sorted((SHARED / "seeds").glob("*.txt")):
        for sent in nlp(path.read_text("utf-8")).sents:
            if len(sent.text.split()) >= 4:
                texts.append(" ".join(sent.text.split()))
    return texts


def main(argv: list[str] | None = None) -> int:
    from multivector.actors.resolve import resolve_mentions
    from multivector.document.clean import clean, parse_text
    from multivector.events.classifier import classify_many, load_classifier
    from multivector.events.coder import code_events
    from multivector.events.quotes import extract_quotes
    from multivector.events.sentence import _content, combine
    from multivector.model import Article
    from multivector.nlp import load_nlp

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3, help="timed passes; the best of each is kept")
    args = ap.parse_args(argv)
    nlp = load_nlp()
    load_classifier()
    texts = sentences()
    documents = [clean(Article(doc_id=f"s{i}", text=t)) for i, t in enumerate(texts)]
    inputs = [parse_text(d) for d in documents]
    list(nlp.pipe(inputs[:20]))  # warm up
    parse_best = code_best = float("inf")
    events = 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        docs = list(nlp.pipe(inputs, batch_size=64))
        t1 = time.perf_counter()
        probs = classify_many([_content(d) for d in docs])
        events = 0
        for document, doc, p in zip(documents, docs, probs):
            acts = resolve_mentions(document, doc)
            quotes = extract_quotes(document, doc, acts)
            events += len(combine(document.doc_id, doc, acts, code_events(document, doc, acts, quotes), p))
        t2 = time.perf_counter()
        parse_best, code_best = min(parse_best, t1 - t0), min(code_best, t2 - t1)
    n = len(texts)
    print(f"sentences: {n} (PLOVER dev texts + seed sentences), events coded: {events}")
    print(f"spaCy parse alone : {parse_best:7.3f} s  {n / parse_best:8.1f} sentences/s")
    print(f"coding after parse: {code_best:7.3f} s  {n / code_best:8.1f} sentences/s  (actors, quotes, rules, classifier, combination)")
    print(f"ratio coding/parse time: {code_best / parse_best:.3f}  (target < 0.5)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
