"""``/api/actors``: actors with their mentions and documents."""

from __future__ import annotations

from typing import Optional

from fastapi import APIRouter, Depends

from ..deps import Key, Limit, Offset, StoreAccess, page, store_access
from ..errors import READ_ERRORS

router = APIRouter(tags=["read"], responses=READ_ERRORS)


@router.get("/actors", summary="Actors with mentions and documents")
def actors(country: Optional[str] = Key(), limit: int = Limit(), offset: int = Offset(),
           store: StoreAccess = Depends(store_access)) -> dict:
    with store.read() as r:
        if country:
            country = r.check_actor(country)
        rows = r.actors(country=country)
    return page(rows[offset:offset + limit + 1], limit, offset)
