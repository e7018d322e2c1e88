"""The record of one document's actors while it is being read, and the small readings of the parse every step shares.

``DocActors`` holds each mention by token and in order, the people named and the titles they carry; the
steps that fill it (``people``, ``groups``, ``references``) and the event coder read it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..model import ActorRef, Document, Mention
from ..document.parsed import TokenTable, doc_text, sentence_text, sentences, token_table
from .kb import KnowledgeBase
from .titles import noun_phrases_at

MODIFIER_DEPS = ("amod", "compound", "poss", "nmod")
NON_STATE_CODES = {"IGO", "NGO", "MNC"}
DETERMINERS = {"the", "a", "an"}


@dataclass
class DocActors:
    """The actors of one document: by token, in order, the people named and the titles they carry."""

    by_token: dict[int, Mention] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    people: dict[str, ActorRef] = field(default_factory=dict)
    titles: dict[str, set[str]] = field(default_factory=dict)
    names: dict[tuple[str, str | None], str] = field(default_factory=dict)
    interviewee: ActorRef | None = None  # in an interview, whose answers these are
    dateline: str | None = None  # the country of the city the article reports from, when a dateline names it
    sentences: list[tuple[int, int]] | None = field(default=None, repr=False, compare=False)  # (start, end) chars of the
    # sentences that hold text, read once from the parse (``sentence_bounds``), not once a pronoun
    token_ranges: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict, repr=False, compare=False)  # a
    # mention's (start, end) characters → its tokens (``tokens_of``), so that no Span is looked for by its characters
    roots: dict[tuple[int, int], int] = field(default_factory=dict, repr=False, compare=False)  # read by ``root_of``

    def sentence_bounds(self, doc: Doc) -> list[tuple[int, int]]:
        if self.sentences is None:
            self.sentences = [(s.start_char, s.end_char) for s in sentences(doc) if sentence_text(s).strip()]
        return self.sentences

    def add(self, doc: Doc, start: int, end: int, actor: ActorRef, kind: str) -> Mention:
        """Record a mention; a mention it wholly covers ('Russian' inside 'Russian troops') gives way."""
        start_char, end_char = token_table(doc).chars(start, end)
        mention = Mention(actor, start_char, end_char, kind)
        self.token_ranges[start_char, end_char] = start, end
        actor.start, actor.end = start_char, end_char
        actor.entity_text = actor.entity_text or doc_text(doc)[start_char:end_char]
        covered = {id(m) for i in range(start, end) if (m := self.by_token.get(i)) and m.start >= mention.start and m.end <= mention.end}
        if covered:
            self.mentions = [m for m in self.mentions if id(m) not in covered]
        self.mentions.append(mention)
        for i in range(start, end):
            self.by_token[i] = mention
        return mention

    def tokens_of(self, mention: Mention) -> tuple[int, int]:
        """The tokens ``start:end`` of a recorded mention (what ``doc.char_span`` of its characters finds)."""
        return self.token_ranges[mention.start, mention.end]

    def root_of(self, doc: Doc, mention: Mention) -> int:
        """The root token of a recorded mention (``Span.root``), found once, however often a pronoun asks."""
        key = mention.start, mention.end
        root = self.roots.get(key)
        if root is None:
            start, end = self.token_ranges[key]
            root = self.roots[key] = Span(doc, start, end).root.i
        return root

    def countries_named(self, before: int | None = None) -> Counter:
        """How often each country is named, its people and organisations counted with it (before a character offset,
        when given): where a story happens, in the order the countries first appear."""
        return Counter(m.actor.code for m in self.mentions
                       if (before is None or m.start < before) and m.actor.code and m.actor.code not in NON_STATE_CODES)

    def at(self, token: Token) -> Mention | None:
        return self.by_token.get(token.i)

    def actor_at(self, token: Token) -> ActorRef | None:
        mention = self.by_token.get(token.i)
        return mention.actor if mention else None

    def name_of(self, key: str, sector: str | None, default: str) -> str:
        """The one name of the actor that common nouns describe for this country (or org) and sector."""
        return self.names.setdefault((key, sector), default)


def sector_of(kb: KnowledgeBase, token: Token) -> str | None:
    """The PLOVER sector a head noun names ('foreign minister' → GOV), or None."""
    return sector_among(kb, noun_phrases_at(token_table(token.doc), token.i))


def people_sector(kb: KnowledgeBase, parse: TokenTable, noun: int) -> str | None:
    """What the people a noun names are: 'police' COP, 'protesters' CVL, 'hundreds [of students]' EDU."""
    heads = [noun] + [o for p in parse.children[noun] if parse.dep[p] == "prep" and parse.lower[p] == "of"
                      for o in parse.children[p] if parse.dep[o] == "pobj"]
    return next((sector for n in heads if (sector := sector_among(kb, noun_phrases_at(parse, n)))), None)


def sector_among(kb: KnowledgeBase, phrases: list[str]) -> str | None:
    """The sector of the first of a noun's ``noun_phrases_at`` that names one."""
    phrase = next((p for p in phrases if p in kb.sector_nouns), None)
    return kb.sector_nouns[phrase] if phrase else None


def bare(doc: Doc, start: int, end: int) -> str:
    """The text of the tokens ``start:end`` as a name: without a leading article or a trailing possessive."""
    parse = token_table(doc)
    first, last = start, end - 1
    while first <= last and (parse.lower[first] in DETERMINERS or parse.tag[first] in ("PRP$", "CD")):
        first += 1
    if first <= last and parse.tag[last] == "POS":
        last -= 1
    if first > last:
        first, last = start, end - 1
    begin, stop = parse.chars(first, last + 1)
    return doc_text(doc)[begin:stop]


def tokens_in(doc: Doc, words: Collection[str]) -> list[int]:
    """The positions of the tokens whose lower-cased form is one of ``words``, in order: a scan of the ``TokenTable``'s
    list, with no Token made and no array read from the Doc."""
    return [i for i, word in enumerate(token_table(doc).lower) if word in words]


def in_segment(document: Document, offset: int, kind: str) -> bool:
    return any(s.kind == kind and s.start <= offset < s.end for s in document.segments)


def in_byline(document: Document, name: str) -> bool:
    """Whether a byline ('By Chinedu Okafor', 'By Vestnik Kavkaza') names it: the writer or the outlet."""
    return any(s.kind == "byline" and name in document.text[s.start : s.end] for s in document.segments)
