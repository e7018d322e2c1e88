"""The command line as a user runs it (needs the model)."""

import json
import re

import pytest
from typer.testing import CliRunner

from multivector.interfaces.cli import app

pytestmark = pytest.mark.model
runner = CliRunner()


def test_run_with_bad_inputs_reports_failures_and_exits_zero(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text("Visit\n\nThe US Secretary of State visited Kazakhstan on Monday.\n", encoding="utf-8")
    (src / "empty.txt").write_bytes(b"")
    (src / "blob.txt").write_bytes(bytes(range(256)) * 10)
    (src / "page.html").write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    result = runner.invoke(app, ["run", str(src), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert re.search(r"failures\s*│\s*3\s*│", result.output), result.output
    assert re.search(r"articles stored\s*│\s*1\s*│", result.output)
    assert "[E001]" in result.output and "[E002]" in result.output and "[E007]" in result.output
    assert "Traceback" not in result.output


def test_run_where_nothing_can_be_processed_exits_one(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    result = runner.invoke(app, ["run", str(bad), "--db", str(tmp_path / "s.duckdb")])
    assert result.exit_code == 1
    assert "E050" in result.output or "E050" in (result.stderr if hasattr(result, "stderr") else "")


def test_queries_and_exports(seeds_store, tmp_path):
    db = str(seeds_store)
    res = runner.invoke(app, ["events", "--db", db, "--country", "GEO", "--json"])
    assert res.exit_code == 0
    res = runner.invoke(app, ["export", "--db", db, "--format", "plover-jsonl"])
    assert res.exit_code == 0
    records = [json.loads(line) for line in res.output.splitlines() if line.strip()]
    assert records and {"id", "date", "actor", "recipient", "event", "mode", "event_text", "doc_id", "negated", "modality", "confidence", "date_precision"} <= set(records[0])
    assert {"code", "sector", "org", "name", "entity_text"} <= set(records[0]["actor"][0])
    for fmt, name in (("csv", "e.csv"), ("parquet", "e.parquet"), ("jsonl", "d.jsonl")):
        table = "documents" if fmt == "jsonl" else "events"
        res = runner.invoke(app, ["export", "--db", db, "--table", table, "--format", fmt, "--out", str(tmp_path / name)])
        assert res.exit_code == 0, res.output
        assert (tmp_path / name).stat().st_size > 0
    docs = [json.loads(l) for l in (tmp_path / "d.jsonl").read_text().splitlines()]
    assert {"doc_id", "title", "date", "date_precision", "date_reason"} <= set(docs[0])
    res = runner.invoke(app, ["show", "000_3291e9d3835ad2a4", "--db", db])
    assert res.exit_code == 0 and "Marat Tazhin" in res.output


def test_bad_arguments_give_a_clear_error(seeds_store):
    db = str(seeds_store)
    res = runner.invoke(app, ["events", "--db", db, "--since", "last tuesday"])
    assert res.exit_code == 1 and "[E030]" in res.output
    res = runner.invoke(app, ["events", "--db", db, "--type", "HUG"])
    assert res.exit_code == 1 and "[E031]" in res.output
    res = runner.invoke(app, ["show", "no-such-doc", "--db", db])
    assert res.exit_code == 1 and "[E022]" in res.output
    res = runner.invoke(app, ["export", "--db", db, "--format", "xml"])
    assert res.exit_code == 1 and "[E032]" in res.output


def test_one_bad_record_never_stops_a_run(tmp_path):
    """The JSONL line with a number for a title once aborted the run and lost every later input."""
    src = tmp_path / "in"
    src.mkdir()
    for i in range(40):
        (src / f"a{i:02d}.txt").write_text(f"Talks {i}\n\nKazakhstan signed agreement number {i} with Russia in Astana.\n",
                                           encoding="utf-8")
    (src / "a05.jsonl").write_text(
        '{"id":"x","title":12345,"text":"Kazakhstan signed an agreement with Russia in Astana on Monday."}\n'
        '{"id":"y","text":"Kazakhstan signed an agreement with China in Astana on Tuesday."}\n', encoding="utf-8")
    (src / "ru.txt").write_text("Россия и Казахстан подписали в понедельник соглашение о сотрудничестве. " * 6, encoding="utf-8")
    (src / "long.txt").write_text("Kazakhstan signed a deal. " * 9000, encoding="utf-8")
    (src / "notes.pdf").write_bytes(b"%PDF-1.4")
    db = tmp_path / "s.duckdb"
    result = runner.invoke(app, ["run", str(src), "--db", str(db), "--batch-size", "8"])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    assert re.search(r"articles stored\s*│\s*41\s*│", result.output), result.output
    assert re.search(r"failures\s*│\s*4\s*│", result.output), result.output
    for code in ("E016", "E014", "E013", "E008"):
        assert re.search(rf"{code}\s*│\s*1\s*│", result.output), (code, result.output)
    assert "234,000 characters, over the limit of 200,000 (setting max_chars)" in " ".join(result.output.split())


def test_serve_on_a_busy_port_says_so_before_any_banner(seeds_store):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = runner.invoke(app, ["serve", "--db", str(seeds_store), "--port", str(port)])
    assert result.exit_code == 1, result.output
    assert "E070" in result.output and "dashboard at" not in result.output


def test_export_partitioned_parquet_that_duckdb_reads(seeds_store, tmp_path):
    import duckdb

    folder = tmp_path / "events"
    result = runner.invoke(app, ["export", "--db", str(seeds_store), "--table", "events", "--format", "parquet",
                                 "--partition-by", "year", "--out", str(folder)])
    assert result.exit_code == 0, result.output
    years = sorted(p.name for p in folder.iterdir())
    assert years and all(y.startswith("year=") for y in years)
    con = duckdb.connect()
    read = con.execute(f"SELECT count(*), count(DISTINCT year) FROM read_parquet('{folder}/**/*.parquet', hive_partitioning = true)").fetchall()[0]
    stored = duckdb.connect(str(seeds_store), read_only=True).execute("SELECT count(*) FROM events").fetchall()[0][0]
    assert read == (stored, len(years))
    bad = runner.invoke(app, ["export", "--db", str(seeds_store), "--format", "csv", "--partition-by", "year", "--out", str(tmp_path / "x")])
    assert bad.exit_code == 1 and "E037" in bad.output
