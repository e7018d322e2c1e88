"""The versioned schema of the store. Bump ``SCHEMA_VERSION`` with every change."""

SCHEMA_VERSION = 4

# One cluster per happening reported by one or more articles; written by ``clusters.rebuild_clusters``.
_EVENT_CLUSTERS = """CREATE TABLE IF NOT EXISTS event_clusters (
    cluster_id VARCHAR PRIMARY KEY, representative VARCHAR, type VARCHAR, negated BOOLEAN, source_key VARCHAR,
    target_key VARCHAR, reports INTEGER, sources INTEGER, first_date VARCHAR, last_date VARCHAR);"""
_EVENT_CLUSTER_MEMBERS = "CREATE TABLE IF NOT EXISTS event_cluster_members (event_id VARCHAR PRIMARY KEY, cluster_id VARCHAR);"

# How a store of an older version is brought to this one: version → the statements that reach it.
# New columns go at the end of their table, so a migrated store and a new one have the same layout.
MIGRATIONS: dict[int, tuple[str, ...]] = {
    2: ("ALTER TABLE documents ADD COLUMN IF NOT EXISTS encoding VARCHAR",
        "ALTER TABLE documents ADD COLUMN IF NOT EXISTS replaced_bytes INTEGER",
        "ALTER TABLE runs ADD COLUMN IF NOT EXISTS status VARCHAR"),
    3: ("ALTER TABLE documents ADD COLUMN IF NOT EXISTS date_earliest VARCHAR",
        "ALTER TABLE documents ADD COLUMN IF NOT EXISTS date_latest VARCHAR"),
    4: (_EVENT_CLUSTERS, _EVENT_CLUSTER_MEMBERS),
}

DDL = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS runs (
    run_id VARCHAR PRIMARY KEY, started_at TIMESTAMP, finished_at TIMESTAMP, inputs VARCHAR,
    articles INTEGER, duplicates INTEGER, events INTEGER, failures INTEGER, coder VARCHAR, status VARCHAR);
CREATE TABLE IF NOT EXISTS documents (
    doc_id VARCHAR PRIMARY KEY, content_hash VARCHAR UNIQUE, title VARCHAR, text VARCHAR,
    date VARCHAR, date_precision VARCHAR, date_reason VARCHAR, url VARCHAR, source VARCHAR,
    author VARCHAR, path VARCHAR, near_duplicate_of VARCHAR, minhash BLOB, run_id VARCHAR,
    encoding VARCHAR, replaced_bytes INTEGER, date_earliest VARCHAR, date_latest VARCHAR);
CREATE TABLE IF NOT EXISTS actors (
    doc_id VARCHAR, actor_key VARCHAR, code VARCHAR, sector VARCHAR, org VARCHAR, name VARCHAR,
    mentions INTEGER, first_text VARCHAR, first_start INTEGER);
CREATE TABLE IF NOT EXISTS events (
    id VARCHAR PRIMARY KEY, doc_id VARCHAR, type VARCHAR, mode VARCHAR, negated BOOLEAN,
    modality VARCHAR, date VARCHAR, date_precision VARCHAR, location VARCHAR, confidence DOUBLE,
    sentence VARCHAR, sent_start INTEGER, sent_end INTEGER, trigger VARCHAR, trigger_start INTEGER,
    trigger_end INTEGER, coder VARCHAR);
CREATE TABLE IF NOT EXISTS event_actors (
    event_id VARCHAR, role VARCHAR, position INTEGER, actor_key VARCHAR, code VARCHAR,
    sector VARCHAR, org VARCHAR, name VARCHAR, entity_text VARCHAR);
CREATE TABLE IF NOT EXISTS quotes (
    doc_id VARCHAR, position INTEGER, speaker VARCHAR, speaker_code VARCHAR, speaker_sector VARCHAR,
    text VARCHAR, start_char INTEGER, end_char INTEGER);
CREATE TABLE IF NOT EXISTS memberships (
    doc_id VARCHAR, member VARCHAR, organization VARCHAR, role VARCHAR, since VARCHAR, until VARCHAR,
    evidence VARCHAR, start_char INTEGER, end_char INTEGER);
CREATE TABLE IF NOT EXISTS failures (
    path VARCHAR, doc_id VARCHAR, code VARCHAR, reason VARCHAR, run_id VARCHAR, failed_at TIMESTAMP);
""" + _EVENT_CLUSTERS + "\n" + _EVENT_CLUSTER_MEMBERS

TABLES = ("documents", "actors", "events", "event_actors", "quotes", "memberships", "failures", "runs")
