"""The pipeline as one function: articles in, extractions (or failures) out.

Pure: it reads nothing and writes nothing. ``store`` persists what it yields,
``scale`` runs it over partitions on Dask.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator

from .actors.kb import load_kb
from .actors.resolve import DocActors, resolve_mentions
from .document.clean import clean
from .document.dates import infer_publication_date
from .document.language import foreign_language
from .errors import Errors, InputError
from .events.memberships import extract_memberships
from .events.quotes import extract_quotes
from .events.sentence import code_document
from .model import Article, Document, Event, Extraction, Failure
from .settings import DEFAULTS

FORMER_WORDS = ("former", "late", "ex-", "then-", "ex ")


def batched(items: Iterable, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def process(items: Iterable[Article | Failure], *, batch_size: int | None = None, nlp=None) -> Iterator[list[Extraction | Failure]]:
    """Yield, batch by batch, the extraction of every article or the failure that stopped it."""
    from .nlp import parse_documents

    size = batch_size or DEFAULTS["batch_size"]
    for batch in batched(items, size):
        out: list[Extraction | Failure] = []
        documents: list[tuple[Article, Document]] = []
        for item in batch:
            if isinstance(item, Failure):
                out.append(item)
                continue
            try:
                documents.append((item, prepare(item)))
            except InputError as err:
                out.append(Failure(item.path, err.message, item.doc_id))
            except Exception as err:  # one bad article never stops the batch
                out.append(Failure(item.path, Errors.E012.format(detail=f"{type(err).__name__}: {err}"), item.doc_id))
        if documents:
            parsed = parse_documents((d for _, d in documents), batch_size=size, nlp=nlp)
            for (article, _), (document, doc) in zip(documents, parsed):
                try:
                    out.append(extract(article, document, doc))
                except Exception as err:  # one bad article never stops the batch
                    out.append(Failure(article.path, Errors.E012.format(detail=f"{type(err).__name__}: {err}"), article.doc_id))
        yield out


def prepare(article: Article) -> Document:
    """The checks an article passes before parsing, then its cleaned document."""
    if len(article.text) > DEFAULTS["max_chars"]:
        raise InputError(Errors.E013.format(size=len(article.text), limit=DEFAULTS["max_chars"]))
    language = foreign_language(article.text)
    if language:
        raise InputError(Errors.E014.format(language=language))
    document = clean(article)
    document.encoding, document.replaced_bytes = article.encoding, article.replaced_bytes
    return document


def extract(article: Article, document: Document, doc) -> Extraction:
    """Everything after parsing, for one document."""
    acts = resolve_mentions(document, doc)
    document.date = infer_publication_date(doc, _people(document, acts), article.date)
    quotes = extract_quotes(document, doc, acts)
    events = code_document(document, doc, acts, quotes)
    for event in events:
        event.id = event_id(event)
    memberships = extract_memberships(document, doc, acts)
    return Extraction(document, acts.mentions, events, quotes, memberships)


ROLE_WORDS = ("president", "prime minister", "premier", "foreign minister", "foreign secretary", "secretary of state",
              "chancellor", "deputy secretary", "under secretary", "secretary-general", "secretary general", "ambassador", "minister")


def _people(document: Document, acts: DocActors):
    """The known office holders named, whether called 'former', and the terms their titles in the text point to."""
    kb = load_kb()
    seen = {}
    for mention in acts.mentions:
        person = kb.persons.get(mention.actor.name or "")
        if mention.kind != "person" or person is None:
            continue
        before = document.text[max(0, mention.start - 12) : mention.start].lower()
        former = any(w in before for w in FORMER_WORDS)
        window = document.text[max(0, mention.start - 60) : mention.end + 60].lower()
        titled = [t for t in person.terms if any(w in window and w in t.role.lower() for w in ROLE_WORDS)]
        entry = seen.get(person.name)
        if entry is None or (entry[1] and not former):
            seen[person.name] = (person, former, titled or (entry[2] if entry else []))
        elif titled and not entry[2]:
            seen[person.name] = (entry[0], entry[1], titled)
    return [(p, former, terms or p.terms) for p, former, terms in seen.values()]


def event_id(event: Event) -> str:
    key = "|".join(
        [event.doc_id, event.type, str(event.trigger_start), ",".join(a.key for a in event.source), ",".join(a.key for a in event.target)]
    )
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


PRONOUNS = {"he", "she", "it", "its", "his", "her", "him", "we", "they", "them", "their", "i", "us", "our"}


def actor_rows(ex: Extraction) -> list[dict]:
    """The named actors of one document, one row per (actor, sector, name), with mention counts."""
    grouped: dict[tuple, list] = {}
    for m in ex.mentions:
        a = m.actor
        if not a.code or ex.document.text[m.start : m.end].lower() in PRONOUNS:
            continue
        grouped.setdefault((a.key, a.sector, a.name), []).append(m)
    rows = []
    for (key, sector, name), ms in grouped.items():
        a = ms[0].actor
        rows.append({"actor_key": key, "code": a.code, "sector": sector, "org": a.org, "name": name, "mentions": len(ms),
                     "first_text": ex.document.text[ms[0].start : ms[0].end], "first_start": ms[0].start})
    return rows
