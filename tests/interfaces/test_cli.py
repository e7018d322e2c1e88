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
    assert {"code", "sector", "org", "identifier_text", "entity_text"} <= set(records[0]["actor"][0])
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


@pytest.mark.parametrize("limit", ["-1", "0", "99999999999999999999999"])
def test_a_limit_out_of_bounds_is_a_coded_error(seeds_store, limit):
    res = runner.invoke(app, ["events", "--db", str(seeds_store), "--limit", limit])
    assert res.exit_code == 1 and "[E080] --limit must be a whole number from 1 to 1,000,000" in res.output
    assert "Traceback" not in res.output and isinstance(res.exception, SystemExit)


@pytest.mark.parametrize("command", [["events", "--since", "2020-13-45"], ["events", "--until", "2021-02-30"],
                                     ["network", "--since", "2020-13-45"]])
def test_an_impossible_date_is_refused_by_every_command(seeds_store, command):
    res = runner.invoke(app, [*command, "--db", str(seeds_store)])
    assert res.exit_code == 1 and "[E030]" in res.output, res.output


def test_countries_are_accepted_as_codes_or_names(seeds_store):
    lines = {}
    for value in ("GEO", "Georgia", "georgia", "ge"):
        res = runner.invoke(app, ["events", "--db", str(seeds_store), "--country", value, "--json"])
        assert res.exit_code == 0, res.output
        lines[value] = res.output.splitlines()
    assert lines["GEO"] and all(v == lines["GEO"] for v in lines.values())


def test_an_unknown_country_is_answered_with_the_closest(seeds_store, tmp_path):
    res = runner.invoke(app, ["events", "--db", str(seeds_store), "--country", "Gorgia"])
    assert res.exit_code == 1 and "[E038]" in res.output and "Georgia (GEO)" in res.output
    report = tmp_path / "r.html"
    res = runner.invoke(app, ["report", "XYZ", "--db", str(seeds_store), "--out", str(report)])
    assert res.exit_code == 1 and "[E038] Unknown country or organisation 'XYZ'" in res.output and not report.exists()
    res = runner.invoke(app, ["report", "Zimbabwe", "--db", str(seeds_store), "--out", str(report)])
    assert res.exit_code == 1 and "[E039] No events involve Zimbabwe (ZWE)" in res.output and not report.exists()
    res = runner.invoke(app, ["balance", "kazakhstan", "--db", str(seeds_store), "--partners", "Russia,XYZ"])
    assert res.exit_code == 1 and "[E038]" in res.output and "'XYZ'" in res.output


def test_an_empty_result_says_why(seeds_store):
    res = runner.invoke(app, ["events", "--db", str(seeds_store), "--country", "Georgia", "--since", "2100"])
    assert res.exit_code == 0
    said = " ".join(res.output.split())
    assert "no events match all of these filters" in said and "--since 2100: 0" in said
    assert re.search(r"--country Georgia \(GEO\): [1-9]", said) and "┏" not in res.output  # no empty table


def test_events_json_prints_one_record_a_line(seeds_store):
    res = runner.invoke(app, ["events", "--db", str(seeds_store), "--json", "--limit", "5"])
    assert res.exit_code == 0
    lines = res.output.splitlines()
    assert len(lines) == 5 and all(isinstance(json.loads(line), dict) for line in lines)
    exported = runner.invoke(app, ["export", "--db", str(seeds_store), "--format", "plover-jsonl"])
    by_id = {r["id"]: r for r in map(json.loads, exported.output.splitlines()) if r}
    for line in lines:  # the same record as the export, its coding date and citation included
        record = json.loads(line)
        assert record == by_id[record["id"]] and record["coded_date"]


def test_export_to_a_missing_folder_is_a_coded_error(seeds_store):
    res = runner.invoke(app, ["export", "--db", str(seeds_store), "--format", "csv", "--out", "/missing/dir/x.csv"])
    assert res.exit_code == 1 and "[E081] Cannot write /missing/dir/x.csv: the folder /missing/dir does not exist" in res.output
    res = runner.invoke(app, ["report", "GEO", "--db", str(seeds_store), "--out", "/missing/dir/r.html"])
    assert res.exit_code == 1 and "[E081]" in res.output


def test_run_on_a_non_terminal_prints_progress_lines(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for i in range(6):
        (src / f"a{i}.txt").write_text(f"Talks {i}\n\nKazakhstan signed agreement number {i} with Russia in Astana.\n", encoding="utf-8")
    (src / "more.jsonl").write_text("".join(
        json.dumps({"id": f"j{i}", "text": f"Kazakhstan signed deal number {i} with China in Astana on Monday."}) + "\n"
        for i in range(3)), encoding="utf-8")
    res = runner.invoke(app, ["run", str(src), "--db", str(tmp_path / "s.duckdb"), "--workers", "1", "--batch-size", "4"])
    assert res.exit_code == 0, res.output
    assert re.search(r"articles 9/9 \(\d+\.\d articles/s, done in \d+ s\)", res.output), res.output


def test_the_demo_prints_commands_that_work_as_printed(tmp_path):
    import shlex
    import subprocess
    import sys
    from pathlib import Path

    launcher = Path(sys.executable).parent / "multivector"
    if not launcher.exists():
        pytest.skip("no multivector launcher beside this interpreter")
    demo = subprocess.run([str(launcher), "demo", "--db", "demo.duckdb"], cwd=tmp_path, capture_output=True, text=True, timeout=600, check=False)
    assert demo.returncode == 0, demo.stderr
    commands = [line for line in demo.stdout.splitlines() if re.match(r"\S*multivector (events|report) ", line)]
    assert len(commands) == 2, demo.stdout
    for command in commands:
        done = subprocess.run(shlex.split(command), cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False)
        assert done.returncode == 0, (command, done.stderr)
    assert (tmp_path / "demo-report.html").stat().st_size > 0
