"""The only code that writes the store.

Each batch is one transaction: an interrupted run leaves no half-stored
article. Articles are keyed by the hash of their normalised text, so a re-run
adds nothing; a near-duplicate (MinHash over word shingles) is stored and
linked to the article it repeats.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

import duckdb
from datasketch import LeanMinHash, MinHashLSH

from ..document.corpus import NUM_PERM, shingle_minhash
from ..errors import Errors
from ..model import CODER, ActorRef, Extraction, Failure, actor_rows, event_id
from ..settings import DEFAULTS
from .clusters import rebuild_clusters
from .connection import connect


class Store:
    """Open a DuckDB file for writing: ``with Store(path) as store: store.write(batch)``."""

    def __init__(self, path: str | Path | None = None, *, lock_wait: float | None = None,
                 near_duplicate_threshold: float | None = None):
        self.path = str(path or DEFAULTS["db"])
        self.lock_wait = lock_wait
        self.near_duplicate_threshold = (DEFAULTS["near_duplicate_threshold"] if near_duplicate_threshold is None
                                         else near_duplicate_threshold)
        self.con: duckdb.DuckDBPyConnection | None = None
        self.run_id = uuid.uuid4().hex[:12]
        self.counts = {"articles": 0, "duplicates": 0, "events": 0, "failures": 0}
        self.started = dt.datetime.now()
        self._lsh = MinHashLSH(threshold=self.near_duplicate_threshold, num_perm=NUM_PERM)
        self._pending: list[tuple[str, LeanMinHash]] = []
        with self._session() as con:
            for doc_id, blob in con.execute("SELECT doc_id, minhash FROM documents WHERE minhash IS NOT NULL").fetchall():
                self._lsh.insert(doc_id, LeanMinHash.deserialize(bytes(blob)))

    def __enter__(self) -> Store:
        return self

    def __exit__(self, kind, *exc) -> None:
        self.close(status="complete" if kind is None else "interrupted")

    @contextmanager
    def _session(self):
        """Hold the file only while writing: between batches, readers (``serve``) can open it."""
        self.con = connect(self.path, wait=self.lock_wait)
        try:
            yield self.con
        finally:
            self.con.close()
            self.con = None

    def close(self, inputs: str = "", status: str = "complete") -> None:
        """Record the run (when it stored anything), and whether it ran to the end."""
        if not any(self.counts.values()) or self.run_id is None:
            return
        row = {"run_id": self.run_id, "started_at": self.started, "finished_at": dt.datetime.now(), "inputs": inputs,
               **self.counts, "coder": CODER, "status": status}
        with self._session() as con:
            rebuild_clusters(con)  # the new reports join the happenings already stored
            _insert(con, "runs", [row])
        self.run_id = None

    def doc_id_of(self, content_hash: str) -> str | None:
        """The id under which a text is stored, if it is."""
        with self._session() as con:
            rows = con.execute("SELECT doc_id FROM documents WHERE content_hash = ?", [content_hash]).fetchall()
        return rows[0][0] if rows else None

    def write(self, batch: list[Extraction | Failure]) -> list[Extraction | Failure]:
        """Store one batch in one transaction; return what was new (duplicates left out).

        If the batch cannot be stored, each item is stored alone, and one that still fails
        becomes a failure row: one bad article never costs the others."""
        with self._session():
            try:
                return self._write_all(batch)
            except duckdb.Error:
                pass
            stored: list[Extraction | Failure] = []
            for item in batch:
                try:
                    stored += self._write_all([item])
                except duckdb.Error as err:
                    path, doc_id = (item.path, item.doc_id) if isinstance(item, Failure) else (item.document.path, item.document.doc_id)
                    reason = Errors.E012.format(detail=f"it could not be stored ({type(err).__name__})")
                    stored += self._write_all([Failure(path, reason, doc_id)])
            return stored

    def _write_all(self, items: list[Extraction | Failure]) -> list[Extraction | Failure]:
        """One transaction: rows gathered per table, then each table written in one columnar insert.

        The run's counts grow only once the transaction is committed."""
        stored: list[Extraction | Failure] = []
        counts: Counter = Counter()
        con = self.con
        self._pending.clear()
        rows: dict[str, list[dict]] = {table: [] for table in TABLES}
        extractions = [item for item in items if isinstance(item, Extraction)]
        seen = _existing(con, "content_hash", [ex.document.content_hash for ex in extractions])
        taken = _existing(con, "doc_id", [ex.document.doc_id for ex in extractions])
        failed_before = _existing_failures(con, [f for f in items if isinstance(f, Failure)])
        con.execute("BEGIN TRANSACTION")
        try:
            for item in items:
                if isinstance(item, Failure):
                    counts["failures"] += 1
                    if (item.path, item.reason) not in failed_before:
                        failed_before.add((item.path, item.reason))
                        rows["failures"].append({"path": item.path, "doc_id": item.doc_id, "code": item.code,
                                                 "reason": item.reason, "run_id": self.run_id, "failed_at": dt.datetime.now()})
                        stored.append(item)
                elif item.document.content_hash in seen:
                    counts["duplicates"] += 1
                else:
                    seen.add(item.document.content_hash)
                    self._gather(item, rows, taken)
                    counts["articles"] += 1
                    counts["events"] += len(item.events)
                    stored.append(item)
            for table, table_rows in rows.items():
                _insert(con, table, table_rows)
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        for doc_id, minhash in self._pending:  # only what was committed joins the near-duplicate index
            self._lsh.insert(doc_id, minhash)
        for key, n in counts.items():
            self.counts[key] += n
        return stored

    def _gather(self, ex: Extraction, rows: dict[str, list[dict]], taken: set[str]) -> None:
        """The rows of one new article, under a doc_id no other article has."""
        doc = ex.document
        doc_id = doc.doc_id if doc.doc_id not in taken else f"{doc.doc_id}-{doc.content_hash[:8]}"
        taken.add(doc_id)
        self._rename(ex, doc_id)
        mh = LeanMinHash(shingle_minhash(doc.body_text()))
        near = self._lsh.query(mh) + [d for d, other in self._pending if other.jaccard(mh) >= self.near_duplicate_threshold]
        blob = bytearray(mh.bytesize())
        mh.serialize(blob)
        self._pending.append((doc_id, mh))
        rows["documents"].append({
            "doc_id": doc_id, "content_hash": doc.content_hash, "title": doc.title, "text": doc.text,
            "date": doc.date.value, "date_precision": doc.date.precision, "date_reason": doc.date.reason,
            "url": doc.url, "source": doc.source, "author": doc.author, "path": doc.path,
            "near_duplicate_of": sorted(near)[0] if near else None, "minhash": bytes(blob), "run_id": self.run_id,
            "encoding": doc.encoding, "replaced_bytes": doc.replaced_bytes,
            "date_earliest": doc.date.earliest, "date_latest": doc.date.latest})
        rows["actors"] += [{"doc_id": doc_id, **row} for row in actor_rows(ex)]
        for ev in ex.events:
            rows["events"].append({
                "id": ev.id, "doc_id": doc_id, "type": ev.type, "mode": ev.mode, "negated": ev.negated,
                "modality": ev.modality, "date": ev.date, "date_precision": ev.date_precision, "location": ev.location,
                "confidence": ev.confidence, "sentence": ev.sentence, "sent_start": ev.sent_start, "sent_end": ev.sent_end,
                "trigger": ev.trigger, "trigger_start": ev.trigger_start, "trigger_end": ev.trigger_end, "coder": ev.coder})
            rows["event_actors"] += [
                {"event_id": ev.id, "role": role, "position": i, "actor_key": a.key, "code": a.code, "sector": a.sector,
                 "org": a.org, "name": a.name, "entity_text": a.entity_text}
                for role, actors in (("source", ev.source), ("target", ev.target)) for i, a in enumerate(actors)]
        for i, q in enumerate(ex.quotes):
            speaker = q.speaker or ActorRef(None)
            rows["quotes"].append({"doc_id": doc_id, "position": i, "speaker": speaker.name, "speaker_code": speaker.code,
                                   "speaker_sector": speaker.sector, "text": q.text, "start_char": q.start, "end_char": q.end})
        rows["memberships"] += [
            {"doc_id": doc_id, "member": m.member, "organization": m.organization, "role": m.role, "since": m.since,
             "until": m.until, "evidence": m.evidence, "start_char": m.start, "end_char": m.end} for m in ex.memberships]

    @staticmethod
    def _rename(ex: Extraction, doc_id: str) -> None:
        if doc_id == ex.document.doc_id:
            return
        ex.document.doc_id = doc_id
        for ev in ex.events:
            ev.doc_id = doc_id
            ev.id = event_id(ev)


# Tables a batch writes, in an order that never inserts a row before the row it refers to.
TABLES = ("failures", "documents", "actors", "events", "event_actors", "quotes", "memberships")


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict]) -> None:
    """All rows of a table in one columnar insert (an Arrow table), not one statement a row."""
    if not rows:
        return
    import pyarrow as pa

    columns = list(rows[0])
    frame = pa.table({c: [r[c] for r in rows] for c in columns})
    con.register("incoming_rows", frame)
    try:
        con.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(columns)} FROM incoming_rows")
    finally:
        con.unregister("incoming_rows")


def _existing(con: duckdb.DuckDBPyConnection, column: str, values: list[str]) -> set[str]:
    """Which of ``values`` the documents table already holds in ``column``."""
    if not values:
        return set()
    found = con.execute(f"SELECT {column} FROM documents WHERE {column} IN (SELECT unnest(?))", [values]).fetchall()
    return {row[0] for row in found}


def _existing_failures(con: duckdb.DuckDBPyConnection, failures: list[Failure]) -> set[tuple[str, str]]:
    if not failures:
        return set()
    paths = sorted({f.path for f in failures})
    found = con.execute("SELECT path, reason FROM failures WHERE path IN (SELECT unnest(?))", [paths]).fetchall()
    return {(path, reason) for path, reason in found}
