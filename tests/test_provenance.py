"""Nothing the coder learns from or matches with is taken from the evaluation texts.

No training sentence, lexicon entry or cue word list shares a run of 8 words
with any text under ``../shared/gold`` or ``../shared/seeds``. Fails, never
skips, when those folders are missing.
"""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

RUN = 8
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
WORD = re.compile(r"[a-z0-9]+")


def runs(text: str) -> set[tuple[str, ...]]:
    words = WORD.findall(text.lower())
    return {tuple(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


def evaluation_runs() -> set[tuple[str, ...]]:
    files = [f for folder in (SHARED / "gold", SHARED / "seeds") for f in folder.rglob("*") if f.is_file()]
    assert files, f"no evaluation texts under {SHARED}: the provenance check cannot run"
    out: set[tuple[str, ...]] = set()
    for f in files:
        out |= runs(f.read_text("utf-8", errors="replace"))
    return out


def coder_texts() -> dict[str, str]:
    """Every training sentence, lexicon row and cue list, by file and line."""
    data = Path(str(resources.files("multivector.events").joinpath("data")))
    out = {}
    for path in sorted((data / "training").glob("*/*.jsonl")):
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if line.strip():
                out[f"training/{path.parent.name}/{path.name}:{n}"] = json.loads(line)["text"]
    for n, line in enumerate((data / "predicates.tsv").read_text("utf-8").splitlines(), 1):
        out[f"predicates.tsv:{n}"] = line.split("\t")[0]
    for name, words in json.loads((data / "cues.json").read_text("utf-8")).items():
        out[f"cues.json:{name}"] = " ".join(words) if isinstance(words, list) else ""
    return out


def test_no_training_sentence_or_lexicon_entry_shares_an_8_word_run_with_the_evaluation_texts():
    taken = evaluation_runs()
    texts = coder_texts()
    assert len(texts) > 1000
    shared = {where: " ".join(sorted(runs(text) & taken)[0]) for where, text in texts.items() if runs(text) & taken}
    assert not shared, f"{len(shared)} entries share 8-word runs with ../shared: {list(shared.items())[:10]}"


def test_the_check_can_fail():
    line = "the quick brown fox jumps over the lazy dog today"
    assert runs(line) & runs("and " + line)


def test_training_records_sit_in_a_folder_per_provenance_each_with_its_own_label_and_place():
    """hand/ (written to docs/plover-conventions.md), audited/ (written first, labels audited against it), generated/
    (tools/gen_training.py); no file named after a type; ``seq`` numbers the fitting order once."""
    from multivector.events.classifier import NONE_LABEL, training_dir, training_files, training_records

    assert {p.parent.name for p in training_files()} == {"audited", "generated", "hand"}
    assert not list(training_dir().glob("*.jsonl")), "a training file outside a provenance folder"
    records = [rec for rec, _ in training_records()]
    labels = {rec.get("event") or NONE_LABEL for rec in records}
    assert not {p.stem.upper() for p in training_files()} & labels, "a training file named after an event type"
    assert [rec["seq"] for rec in records] == list(range(1, len(records) + 1))
