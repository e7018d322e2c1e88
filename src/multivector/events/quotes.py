"""Direct quotations and who said them.

A quote is text between quotation marks, or the first paragraph of an interview
answer (after its '- ' or 'A: ' marker). A word or two in quotation marks
('declared his "separation"') counts only when the person who says it is the
subject of its own clause.

Its speaker is the person who is subject of the clause it stands in ('Xi called
the visit a milestone that brought relations "back on track"'), else the subject
of a speech verb outside the quote in the same paragraph ("Rice said:", "he
said"), else the speaker of the quote it continues (a quote left open at the end
of a paragraph goes on in the next), else, in an interview, the person
interviewed.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc

from ..actors.mentions import DocActors
from ..text import fold
from ..model import ActorRef, Document, Quote
from ..document.parsed import doc_text, sentence_text, sentences, token_table
from .lexicon import load_lexicon

MIN_QUOTE_WORDS = 3
BLANKS = re.compile(r"\s*")



def extract_quotes(document: Document, doc: Doc, acts: DocActors) -> list[Quote]:
    quotes: list[Quote] = []
    folded = fold(document.text)
    previous: Quote | None = None
    previous_seg_end = -1
    answerer = acts.interviewee
    for seg in document.segments:
        if seg.kind not in ("body", "answer", "question", "standfirst"):
            continue
        spans = _quote_spans(folded, seg.start, seg.end)
        follows_quote = previous is not None and previous_seg_end >= 0 and spans and spans[0][0] <= seg.start + 1
        continues = previous is not None and previous_seg_end >= 0 and spans and spans[0][0] == seg.start and _gap_is_blank(folded, previous_seg_end, seg.start)
        said_by: list[ActorRef | None] = []  # the speaker of the paragraph, found once for all its quotes
        for i, (start, end, left_open) in enumerate(spans):
            text = document.text[start:end].strip()
            governing = _governing_speaker(doc, acts, start, spans)
            if len(text.split()) < MIN_QUOTE_WORDS and governing is None:
                continue  # a word or two in quotation marks is a quote only with its speaker in its own clause
            if not said_by:
                said_by.append(_speaker(doc, acts, seg.start, seg.end, spans))
            speaker = governing or said_by[0]
            if speaker is None and i == 0 and (continues or follows_quote) and previous is not None:
                speaker = previous.speaker  # a quote goes on, or the next paragraph of quotes from the same voice
            if speaker is None and seg.kind == "answer":
                speaker = answerer
            quote = Quote(document.doc_id, text, start, start + len(document.text[start:end].rstrip()), speaker)
            quotes.append(quote)
            previous = quote
        previous_seg_end = seg.end if spans else -1
        if seg.kind == "answer" and not spans and _starts_answer(document, seg.start):
            answer = _answer(doc, seg.start, seg.end)
            if answer:
                quotes.append(Quote(document.doc_id, document.text[answer[0] : answer[1]], answer[0], answer[1], answerer))
    return quotes


def _gap_is_blank(text: str, a: int, b: int) -> bool:
    return not text[a:b].strip()


def _quote_spans(folded: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """Quoted stretches of one paragraph: (start, end, left_open_at_paragraph_end)."""
    out = []
    opened = None
    for m in re.finditer(r'"', folded[start:end]):
        pos = start + m.start()
        if opened is None:
            opened = pos + 1
        else:
            out.append((opened, pos, False))
            opened = None
    if opened is not None:
        out.append((opened, end, True))
    return [(a, b, o) for a, b, o in out if folded[a:b].strip()]


def _speaker(doc: Doc, acts: DocActors, seg_start: int, seg_end: int, spans) -> ActorRef | None:
    speech, t = load_lexicon().cue("speech"), token_table(doc)
    tokens = [i for i in range(bisect_left(t.idx, seg_start), bisect_left(t.idx, seg_end)) if not _inside(spans, t.idx[i])]
    for i in tokens:
        if t.lemma[i] in speech and t.pos[i] in ("VERB", "AUX"):
            for child in t.children[i]:
                if t.dep[child] in ("nsubj", "nsubjpass"):
                    mention = acts.by_token.get(child) or next((m for w in t.ordered_subtree(child) if (m := acts.by_token.get(w))), None)
                    if mention is not None:
                        return mention.actor
        if t.lower[i] == "according" and i + 2 < len(doc) and t.lower[i + 1] == "to":
            mention = next((m for w in t.ordered_subtree(i + 2) if (m := acts.by_token.get(w))), None)
            if mention is not None:
                return mention.actor
    return None


def _inside(spans, i: int) -> bool:
    return any(a <= i < b for a, b, _ in spans)


def _governing_speaker(doc: Doc, acts: DocActors, start: int, spans) -> ActorRef | None:
    """The subject of the clause the quote stands in, outside the quote: 'Xi called the visit a milestone that brought
    relations "back on track"' is Xi's, though Duterte speaks earlier in the paragraph."""
    start = BLANKS.match(doc_text(doc), start).end()  # the quote's first word, past any blank after the mark
    first = doc.char_span(start, start + 1, alignment_mode="expand")
    if first is None or not len(first):
        return None
    for node in first[0].ancestors:
        if node.pos_ not in ("VERB", "AUX") or _inside(spans, node.idx):
            continue
        for child in node.children:
            if child.dep_ == "nsubj" and not _inside(spans, child.idx) and (mention := acts.at(child)) is not None and mention.kind == "person":
                return mention.actor
    return None


def _starts_answer(document: Document, start: int) -> bool:
    """The answer's first paragraph: its segment starts after the interview marker ('- ', 'A: ') on its line."""
    line_start = document.text.rfind("\n", 0, start) + 1
    return bool(document.text[line_start:start].strip())


def _answer(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The words of an answer's first paragraph, from its first sentence to its last."""
    sents = [s for s in sentences(doc) if start <= s.start_char < end and sentence_text(s).strip()]
    return (sents[0].start_char, min(sents[-1].end_char, end)) if sents else None


def speaker_at(quotes: list[Quote], char: int) -> ActorRef | None:
    """Who is speaking at this offset, if it lies inside a quote."""
    for quote in quotes:
        if quote.start <= char < quote.end:
            return quote.speaker
    return None
