"""The batch as evidence: an undated article that tells the same story as a dated one borrows its date.

Wire copy is republished with its dateline cut; when the batch holds a copy with a
firm date (metadata or dateline), a near-duplicate (MinHash of word shingles,
as the store links duplicates, at a lower bar since a rewrite keeps fewer
shingles) or an article sharing a long direct quote is the same story, told
within days of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from datasketch import MinHash, MinHashLSH

from ..model import DateGuess
from ..text import fold

NUM_PERM = 64
SAME_STORY = 0.5  # MinHash Jaccard of 3-word shingles above which two articles tell one story
QUOTE_WORDS = 10  # a direct quote this long is not said twice in different stories
LAG_DAYS = 7  # a retold story appears within a week of its dated copy
QUOTE_RE = re.compile(r'"([^"]{20,600})"')


def shingle_minhash(text: str) -> MinHash:
    """MinHash of a text's lower-cased 3-word shingles: what both this batch evidence and the store's
    near-duplicate links compare."""
    words = text.lower().split()
    mh = MinHash(num_perm=NUM_PERM, seed=7)
    # one vectorised update of all shingles: the same hash values as one ``update`` a shingle (a minimum is order-free)
    mh.update_batch([" ".join(words[i : i + 3]).encode("utf-8") for i in range(max(1, len(words) - 2))])
    return mh


def _quotes(text: str) -> set[str]:
    out = set()
    for m in QUOTE_RE.finditer(fold(text)):
        words = re.findall(r"\w+", m.group(1).lower())
        if len(words) >= QUOTE_WORDS:
            out.add(" ".join(words))
    return out


@dataclass
class Corpus:
    """The articles of a batch with a firm date, to lend it to undated ones that tell the same story."""

    lsh: MinHashLSH = field(default_factory=lambda: MinHashLSH(threshold=SAME_STORY, num_perm=NUM_PERM))
    dates: dict[str, DateGuess] = field(default_factory=dict)
    hashes: dict[str, MinHash] = field(default_factory=dict)
    quotes: dict[str, str] = field(default_factory=dict)

    def add(self, doc_id: str, text: str, guess: DateGuess) -> None:
        if doc_id in self.dates or not guess.value:
            return
        mh = shingle_minhash(fold(text))
        self.dates[doc_id] = guess
        self.hashes[doc_id] = mh
        self.lsh.insert(doc_id, mh)
        for quote in _quotes(text):
            self.quotes.setdefault(quote, doc_id)

    def borrow(self, doc_id: str, text: str) -> DateGuess | None:
        """The date of the most similar dated article telling the same story, with that reason; None if there is none."""
        mh = shingle_minhash(fold(text))
        near = [d for d in self.lsh.query(mh) if d != doc_id]
        how = ""
        if near:
            donor = max(near, key=lambda d: (mh.jaccard(self.hashes[d]), d))
            how = f"a near-duplicate (MinHash Jaccard {mh.jaccard(self.hashes[donor]):.2f})"
        else:
            donor = next((self.quotes[q] for q in sorted(_quotes(text)) if self.quotes.get(q, doc_id) != doc_id), None)
            if donor is None:
                return None
            how = "it shares a direct quote"
        lent = self.dates[donor]
        first, last = date.fromisoformat(lent.earliest), date.fromisoformat(lent.latest)
        return DateGuess(lent.value, lent.precision, f"the same story as '{donor}' ({how}), dated {lent.value}",
                         (first - timedelta(days=LAG_DAYS)).isoformat(), (last + timedelta(days=LAG_DAYS)).isoformat())
