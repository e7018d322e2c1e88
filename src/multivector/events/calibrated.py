"""The event classifier's probabilities for a batch of sentences, as ``CalibratedClassifierCV.predict_proba`` gives them.

scikit-learn scores each fold's calibrated SVM on its own: input checks over the whole matrix, a label encoder and
a sigmoid call per class, for every fold (about 6 ms a batch, most of the classifier's own time). Here each fold's
decision values are the same product (``X @ coef_.T + intercept_``), the sigmoids of every fold and class are one
``expit``, and each fold's normalisation and the mean over the folds follow scikit-learn's arithmetic step by step,
so the probabilities are equal to the bit (``tests/events/test_calibrated.py``).
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from scipy.special import expit


@lru_cache(maxsize=2)
def _sigmoids(model) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each fold's sigmoid slopes and offsets, fold after fold, and the column of the probability each one gives."""
    folds = model.calibrated_classifiers_
    slopes = np.array([cal.a_ for fold in folds for cal in fold.calibrators])
    offsets = np.array([cal.b_ for fold in folds for cal in fold.calibrators])
    columns = np.concatenate([k * len(model.classes_) + np.searchsorted(model.classes_, fold.estimator.classes_)
                              for k, fold in enumerate(folds)])
    return slopes, offsets, columns


@lru_cache(maxsize=2)
def _decision(model) -> tuple[np.ndarray, np.ndarray]:
    """Every fold's SVM weights side by side, one column per fold and class, in row-major order, and their intercepts:
    the sparse product reads a row-major matrix, so ``coef_.T`` would be copied into one at every batch (3 x 80,000 x 17
    numbers), and one product serves all the folds. Each column is summed as in a product of its own."""
    folds = model.calibrated_classifiers_
    weights = np.ascontiguousarray(np.hstack([fold.estimator.coef_.T for fold in folds]))
    return weights, np.concatenate([fold.estimator.intercept_ for fold in folds])


def probabilities(model, X) -> np.ndarray:
    """``model.predict_proba(X)`` of a fitted ``CalibratedClassifierCV`` over a linear classifier; scikit-learn's own
    for any but the sigmoid calibration of more than two classes (the one the event classifier uses)."""
    n = len(model.classes_)
    if model.method != "sigmoid" or n < 3:
        return model.predict_proba(X)
    slopes, offsets, columns = _sigmoids(model)
    folds = model.calibrated_classifiers_
    weights, intercepts = _decision(model)
    scores = X @ weights + intercepts
    calibrated = np.zeros((X.shape[0], len(folds) * n))
    calibrated[:, columns] = expit(-(slopes * scores + offsets))
    mean = np.zeros((X.shape[0], n))
    for k in range(len(folds)):
        proba = calibrated[:, k * n : (k + 1) * n]
        denominator = np.sum(proba, axis=1)[:, np.newaxis]
        proba = np.divide(proba, denominator, out=np.full_like(proba, 1 / n), where=denominator != 0)  # none: uniform
        proba[(1.0 < proba) & (proba <= 1.0 + 1e-5)] = 1.0
        mean += proba
    mean /= len(folds)
    return mean


def ranked(probs: np.ndarray, labels: list) -> list[list[tuple]]:
    """Each row's (label, probability) pairs, most likely first, equals in label order (as ``sorted`` keeps them)."""
    order = np.argsort(-probs, axis=1, kind="stable")
    return [[(labels[j], p) for j, p in zip(row_order, row)]
            for row_order, row in zip(order.tolist(), np.take_along_axis(probs, order, axis=1).tolist())]
