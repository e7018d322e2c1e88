"""What the stages after parsing read again and again from a Doc, computed once per Doc.

spaCy builds ``Doc.text`` and ``Doc.sents`` anew on every access, each a pass over every token; a
stage that reads them per quote or per pronoun pays for the whole document each time. The first
reading is kept in ``doc.user_data``, which the Doc carries wherever it goes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # dating is read where spaCy is never loaded (reading the store)
    from spacy.tokens import Doc, Span

_TEXT = "multivector.text"
_SENTENCES = "multivector.sentences"


def doc_text(doc: Doc) -> str:
    """The document's text, as the parser saw it."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def sentences(doc: Doc) -> list[Span]:
    """The document's sentences, in order."""
    sents = doc.user_data.get(_SENTENCES)
    if sents is None:
        sents = doc.user_data[_SENTENCES] = list(doc.sents)
    return sents


def sentence_text(sent: Span) -> str:
    """A sentence's text, sliced from its document's (``Span.text`` joins its tokens anew)."""
    return doc_text(sent.doc)[sent.start_char : sent.end_char]
