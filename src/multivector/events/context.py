"""What the coder knows of one document while it codes it: text, parse, actors, quotes, lexicon, and the state it is about.

One ``Context`` per document; its ``memo`` keeps what several decisions read
(each trigger's modality, each sentence's hedges) computed once.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from ..actors.mentions import DocActors
from ..model import ActorRef, Document, Quote
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

