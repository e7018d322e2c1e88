"""Reads of the store: filters, documents with their facts, PLOVER records. Never writes."""

from __future__ import annotations

from pathlib import Path

from ..errors import Errors, QueryError, StoreError
from ..model import EVENT_TYPES
from ..settings import DEFAULTS
from ..text import check_date
from .clusters import OUTLET, has_clusters
from .connection import connect

EXPORT_TABLES = ("events", "documents", "actors", "quotes", "memberships", "failures")


def check_type(value: str | None) -> str | None:
    if value is None:
        return None
    if value.upper() not in EVENT_TYPES:
        raise QueryError(Errors.E031.format(value=value, choices=", ".join(EVENT_TYPES)))
    return value.upper()


class Reader:
    """Read-only queries over a store file."""

    def __init__(self, path: str | Path | None = None, *, lock_wait: float | None = None):
        self.path = str(path or DEFAULTS["db"])
        if not Path(self.path).exists():
            raise StoreError(Errors.E020.format(path=self.path, detail="no such file; run 'multivector run' first"))
        self.con = connect(self.path, read_only=True, wait=lock_wait)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Reader:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def rows(self, sql: str, params: list | None = None) -> list[dict]:
        cur = self.con.execute(sql, params or [])
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]

    # --- events -----------------------------------------------------------------------
    def events(self, *, country: str | None = None, actor: str | None = None, type: str | None = None,
               since: str | None = None, until: str | None = None, doc: str | None = None,
               modality: str | None = None, limit: int | None = None, offset: int = 0) -> list[dict]:
        where, params = self._event_filter(country=country, actor=actor, type=type, since=since, until=until, doc=doc,
                                           modality=modality)
        # cluster_id: the event's cluster; None for an event in none (clusters not rebuilt since it was stored,
        # or a near-duplicate article's event with no counterpart in the article it repeats)
        clustered = has_clusters(self.con)
        sql = (f"SELECT e.*, {'m.cluster_id' if clustered else 'NULL AS cluster_id'} FROM events e "
               f"{'LEFT JOIN event_cluster_members m ON m.event_id = e.id ' if clustered else ''}"
               f"WHERE {' AND '.join(where)} ORDER BY e.date NULLS LAST, e.doc_id, e.trigger_start")
        if limit is not None:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        events = self.rows(sql, params)
        self._attach_actors(events)
        return events

    def count_events(self, **filters) -> int:
        """How many events pass the filters of ``events`` (to say why a result is empty)."""
        where, params = self._event_filter(**filters)
        return self.con.execute(f"SELECT count(*) FROM events e WHERE {' AND '.join(where)}", params).fetchone()[0]

    def _event_filter(self, *, country=None, actor=None, type=None, since=None, until=None, doc=None,
                      modality=None) -> tuple[list[str], list]:
        where, params = ["1=1"], []
        if country:
            where.append("e.id IN (SELECT event_id FROM event_actors WHERE code = ? OR actor_key = ?)")
            params += [country.upper(), country.upper()]
        if actor:
            where.append("e.id IN (SELECT event_id FROM event_actors WHERE lower(name) LIKE ? OR lower(actor_key) = ?)")
            params += [f"%{actor.lower()}%", actor.lower()]
        if type:
            where.append("e.type = ?")
            params.append(check_type(type))
        if since:
            where.append("e.date >= ?")
            params.append(check_date(since))
        if until:
            where.append("substr(e.date, 1, ?) <= ?")
            params += [len(check_date(until)), until]
        if doc:
            where.append("e.doc_id = ?")
            params.append(doc)
        if modality:
            where.append("e.modality = ?")
            params.append(modality)
        return where, params

    def _attach_actors(self, events: list[dict]) -> None:
        if not events:
            return
        ids = [e["id"] for e in events]
        by_event: dict[str, dict[str, list]] = {i: {"source": [], "target": []} for i in ids}
        placeholders = ",".join("?" * len(ids))
        for row in self.rows(f"SELECT * FROM event_actors WHERE event_id IN ({placeholders}) ORDER BY position", ids):
            by_event[row["event_id"]][row["role"]].append(
                {k: row[k] for k in ("code", "sector", "org", "name", "entity_text")}
            )
        for e in events:
            e["source"] = by_event[e["id"]]["source"]
            e["target"] = by_event[e["id"]]["target"]

    def cluster(self, cluster_id: str) -> dict:
        """One event cluster and every event behind it, the representative first, each with its sentence,
        article, outlet and date: the evidence of a count of one."""
        rows = self.rows("SELECT * FROM event_clusters WHERE cluster_id = ?", [cluster_id]) if has_clusters(self.con) else []
        if not rows:
            raise QueryError(Errors.E036.format(cluster_id=cluster_id))
        cluster = rows[0]
        cluster["events"] = self.rows(
            f"SELECT e.id, e.doc_id, d.title, {OUTLET} AS outlet, d.url, d.near_duplicate_of, coalesce(e.date, d.date) AS date, "
            "e.type, e.mode, e.negated, e.modality, e.sentence, e.sent_start, e.sent_end, e.trigger, "
            "e.id = ? AS representative FROM event_cluster_members m JOIN events e ON e.id = m.event_id "
            "LEFT JOIN documents d ON d.doc_id = e.doc_id WHERE m.cluster_id = ? "
            "ORDER BY representative DESC, date NULLS LAST, e.doc_id, e.id", [cluster["representative"], cluster_id])
        self._attach_actors(cluster["events"])
        return cluster

    # --- documents, actors, quotes ---------------------------------------------------------
    def documents(self, *, limit: int | None = None, offset: int = 0) -> list[dict]:
        sql = ("SELECT d.doc_id, d.title, d.date, d.date_precision, d.date_reason, d.url, d.source, d.path, "
               "d.near_duplicate_of, (SELECT count(*) FROM events e WHERE e.doc_id = d.doc_id) AS events "
               "FROM documents d ORDER BY d.date NULLS LAST, d.doc_id")
        if limit is not None:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        return self.rows(sql)

    def document(self, doc_id: str) -> dict:
        rows = self.rows("SELECT * EXCLUDE (minhash) FROM documents WHERE doc_id = ?", [doc_id])
        if not rows:
            raise QueryError(Errors.E022.format(doc_id=doc_id))
        doc = rows[0]
        doc["events"] = self.events(doc=doc_id)
        doc["actors"] = self.rows("SELECT * FROM actors WHERE doc_id = ? ORDER BY first_start", [doc_id])
        doc["quotes"] = self.quotes(doc=doc_id)
        doc["memberships"] = self.rows("SELECT * FROM memberships WHERE doc_id = ?", [doc_id])
        return doc

    def participants(self) -> dict[str, int]:
        """Every country or organisation key in the events, with the number of events it takes part in, most first."""
        return dict(self.con.execute(
            "SELECT k, count(DISTINCT event_id) FROM (SELECT code AS k, event_id FROM event_actors UNION ALL "
            "SELECT actor_key, event_id FROM event_actors) WHERE k IS NOT NULL AND k <> 'IGO' GROUP BY k ORDER BY 2 DESC, k").fetchall())

    def date_span(self) -> tuple[str | None, str | None]:
        """The first and last event dates."""
        first, last = self.con.execute("SELECT min(date), max(date) FROM events").fetchall()[0]
        return first, last

    def check_actor(self, key: str) -> str:
        """``key`` upper-cased, when an event or an actor row carries it as code or actor key; E034 otherwise,
        so that a misspelt country is an error rather than an empty result."""
        key = key.upper()
        found = self.con.execute(
            "SELECT 1 FROM event_actors WHERE code = ? OR actor_key = ? UNION ALL "
            "SELECT 1 FROM actors WHERE code = ? OR actor_key = ? LIMIT 1", [key, key, key, key]).fetchall()
        if not found:
            raise QueryError(Errors.E034.format(value=key))
        return key

    def actors(self, *, country: str | None = None) -> list[dict]:
        where, params = "", []
        if country:
            where, params = "WHERE code = ? OR actor_key = ?", [country.upper(), country.upper()]
        return self.rows(
            "SELECT actor_key, code, sector, org, name, sum(mentions) AS mentions, count(DISTINCT doc_id) AS documents "
            f"FROM actors {where} GROUP BY ALL ORDER BY mentions DESC, actor_key", params)

    def quotes(self, *, doc: str | None = None, speaker: str | None = None) -> list[dict]:
        where, params = ["1=1"], []
        if doc:
            where.append("doc_id = ?")
            params.append(doc)
        if speaker:
            where.append("lower(speaker) LIKE ?")
            params.append(f"%{speaker.lower()}%")
        return self.rows(f"SELECT * FROM quotes WHERE {' AND '.join(where)} ORDER BY doc_id, position", params)

    def failures(self) -> list[dict]:
        return self.rows("SELECT * FROM failures ORDER BY failed_at")

    def table_sql(self, name: str) -> str:
        """The query of an exported table other than events (whose rows carry their actors)."""
        if name not in EXPORT_TABLES:
            raise QueryError(Errors.E033.format(value=name, choices=", ".join(EXPORT_TABLES)))
        if name == "documents":
            return "SELECT * EXCLUDE (minhash) FROM documents ORDER BY doc_id"
        return f"SELECT * FROM {name}"

    def counts(self) -> dict[str, int]:
        return {t: self.rows(f"SELECT count(*) AS n FROM {t}")[0]["n"] for t in ("documents", "events", "quotes", "failures")}
