"""``/api/events`` and ``/api/clusters``: events filtered, and the events behind one happening."""

from __future__ import annotations

from typing import Optional

from fastapi import APIRouter, Depends, Path, Query

from ....text import check_date
from ..deps import MAX_TEXT, TYPE_RE, Date, Key, Limit, Offset, StoreAccess, page, store_access
from ..errors import READ_ERRORS

router = APIRouter(tags=["read"], responses=READ_ERRORS)


@router.get("/events", summary="Events, filtered")
def events(country: Optional[str] = Key(),
           actor: Optional[str] = Key("Part of an actor's name"),
           type: Optional[str] = Query(None, pattern=TYPE_RE, description="PLOVER event type (AGREE or agree)"),
           modality: Optional[str] = Query(None, pattern="^(asserted|future|hypothetical|denied|reported)$"),
           since: Optional[str] = Date(), until: Optional[str] = Date(), doc: Optional[str] = Key("A document id"),
           limit: int = Limit(), offset: int = Offset(), store: StoreAccess = Depends(store_access)) -> dict:
    since, until = check_date(since or None), check_date(until or None)
    with store.read() as r:
        if country:
            country = r.check_actor(country)
        if doc:
            r.document(doc)  # E022 when unknown
        rows = r.events(country=country, actor=actor, type=type, modality=modality, since=since, until=until,
                        doc=doc, limit=limit + 1, offset=offset)
        return page(rows, limit, offset)


@router.get("/clusters/{cluster_id}",
            summary="One event cluster (a happening, however many articles report it): its reports, sources and every event behind it")
def cluster(cluster_id: str = Path(..., max_length=MAX_TEXT), store: StoreAccess = Depends(store_access)) -> dict:
    with store.read() as r:
        return r.cluster(cluster_id)
