"""The exports a researcher loads: PLOVER JSON against the shipped schema, ICEWS files, typed Parquet, one vocabulary."""

import csv
import json
from pathlib import Path

import duckdb
import jsonschema
import pytest
from typer.testing import CliRunner

from multivector.interfaces.cli import app
from multivector.model import EVENT_TYPES
from multivector.store import Reader, Store
from multivector.store.exports import (EVENT_SCHEMA, cameo, cameo_table, date_interval, event_loc, export, full_code,
                                       goldstein, goldstein_scores, icews_spec, plover_records)

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "docs" / "plover-record.schema.json").read_text(encoding="utf-8"))
runner = CliRunner()


def _export(db: Path, fmt: str, out: Path, table: str = "events") -> None:
    res = runner.invoke(app, ["export", "--db", str(db), "--table", table, "--format", fmt, "--out", str(out)])
    assert res.exit_code == 0, res.output


def _columns(sql: str) -> dict[str, str]:
    return {name: kind for name, kind, *_ in duckdb.connect().execute(f"DESCRIBE {sql}").fetchall()}


# --- PLOVER JSON -----------------------------------------------------------------------------------

@pytest.mark.model
def test_every_exported_record_validates_against_the_shipped_schema(seeds_store, tmp_path):
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    validator = jsonschema.Draft202012Validator(SCHEMA)
    _export(seeds_store, "plover-jsonl", tmp_path / "e.jsonl")
    records = [json.loads(line) for line in (tmp_path / "e.jsonl").read_text(encoding="utf-8").splitlines()]
    stored = duckdb.connect(str(seeds_store), read_only=True).execute("SELECT count(*) FROM events").fetchone()[0]
    assert len(records) == stored > 0
    for r in records:
        errors = [e.message for e in validator.iter_errors(r)]
        assert not errors, (r["id"], errors)
        assert list(r) == list(SCHEMA["properties"]) == EVENT_SCHEMA.names
        assert r["text"][r["event_text_start"] - r["text_info"]["start"]:].startswith(r["event_text"][0])
        if r["date_precision"] == "year":
            assert r["date"].endswith("-01-01") and r["enddate"] == r["date"][:4] + "-12-31"
        if r["date_precision"] == "day":
            assert r["enddate"] is None
    assert {r["quad_code"] for r in records} <= {1, 2, 3, 4}
    assert any(r["event_loc"] for r in records) and any(r["cluster_id"] for r in records)
    assert all(r["cite_info"]["language"] == "en" and r["coded_date"] for r in records)


def test_a_coarse_date_is_its_period():
    assert date_interval("2014") == ("2014-01-01", "2014-12-31")
    assert date_interval("2005-12") == ("2005-12-01", "2005-12-31")
    assert date_interval("2008-02") == ("2008-02-01", "2008-02-29")
    assert date_interval("2010-12-02") == ("2010-12-02", None)
    assert date_interval(None) == (None, None)


def _event(location=None, sentence="", source=("KAZ",), target=("KAZ",)):
    return {"location": location, "sentence": sentence, "source": [{"code": c} for c in source],
            "target": [{"code": c} for c in target]}


def test_a_place_named_in_the_sentence_resolves_to_its_geonames_city():
    loc = event_loc(_event("KAZ", "Xi arrived in Astana from the summit.", ("CHN",)))
    assert (loc["city"], loc["geonameid"], loc["country_code"], loc["resolution"], loc["basis"]) == ("Astana", 1526273, "KAZ", 4, "sentence")
    assert loc["lat"] == pytest.approx(51.18, abs=0.05) and loc["lon"] == pytest.approx(71.45, abs=0.05)
    assert loc["extracted_place"] == "Astana" and loc["admin1_code"]
    shymkent = event_loc(_event("KAZ", "Police detained protesters in the southern city of Shymkent."))
    assert (shymkent["city"], shymkent["resolution"], shymkent["country"]) == ("Shymkent", 4, "Kazakhstan")
    # a city's name as an actor (no place preposition) is not where the event happened
    country = event_loc(_event("USA", "The visit comes at an awkward moment for Washington in the region."))
    assert (country["city"], country["resolution"], country["geonameid"], country["basis"]) == (None, 1, 6252001, "coder")


def test_actors_of_one_country_imply_it_and_mixed_ones_imply_none():
    implied = event_loc(_event(None, "Tokayev thanked the government.", ("KAZ",), ("KAZ", "IGO")))
    assert (implied["country_code"], implied["resolution"], implied["lat"], implied["basis"]) == ("KAZ", 1, None, "actors")
    assert event_loc(_event(None, "Rice met Nazarbayev.", ("USA",), ("KAZ",))) is None


# --- CAMEO and Goldstein ---------------------------------------------------------------------------

def test_cameo_codes_come_from_the_table_and_every_code_has_a_goldstein_score():
    codes = cameo_table()["codes"]
    assert codes["041"] == {"type": "CONSULT", "mode": "phone", "context": [], "name": "Discuss by telephone"}
    assert set(codes) == set(goldstein_scores()) and all(-10 <= v <= 10 for v in goldstein_scores().values())
    assert set(cameo_table()["mode_codes"].values()) <= set(codes)
    assert cameo("CONSULT", "phone") == ("041", "04", ())
    assert cameo("CONSULT", "host")[0] == "043" and cameo("CONSULT", "visit")[0] == "042"
    assert cameo("AID", "economic") == ("071", "07", ("economic",))
    assert cameo("ASSAULT", "firearms") == ("193", "19", ("military",))
    assert cameo("PROTEST", "demo-org")[0] == "141"
    assert cameo("MOBILIZE", "troops") == (None, "15", ("military",))  # 152 and 154: the mode fixes the root and context
    assert cameo("CONSULT", None) == (None, "04", ())
    assert cameo("ACCUSE", None)[1] == "11" and cameo("ACCUSE", "investigate") == (None, "09", ())
    for etype in EVENT_TYPES:
        code, root, _ = cameo(etype, None)
        assert root and goldstein(full_code(code, root)) is not None, etype
    assert goldstein(full_code(None, "04")) == 1.0 and goldstein("193") == -10.0 and goldstein("057") == 8.0


# --- ICEWS -----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory) -> Path:
    """The bundled example corpus (the demo's): events in named cities, so every ICEWS column has values."""
    from multivector.interfaces.cli.demo import example_corpus
    from multivector.runner import run

    db = tmp_path_factory.mktemp("corpus") / "corpus.duckdb"
    run([p for p in sorted(example_corpus().iterdir()) if p.suffix in (".txt", ".html", ".jsonl")], db=db)
    return db


@pytest.mark.model
def test_an_icews_file_loads_with_its_columns_and_types(corpus_store, tmp_path):
    out = tmp_path / "events.tsv"
    _export(corpus_store, "icews", out)
    columns = _columns(f"SELECT * FROM read_csv('{out}', delim = '\\t', header = true)")
    assert list(columns) == icews_spec()["columns"]
    assert (columns["Event Date"], columns["Intensity"], columns["Latitude"], columns["Longitude"]) == ("DATE", "DOUBLE", "DOUBLE", "DOUBLE")
    assert columns["CAMEO Code"] == "VARCHAR"  # leading zeros kept: 042 is not 42
    con = duckdb.connect()
    rows = con.execute(f"SELECT \"CAMEO Code\", \"Intensity\", \"Event Text\", \"Story ID\" FROM read_csv('{out}', delim = '\\t')").fetchall()
    assert rows and all(len(c) in (3, 4) and c.isdigit() and -10 <= i <= 10 and text for c, i, text, _ in rows)
    with Reader(corpus_store) as reader:
        records = plover_records(reader)
    pairs = sum(max(len(r["actor"]), 1) * max(len(r["recipient"]), 1) for r in records if not r["negated"])
    assert len(rows) == pairs
    negated = {r["id"] for r in records if r["negated"]}
    ids = {i.split("-")[0] for (i,) in con.execute(f"SELECT \"Event ID\" FROM read_csv('{out}', delim = '\\t')").fetchall()}
    assert ids and not ids & negated
    placed = con.execute(f"SELECT count(*) FROM read_csv('{out}', delim = '\\t') WHERE \"Latitude\" IS NOT NULL AND \"City\" IS NOT NULL").fetchone()[0]
    assert placed > 0


@pytest.mark.model
def test_icews_and_parquet_files_load_in_pandas(corpus_store, tmp_path):
    pd = pytest.importorskip("pandas")
    _export(corpus_store, "icews", tmp_path / "e.tsv")
    _export(corpus_store, "parquet", tmp_path / "e.parquet")
    frame = pd.read_csv(tmp_path / "e.tsv", sep="\t", parse_dates=["Event Date"])
    assert list(frame.columns) == icews_spec()["columns"] and str(frame["Event Date"].dtype).startswith("datetime64")
    assert str(frame["Intensity"].dtype) == str(frame["Latitude"].dtype) == "float64"
    events = pd.read_parquet(tmp_path / "e.parquet")
    assert list(events.columns) == EVENT_SCHEMA.names
    assert pd.to_datetime(events["date"]).notna().all() and isinstance(events["actor"].iloc[0][0], dict)


def test_icews_is_of_events_only(empty_store):
    res = runner.invoke(app, ["export", "--db", str(empty_store), "--table", "documents", "--format", "icews"])
    assert res.exit_code == 1 and "[E032]" in res.output


# --- one vocabulary, typed -------------------------------------------------------------------------

@pytest.mark.model
def test_jsonl_csv_and_parquet_share_the_plover_fields_and_parquet_is_typed(seeds_store, tmp_path):
    for fmt, name in (("jsonl", "e.jsonl"), ("csv", "e.csv"), ("parquet", "e.parquet")):
        _export(seeds_store, fmt, tmp_path / name)
    first = json.loads((tmp_path / "e.jsonl").read_text(encoding="utf-8").splitlines()[0])
    with open(tmp_path / "e.csv", encoding="utf-8", newline="") as f:
        header = next(csv.reader(f))
    columns = _columns(f"SELECT * FROM read_parquet('{tmp_path / 'e.parquet'}')")
    assert list(first) == header == list(columns) == list(SCHEMA["properties"])
    assert columns["date"] == columns["enddate"] == columns["coded_date"] == "DATE"
    assert columns["actor"].startswith("STRUCT(code VARCHAR") and columns["actor"].endswith("[]")
    assert columns["event"] == columns["mode"] == columns["context"] == "VARCHAR[]"
    assert columns["event_loc"].startswith("STRUCT(") and "lat DOUBLE" in columns["event_loc"]
    assert (columns["quad_code"], columns["event_scale"], columns["negated"]) == ("TINYINT", "DOUBLE", "BOOLEAN")
    con = duckdb.connect()
    parquet = tmp_path / "e.parquet"
    year_rows = con.execute(f"SELECT count(*) FROM read_parquet('{parquet}') WHERE date_precision = 'year' "
                            "AND (month(date) <> 1 OR day(date) <> 1 OR enddate <> make_date(year(date), 12, 31))").fetchone()[0]
    assert year_rows == 0
    codes = con.execute(f"SELECT actor[1].code FROM read_parquet('{parquet}') WHERE len(actor) > 0 LIMIT 1").fetchone()[0]
    assert codes and len(codes) == 3
    sample = con.execute(f"SELECT event[1], cameo_root, quad_code FROM read_parquet('{parquet}') LIMIT 1").fetchone()
    assert sample[0] in EVENT_TYPES and len(sample[1]) == 2 and 1 <= sample[2] <= 4
    # CSV: the same values, lists and objects as JSON text
    with open(tmp_path / "e.csv", encoding="utf-8", newline="") as f:
        row = next(csv.DictReader(f))
    assert json.loads(row["actor"]) == first["actor"] and row["date"] == first["date"] and row["negated"] in ("true", "false")


@pytest.fixture
def empty_store(tmp_path) -> Path:
    db = tmp_path / "empty.duckdb"
    Store(db).close()
    return db


def test_an_empty_store_exports_every_column_with_its_type(empty_store, tmp_path):
    with Reader(empty_store) as reader:
        export(reader, "events", "parquet", tmp_path / "e.parquet")
        export(reader, "documents", "parquet", tmp_path / "d.parquet")
        export(reader, "events", "csv", tmp_path / "e.csv")
        assert export(reader, "events", "icews", tmp_path / "e.tsv") == f"wrote 0 ICEWS rows to {tmp_path / 'e.tsv'}"
    columns = _columns(f"SELECT * FROM read_parquet('{tmp_path / 'e.parquet'}')")
    assert list(columns) == EVENT_SCHEMA.names and columns["date"] == "DATE" and columns["recipient"].endswith("[]")
    assert duckdb.connect().execute(f"SELECT count(*) FROM read_parquet('{tmp_path / 'e.parquet'}')").fetchone()[0] == 0
    documents = _columns(f"SELECT * FROM read_parquet('{tmp_path / 'd.parquet'}')")
    assert {"doc_id", "title", "date", "replaced_bytes"} <= set(documents) and documents["replaced_bytes"] == "INTEGER"
    assert (tmp_path / "e.csv").read_text(encoding="utf-8").strip().split(",") == EVENT_SCHEMA.names
    assert (tmp_path / "e.tsv").read_text(encoding="utf-8").rstrip("\n").split("\t") == icews_spec()["columns"]
