"""Event clusters: the events of different articles that report one happening.

Many outlets report the same visit or treaty; counting every report counts the story many
times, the field's chief complaint about GDELT. ``rebuild_clusters`` groups events into
``event_clusters`` (with their number of reports and of distinct sources) and maps every event
to its cluster in ``event_cluster_members``; analytics count clusters.

Events of different articles are candidates when they share type, negation and dyad (source
and target actor keys) and their dates fit; candidates join when their evidence is similar
(see ``data/clusters.json``), the most alike first. Joining is transitive (union-find), but a
cluster never holds two events of one article: the article itself tells them apart. An article linked as a
near-duplicate adds reports, never clusters: each of its events joins the cluster of the most
alike event of the same type in the article it repeats, or none.
"""

from __future__ import annotations

import hashlib
import json
import re
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).parent / "data" / "clusters.json"
FETCH_ROWS = 10_000  # events read from the store at a time
_WORD = re.compile(r"[^\W_]+")

# Who published an event's article (``e`` the event, ``d`` its document): the source named in its
# metadata, else its URL's host, else the article itself.
OUTLET = r"""coalesce(nullif(d.source, ''), nullif(regexp_extract(lower(d.url), '^[a-z][a-z0-9+.-]*://(www\.)?([^/:?#]+)', 2), ''),
                e.doc_id)"""

# Per event: its dyad key (sorted source and target actor keys) and the names its actors were found under.
_ACTORS = """
SELECT event_id,
       array_to_string(list_sort(list_distinct(list(coalesce(actor_key, '')) FILTER (WHERE role = 'source'))), '+') AS source_key,
       array_to_string(list_sort(list_distinct(list(coalesce(actor_key, '')) FILTER (WHERE role = 'target'))), '+') AS target_key,
       list(entity_text) FILTER (WHERE entity_text IS NOT NULL) AS names
FROM event_actors GROUP BY event_id
"""

# Per event: what blocks it (type, negation, dyad, date: the article's when it has none) and its article.
_KEYS = f"""
SELECT e.id, e.doc_id, e.type, coalesce(e.negated, false) AS negated, coalesce(e.date, d.date) AS date,
       d.near_duplicate_of, coalesce(a.source_key, '') AS source_key, coalesce(a.target_key, '') AS target_key
FROM events e LEFT JOIN documents d ON d.doc_id = e.doc_id LEFT JOIN ({_ACTORS}) a ON a.event_id = e.id
"""

# Per event: its keys, its evidence (sentence, trigger, actors' names) and its outlet.
_EVENTS = f"""
SELECT k.*, coalesce(e.sentence, '') AS sentence, coalesce(e.trigger, '') AS trigger, a.names, {OUTLET} AS outlet
FROM ({_KEYS}) k JOIN events e ON e.id = k.id LEFT JOIN documents d ON d.doc_id = e.doc_id
LEFT JOIN ({_ACTORS}) a ON a.event_id = e.id
"""

# Candidate pairs: events of two different original articles with the same type, negation and dyad, dates that fit.
_PAIRS = f"""
WITH ev AS ({_KEYS})
SELECT a.id, b.id FROM ev a JOIN ev b
  ON a.type = b.type AND a.negated = b.negated AND a.source_key = b.source_key AND a.target_key = b.target_key
     AND a.id < b.id AND a.doc_id <> b.doc_id
WHERE a.near_duplicate_of IS NULL AND b.near_duplicate_of IS NULL AND CASE
  WHEN a.date IS NULL OR b.date IS NULL THEN a.date IS NULL AND b.date IS NULL
  WHEN length(a.date) >= 10 AND length(b.date) >= 10
    THEN abs(date_diff('day', try_cast(a.date[1:10] AS DATE), try_cast(b.date[1:10] AS DATE))) <= ?
  WHEN length(a.date) >= 7 AND length(b.date) >= 7 THEN a.date[1:7] = b.date[1:7]
  ELSE a.date[1:4] = b.date[1:4] END
"""


@lru_cache(maxsize=1)
def parameters() -> dict:
    """``data/clusters.json``: window, similarity threshold, stemming and the words left out of the evidence."""
    data = json.loads(_DATA.read_text(encoding="utf-8"))
    data["ignore"] = frozenset(data["ignore"])
    return data


@lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    p = parameters()
    for suffix in p["suffixes"]:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[: p["stem_chars"]]


def evidence(sentence: str, left_out: list[str]) -> frozenset[str]:
    """The stemmed content words of a sentence that are not in ``left_out`` (actors' names, the trigger).

    Reports of one happening share their dyad and trigger by construction; what is left says what
    was signed, discussed or sent, which is what tells two happenings of one dyad apart."""
    ignore = parameters()["ignore"]
    drop = {_stem(w) for text in left_out for w in _WORD.findall(text.lower())}
    return frozenset(s for w in _WORD.findall(sentence.lower())
                     if len(w) > 1 and w not in ignore and (s := _stem(w)) not in drop)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """How alike two sentences' evidence is: ranks candidates, the most alike first."""
    return len(a & b) / len(a | b) if a or b else 1.0


def alike(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two candidates' evidence says they report one happening: the overlap coefficient
    (shared words over the smaller set), so that a terse report ("signed the treaty") matches a
    detailed one; when either has nothing to compare, nothing contradicts it."""
    return not a or not b or len(a & b) / min(len(a), len(b)) >= parameters()["similarity"]


def cluster_id(representative: str) -> str:
    """A cluster's id: stable as long as its representative event is."""
    return hashlib.sha1(f"cluster|{representative}".encode("utf-8")).hexdigest()[:16]


def has_clusters(con) -> bool:
    """Whether the store has the cluster tables (a store of schema 3 or older, read without migrating, has not)."""
    return bool(con.execute("SELECT 1 FROM duckdb_tables() WHERE table_name = 'event_clusters'").fetchall())


def _precision(date: str | None) -> int:
    return 3 if not date else 0 if len(date) >= 10 else 1 if len(date) >= 7 else 2


def rebuild_clusters(con) -> int:
    """(Re)build ``event_clusters`` and ``event_cluster_members`` from the events in the store; returns the number of clusters.

    Runs its own transaction on an open read-write connection (not inside another one). Deterministic:
    the same events give the same clusters and ids, whatever order they were stored in."""
    p = parameters()
    cur = con.execute(_EVENTS)
    names = [d[0] for d in cur.description]
    events: dict[str, dict] = {}
    while rows := cur.fetchmany(FETCH_ROWS):  # a slice at a time: never all the rows twice, as tuples and as dicts
        events.update((row[0], dict(zip(names, row))) for row in rows)
    cache: dict[str, frozenset[str]] = {}

    def words(eid: str) -> frozenset[str]:  # only events that have a candidate need their evidence
        if eid not in cache:
            ev = events[eid]
            cache[eid] = _evidence_of(ev)
        return cache[eid]

    parent = {eid: eid for eid, ev in events.items() if ev["near_duplicate_of"] is None}
    docs = {eid: {events[eid]["doc_id"]} for eid in parent}  # of each root: the articles in its cluster

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    pairs = [(jaccard(words(a), words(b)), a, b) for a, b in con.execute(_PAIRS, [p["window_days"]]).fetchall()
             if alike(words(a), words(b))]
    for _, a, b in sorted(pairs, key=lambda t: (-t[0], t[1], t[2])):  # the most alike first
        ra, rb = find(a), find(b)
        if ra != rb and not docs[ra] & docs[rb]:  # an article reports a happening once: its events stay apart
            keep, gone = min(ra, rb), max(ra, rb)
            parent[gone] = keep
            docs[keep] |= docs.pop(gone)
    root = {eid: find(eid) for eid in parent}
    linked = dict(con.execute("SELECT doc_id, near_duplicate_of FROM documents WHERE near_duplicate_of IS NOT NULL").fetchall())
    _join_near_duplicates(events, linked, root, words)

    members: dict[str, list[str]] = {}
    for eid, r in root.items():
        members.setdefault(r, []).append(eid)
    clusters, member_rows = [], ([], [])
    for group in members.values():
        originals = [events[e] for e in group if events[e]["near_duplicate_of"] is None]
        rep = min(originals, key=lambda ev: (_precision(ev["date"]), ev["date"] or "", ev["id"]))
        cid = cluster_id(rep["id"])
        dates = sorted(events[e]["date"] for e in group if events[e]["date"])
        clusters.append((cid, rep["id"], rep["type"], rep["negated"], rep["source_key"], rep["target_key"], len(group),
                         len({events[e]["outlet"] for e in group}), dates[0] if dates else None, dates[-1] if dates else None))
        for e in group:
            member_rows[0].append(e)
            member_rows[1].append(cid)
    columns = list(zip(*clusters)) or [[]] * 10
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM event_cluster_members")
        con.execute("DELETE FROM event_clusters")
        con.execute("INSERT INTO event_clusters SELECT unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), "
                    "unnest(?::BOOLEAN[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::INTEGER[]), "
                    "unnest(?::INTEGER[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[])", [list(c) for c in columns])
        con.execute("INSERT INTO event_cluster_members SELECT unnest(?::VARCHAR[]), unnest(?::VARCHAR[])", list(member_rows))
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return len(clusters)


def _evidence_of(ev: dict) -> frozenset[str]:
    return evidence(ev["sentence"], [*(ev["names"] or []), ev["trigger"]])


def _join_near_duplicates(events: dict[str, dict], linked: dict[str, str], root: dict[str, str], words) -> None:
    """Put each event of a near-duplicate article in the cluster of its counterpart in the article it repeats.

    ``linked``: each near-duplicate article → the article it repeats. The counterpart: an event of the same
    type there (or, when it has none, in the article that one repeats, and so on up the links), the same
    dyad and negation first, then the most alike evidence, then the smallest id. Articles are taken in the
    order of their links, so a copy of a copy finds its counterpart placed. An event with no counterpart
    joins no cluster."""
    by_doc: dict[str, list[dict]] = {}
    for ev in events.values():
        by_doc.setdefault(ev["doc_id"], []).append(ev)

    def chain(doc: str) -> list[str]:
        """The articles ``doc`` repeats, nearest first (a loop, which the writer never makes, is cut)."""
        out: list[str] = []
        while doc in linked and linked[doc] not in out and linked[doc] != doc:
            doc = linked[doc]
            out.append(doc)
        return out

    for doc in sorted((d for d in linked if d in by_doc), key=lambda d: (len(chain(d)), d)):
        ancestors = chain(doc)
        for ev in by_doc[doc]:
            for target in ancestors:
                # sorted by id: max keeps the first of equals, the smallest id
                same_type = sorted((c for c in by_doc.get(target, []) if c["id"] in root and c["type"] == ev["type"]),
                                   key=lambda c: c["id"])
                if same_type:
                    best = same_type[0]
                    if len(same_type) > 1:  # the evidence is read only to choose; the copy's own is not kept (a copy
                        mine = _evidence_of(ev)  # of this copy reads it again through words)
                        best = max(same_type, key=lambda c: (
                            (c["source_key"], c["target_key"], c["negated"]) == (ev["source_key"], ev["target_key"], ev["negated"]),
                            jaccard(words(c["id"]), mine)))
                    root[ev["id"]] = root[best["id"]]
                    break
