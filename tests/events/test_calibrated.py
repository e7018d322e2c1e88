"""The classifier's batch probabilities equal scikit-learn's ``CalibratedClassifierCV.predict_proba`` to the bit."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.sparse import csr_matrix
from sklearn.calibration import CalibratedClassifierCV
from sklearn.svm import LinearSVC

from multivector.events.calibrated import probabilities, ranked


def _fitted(classes: int) -> tuple[CalibratedClassifierCV, csr_matrix]:
    rng = np.random.default_rng(7)
    X = csr_matrix(rng.random((90, 40)) * (rng.random((90, 40)) < 0.2))
    y = np.resize(["ACCUSE", "AGREE", "AID", "NONE"][:classes], 90)[rng.permutation(90)]
    return CalibratedClassifierCV(LinearSVC(random_state=0), cv=3).fit(X, y), X


@pytest.mark.parametrize("classes", [4, 2])
def test_the_probabilities_are_scikit_learns(classes):
    model, X = _fitted(classes)
    assert np.array_equal(probabilities(model, X), model.predict_proba(X))
    far = X * 1e6  # every sigmoid underflows to 0: scikit-learn's uniform row
    assert np.array_equal(probabilities(model, far), model.predict_proba(far))


@pytest.mark.model
def test_the_event_classifier_batch_equals_scikit_learn():
    from multivector.events.classifier import load_classifier
    from multivector.nlp import load_nlp

    clf = load_classifier()
    spans = [doc[:] for doc in load_nlp().pipe(["Rebel fighters shelled the army barracks overnight.",
                                                "The two governments signed an agreement on visa-free travel.",
                                                "The capital has a population of about two million people."])]
    X = clf._matrix(spans)
    assert np.array_equal(probabilities(clf.model, X), clf.model.predict_proba(X))


def test_ranked_most_likely_first_and_ties_in_label_order():
    probs = np.array([[0.2, 0.5, 0.3], [0.4, 0.2, 0.4]])
    assert ranked(probs, ["A", None, "C"]) == [[(None, 0.5), ("C", 0.3), ("A", 0.2)], [("A", 0.4), ("C", 0.4), (None, 0.2)]]
