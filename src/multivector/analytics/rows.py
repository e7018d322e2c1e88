"""Event rows: what every analytic counts, read from the store and weighed.

Definitions used throughout the analytics (the weights and factors are in ``store/data/weights.json``):

* An **event row** is one (event, source actor, target actor) pair of a non-negated event
  whose source and target are different, non-empty actor keys. An event with two
  targets gives two rows. Negated events are excluded everywhere.
* An event's **date** is its own date, or its article's date when it has none. Its period is
  ``period_of(date, by)``; a date too coarse for the period (``2014`` by month) has no period
  and the row is left out of per-period figures.
* **weighted** = type weight x modality factor (asserted 1, future 0.5, reported 0.5,
  hypothetical 0.25, denied 0). **Net cooperation** is the sum of ``weighted``.
* **cooperation** (``coop``) = max(type weight, 0) x modality factor: only the cooperative part,
  used for shares. Conflict lowers net cooperation but not a partner's share.
* **Volume** counts distinct events (not rows).
* What an event is depends on ``count``. ``"clusters"`` (the default): one per happening, however
  many articles report it (``store/clusters.py``): only each cluster's representative event is read,
  and an event of a near-duplicate article never counts on its own. ``"mentions"``: every stored
  event, each report of a story counted again.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from ..errors import Errors, QueryError
from ..store.queries import event_pairs
from ..store.weights import modality_factor, type_quad, type_weight

PERIODS = ("month", "quarter", "year")
COUNTS = ("clusters", "mentions")


def fold_eu_key(key: str, year: int | None) -> str:
    """'EU' if ``key`` was an EU member state in ``year`` (both ends inclusive), else ``key``.

    Without a year, a country is folded if it has ever been a member."""
    from ..actors.kb import is_member, load_kb  # only when folding: the knowledge base is not needed otherwise

    return "EU" if is_member(load_kb(), key, "EU", None if year is None else f"{year:04d}") else key


def period_of(date: str | None, by: str = "year") -> str | None:
    """The period a ``YYYY[-MM[-DD]]`` date falls in: ``2014`` (year), ``2014-Q2`` (quarter), ``2014-05`` (month).

    None when the date is missing or too coarse for the period (a bare year has no month)."""
    if by not in PERIODS:
        raise ValueError(f"by must be one of {', '.join(PERIODS)}, not {by!r}")
    if not date or len(date) < 4 or not date[:4].isdigit():
        return None
    if by == "year":
        return date[:4]
    if len(date) < 7 or not date[5:7].isdigit():
        return None
    month = int(date[5:7])
    if by == "month":
        return date[:7]
    return f"{date[:4]}-Q{(month - 1) // 3 + 1}"


def check_count(count: str) -> str:
    """``count`` as given, refused unless it is one of ``COUNTS``."""
    if count not in COUNTS:
        raise QueryError(Errors.E035.format(value=count, choices=", ".join(COUNTS)))
    return count


@dataclass
class EventRow:
    """One (event, source actor, target actor) pair of a non-negated event."""

    event_id: str
    doc_id: str
    type: str
    quad: str | None
    modality: str
    weight: float       # the type's weight
    factor: float       # the modality factor
    weighted: float     # weight x factor: counts towards net cooperation
    coop: float         # max(weight, 0) x factor: counts towards cooperation shares
    date: str | None    # the event's date, or its article's
    year: str | None
    quarter: str | None
    month: str | None
    source: str
    target: str
    cluster: str        # the event's cluster, or its own id when it is in none

    def period(self, by: str) -> str | None:
        if by not in PERIODS:
            raise ValueError(f"by must be one of {', '.join(PERIODS)}, not {by!r}")
        return getattr(self, by)


def load_events(con, since: str | None = None, until: str | None = None, count: str = "clusters") -> list[EventRow]:
    """All event rows, one per (event, source, target) pair, negated events excluded.

    ``since``/``until`` (``YYYY[-MM[-DD]]``, inclusive) filter on the event's date (or its article's);
    with either set, undated events are left out. With ``count="clusters"`` only the representative
    event of each cluster is read; an event in no cluster counts alone unless its article is a
    near-duplicate (clusters not rebuilt since it was stored)."""
    pairs = event_pairs(con, since=since, until=until, representatives_only=check_count(count) == "clusters")
    rows: list[EventRow] = []
    seen: set[tuple[str, str, str]] = set()
    for event_id, doc_id, etype, modality, dt, src, tgt, cluster in pairs:
        if not src or not tgt or src == tgt or (event_id, src, tgt) in seen:
            continue
        seen.add((event_id, src, tgt))
        weight, factor = type_weight(etype), modality_factor(modality)
        rows.append(EventRow(
            event_id=event_id, doc_id=doc_id, type=etype, quad=type_quad(etype), modality=modality or "asserted",
            weight=weight, factor=factor, weighted=weight * factor, coop=max(weight, 0.0) * factor, date=dt,
            year=period_of(dt, "year"), quarter=period_of(dt, "quarter"), month=period_of(dt, "month"),
            source=src, target=tgt, cluster=cluster))
    return rows


def fold_rows(rows: list[EventRow], keep: tuple[str, ...] = ()) -> list[EventRow]:
    """The rows with EU member states (in the event's year) replaced by 'EU'; actors in ``keep`` stay as they are.

    Pairs that become duplicates or EU-EU are dropped."""
    out, seen = [], set()
    for row in rows:
        year = int(row.year) if row.year else None
        src = row.source if row.source in keep else fold_eu_key(row.source, year)
        tgt = row.target if row.target in keep else fold_eu_key(row.target, year)
        if src == tgt or (row.event_id, src, tgt) in seen:
            continue
        seen.add((row.event_id, src, tgt))
        out.append(EventRow(**{**asdict(row), "source": src, "target": tgt}))
    return out


def rows_for(con, since: str | None, until: str | None, fold_eu: bool, count: str,
             keep: tuple[str, ...] = ()) -> list[EventRow]:
    """The event rows, EU member states folded into 'EU' when ``fold_eu`` (actors in ``keep`` stay)."""
    rows = load_events(con, since=since, until=until, count=count)
    return fold_rows(rows, keep=keep) if fold_eu else rows

