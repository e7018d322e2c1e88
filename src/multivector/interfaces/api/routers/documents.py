"""``/api/documents``: the stored articles, and one with its text, date reasoning, events, actors and quotes."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Path

from ..deps import MAX_TEXT, Limit, Offset, StoreAccess, page, store_access
from ..errors import READ_ERRORS

router = APIRouter(tags=["read"], responses=READ_ERRORS)


@router.get("/documents", summary="Documents, by date")
def documents(limit: int = Limit(), offset: int = Offset(), store: StoreAccess = Depends(store_access)) -> dict:
    with store.read() as r:
        return page(r.documents(limit=limit + 1, offset=offset), limit, offset)


@router.get("/documents/{doc_id}", summary="One document: text, date reasoning, events with offsets, actors, quotes")
def document(doc_id: str = Path(..., max_length=MAX_TEXT), store: StoreAccess = Depends(store_access)) -> dict:
    with store.read() as r:
        return r.document(doc_id)
