"""How fast ``multivector run`` is next to spaCy parsing alone, on the same articles, in the same run.

The corpus: the example corpus, seeds and development articles copied with edits to ``--articles``
(400 by default). Figures, not assertions:

- parse: ``nlp.pipe`` over the cleaned texts, in this process (the spaCy pipeline alone);
- run --workers 1, --workers 2 and --dask local (2 workers): each in a fresh process, timed from its
  first stored batch to its last (start-up and model loading left out), with the peak resident memory
  of the writer (which, with workers, never loads the model) and of its largest worker. A run accounts
  a batch once the next one has come back (it is stored meanwhile), so when the first is accounted two
  are done on every engine: the window counts
  the articles of the batches that came back after it opened (it counted the second batch's too, which
  raised every engine's rate by about a tenth on 400 articles);
- extract/parse: the cost of everything after parsing, in one process, as a share of the parse.

The machine's speed drifts by a tenth from minute to minute, so ``--rounds N`` (2 by default) measures the
parse and every engine N times, interleaved, and keeps the best rate of each.

    .venv/bin/python benchmarks/throughput.py [--articles 400] [--rounds 2] [--skip-dask] [--profile 10]

``--profile N`` also prints the N costliest calls (cumulative) of everything after parsing, from a second,
profiled pass of extract (the figures above stay unprofiled).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_copies import write_copies  # noqa: E402

ENGINE_RUN = """
import json, resource, sys, time
from multivector.runner import run

def writer_peak_mb():
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over exec, so it would report this benchmark's own size
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM")) / 1024

marks = []
summary = run([sys.argv[1]], db=sys.argv[2], workers=int(sys.argv[3]), dask=sys.argv[4] or None,
              on_batch=lambda n: marks.append((time.perf_counter(), n)))
steady = sum(n for _, n in marks[2:]) / max(1e-9, marks[-1][0] - marks[0][0]) if len(marks) > 2 else 0.0
print(json.dumps({"articles": summary.articles, "events": summary.events, "steady_articles_per_s": steady,
                  "writer_peak_mb": writer_peak_mb(),
                  "worker_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def parse_rate(folder: Path, rounds: int = 1, profile: int = 0) -> tuple[float, float, int]:
    """(best words/s of nlp.pipe alone, share of it that extract costs on top, words) over the folder's articles."""
    from multivector.document.clean import clean, parse_text
    from multivector.ingest import iter_articles
    from multivector.nlp import load_nlp
    from multivector.pipeline import extract_many
    from multivector.scale import warm_up

    warm_up()
    nlp = load_nlp()
    articles = list(iter_articles([folder]))
    documents = [clean(a) for a in articles]
    words = sum(len(d.body_text().split()) for d in documents)
    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        docs = list(nlp.pipe((parse_text(d) for d in documents), batch_size=32))
        best = min(best, time.perf_counter() - t0)
    t1 = time.perf_counter()
    for start in range(0, len(articles), 32):  # a batch at a time, as a run does
        extract_many([(a, d, doc, None) for a, d, doc in zip(articles[start:start + 32], documents[start:start + 32], docs[start:start + 32])])
    extract = time.perf_counter() - t1
    if profile:
        _profile_extract(articles, docs, profile)
    return words / best, extract / best, words


def _profile_extract(articles: list, docs: list, top: int) -> None:
    """Everything after parsing once more, under cProfile, from freshly cleaned documents (extract sets their dates)."""
    import cProfile
    import io
    import pstats

    from multivector.document.clean import clean
    from multivector.pipeline import extract_many

    fresh = [clean(a) for a in articles]
    profiler = cProfile.Profile()
    profiler.enable()
    for start in range(0, len(articles), 32):
        extract_many([(a, d, doc, None) for a, d, doc in zip(articles[start:start + 32], fresh[start:start + 32], docs[start:start + 32])])
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(top)
    print(out.getvalue())


def engine_run(folder: Path, db: Path, workers: int, dask: str = "") -> dict:
    result = subprocess.run([sys.executable, "-c", ENGINE_RUN, str(folder), str(db), str(workers), dask],
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--rounds", type=int, default=2, help="measure each engine this many times; keep the best")
    ap.add_argument("--skip-dask", action="store_true")
    ap.add_argument("--profile", type=int, default=0, metavar="N", help="print the N costliest calls after parsing")
    args = ap.parse_args(argv)
    engines = [("run --workers 1", 1, ""), ("run --workers 2", 2, "")] + ([] if args.skip_dask else [("run --dask local (2)", 2, "local")])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        write_copies(folder, args.articles)
        parse_wps, extract_share, words = parse_rate(folder, args.rounds, args.profile)
        per_article = words / args.articles
        best: dict[str, dict] = {}
        for round_ in range(args.rounds):
            for name, workers, dask in engines:
                figures = engine_run(folder, Path(tmp) / f"{round_}-{workers}{dask}.duckdb", workers, dask)
                if name not in best or figures["steady_articles_per_s"] > best[name]["steady_articles_per_s"]:
                    best[name] = figures
        print(f"corpus: {args.articles} articles, {words} words; best of {args.rounds} rounds")
        print(f"{'spaCy parse alone':24s} {parse_wps:8.0f} words/s  {parse_wps / per_article * 3600:9.0f} articles/hour")
        print(f"everything after parsing costs {extract_share:.2f} of the parse time (target at most 0.1)")
        rates = {}
        for name, figures in best.items():
            wps = rates[name] = figures["steady_articles_per_s"] * per_article
            print(f"{name:24s} {wps:8.0f} words/s  {figures['steady_articles_per_s'] * 3600:9.0f} articles/hour  "
                  f"{wps / parse_wps:5.2f} of parse  peak MB writer {figures['writer_peak_mb']:.0f}, worker {figures['worker_peak_mb']:.0f}")
        one, two = rates["run --workers 1"], rates["run --workers 2"]
        print(f"--workers 1 / parse: {one / parse_wps:.2f} (target >= 0.9); --workers 2 / --workers 1: {two / one:.2f} (target >= 1.7)")
        if "run --dask local (2)" in rates:
            print(f"--dask local / --workers 2: {rates['run --dask local (2)'] / two:.2f} (target >= 0.8)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
