"""The TF-IDF rows of a fitted ``TfidfVectorizer``, its words counted here rather than by scikit-learn.

The classifier's views are words joined by single spaces, split on white space (``token_pattern=r"\\S+"``, which
matches what ``str.split`` keeps). scikit-learn counts them through a chain of generators and a regular expression
per text; here each text is split once and its n-grams looked up directly. The counts form the same matrix
scikit-learn builds, and its own transformer weighs and normalises them, so the rows are the same to the bit.
"""

from __future__ import annotations

from collections import Counter

import numpy as np
from scipy import sparse


def _counted_here(vectorizer) -> bool:
    """Whether the vectorizer analyses text as this module does (words split on white space, nothing dropped)."""
    return (vectorizer.analyzer == "word" and vectorizer.token_pattern == r"\S+" and vectorizer.tokenizer is None
            and vectorizer.preprocessor is None and vectorizer.strip_accents is None and vectorizer.stop_words is None
            and not vectorizer.binary)


def tfidf_rows(vectorizer, texts: list[str]):
    """``vectorizer.transform(texts)``, the same matrix."""
    if not _counted_here(vectorizer):
        return vectorizer.transform(texts)
    vocabulary, lower = vectorizer.vocabulary_, vectorizer.lowercase
    min_n, max_n = vectorizer.ngram_range
    columns: list[int] = []
    counts: list[int] = []
    indptr = [0]
    for text in texts:
        words = (text.lower() if lower else text).split()
        features = list(words) if min_n == 1 else []
        for n in range(max(min_n, 2), min(max_n, len(words)) + 1):
            features += [" ".join(words[i : i + n]) for i in range(len(words) - n + 1)]
        counter = Counter(map(vocabulary.get, features))  # columns in order of first use, as scikit-learn's
        counter.pop(None, None)  # words it has no column for
        columns.extend(counter)
        counts.extend(counter.values())
        indptr.append(len(columns))
    matrix = sparse.csr_array((np.array(counts, dtype=np.intc), np.array(columns, dtype=np.int32), np.array(indptr, dtype=np.int32)),
                              shape=(len(texts), len(vocabulary)), dtype=vectorizer.dtype)
    matrix.sort_indices()
    return vectorizer._tfidf.transform(matrix, copy=False)  # scikit-learn's own weighting: the same floats
