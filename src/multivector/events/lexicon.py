"""Load the predicate lexicon and the cue words, both kept as data beside this module."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

DATA = resources.files(__package__).joinpath("data")


@dataclass(frozen=True)
class Predicate:
    """One lexicon row: a trigger lemma, the words that must follow it, and what it codes."""

    words: tuple[str, ...]
    pos: str  # V verb, N noun, A adjective
    type: str
    mode: str | None
    partner: bool = False
    negated_as: str | None = None
    flags: frozenset[str] = frozenset()

    @property
    def trigger(self) -> str:
        return self.words[0]


@dataclass(frozen=True)
class Lexicon:
    by_trigger: dict[tuple[str, str], tuple[Predicate, ...]]
    cues: dict[str, frozenset[str]]
    retypes: dict[str, dict[str, str]]

    def candidates(self, lemma: str, pos: str) -> tuple[Predicate, ...]:
        return self.by_trigger.get((lemma, pos), ())

    def cue(self, name: str) -> frozenset[str]:
        return self.cues[name]

    def retype(self, name: str) -> dict[str, str]:
        """A type-to-type table of cues.json ("intention_types": AID -> AGREE)."""
        return self.retypes[name]


def parse_predicates(text: str) -> list[Predicate]:
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t") + [""] * 4
        pattern, pos, etype, mode, flags = (c.strip() for c in cols[:5])
        flag_set = {f.split("=")[0]: (f.split("=") + [""])[1] for f in flags.split()}
        rows.append(
            Predicate(
                words=tuple(pattern.split()),
                pos=pos,
                type=etype,
                mode=mode or None,
                partner="partner" in flag_set,
                negated_as=flag_set.get("negated") or None,
                flags=frozenset(flag_set),
            )
        )
    return rows


# Flags that restrict a row to one construction of its words.
CONSTRUCTIONS = frozenset({"copula", "friendly", "trading", "naming", "organisation", "abroad", "basing", "ending", "de-escalating", "by_phone",
                           "actor_object", "refusal", "charged", "words_object", "fixed"})


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    rows = parse_predicates(DATA.joinpath("predicates.tsv").read_text("utf-8"))
    grouped: dict[tuple[str, str], list[Predicate]] = {}
    for row in rows:
        grouped.setdefault((row.trigger, row.pos), []).append(row)
    # Longer patterns first ("pull out of deal" before "pull out"), then rows that ask for a construction before
    # the plain row of the same words ("called the vote a sham" before "called Erdogan").
    raw = json.loads(DATA.joinpath("cues.json").read_text("utf-8"))
    cues = {k: frozenset(v) for k, v in raw.items() if isinstance(v, list)}
    retypes = {k: {t: u for t, u in v.items() if not t.startswith("_")} for k, v in raw.items() if isinstance(v, dict)}
    for word in sorted(cues["negative_evaluation"]):  # 'the move was a violation', 'the remarks were unacceptable'
        for pos in ("N", "A"):
            judged = Predicate((word,), pos, "ACCUSE", None, flags=frozenset({"copula", "judgement"}))
            grouped.setdefault((word, pos), []).append(judged)
    for verb in sorted(cues["trade_verbs"]):  # 'supplies gas to', 'sells power to': goods sold are trade, not aid
        for good in sorted(cues["traded_goods"]):
            grouped.setdefault((verb, "V"), []).append(Predicate((verb, good), "V", "COOPERATE", "economic"))
    by_trigger = {k: tuple(sorted(v, key=lambda p: (-len(p.words), not p.flags & CONSTRUCTIONS))) for k, v in grouped.items()}
    return Lexicon(by_trigger, cues, retypes)
