"""The pipeline as one function: articles in, extractions (or failures) out.

Pure: it reads nothing and writes nothing. ``store`` persists what it yields,
``scale`` runs it over partitions on Dask.
"""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from .actors.offices import office_holders
from .actors.resolve import resolve_mentions
from .document.clean import clean
from .document.corpus import Corpus
from .document.dating.publication import firm_date, infer_publication_date
from .document.language import foreign_language
from .document.parsed import forget_readings
from .errors import Errors, InputError
from .events.memberships import extract_memberships
from .events.quotes import extract_quotes
from .events.sentence import code_document, code_documents
from .model import Article, DateGuess, Document, Event, Extraction, Failure, event_id
from .settings import DEFAULTS, Settings


def batched(items: Iterable, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def process(items: Iterable[Article | Failure], *, batch_size: int | None = None, nlp=None,
            settings: Settings | None = None,
            on_parsed: Callable[[], None] | None = None) -> Iterator[list[Extraction | Failure]]:
    """Yield, batch by batch, the extraction of every article or the failure that stopped it.

    ``on_parsed`` is called once per article as soon as it is parsed (or has failed), so progress moves per
    article while its batch is still being coded."""
    size = batch_size or (settings.batch_size if settings else DEFAULTS["batch_size"])
    for batch in batched(items, size):
        yield parse_and_code(prepare_batch(batch, settings, on_parsed), nlp=nlp, settings=settings, on_parsed=on_parsed)


@dataclass
class PreparedBatch:
    """A batch past the checks before parsing: its failures, and each article with its cleaned document and the
    date a same-story article of the batch lends it (or None)."""

    failures: list[Failure]
    documents: list[tuple[Article, Document, DateGuess | None]]


def prepare_batch(batch: Iterable[Article | Failure], settings: Settings | None = None,
                  on_parsed: Callable[[], None] | None = None) -> PreparedBatch:
    """The first stage of ``process``: checks, cleaning and same-story dates, for one batch. A worker pool's caller
    runs it while the worker parses the batch before, so the worker only parses and codes."""
    max_chars = settings.max_chars if settings else DEFAULTS["max_chars"]
    failures: list[Failure] = []
    documents: list[tuple[Article, Document]] = []
    for item in batch:
        if isinstance(item, Failure):
            failures.append(item)
        else:
            try:
                documents.append((item, prepare(item, max_chars)))
                continue
            except InputError as err:
                failures.append(Failure(item.path, err.message, item.doc_id))
            except Exception as err:  # one bad article never stops the batch
                failures.append(_failed(item, err))
        if on_parsed:
            on_parsed()
    borrowed = _same_story_dates(documents)
    return PreparedBatch(failures, [(a, d, borrowed.get(id(d))) for a, d in documents])


def parse_and_code(prepared: PreparedBatch, *, nlp=None, settings: Settings | None = None,
                   on_parsed: Callable[[], None] | None = None) -> list[Extraction | Failure]:
    """The second stage of ``process``: parse the prepared documents and extract from them; failures first."""
    from .nlp import load_nlp, parse_documents

    out: list[Extraction | Failure] = list(prepared.failures)
    if not prepared.documents:
        return out
    if nlp is None and settings and settings.model != DEFAULTS["model"]:  # load_nlp() caches the default
        nlp = load_nlp(settings.model)
    parsed = parse_documents((d for _, d, _ in prepared.documents), nlp=nlp)
    if on_parsed:
        parsed = _announcing(parsed, on_parsed)
    return out + extract_many([(article, document, doc, borrowed)
                               for (article, _, borrowed), (document, doc) in zip(prepared.documents, parsed)])


def _announcing(items: Iterable, announce: Callable[[], None]) -> Iterator:
    for item in items:
        announce()
        yield item


def prepare(article: Article, max_chars: int | None = None) -> Document:
    """The checks an article passes before parsing, then its cleaned document."""
    limit = DEFAULTS["max_chars"] if max_chars is None else max_chars
    if len(article.text) > limit:
        raise InputError(Errors.E013.format(size=len(article.text), limit=limit))
    language = foreign_language(article.text)
    if language:
        raise InputError(Errors.E014.format(language=language))
    document = clean(article)
    document.encoding, document.replaced_bytes = article.encoding, article.replaced_bytes
    return document


def _same_story_dates(documents: list[tuple[Article, Document]]) -> dict[int, DateGuess]:
    """Dates lent by articles of the batch with a firm date to the undated ones that tell the same story (by document id()).

    The batch, not the run: every engine (one process, workers, Dask) sees the same batches, so stores the same dates."""
    corpus = Corpus()
    undated = []
    for article, document in documents:
        firm = firm_date(article.date, document.text)
        if firm is not None:
            corpus.add(document.doc_id, document.body_text(), firm)
        else:
            undated.append(document)
    if not corpus.dates:  # no donor: the undated need no fingerprints
        return {}
    lent = {id(d): corpus.borrow(d.doc_id, d.body_text()) for d in undated}
    return {k: v for k, v in lent.items() if v is not None}


def extract_many(items: list[tuple[Article, Document, object, DateGuess | None]]) -> list[Extraction | Failure]:
    """Everything after parsing, for the documents of a batch; the classifier runs once per round for all of them.

    An article whose extraction fails becomes a ``Failure`` (E012); the others go on. The readings of each Doc kept
    for extraction are dropped before the collector resumes, which would otherwise walk them all once more."""
    with _collector_paused():
        try:
            return _extract_many(items)
        finally:
            for _, _, doc, _ in items:
                forget_readings(doc)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector waits for the end of the batch: what extraction makes (token tables, spans,
    events) lives until then, so collecting meanwhile walks it again and again for nothing (measured: 0.01 of the
    parse time). Left alone when the caller has turned collection off itself."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _extract_many(items: list[tuple[Article, Document, object, DateGuess | None]]) -> list[Extraction | Failure]:
    results: list[Extraction | Failure | None] = [None] * len(items)
    staged = []
    for n, (article, document, doc, borrowed) in enumerate(items):
        try:
            acts = resolve_mentions(document, doc)
            document.date = infer_publication_date(doc, office_holders(document, acts), article.date, borrowed=borrowed)
            staged.append((n, acts, extract_quotes(document, doc, acts)))
        except Exception as err:  # one bad article never stops the batch
            results[n] = _failed(article, err)
    try:
        coded = code_documents([(items[n][1], items[n][2], acts, quotes) for n, acts, quotes in staged])
    except Exception:  # find the article that broke the shared pass; code the others alone
        coded = [None] * len(staged)
    for (n, acts, quotes), events in zip(staged, coded):
        article, document, doc, _ = items[n]
        try:
            if events is None:
                events = code_document(document, doc, acts, quotes)
            for event in events:
                event.id = event_id(event)
            results[n] = Extraction(document, acts.mentions, events, quotes, extract_memberships(document, doc, acts))
        except Exception as err:
            results[n] = _failed(article, err)
    return results


def _failed(article: Article, err: Exception) -> Failure:
    return Failure(article.path, Errors.E012.format(detail=f"{type(err).__name__}: {err}"), article.doc_id)


def code_sentence(text: str) -> list[Event]:
    """The events of one sentence, the primary first."""
    return code_sentences([text])[0]


def code_sentences(texts: Iterable[str], *, nlp=None) -> list[list[Event]]:
    """Each text coded as a one-sentence article through ``process``: the path users run, the PLOVER records are scored on."""
    texts = list(texts)
    articles = [Article(doc_id=f"sent-{i}-" + hashlib.sha1(t.encode("utf-8")).hexdigest()[:12], text=t) for i, t in enumerate(texts)]
    by_id: dict[str, list[Event]] = {}
    for batch in process(articles, batch_size=64, nlp=nlp):
        for item in batch:
            if not isinstance(item, Failure):
                by_id[item.document.doc_id] = item.events
    return [by_id.get(a.doc_id, []) for a in articles]
