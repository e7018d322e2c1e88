"""One story, one event: the example corpus once, and four times with small edits.

Copies 2 to 4 of every article change a word or two (a different word per copy) and have
another file name, as syndicated copies do. Both corpora are run through the pipeline
(``multivector.runner.run``), clusters are rebuilt, and the relation counts of KAZ with each
partner are printed with one copy and with four, counting clusters and counting mentions.
The issue's target: with clusters, four copies give the same counts as one. Also the time
``rebuild_clusters`` takes on a synthetic store of ``--synthetic`` events. Figures, not
assertions.

    .venv/bin/python benchmarks/duplicates.py [--focal KAZ] [--keep DIR] [--synthetic 10000]
"""

from __future__ import annotations

import argparse
import re
import shutil
import tempfile
import time
from importlib import resources
from pathlib import Path

# word: its replacement in copies 2, 3 and 4; each copy changes two occurrences of these words
EDITS = {"largest": ("biggest", "greatest", "top"), "important": ("significant", "major", "key"),
         "often": ("frequently", "regularly", "commonly"), "recent": ("latest", "new", "fresh"),
         "about": ("around", "roughly", "some"), "because": ("since", "as", "for"),
         "however": ("though", "still", "yet"), "many": ("numerous", "plenty of", "lots of"),
         "very": ("highly", "really", "truly"), "officials": ("authorities", "representatives", "functionaries"),
         "main": ("principal", "chief", "primary"), "several": ("a few", "some", "various"),
         "country": ("nation", "state", "land"), "the": ("this", "that", "a")}
SUFFIXES = (".txt", ".html", ".jsonl")


def edited(text: str, copy: int) -> str:
    """``text`` with two words changed (copy 1 to 3): occurrences of ``EDITS`` near the middle, each copy its own."""
    found = sorted((m for word in EDITS for m in re.finditer(rf"\b{word}\b", text)), key=lambda m: m.start())
    middle = len(found) // 2
    chosen = {found[(middle + copy) % len(found)], found[(middle + copy + 7) % len(found)]}
    for m in sorted(chosen, key=lambda m: -m.start()):  # from the end, so that earlier offsets stay right
        text = text[: m.start()] + EDITS[m.group()][copy - 1] + text[m.end():]
    return text


def build(corpus: Path, dest: Path, copies: int) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    for f in sorted(corpus.iterdir()):
        if f.suffix not in SUFFIXES:
            continue
        text = f.read_text(encoding="utf-8")
        for k in range(copies):
            name = f.name if k == 0 else f"copy{k}-{f.name}"
            lines = text.splitlines(keepends=True) if f.suffix == ".jsonl" else [text]  # one article a line
            (dest / name).write_text("".join(line if k == 0 else edited(line, k) for line in lines), encoding="utf-8")
    return dest


def counts(db: Path, focal: str) -> dict:
    """Relation counts of ``focal`` with each actor it deals with (all periods), clusters and mentions."""
    from multivector.analytics import balance, network
    from multivector.store.connection import connect

    con = connect(db, read_only=True)
    try:
        out: dict = {}
        for mode in ("clusters", "mentions"):
            dyads = network(con, count=mode)["dyads"]
            out[mode] = {(d["b"] if d["a"] == focal else d["a"]): d["events"] for d in dyads if focal in (d["a"], d["b"])}
            periods = balance(con, focal, count=mode)["periods"]
            out[f"{mode} tilts"] = (sum(p["status"] == "ok" for p in periods),
                                    sum(q["tilt_flag"] for p in periods for q in p["partners"].values()))
        linked = con.execute("SELECT count(*) FROM documents WHERE near_duplicate_of IS NOT NULL").fetchone()[0]
        docs, events = con.execute("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events)").fetchone()
        reports = con.execute("SELECT max(reports), count(*) FROM event_clusters").fetchone()
    finally:
        con.close()
    return {**out, "documents": docs, "linked": linked, "events": events, "n_clusters": reports[1], "max_reports": reports[0]}


def synthetic(path: Path, n: int, seed: int = 0) -> None:
    """A store of ``n`` events, 5 per article, over 8 types, 30 dyads and one year, with sentences drawn
    from a 400-word vocabulary; a third of the articles repeat an earlier one's events (other outlets)."""
    import numpy as np

    from multivector.store.connection import connect

    rng = np.random.default_rng(seed)
    types = ["AGREE", "CONSULT", "SUPPORT", "COOPERATE", "REQUEST", "ACCUSE", "REJECT", "AID"]
    keys = ["KAZ", "RUS", "CHN", "USA", "EU", "TUR"]
    vocab = [f"w{i}" for i in range(400)]
    docs = n // 5
    rows: dict[str, list] = {k: [] for k in ("id", "doc", "type", "date", "sentence", "src", "tgt")}
    for d in range(docs):
        told = int(rng.integers(0, d)) if d and rng.random() < 1 / 3 else d  # the article whose events this one retells
        local = np.random.default_rng(told)
        for i in range(5):
            rows["id"].append(f"e{d}-{i}")
            rows["doc"].append(f"d{d}")
            rows["type"].append(types[local.integers(len(types))])
            rows["date"].append(f"2020-{local.integers(1, 13):02d}-{local.integers(1, 29):02d}")
            rows["sentence"].append(" ".join(rng.choice(vocab, 4).tolist() + local.choice(vocab, 8).tolist()))
            rows["src"].append(keys[local.integers(len(keys))])
            rows["tgt"].append(keys[local.integers(len(keys))])
    path.unlink(missing_ok=True)
    con = connect(path)
    con.execute("INSERT INTO documents (doc_id, content_hash, source) SELECT unnest(?), unnest(?), unnest(?)",
                [[f"d{d}" for d in range(docs)], [f"h{d}" for d in range(docs)], [f"outlet{d % 50}" for d in range(docs)]])
    con.execute("INSERT INTO events (id, doc_id, type, negated, modality, date, sentence, trigger) "
                "SELECT unnest(?), unnest(?), unnest(?), false, 'asserted', unnest(?), unnest(?), 'said'",
                [rows["id"], rows["doc"], rows["type"], rows["date"], rows["sentence"]])
    for role, col in (("source", "src"), ("target", "tgt")):
        con.execute("INSERT INTO event_actors (event_id, role, position, actor_key, code) SELECT unnest(?), ?, 0, unnest(?), unnest(?)",
                    [rows["id"], role, rows[col], rows[col]])
    con.close()


def main(argv: list[str] | None = None) -> int:
    from multivector.runner import run
    from multivector.store.clusters import rebuild_clusters
    from multivector.store.connection import connect

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--focal", default="KAZ")
    ap.add_argument("--keep", type=Path, help="Keep the corpora and stores in this folder.")
    ap.add_argument("--synthetic", type=int, default=10_000, help="Events in the synthetic store timed (0: none).")
    args = ap.parse_args(argv)
    corpus = Path(str(resources.files("multivector").joinpath("examples/corpus")))
    work = args.keep or Path(tempfile.mkdtemp(prefix="mv-duplicates-"))
    results = {}
    for copies in (1, 4):
        folder = work / f"corpus-x{copies}"
        shutil.rmtree(folder, ignore_errors=True)
        build(corpus, folder, copies)
        db = work / f"x{copies}.duckdb"
        db.unlink(missing_ok=True)
        run([folder], db=db, workers=1)
        con = connect(db)
        start = time.perf_counter()
        rebuild_clusters(con)
        seconds = time.perf_counter() - start
        con.close()
        results[copies] = {**counts(db, args.focal), "seconds": seconds}
    one, four = results[1], results[4]
    for copies, r in results.items():
        print(f"x{copies}: {r['documents']} articles ({r['linked']} linked as near-duplicates), {r['events']} events, "
              f"{r['n_clusters']} clusters (largest: {r['max_reports']} reports), clusters rebuilt in {r['seconds']:.3f} s")
    partners = sorted(set(one["clusters"]) | set(four["clusters"]) | set(four["mentions"]),
                      key=lambda p: (-four["mentions"].get(p, 0), p))
    print(f"\nrelation counts of {args.focal} (events with each partner, all periods)")
    print(f"{'partner':<8}{'clusters x1':>12}{'clusters x4':>12}{'mentions x1':>12}{'mentions x4':>12}")
    for p in partners:
        print(f"{p:<8}" + "".join(f"{r[mode].get(p, 0):>12}" for mode in ("clusters", "mentions") for r in (one, four)))
    totals = {(mode, c): sum(results[c][mode].values()) for mode in ("clusters", "mentions") for c in (1, 4)}
    print(f"{'total':<8}" + "".join(f"{totals[(mode, c)]:>12}" for mode in ("clusters", "mentions") for c in (1, 4)))
    print(f"\nbalance of {args.focal} by year: periods with numbers / tilts flagged significant")
    for mode in ("clusters", "mentions"):
        print(f"  {mode:<9} x1 {'{} / {}'.format(*one[f'{mode} tilts']):>8}   x4 {'{} / {}'.format(*four[f'{mode} tilts']):>8}")
    same = one["clusters"] == four["clusters"]
    print(f"\nclusters: four copies give {'the same' if same else 'DIFFERENT'} counts as one copy; "
          f"mentions: x{totals[('mentions', 4)] / max(totals[('mentions', 1)], 1):.2f}")
    if args.synthetic:
        db = work / "synthetic.duckdb"
        synthetic(db, args.synthetic)
        con = connect(db)
        start = time.perf_counter()
        clusters = rebuild_clusters(con)
        seconds = time.perf_counter() - start
        con.close()
        print(f"synthetic store: {args.synthetic} events, {clusters} clusters, rebuilt in {seconds:.3f} s")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
