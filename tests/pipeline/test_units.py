"""Unit tests for the small modules: settings, CLI errors, step helpers, the Airflow runner."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsfacts import airflow_run
from newsfacts.archive import Archive
from newsfacts.cli import main
from newsfacts.errors import ConfigError
from newsfacts.pipeline import extract_page, plan_batches
from newsfacts.runfolder import RunFolder
from newsfacts.settings import Settings


def test_settings_defaults_hang_off_home(tmp_path):
    s = Settings.from_env({"NEWSFACTS_HOME": str(tmp_path)})
    assert s.warehouse == tmp_path / "warehouse" / "newsfacts.duckdb"
    assert s.published.parent == tmp_path / "published"
    assert s.sources.name == "sources.yml" and s.sources.exists()
    assert s.dbt_project_dir.joinpath("dbt_project.yml").exists()


def test_settings_override_and_bad_integer(tmp_path):
    s = Settings.from_env({"NEWSFACTS_HOME": str(tmp_path), "NEWSFACTS_BATCH_SIZE": "3",
                           "NEWSFACTS_WAREHOUSE": str(tmp_path / "w.duckdb")})
    assert s.batch_size == 3 and s.warehouse == tmp_path / "w.duckdb"
    with pytest.raises(ConfigError, match="NEWSFACTS_BATCH_SIZE"):
        Settings.from_env({"NEWSFACTS_BATCH_SIZE": "ten"})


def test_cli_extract_writes_format_json(tmp_path):
    doc = tmp_path / "ministers.txt"
    doc.write_text("Ministers meet in Vilnius\n\n"
                   "\u201cWe will not bargain with our neighbours' safety,\u201d Defence "
                   "Minister Rasa Petrauskiene, 49, said on Monday.\n\n"
                   "Ms Petrauskiene will travel to Warsaw next week.\n")
    (tmp_path / "ministers.json").write_text(json.dumps(
        {"title": "Ministers meet in Vilnius", "published": "2026-11-02",
         "title_in_body": True}))
    out = tmp_path / "pred.jsonl"
    assert main(["extract", str(doc), "--out", str(out), "--quiet"]) == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert rows[0]["doc"] == "ministers"
    st = rows[0]["statements"][0]
    assert st["speaker"] == "Rasa Petrauskiene"
    assert "bargain" in st["text"]
    assert rows[0]["visits"][0]["destination"] == "Warsaw"


def test_cli_expected_errors_are_one_line(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "newsfacts.cli", "summary", "--published",
                           str(tmp_path / "missing.duckdb")], capture_output=True, text=True)
    assert proc.returncode == 2
    assert "no published warehouse" in proc.stderr and "Traceback" not in proc.stderr
    proc = subprocess.run([sys.executable, "-m", "newsfacts.cli", "extract",
                           str(tmp_path / "nope")], capture_output=True, text=True)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr


def test_plan_batches_is_deterministic(settings):
    pages = [{"content_sha256": f"{i:064x}", "url": f"https://x.example/{i}"} for i in range(23)]
    f = RunFolder.of(settings, "r").write_pages("000", pages)
    first = plan_batches(settings.with_overrides(batch_size=10), "r", [str(f)])
    again = plan_batches(settings.with_overrides(batch_size=10), "r", [str(f)])
    assert len(first) == 3 and first == again
    sizes = [len(json.loads(Path(p).read_text())["pages"]) for p in first]
    assert sizes == [10, 10, 3]


def test_extract_page_records_errors_instead_of_raising(settings):
    result = extract_page(Archive(settings.archive),
                          {"content_sha256": "0" * 64, "url": "https://x.example/gone"})
    assert result["error"] and result["doc"] == "https://x.example/gone"


def test_airflow_run_progress_and_errors():
    lines = [
        "2026-11-27T20:53:52Z [info     ] fetch group 000: fetched=3   [newsfacts.pipeline] loc=x\n",
        "newsfacts.transform.GateFailed: dbt build failed; nothing will be published:\n",
        "  test.newsfacts.value_between_fct: fail (1 rows)\n",
        "2026-11-27T20:53:52Z [info     ] DagRun Finished: dag_id=newsfacts, run_id=m1, "
        "run_end_date=x, state=failed, run_type=manual\n",
    ]

    class FakeProc:
        stdout = iter(lines)

        def wait(self):
            return 1

    seen = []
    original = airflow_run.subprocess.Popen
    airflow_run.subprocess.Popen = lambda *a, **k: FakeProc()
    try:
        code, state, errors = airflow_run.dags_test("newsfacts", None, io.StringIO(), seen.append)
    finally:
        airflow_run.subprocess.Popen = original
    assert code == 1 and state == "failed"
    assert seen == ["  fetch group 000: fetched=3"]
    assert errors[0].startswith("GateFailed: dbt build failed")
    assert "value_between_fct" in errors[1]
