"""What the stages after parsing read again and again from a Doc, computed once per Doc.

spaCy builds ``Doc.text`` and ``Doc.sents`` anew on every access, each a pass over every token; a
stage that reads them per quote or per pronoun pays for the whole document each time. The first
reading is kept in ``doc.user_data``, which the Doc carries wherever it goes.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # dating is read where spaCy is never loaded (reading the store)
    from spacy.tokens import Doc, Span

_SENTENCES = "multivector.sentences"
_SENTENCE_STARTS = "multivector.sentence_starts"
_ENTITIES = "multivector.entities"


def doc_text(doc: Doc) -> str:
    """The document's text, as the parser saw it (``Doc.text``, which builds a Token per word to join them): kept
    with the document's ``TokenTable``."""
    return token_table(doc).text


def sentences(doc: Doc) -> list[Span]:
    """The document's sentences, in order."""
    sents = doc.user_data.get(_SENTENCES)
    if sents is None:
        sents = doc.user_data[_SENTENCES] = list(doc.sents)
    return sents


def sentence_of(doc: Doc, i: int) -> Span:
    """The sentence token ``i`` stands in (``Token.sent``, which finds its bounds anew at every reading), found by
    bisection on the starts of the document's sentences."""
    starts = doc.user_data.get(_SENTENCE_STARTS)
    if starts is None:
        starts = doc.user_data[_SENTENCE_STARTS] = [sent.start for sent in sentences(doc)]
    return sentences(doc)[bisect_right(starts, i) - 1]


def entities(doc: Doc) -> tuple[Span, ...]:
    """The document's named entities, in order (``Doc.ents`` builds a Span for every one on every access)."""
    ents = doc.user_data.get(_ENTITIES)
    if ents is None:
        spans = doc.ents
        ents = doc.user_data[_ENTITIES] = (spans, [ent.start for ent in spans])
    return ents[0]


def entities_in(span: Span) -> list[Span]:
    """``span.ents`` from the document's entities read once, the first found by bisection on their starts."""
    ents = entities(span.doc)
    out = []
    for n in range(bisect_left(span.doc.user_data[_ENTITIES][1], span.start), len(ents)):
        if ents[n].end > span.end:
            break
        out.append(ents[n])
    return out


def sentence_text(sent: Span) -> str:
    """A sentence's text, sliced from its document's (``Span.text`` joins its tokens anew)."""
    return doc_text(sent.doc)[sent.start_char : sent.end_char]


_TABLE = "multivector.token_table"
_OWN = "multivector."  # the prefix of every key kept in ``doc.user_data`` by this package


def forget_readings(doc: Doc) -> None:
    """Drop every reading this package kept in ``doc.user_data`` (read again if asked for): once a Doc is coded, its
    token table, sentences and features are freed at once instead of being walked by the cyclic collector."""
    for key in [k for k in doc.user_data if isinstance(k, str) and k.startswith(_OWN)]:
        del doc.user_data[key]


class TokenTable:
    """A Doc's parse as plain lists indexed by token position: character offset and length, lower-cased form and lemma, POS,
    tag, dependency, entity type, head, children and lexical flags; and the Doc's text.

    A spaCy ``Token`` is a Python object built anew at every ``doc[i]``, ``.children`` or ``.head``, and each
    attribute read is a further call; code that reads every token of every sentence several times works on
    these lists instead.
    """

    __slots__ = ("text", "idx", "length", "lower", "lemma", "pos", "tag", "dep", "ent_type", "head", "children", "is_punct",
                 "is_space", "is_alpha", "is_stop", "like_num", "_starting_at", "_conjuncts")

    def __init__(self, doc: Doc) -> None:
        import numpy as np
        from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, LEMMA, ORTH, POS, SPACY, TAG

        columns = doc.to_array([ORTH, LEMMA, POS, TAG, DEP, ENT_TYPE, IDX, SPACY, HEAD])
        orth, lemma, pos, tag, dep, ent_type, self.idx, spaces = columns[:, :8].T.tolist()
        strings = doc.vocab.strings
        self.pos, self.tag, self.dep, self.ent_type = (_spelled(c, _SPELLINGS, strings, str) for c in (pos, tag, dep, ent_type))
        self.lemma = _spelled(lemma, _LEMMAS, strings, str.lower)
        words = _lexemes(doc.vocab, orth)
        spellings, self.lower, self.length, self.is_punct, self.is_space, self.is_alpha, self.is_stop, self.like_num = (
            zip(*words) if words else [()] * 8)  # tuples: read, never changed
        self.text = "".join([word + " " if space else word for word, space in zip(spellings, spaces)])  # as Doc.text joins it
        self.head = (columns[:, 8].astype(np.int64) + np.arange(len(columns))).tolist()  # HEAD is an offset, stored unsigned
        self.children: list[Sequence[int]] = [()] * len(self.head)  # a list only where there are children: fewer objects
        for i, h in enumerate(self.head):
            if h != i:
                if self.children[h]:
                    self.children[h].append(i)
                else:
                    self.children[h] = [i]
        self._starting_at: dict[int, int] | None = None
        self._conjuncts: dict[int, tuple[int, ...]] = {}

    def starting_at(self, offset: int) -> int | None:
        """The token that starts at character ``offset``, if one does (what ``doc.char_span`` finds, without a Span)."""
        if self._starting_at is None:
            # the first token at an offset, as char_span finds it: the pairs read backwards, so the first one is kept
            self._starting_at = dict(zip(reversed(self.idx), range(len(self.idx) - 1, -1, -1)))
        return self._starting_at.get(offset)

    def chars(self, start: int, end: int) -> tuple[int, int]:
        """The character offsets of the tokens ``start:end`` (not empty): ``Span.start_char`` and ``end_char``."""
        return self.idx[start], self.idx[end - 1] + self.length[end - 1]

    def words(self, start: int, end: int) -> tuple[int, int] | None:
        """The first and last tokens of ``start:end`` that are not white space (the cleaner's blanked lines), if any."""
        space = self.is_space
        try:
            first = space.index(0, start, end)  # the flags are 0 or 1: the first word found by the list itself
        except ValueError:
            return None
        last = end - 1
        while space[last]:
            last -= 1
        return first, last

    def conjuncts(self, i: int) -> tuple[int, ...]:
        """The tokens coordinated with token ``i``, without it, in ``Token.conjuncts`` order (breadth-first from the
        first of them); found once, since a phrase's walk asks for the same ones again and again."""
        found = self._conjuncts.get(i)
        if found is None:
            head, dep, children, start = self.head, self.dep, self.children, i
            while head[start] != start and dep[start] == "conj":
                start = head[start]
            chain = [start]
            for word in chain:  # grows as it is read
                chain += [c for c in children[word] if c > word and dep[c] == "conj"]
            found = self._conjuncts[i] = tuple(w for w in chain if w != i)
        return found

    def ancestors(self, i: int) -> list[int]:
        """The heads above token ``i``, nearest first (``Token.ancestors``)."""
        out: list[int] = []
        while self.head[i] != i and len(out) < len(self.head):
            i = self.head[i]
            out.append(i)
        return out

    def subtree(self, i: int) -> set[int]:
        """Token ``i`` and every token under it (``Token.subtree``)."""
        children, out = self.children, [i]
        for node in out:  # grows as it is read
            out += children[node]
        return set(out)

    def ordered_subtree(self, i: int) -> list[int]:
        """``subtree`` in the order ``Token.subtree`` yields it: each left dependent's subtree, the token, each right
        dependent's (document order where the parse is projective)."""
        out: list[int] = []
        _walk_in_order(self.children, i, out)
        return out


def _walk_in_order(children: list[Sequence[int]], node: int, out: list[int]) -> None:
    """``TokenTable.ordered_subtree``'s walk, a module function: a nested one calling itself is a reference cycle that
    keeps the table's children alive until the cyclic collector runs (measured: all the garbage a batch leaves)."""
    for c in children[node]:
        if c < node:
            _walk_in_order(children, c, out)
    out.append(node)
    for c in children[node]:
        if c > node:
            _walk_in_order(children, c, out)


# The string of each hash read so far (lemmas lower-cased), for every Doc of the process: the ``StringStore`` decodes a
# new str at every lookup, and a document's words are mostly those of the documents before it. Emptied past
# ``SPELLINGS_KEPT`` entries, so memory stays bounded however many words a run meets.
SPELLINGS_KEPT = 200_000
_SPELLINGS: dict[int, str] = {}
_LEMMAS: dict[int, str] = {}


def _spelled(hashes: list[int], known: dict[int, str], strings, spelt) -> list[str]:
    try:
        return list(map(known.__getitem__, hashes))
    except KeyError:  # a word not met before: spelt once (the words missing found by a set difference, not a loop)
        if len(known) > SPELLINGS_KEPT:
            known.clear()
        for h in set(hashes).difference(known):
            known[h] = spelt(strings[h])
        return list(map(known.__getitem__, hashes))


# What a word's lexeme says of it, by the hash of its spelling, for each vocabulary: (the spelling, its lower-cased form,
# length, and the flags is_punct, is_space, is_alpha, is_stop, like_num as 0 or 1). They belong to the word, not to the
# token, so one array of spellings and a dictionary replace eight arrays read from every Doc. Bounded as ``_SPELLINGS``.
_LEXEMES: dict[object, dict[int, tuple[str, str, int, int, int, int, int, int]]] = {}


def _lexemes(vocab, hashes: list[int]) -> list[tuple[str, str, int, int, int, int, int, int]]:
    known = _LEXEMES.setdefault(vocab, {})
    try:
        return list(map(known.__getitem__, hashes))
    except KeyError:
        if len(known) > SPELLINGS_KEPT:
            known.clear()
        for h in set(hashes).difference(known):
            lex = vocab[h]
            known[h] = (lex.orth_, lex.lower_, len(lex.orth_), int(lex.is_punct), int(lex.is_space), int(lex.is_alpha),
                        int(lex.is_stop), int(lex.like_num))
        return list(map(known.__getitem__, hashes))


def token_table(doc: Doc) -> TokenTable:
    """The document's ``TokenTable``, read once."""
    table = doc.user_data.get(_TABLE)
    if table is None:
        table = doc.user_data[_TABLE] = TokenTable(doc)
    return table
