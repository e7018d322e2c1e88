"""multivector: news articles to PLOVER political event data, stored in DuckDB.

The public API: ``run`` files into a store and read it with ``Reader`` (``Store`` is its one writer);
``process`` articles (``iter_articles``) into extractions without a store; the records the stages pass
(``multivector.model``) and the error catalogue (``multivector.errors``). Names that need spaCy or DuckDB
load on first use, so importing one layer (``multivector.store``) does not import the others.
"""

from importlib import import_module as _import_module

from .errors import ArticleTooLarge, EvalError, InputError, MultivectorError, QueryError, StoreError
from .model import (
    ActorRef,
    Article,
    DateGuess,
    Document,
    Event,
    EventType,
    Extraction,
    Failure,
    Membership,
    Mention,
    Modality,
    Precision,
    Quote,
    Segment,
    as_dict,
)

_LOADED_ON_USE = {
    "iter_articles": ".ingest",
    "process": ".pipeline",
    "run": ".runner",
    "RunSummary": ".runner",
    "Reader": ".store",
    "Store": ".store",
}


def __getattr__(name: str):
    if name in _LOADED_ON_USE:
        return getattr(_import_module(_LOADED_ON_USE[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LOADED_ON_USE))


__all__ = [
    "ActorRef",
    "Article",
    "ArticleTooLarge",
    "DateGuess",
    "Document",
    "EvalError",
    "Event",
    "EventType",
    "Extraction",
    "Failure",
    "InputError",
    "Membership",
    "Mention",
    "Modality",
    "MultivectorError",
    "Precision",
    "QueryError",
    "Quote",
    "Reader",
    "RunSummary",
    "Segment",
    "Store",
    "StoreError",
    "as_dict",
    "iter_articles",
    "process",
    "run",
]
