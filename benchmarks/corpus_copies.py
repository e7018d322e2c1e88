"""Synthetic corpora for the speed and scale benchmarks: real articles copied with small edits.

Sources: the bundled example corpus, and the seeds and development articles when ``../shared``
is beside the checkout. Each copy gets a different number in its first sentence and one word
swapped, so every copy is a distinct text (its own content hash) of realistic length and language.
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SWAPS = (("said", "stated"), ("on Monday", "on Tuesday"), ("agreement", "accord"), ("talks", "negotiations"),
         ("President", "the president"), ("minister", "official"))


def source_texts(short: bool = False) -> list[str]:
    """Article texts to copy; with ``short``, their first 120 words (a wire brief)."""
    folders = [Path(str(resources.files("multivector").joinpath("examples/corpus")))]
    folders += [p for p in (SHARED / "seeds", SHARED / "gold" / "articles") if p.is_dir()]
    texts = [f.read_text("utf-8") for folder in folders for f in sorted(folder.rglob("*.txt"))]
    if short:
        texts = [" ".join(t.split()[:120]) for t in texts]
    return texts


def write_copies(folder: Path, count: int, *, short: bool = False) -> int:
    """Write ``count`` edited copies into ``folder``; return the number of words written."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = source_texts(short)
    words = 0
    for i in range(count):
        text = texts[i % len(texts)]
        old, new = SWAPS[(i // len(texts)) % len(SWAPS)]
        text = re.sub(rf"\b{re.escape(old)}\b", new, text, count=1)
        text = f"Report {i + 1}.\n\n{text}"
        (folder / f"copy{i:05d}.txt").write_text(text, encoding="utf-8")
        words += len(text.split())
    return words
