"""Split an article into kept segments without ever changing its text.

Boilerplate lines are dropped by offset, not deleted, so every later offset
points into the original article. Interviews in "- question / - answer" or "Q: / A:" form
are tagged so that answers can be attributed to the person interviewed.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources

from ..errors import Errors, InputError
from ..text import fold
from ..model import Article, DateGuess, Document, Segment

def content_hash(text: str) -> str:
    """Key of an article: the hash of its normalised text, so re-runs add nothing."""
    norm = " ".join(unicodedata.normalize("NFKC", fold(text)).split()).lower()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def _patterns() -> dict:
    raw = json.loads(resources.files(__package__).joinpath("data/boilerplate.json").read_text("utf-8"))
    return {
        "drop": [re.compile(p, re.I) for p in raw["drop"]],
        "credit": [re.compile(p, re.I) for p in raw["credit"]],
        "byline": re.compile(raw["byline"]),
        "glued": re.compile(raw["glued_prefix"], re.I),
        "interview": re.compile(raw["interview_marker"]),
        "dateline": re.compile(raw["dateline"]),
    }


def _is_caption(line: str) -> bool:
    """A short all-lower-case line with no sentence punctuation: an image caption or tag line."""
    words = line.split()
    return 1 <= len(words) <= 8 and line == line.lower() and not re.search(r"[.!?:;\"“”]", line) and any(c.isalpha() for c in line)


def _is_standfirst(folded: str, segments: list[Segment]) -> bool:
    """The line under a headline that sums the story up ('Abuja looks to Russia after Washington blocks sale'): no body
    yet, right after the title, one line that neither ends a sentence nor holds two."""
    return (bool(segments) and segments[-1].kind in ("title", "standfirst") and not any(s.kind == "body" for s in segments)
            and len(folded.split()) <= 30 and not re.search(r"[.!?:\"\u201d]\s*$|[.!?][\"\u201d]?\s+\S", folded))


def _is_heading(line: str) -> bool:
    """A short line without a final stop, often in quotes: a cross-heading."""
    stripped = line.strip("'\"‘’“” ")
    return len(line.split()) <= 6 and not re.search(r"[.!?]$", stripped) and stripped[:1].isupper()


def clean(article: Article) -> Document:
    """Return the article as a ``Document`` whose segments skip boilerplate."""
    pats = _patterns()
    text = article.text
    segments: list[Segment] = []
    author = article.author
    pos = 0
    in_interview = False
    title = article.title
    title_done = title is None
    for raw_line in text.splitlines(keepends=True):
        start, pos = pos, pos + len(raw_line)
        line = raw_line.rstrip("\r\n")
        lead = len(line) - len(line.lstrip())
        body = line.strip()
        end = start + lead + len(body)
        start += lead
        if not body:
            continue
        folded = fold(body)
        glued = pats["glued"].match(folded)
        if glued:
            start += glued.end()
            folded = folded[glued.end():]
        byline = pats["byline"].fullmatch(folded)
        if byline and len(folded.split()) <= 6:
            author = author or byline.group(1)
            segments.append(Segment(start, end, "byline"))
            if not title_done and title and fold(title.strip()).endswith(folded):
                title = None
            title_done = title_done or title is None
            continue
        if not title_done and title and fold(title.strip()) == folded:
            segments.append(Segment(start, end, "title"))
            title_done = True
            continue
        title_done = True
        if any(p.fullmatch(folded) for p in pats["drop"]):
            continue
        if any(p.fullmatch(folded) for p in pats["credit"]) or _is_caption(folded):
            segments.append(Segment(start, end, "caption"))
            continue
        marker = pats["interview"].match(folded)
        if marker:
            in_interview = True
            said = marker.group(0).strip().rstrip(":").lower()  # 'Q:' and 'A:' say which; a dash leaves it to the '?'
            kind = "question" if said in ("q", "question") or (said not in ("a", "answer") and folded.rstrip().endswith("?")) else "answer"
            segments.append(Segment(start + marker.end(), end, kind))
            continue
        if _is_standfirst(folded, segments):
            segments.append(Segment(start, end, "standfirst"))  # read with the headline, never coded as a report
            continue
        if in_interview and segments and segments[-1].kind == "answer":
            segments.append(Segment(start, end, "answer"))
            continue
        if _is_heading(folded) and not re.search(r"[.!?]", folded):
            segments.append(Segment(start, end, "heading"))
            continue
        dateline = None if any(s.kind == "body" for s in segments) else pats["dateline"].match(folded)
        if dateline:
            segments.append(Segment(start, start + dateline.end(), "dateline"))
            start += dateline.end()
        segments.append(Segment(start, end, "body"))
    if not any(s.kind in ("body", "answer", "question") for s in segments):
        raise InputError(Errors.E011)
    return Document(
        doc_id=article.doc_id,
        content_hash=content_hash(text),
        text=text,
        segments=segments,
        title=title,
        url=article.url,
        source=article.source,
        author=author,
        path=article.path,
        date=DateGuess(None, None, "not yet inferred"),
    )


PARSED_KINDS = ("title", "standfirst", "dateline", "body", "question", "answer")


def parse_text(document: Document) -> str:
    """The text the parser sees: folded, with dropped lines blanked, same length as the original.

    A dateline ends in a line break, so that it is a sentence of its own: its
    place name is never read as the subject of the lead.
    """
    chars = [" " if c not in "\n" else c for c in document.text]
    folded = fold(document.text)
    for seg in document.segments:
        if seg.kind in PARSED_KINDS:
            chars[seg.start : seg.end] = folded[seg.start : seg.end]
        if seg.kind == "dateline":
            chars[seg.end - 1] = "\n"
    return "".join(chars)
