"""``serve`` and ``run`` on one store at once, as an analyst keeps the dashboard open while articles come in."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

import pytest

from .live import EXE, live_server

pytestmark = pytest.mark.model


def _articles(folder, start, count):
    folder.mkdir(exist_ok=True)
    partners = ["Russia", "China", "Turkey", "Japan", "India", "Germany"]
    for i in range(start, start + count):
        (folder / f"a{i:03d}.txt").write_text(
            f"Talks number {i}\n\nKazakhstan signed agreement number {i} with {partners[i % len(partners)]} in Astana, "
            f"the foreign ministry said on Monday. Officials said talks on item {i} would continue.\n", encoding="utf-8")


def _get(url):
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read() or b"{}")


def test_reads_keep_working_and_runs_never_fail_while_both_use_the_store(tmp_path):
    db = tmp_path / "shared.duckdb"
    first = tmp_path / "first"
    _articles(first, 0, 2)
    subprocess.run([str(EXE), "run", str(first), "--db", str(db)], check=True, capture_output=True)
    with live_server(db) as url:
        seen, statuses, stop = [], [], threading.Event()

        def read_all_the_time():
            while not stop.is_set():
                status, body = _get(url + "/api/documents?limit=1000")
                statuses.append(status)
                if status == 200:
                    seen.append(body["count"])
                _get(url + "/api/events?limit=5")

        reader = threading.Thread(target=read_all_the_time)
        reader.start()
        try:
            results = []
            for n in range(3):  # several runs, each of several batches, while the reads go on
                more = tmp_path / f"more{n}"
                _articles(more, 100 * (n + 1), 8)
                results.append(subprocess.run([str(EXE), "run", str(more), "--db", str(db), "--batch-size", "2"],
                                              capture_output=True, text=True, timeout=600))
            time.sleep(0.5)
        finally:
            stop.set()
            reader.join(timeout=120)
    for result in results:
        assert result.returncode == 0, result.stdout + result.stderr
        assert "E023" not in result.stdout + result.stderr
    assert statuses and set(statuses) == {200}, sorted(set(statuses))
    assert seen[0] >= 2 and seen[-1] == 26
    assert seen == sorted(seen) and len(set(seen)) > 3  # the reads followed the runs batch by batch


def test_a_busy_store_answers_503_without_paths_or_pids(tmp_path, monkeypatch):
    from fastapi.testclient import TestClient

    from multivector.interfaces.api import create_app
    from multivector.settings import DEFAULTS

    db = tmp_path / "busy.duckdb"
    first = tmp_path / "first"
    _articles(first, 0, 1)
    subprocess.run([str(EXE), "run", str(first), "--db", str(db)], check=True, capture_output=True)
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
                               "print('held', flush=True); time.sleep(60)", str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        monkeypatch.setitem(DEFAULTS, "lock_wait", 0.5)
        with TestClient(create_app(db), base_url="http://127.0.0.1") as client:
            response = client.get("/api/documents")
        assert response.status_code == 503
        body = response.json()
        assert body["error"]["code"] == "E023"
        assert str(tmp_path) not in response.text and "PID" not in response.text and str(holder.pid) not in response.text
    finally:
        holder.kill()
        holder.wait()
