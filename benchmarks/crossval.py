"""How the event-type classifier generalises beyond the sentences it is fitted on.

Figures on the project's own training sentences (never on gold records):

- k-fold: stratified cross-validation over all training sentences (accuracy
  and macro F1 of the top label, "no event" included);
- by family: the classifier fitted without one family of files and scored on
  it (``--hold hand/wire2``: the harder wire sentences, written apart from the rest),
  which is closer to unseen text than random folds, since sentences of one
  family share templates and wording.

Prints both next to each other; dev-record figures (tuned on) are printed by
``benchmarks/eval_gate.py``. Parsing is done once and shared by all fits.

    .venv/bin/python benchmarks/crossval.py [--folds 5] [--hold hand/wire2]
"""

from __future__ import annotations

import argparse
import time


def _scores(gold: list[str], pred: list[str]) -> tuple[float, float]:
    from sklearn.metrics import accuracy_score, f1_score

    return accuracy_score(gold, pred), f1_score(gold, pred, average="macro")


def main(argv: list[str] | None = None) -> int:
    from sklearn.model_selection import StratifiedKFold

    from multivector.events.classifier import NONE_LABEL, EventClassifier, training_files, training_records
    from multivector.nlp import load_nlp

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--hold", default="hand/wire2", help="the training file held out, as provenance/name")
    args = ap.parse_args(argv)

    rows = [(rec["text"], rec.get("event") or NONE_LABEL, family) for rec, family in training_records()]
    t0 = time.perf_counter()
    spans = [doc[:] for doc in load_nlp().pipe((t for t, _, _ in rows), batch_size=64)]
    labels = [lab for _, lab, _ in rows]
    print(f"training sentences: {len(rows)} in {len(training_files())} files (parsed in {time.perf_counter() - t0:.0f} s)")

    def fit_predict(train: list[int], test: list[int]) -> list[str]:
        clf = EventClassifier().fit([spans[i] for i in train], [labels[i] for i in train])
        return [p[0][0] or NONE_LABEL for p in clf.predict_proba([spans[i] for i in test])]

    gold, pred = [], []
    for train, test in StratifiedKFold(n_splits=args.folds, shuffle=True, random_state=13).split(spans, labels):
        gold += [labels[i] for i in test]
        pred += fit_predict(list(train), list(test))
    acc, macro = _scores(gold, pred)
    print(f"{args.folds}-fold cross-validation : accuracy {acc:.3f}  macro F1 {macro:.3f}")
    held = [i for i, (_, _, family) in enumerate(rows) if family == args.hold]
    if held:
        rest = [i for i in range(len(rows)) if i not in set(held)]
        acc, macro = _scores([labels[i] for i in held], fit_predict(rest, held))
        print(f"held-out family {args.hold}: accuracy {acc:.3f}  macro F1 {macro:.3f}  ({len(held)} sentences, fitted on the other {len(rest)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
