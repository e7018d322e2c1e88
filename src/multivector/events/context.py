"""What the coder knows of one document while it codes it: text, parse, actors, quotes, lexicon, and the state it is about.

One ``Context`` per document; its ``memo`` keeps what several decisions read
(each trigger's modality, each sentence's hedges) computed once.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.tokens import Doc

from ..actors.mentions import DocActors
from ..model import ActorRef, Document, Mention, Quote
from .lexicon import Lexicon, load_lexicon


@dataclass
class Context:
    document: Document
    doc: Doc
    acts: DocActors
    quotes: list[Quote]
    lexicon: Lexicon
    focus: ActorRef | None
    focus_repeated: bool  # the focus is named more than once: a state named once (as in a one-sentence text) is no default target
    answerer: ActorRef | None
    home: str | None  # the state the article reports from: whose are the police, the protesters, the opposition
    memo: dict = field(default_factory=dict)  # per document: each trigger's modality, each sentence's hedges

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """The mentions that start at characters ``start:end`` (a sentence's), in order: found by bisection, since
        ``resolve_mentions`` leaves them sorted by start, not by reading all the document's for every trigger."""
        starts = self.memo.get("mention_starts")
        if starts is None:
            starts = self.memo["mention_starts"] = [m.start for m in self.acts.mentions]
        return self.acts.mentions[bisect_left(starts, start) : bisect_left(starts, end)]


def make_context(document: Document, doc: Doc, acts: DocActors, quotes: list[Quote], *, lexicon: Lexicon | None = None) -> Context:
    """What every decision about one document needs: its text, parse, actors, quotes and the lexicon."""
    focus, mentions = _focus(acts)
    home = acts.dateline or _most_named(acts)
    return Context(document, doc, acts, quotes, lexicon or load_lexicon(), focus, mentions > 1, acts.interviewee, home)


def _most_named(acts: DocActors) -> str | None:
    """The country named most: where the story happens when no dateline says."""
    counts = acts.countries_named()
    return max(counts, key=counts.__getitem__) if counts else None


def _focus(acts: DocActors) -> tuple[ActorRef | None, int]:
    """The state the article is most about, the most mentioned country, and how often it is mentioned."""
    counts: dict[str, int] = {}
    first: dict[str, ActorRef] = {}
    for m in acts.mentions:
        if m.kind == "state" and m.actor.code and m.actor.code != "IGO":
            counts[m.actor.code] = counts.get(m.actor.code, 0) + 1
            first.setdefault(m.actor.code, m.actor)
    if not counts:
        return None, 0
    code = max(counts, key=lambda c: counts[c])
    actor = first[code]
    return ActorRef(actor.code, "GOV", None, actor.name if actor.sector == "GOV" else None), counts[code]

