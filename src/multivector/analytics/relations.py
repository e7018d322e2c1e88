"""Relations of a pair, the multi-vector balance and what moved it: pure functions over the store.

Every function takes an open DuckDB connection (read-only is enough) and returns plain dicts and
lists, ready for JSON. What an event row is, its weight and its period: ``rows.py``.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict

import numpy as np

from ..store.queries import cluster_reports, event_evidence
from .rows import EventRow, period_of, rows_for

TOO_FEW = "too few events"
TOO_FEW_CLUSTERS = "fewer than 2 clusters: no interval"
NO_COOPERATION = "no cooperation"
ONE_PARTNER = "one partner"
DEFAULT_PARTNERS = 4


# --- relations of a pair -----------------------------------------------------------------


def _summary(rows: list[EventRow]) -> dict:
    """Counts by type and by quad, and net cooperation, of a set of rows (volume = distinct events)."""
    events = {}
    for row in rows:
        events.setdefault(row.event_id, row)
    return {
        "events": len(events),
        "by_type": dict(Counter(r.type for r in events.values()).most_common()),
        "by_quad": dict(Counter(r.quad or "unknown" for r in events.values()).most_common()),
        "net": round(sum(r.weighted for r in events.values()), 6),
        "cooperation": round(sum(r.coop for r in events.values()), 6),
    }


def relations(con, a: str, b: str, by: str = "year", since: str | None = None, until: str | None = None,
              fold_eu: bool = False, count: str = "clusters") -> list[dict]:
    """The relations of ``a`` and ``b`` per period, in both directions.

    Each period: ``{"period", "a_to_b", "b_to_a", "total"}``, each a summary with ``events``
    (distinct events), ``by_type``, ``by_quad``, ``net`` (sum of weight x modality factor) and
    ``cooperation``. An event in which each acts on the other counts once in ``total``. ``count``:
    clusters (each happening once) or mentions (every report)."""
    period_of("", by)  # validates ``by``
    rows = rows_for(con, since, until, fold_eu, count, keep=(a, b))
    grouped: dict[str, dict[str, list[EventRow]]] = defaultdict(lambda: {"a_to_b": [], "b_to_a": []})
    for row in rows:
        period = row.period(by)
        if period is None:
            continue
        if row.source == a and row.target == b:
            grouped[period]["a_to_b"].append(row)
        elif row.source == b and row.target == a:
            grouped[period]["b_to_a"].append(row)
    result = []
    for period in sorted(grouped):
        g = grouped[period]
        result.append({"period": period, "a": a, "b": b, "a_to_b": _summary(g["a_to_b"]), "b_to_a": _summary(g["b_to_a"]),
                       "total": _summary(g["a_to_b"] + g["b_to_a"])})
    return result


# --- the balance ---------------------------------------------------------------------------


def top_partners(rows: list[EventRow], focal: str, n: int = DEFAULT_PARTNERS) -> list[str]:
    """The ``n`` actors with most distinct events with ``focal`` (either direction); ties alphabetical."""
    events: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        if row.source == focal:
            events[row.target].add(row.event_id)
        elif row.target == focal:
            events[row.source].add(row.event_id)
    return [key for key, _ in sorted(events.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:n]]


def shares(coop: dict[str, float]) -> dict[str, float] | None:
    """Each partner's part of the total cooperation; None when there is no cooperation."""
    total = sum(coop.values())
    if total <= 0:
        return None
    return {k: v / total for k, v in coop.items()}


def balance_index(share: dict[str, float] | None) -> tuple[float | None, str | None]:
    """Normalised Shannon entropy of the shares: -sum(s ln s) / ln K over the K partners considered.

    1 = cooperation spread evenly over all K partners, 0 = all of it with one. Returns
    ``(index, None)`` or ``(None, reason)`` with one partner (nothing to balance) or no cooperation."""
    if share is None:
        return None, NO_COOPERATION
    if len(share) < 2:
        return None, ONE_PARTNER
    h = -sum(s * math.log(s) for s in share.values() if s > 0)
    return max(0.0, h / math.log(len(share))), None  # max: no -0.0


def _matrix(rows: list[EventRow], focal: str, partners: list[str]) -> tuple[list[str], np.ndarray]:
    """Distinct event ids and an (events x partners) matrix of cooperation with each partner."""
    col = {p: i for i, p in enumerate(partners)}
    ids: dict[str, int] = {}
    cells: list[tuple[int, int, float]] = []
    for row in rows:
        partner = row.target if row.source == focal else row.source if row.target == focal else None
        if partner not in col:
            continue
        i = ids.setdefault(row.event_id, len(ids))
        cells.append((i, col[partner], row.coop))
    m = np.zeros((len(ids), len(partners)))
    for i, j, v in cells:
        m[i, j] += v
    return list(ids), m


def _by_cluster(rows: list[EventRow], ids: list[str], m: np.ndarray) -> np.ndarray:
    """The rows of ``m`` (one per event of ``ids``) summed per cluster: the units a bootstrap may draw.

    Reports of one happening are not independent observations: resampling them one by one would make
    a story told four times look four times as certain."""
    cluster = {r.event_id: r.cluster for r in rows}
    groups: dict[str, list[int]] = {}
    for i, eid in enumerate(ids):
        groups.setdefault(cluster[eid], []).append(i)
    return np.array([m[idx].sum(axis=0) for idx in groups.values()]).reshape(len(groups), m.shape[1])


def _boot_shares(m: np.ndarray, n_boot: int, rng: np.random.Generator) -> np.ndarray:
    """Shares in each of ``n_boot`` resamples (rows drawn with replacement); NaN rows where a resample has no cooperation."""
    n = m.shape[0]
    counts = rng.multinomial(n, np.full(n, 1.0 / n), size=n_boot)
    sums = counts @ m
    totals = sums.sum(axis=1, keepdims=True)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(totals > 0, sums / np.where(totals > 0, totals, 1), np.nan)


def _partner_rows(rows: list[EventRow], focal: str, partners: list[str]) -> list[EventRow]:
    return [r for r in rows if (r.source == focal and r.target in partners) or (r.target == focal and r.source in partners)]


def balance(con, focal: str, partners: list[str] | None = None, by: str = "year", fold_eu: bool = False,
            min_events: int = 3, n_boot: int = 500, seed: int = 0, since: str | None = None,
            until: str | None = None, level: float = 0.95, count: str = "clusters") -> dict:
    """The multi-vector balance of ``focal`` over ``partners``, per period.

    * **share** of partner p = cooperation between focal and p (both directions; sum over events of
      max(type weight, 0) x modality factor) divided by the same sum over all partners.
      Conflict events count in volume and net cooperation but not in shares.
    * **index** = normalised Shannon entropy of the shares over the K partners (see ``balance_index``).
    * **tilt** of p = share now minus share in the previous period that has numbers, with a
      percentile bootstrap interval (``level``): the clusters of each of the two periods are resampled
      with replacement, ``n_boot`` times, with ``numpy.random.default_rng(seed)``; ``tilt_flag`` is
      True where the interval excludes zero. Whole clusters are drawn with ``count="mentions"`` too.
      With fewer than 2 clusters in either period a resample can only repeat what was seen, so there
      is no interval and no flag (``interval_note``).
    * A period with fewer than ``min_events`` distinct focal-partner events has status
      ``"too few events"`` and no shares, index or tilt; ``"no cooperation"`` when it has no
      cooperative events. Volume and net cooperation are always given.

    Default partners: the 4 actors with most events with ``focal``. ``fold_eu`` counts EU member
    states (in the event's year) as 'EU' (the focal country itself is never folded). ``count``:
    clusters (each happening once) or mentions (every report); ``clusters`` per period is given either way."""
    period_of("", by)
    rows = rows_for(con, since, until, fold_eu, count, keep=(focal,))
    partners = [p for p in (partners or top_partners(rows, focal)) if p != focal]
    rows = _partner_rows(rows, focal, partners)
    by_period: dict[str, list[EventRow]] = defaultdict(list)
    for row in rows:
        period = row.period(by)
        if period is not None:
            by_period[period].append(row)
    rng = np.random.default_rng(seed)
    alpha = (1 - level) / 2
    periods, previous = [], None  # previous: (period, shares, matrix) of the last period with numbers
    for period in sorted(by_period):
        prow = by_period[period]
        ids, m = _matrix(prow, focal, partners)
        units = _by_cluster(prow, ids, m)
        entry: dict = {"period": period, "events": len(ids), "clusters": len(units), "status": "ok", "index": None,
                       "index_note": None, "previous": None, "interval_note": None, "partners": {}}
        for j, p in enumerate(partners):
            mine = {r.event_id: r for r in prow if p in (r.source, r.target)}
            entry["partners"][p] = {"events": len(mine), "net": round(sum(r.weighted for r in mine.values()), 6),
                                    "cooperation": round(float(m[:, j].sum()), 6), "share": None, "tilt": None,
                                    "tilt_low": None, "tilt_high": None, "tilt_flag": False}
        share = shares({p: float(m[:, j].sum()) for j, p in enumerate(partners)}) if partners else None
        if len(ids) < min_events:
            entry["status"] = TOO_FEW
        elif share is None:
            entry["status"] = NO_COOPERATION
            entry["index_note"] = NO_COOPERATION
        else:
            entry["index"], entry["index_note"] = balance_index(share)
            for p, s in share.items():
                entry["partners"][p]["share"] = s
            if previous is not None:
                prev_period, prev_share, prev_units = previous
                entry["previous"] = prev_period
                boot = None
                if min(len(units), len(prev_units)) >= 2:
                    boot = _boot_shares(units, n_boot, rng) - _boot_shares(prev_units, n_boot, rng)
                else:
                    entry["interval_note"] = TOO_FEW_CLUSTERS
                for j, p in enumerate(partners):
                    tilt = share[p] - prev_share[p]
                    column = boot[:, j][~np.isnan(boot[:, j])] if boot is not None else np.empty(0)
                    lo, hi = (float(np.quantile(column, alpha)), float(np.quantile(column, 1 - alpha))) if column.size else (None, None)
                    entry["partners"][p].update(tilt=tilt, tilt_low=lo, tilt_high=hi,
                                                tilt_flag=bool(lo is not None and (lo > 0 or hi < 0)))
            previous = (period, share, units)
        periods.append(entry)
    return {"focal": focal, "partners": partners, "by": by, "fold_eu": fold_eu, "min_events": min_events,
            "n_boot": n_boot, "seed": seed, "level": level, "count": count, "periods": periods}


# --- what moved it ---------------------------------------------------------------------------


def movers(con, focal: str, period: str, partners: list[str] | None = None, by: str = "year", fold_eu: bool = False,
           limit: int = 5, count: str = "clusters") -> list[dict]:
    """The events of ``period`` that moved ``focal``'s cooperation shares most, with their evidence.

    An event's ``influence`` is how far the shares would move without it (leave-one-out):
    half the sum over partners of |share with it - share without it| (0..1). ``delta`` is the
    per-partner share change the event is responsible for (with minus without). Events that
    leave shares unchanged (conflict, denied) rank after, by the size of their weighted value.
    Each names its ``cluster_id`` with the cluster's ``reports`` and ``sources`` (1 and 1 for an event
    in no cluster)."""
    period_of("", by)
    rows = rows_for(con, None, None, fold_eu, count, keep=(focal,))
    partners = [p for p in (partners or top_partners(rows, focal)) if p != focal]
    prow = [r for r in _partner_rows(rows, focal, partners) if r.period(by) == period]
    ids, m = _matrix(prow, focal, partners)
    if not ids:
        return []
    full = shares(dict(zip(partners, m.sum(axis=0).tolist())))
    first: dict[str, EventRow] = {}
    partner_of: dict[str, list[str]] = defaultdict(list)
    for r in prow:
        first.setdefault(r.event_id, r)
        partner_of[r.event_id].append(r.target if r.source == focal else r.source)
    ranked = []
    for i, eid in enumerate(ids):
        without = shares(dict(zip(partners, (m.sum(axis=0) - m[i]).tolist())))
        if full is None:
            delta = {p: 0.0 for p in partners}
        elif without is None:
            delta = dict(full)
        else:
            delta = {p: full[p] - without[p] for p in partners}
        influence = sum(abs(v) for v in delta.values()) / 2
        r = first[eid]
        ranked.append({"event_id": eid, "cluster_id": r.cluster, "doc_id": r.doc_id, "date": r.date, "type": r.type,
                       "modality": r.modality, "source": r.source, "target": r.target, "partners": sorted(set(partner_of[eid])),
                       "weighted": r.weighted, "influence": influence, "delta": delta})
    ranked.sort(key=lambda e: (-e["influence"], -abs(e["weighted"]), e["date"] or "", e["event_id"]))
    ranked = ranked[:limit]
    if ranked:
        info = event_evidence(con, [e["event_id"] for e in ranked])
        reports = cluster_reports(con, [e["cluster_id"] for e in ranked])
        for e in ranked:
            e["sentence"], e["title"] = info.get(e["event_id"], (None, None))
            e["reports"], e["sources"] = reports.get(e["cluster_id"], (1, 1))
    return ranked
