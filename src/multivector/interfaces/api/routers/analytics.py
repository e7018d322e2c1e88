"""Analytics of the stored events: a pair's relations, a country's balance and what moved it, the network."""

from __future__ import annotations

from typing import Optional

from fastapi import APIRouter, Depends, Path, Query

from ....analytics import balance as compute_balance
from ....analytics import movers
from ....analytics import network as compute_network
from ....analytics import relations as compute_relations
from ....store import Reader
from ....text import check_date
from ..deps import MAX_BOOT, MAX_OFFSET, MAX_SEED, MAX_TEXT, PERIOD_RE, By, Count, Date, Key, Limit, StoreAccess, store_access
from ..errors import READ_ERRORS

router = APIRouter(tags=["analytics"], responses=READ_ERRORS)


def Partners():
    return Key("Comma-separated, e.g. RUS,USA,CHN,EU")


def partner_codes(r: Reader, partners: str | None) -> list[str] | None:
    """The comma-separated partners, each checked against the store; None (the top partners) when none given."""
    return [r.check_actor(p) for p in partners.split(",") if p.strip()] if partners else None


@router.get("/relations/{a}/{b}", summary="Relations of two actors per period, both directions")
def relations(a: str = Path(..., max_length=MAX_TEXT), b: str = Path(..., max_length=MAX_TEXT), by: str = By(),
              since: Optional[str] = Date(), until: Optional[str] = Date(), fold_eu: bool = False,
              count: str = Count(), store: StoreAccess = Depends(store_access)) -> dict:
    since, until = check_date(since or None), check_date(until or None)
    with store.read() as r:
        a, b = r.check_actor(a), r.check_actor(b)
        return {"a": a, "b": b, "by": by, "count": count,
                "periods": compute_relations(r.con, a, b, by=by, since=since, until=until, fold_eu=fold_eu, count=count)}


@router.get("/balance/{country}", summary="The multi-vector balance of a country")
def balance(country: str = Path(..., max_length=MAX_TEXT), partners: Optional[str] = Partners(),
            by: str = By(), fold_eu: bool = False, min_events: int = Query(3, ge=1, le=MAX_OFFSET),
            n_boot: int = Query(500, ge=0, le=MAX_BOOT), seed: int = Query(0, ge=0, le=MAX_SEED),
            since: Optional[str] = Date(), until: Optional[str] = Date(), count: str = Count(),
            store: StoreAccess = Depends(store_access)) -> dict:
    since, until = check_date(since or None), check_date(until or None)
    with store.read() as r:
        focal = r.check_actor(country)
        chosen = partner_codes(r, partners)
        return compute_balance(r.con, focal, partners=chosen, by=by, fold_eu=fold_eu, min_events=min_events,
                               n_boot=n_boot, seed=seed, since=since, until=until, count=count)


@router.get("/balance/{country}/periods/{period}",
            summary="The events of one period between a country and its partners, ranked by how much they moved the shares")
def balance_period(country: str = Path(..., max_length=MAX_TEXT),
                   period: str = Path(..., pattern=PERIOD_RE, description="2014, 2014-Q2 or 2014-05"),
                   partners: Optional[str] = Partners(), by: str = By(), fold_eu: bool = False,
                   limit: int = Limit(), count: str = Count(), store: StoreAccess = Depends(store_access)) -> dict:
    with store.read() as r:
        focal = r.check_actor(country)
        chosen = partner_codes(r, partners)
        rows = movers(r.con, focal, period, partners=chosen, by=by, fold_eu=fold_eu, limit=limit, count=count)
    return {"focal": focal, "period": period, "by": by, "count": count, "events": rows}


@router.get("/network", summary="All dyads with volume and net cooperation; actors by centrality")
def network(since: Optional[str] = Date(), until: Optional[str] = Date(), fold_eu: bool = False,
            count: str = Count(), store: StoreAccess = Depends(store_access)) -> dict:
    since, until = check_date(since or None), check_date(until or None)
    with store.read() as r:
        return compute_network(r.con, since=since, until=until, fold_eu=fold_eu, count=count)
