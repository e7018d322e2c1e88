"""Every dataclass and enum the stages pass to each other.

Stages are plain functions from these objects to these objects; only ``store``
and ``interfaces`` do I/O. Offsets are always character offsets into the
article's original text, so every fact can be shown in the sentence it came from.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from enum import Enum


# Who coded an event: stored with each event and each run, so a store says which coder wrote it.
CODER_NAME = "multivector"
CODER_VERSION = "0.2.0"
CODER = f"{CODER_NAME}/{CODER_VERSION}"


class EventType(str, Enum):
    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"


EVENT_TYPES = tuple(t.value for t in EventType)


class Modality(str, Enum):
    ASSERTED = "asserted"
    FUTURE = "future"
    HYPOTHETICAL = "hypothetical"
    DENIED = "denied"
    REPORTED = "reported"


class Precision(str, Enum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


@dataclass
class Article:
    """One input article as read, before any cleaning."""

    doc_id: str
    text: str
    path: str = ""
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None
    author: str | None = None
    fmt: str = "txt"
    encoding: str | None = None
    replaced_bytes: int = 0  # undecodable bytes replaced by U+FFFD


@dataclass
class Segment:
    """A kept stretch of the original text, with what it is."""

    start: int
    end: int
    kind: str = "body"  # body | title | standfirst | dateline | question | answer | byline | caption | heading
    speaker: str | None = None


@dataclass
class DateGuess:
    """A publication date: the estimate, its precision and reason, and the interval all the evidence allows (ISO days)."""

    value: str | None
    precision: str | None
    reason: str
    earliest: str | None = None
    latest: str | None = None


@dataclass
class Document:
    """A cleaned article: original text, the kept segments and its date."""

    doc_id: str
    content_hash: str
    text: str
    segments: list[Segment]
    title: str | None = None
    url: str | None = None
    source: str | None = None
    author: str | None = None
    path: str = ""
    date: DateGuess = field(default_factory=lambda: DateGuess(None, None, "no date found"))
    encoding: str | None = None
    replaced_bytes: int = 0

    def body_text(self) -> str:
        return "\n".join(self.text[s.start : s.end] for s in self.segments)


@dataclass
class ActorRef:
    """An actor in PLOVER's slots: country code (or IGO/NGO/MNC), sector, org, person."""

    code: str | None
    sector: str | None = None
    org: str | None = None
    name: str | None = None
    entity_text: str | None = None
    start: int | None = None
    end: int | None = None

    @property
    def key(self) -> str:
        """The actor as the scorer and the analytics see it: org for an IGO, else the country."""
        return self.org if self.code == "IGO" and self.org else (self.code or "")


@dataclass
class Event:
    doc_id: str
    type: str
    source: list[ActorRef]
    target: list[ActorRef]
    sentence: str
    sent_start: int
    sent_end: int
    trigger: str
    trigger_start: int
    trigger_end: int
    mode: str | None = None
    negated: bool = False
    modality: str = Modality.ASSERTED.value
    date: str | None = None
    date_precision: str | None = None
    location: str | None = None
    confidence: float = 0.5
    coder: str = ""
    id: str = ""


@dataclass
class Quote:
    doc_id: str
    text: str
    start: int
    end: int
    speaker: ActorRef | None = None


@dataclass
class Membership:
    doc_id: str
    member: str
    organization: str
    role: str
    evidence: str
    start: int
    end: int
    since: str | None = None
    until: str | None = None


@dataclass
class Mention:
    """One resolved mention of an actor in a document."""

    actor: ActorRef
    start: int
    end: int
    kind: str  # country | org | person | group


@dataclass
class Extraction:
    """Everything the pipeline found in one document."""

    document: Document
    mentions: list[Mention]
    events: list[Event]
    quotes: list[Quote]
    memberships: list[Membership]


@dataclass
class Failure:
    path: str
    reason: str
    doc_id: str | None = None

    @property
    def code(self) -> str:
        return self.reason[1:5] if self.reason.startswith("[E") else "E000"


def as_dict(obj) -> dict:
    return asdict(obj)


def event_id(event: Event) -> str:
    """A stable id: the same event of the same document gets the same id in every run."""
    key = "|".join(
        [event.doc_id, event.type, str(event.trigger_start), ",".join(a.key for a in event.source), ",".join(a.key for a in event.target)]
    )
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


PRONOUNS = {"he", "she", "it", "its", "his", "her", "him", "we", "they", "them", "their", "i", "us", "our"}


def is_pronoun(text: str) -> bool:
    """'we', 'They', 'I'; not 'US', the United States."""
    return text.lower() in PRONOUNS and not (len(text) > 1 and text.isupper())


def actor_rows(ex: Extraction) -> list[dict]:
    """The named actors of one document, one row per (actor, sector, name), with mention counts."""
    grouped: dict[tuple, list] = {}
    for m in ex.mentions:
        a = m.actor
        if not a.code or is_pronoun(ex.document.text[m.start : m.end]):
            continue
        grouped.setdefault((a.key, a.sector, a.name), []).append(m)
    rows = []
    for (key, sector, name), ms in grouped.items():
        a = ms[0].actor
        rows.append({"actor_key": key, "code": a.code, "sector": sector, "org": a.org, "name": name, "mentions": len(ms),
                     "first_text": ex.document.text[ms[0].start : ms[0].end], "first_start": ms[0].start})
    return rows
