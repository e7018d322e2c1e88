"""The reads the analytics and the report make: plain rows, every SQL statement against the store's tables here.

Each function takes an open DuckDB connection (read-only is enough), so a caller that already holds
one (the API, a test) shares it.
"""

from __future__ import annotations

from .clusters import has_clusters


def event_pairs(con, since: str | None = None, until: str | None = None, representatives_only: bool = True) -> list[tuple]:
    """(event id, doc id, type, modality, date, source key, target key, cluster id) per source-target pair of each non-negated event.

    The date is the event's own or its article's. ``since``/``until`` (``YYYY[-MM[-DD]]``, inclusive)
    filter on it, leaving undated events out. With ``representatives_only``, only the representative
    event of each cluster is read, and an event in no cluster only when its article is no near-duplicate.
    An event in no cluster is its own cluster. Ordered by date (undated last), event id, then actor positions."""
    where = ["NOT coalesce(e.negated, false)"]
    params: list = []
    clustered = has_clusters(con)
    members = "LEFT JOIN event_cluster_members m ON m.event_id = e.id " if clustered else ""
    cluster_of = "coalesce(m.cluster_id, e.id)" if clustered else "e.id"
    if representatives_only:
        alone = "d.near_duplicate_of IS NULL"
        where.append(f"((m.cluster_id IS NULL AND {alone}) OR e.id IN (SELECT representative FROM event_clusters))"
                     if clustered else alone)
    date = "coalesce(e.date, d.date)"
    if since:
        where.append(f"{date} >= ?")
        params.append(since)
    if until:
        where.append(f"substr({date}, 1, ?) <= ?")
        params += [len(until), until]
    sql = (f"SELECT e.id, e.doc_id, e.type, e.modality, {date} AS date, s.actor_key, t.actor_key, {cluster_of} "
           f"FROM events e LEFT JOIN documents d ON d.doc_id = e.doc_id {members}"
           "JOIN event_actors s ON s.event_id = e.id AND s.role = 'source' "
           "JOIN event_actors t ON t.event_id = e.id AND t.role = 'target' "
           f"WHERE {' AND '.join(where)} ORDER BY date NULLS LAST, e.id, s.position, t.position")
    return con.execute(sql, params).fetchall()


def event_evidence(con, event_ids: list[str]) -> dict[str, tuple[str | None, str | None]]:
    """Event id → (its sentence, its article's title)."""
    if not event_ids:
        return {}
    marks = ",".join("?" for _ in event_ids)
    rows = con.execute(f"SELECT e.id, e.sentence, d.title FROM events e LEFT JOIN documents d ON d.doc_id = e.doc_id "
                       f"WHERE e.id IN ({marks})", list(event_ids)).fetchall()
    return {eid: (sentence, title) for eid, sentence, title in rows}


def cluster_reports(con, cluster_ids: list[str]) -> dict[str, tuple[int, int]]:
    """Cluster id → (articles reporting it, distinct sources); empty when clusters were never built."""
    if not cluster_ids or not has_clusters(con):
        return {}
    marks = ",".join("?" for _ in cluster_ids)
    rows = con.execute(f"SELECT cluster_id, reports, sources FROM event_clusters WHERE cluster_id IN ({marks})",
                       list(cluster_ids)).fetchall()
    return {cid: (reports, sources) for cid, reports, sources in rows}


def documents_dated_otherwise(con, reason_prefix: str) -> list[dict]:
    """The documents without a date, or whose date's reason does not start with ``reason_prefix``.

    Each as ``{"doc_id", "title", "date", "precision", "reason", "path"}``, by date (undated last), then id."""
    rows = con.execute(
        "SELECT doc_id, title, date, date_precision, date_reason, path FROM documents "
        "WHERE date IS NULL OR date_reason IS NULL OR NOT starts_with(date_reason, ?) ORDER BY date NULLS LAST, doc_id",
        [reason_prefix]).fetchall()
    return [{"doc_id": d, "title": t, "date": dt, "precision": p, "reason": r, "path": path} for d, t, dt, p, r, path in rows]


def table_sizes(con) -> dict[str, int]:
    """Rows in the documents and events tables."""
    return {"documents": con.execute("SELECT count(*) FROM documents").fetchone()[0],
            "events": con.execute("SELECT count(*) FROM events").fetchone()[0]}
