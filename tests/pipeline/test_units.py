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


def _airflow_db(path: Path, revision: str = "head1") -> None:
    """A SQLite file with Alembic's version table, as `airflow db migrate` leaves one."""
    import sqlite3

    con = sqlite3.connect(path)
    con.execute("create table if not exists alembic_version (version_num varchar(32))")
    con.execute("delete from alembic_version")
    con.execute("insert into alembic_version values (?)", [revision])
    con.commit()
    con.close()


def test_migration_state_reads_a_sqlite_metadata_database(tmp_path):
    env = {"AIRFLOW_HOME": str(tmp_path), "AIRFLOW__CORE__PARALLELISM": "4"}
    assert airflow_run.migration_state(env) is None  # no database yet
    (tmp_path / "airflow.db").write_bytes(b"")
    assert airflow_run.migration_state(env) is None  # no Alembic revision in it
    _airflow_db(tmp_path / "airflow.db")
    state = airflow_run.migration_state(env)
    assert state["revisions"] == {"alembic_version": ["head1"]}
    assert state["database"] == str((tmp_path / "airflow.db").resolve())
    assert state["airflow"]["apache-airflow-core"] == airflow_run.importlib.metadata.version(
        "apache-airflow-core")
    # the configuration is part of it: a variable or airflow.cfg changed, another state
    assert airflow_run.migration_state({**env, "AIRFLOW__CORE__PARALLELISM": "8"})[
        "config"] != state["config"]
    (tmp_path / "airflow.cfg").write_text("[core]\nparallelism = 4\n")
    assert airflow_run.migration_state(env)["config"] != state["config"]
    # airflow.cfg names another SQLite file: that one is read
    other = tmp_path / "other.db"
    _airflow_db(other, "head2")
    (tmp_path / "airflow.cfg").write_text(f"[database]\nsql_alchemy_conn = sqlite:///{other}\n")
    assert airflow_run.migration_state(env)["revisions"] == {"alembic_version": ["head2"]}
    # a variable wins over airflow.cfg; a server database or a secret is never read: migrate
    conn = f"sqlite:///{tmp_path / 'airflow.db'}"
    assert airflow_run.migration_state({**env, "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": conn})[
        "revisions"] == {"alembic_version": ["head1"]}
    for key, value in (("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN", "postgresql://db/airflow"),
                       ("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN_CMD", "cat conn.txt"),
                       ("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN_SECRET", "airflow-conn")):
        assert airflow_run.migration_state({**env, key: value}) is None, key


def test_migrate_needed_unless_the_database_is_as_the_last_migrate_left_it():
    state = {"airflow": {"apache-airflow-core": "3.3.2"}, "config": "c1",
             "database": "/h/airflow.db", "inode": 7, "revisions": {"alembic_version": ["r1"]}}
    assert not airflow_run.migrate_needed(state, dict(state))
    assert airflow_run.migrate_needed(None, state)  # never migrated by us
    assert airflow_run.migrate_needed(state, None)  # not SQLite, or no database yet
    for key, other in (("airflow", {"apache-airflow-core": "3.4.0"}), ("config", "c2"),
                       ("database", "/g/airflow.db"), ("inode", 8),
                       ("revisions", {"alembic_version": ["r0"]}),
                       ("revisions", {"alembic_version": ["r1"], "alembic_version_fab": ["f"]})):
        assert airflow_run.migrate_needed(state, {**state, key: other}), (key, other)


def test_migrate_runs_once_per_database_state(tmp_path, monkeypatch):
    """`airflow db migrate` runs for a new home, not again while the database is as it left
    it; a changed configuration, revision or database file migrates again; a failed migrate
    records nothing."""
    env = {"AIRFLOW_HOME": str(tmp_path / "af"), "AIRFLOW__CORE__LOAD_EXAMPLES": "False"}
    calls, exit_code = [], [0]

    def fake_migrate(cmd, **kwargs):
        assert cmd[1:] == ["db", "migrate"] and kwargs["env"] is env
        calls.append(cmd)
        _airflow_db(tmp_path / "af" / "airflow.db")
        return exit_code[0]

    monkeypatch.setattr(airflow_run.subprocess, "call", fake_migrate)
    log = (tmp_path / "airflow.log").open("w")
    assert airflow_run.migrate(log, env) is True and len(calls) == 1
    assert airflow_run.migrate(log, env) is False and len(calls) == 1
    assert "airflow db migrate skipped" in (tmp_path / "airflow.log").read_text()
    env["AIRFLOW__CORE__PARALLELISM"] = "8"  # another configuration
    assert airflow_run.migrate(log, env) is True and len(calls) == 2
    assert airflow_run.migrate(log, env) is False
    _airflow_db(tmp_path / "af" / "airflow.db", "older")  # e.g. restored from a backup
    assert airflow_run.migrate(log, env) is True and len(calls) == 3
    (tmp_path / "af" / "airflow.db").unlink()  # a new database file
    assert airflow_run.migrate(log, env) is True and len(calls) == 4
    exit_code[0] = 1
    (tmp_path / "af" / "airflow.db").unlink()
    with pytest.raises(SystemExit, match="airflow db migrate failed"):
        airflow_run.migrate(log, env)
    assert not (tmp_path / "af" / airflow_run.MIGRATED).exists()
    with pytest.raises(SystemExit):  # and the next run migrates again
        airflow_run.migrate(log, env)
    assert len(calls) == 6


def test_dbt_sees_the_same_warehouse_path_from_every_home(tmp_path):
    """dbt runs in the warehouse's folder, the profile's path the file's name: the warehouse
    it opens is the home's, and two homes (a copy, a move) give dbt the same profile, so a
    copied home keeps its partial parse."""
    from newsfacts.transform import dbt_cwd, dbt_env

    homes = [Settings.from_env({"NEWSFACTS_HOME": str(tmp_path / name)}) for name in "ab"]
    paths = [dbt_env(s)["NEWSFACTS_WAREHOUSE"] for s in homes]
    assert paths == ["newsfacts.duckdb", "newsfacts.duckdb"]
    for s, path in zip(homes, paths, strict=True):
        assert dbt_cwd(s) / path == s.warehouse and dbt_cwd(s).is_absolute()
