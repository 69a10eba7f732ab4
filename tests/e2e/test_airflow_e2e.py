"""The whole pipeline through the real Airflow DAG (`airflow dags test`, SQLite metadata),
over the demo corpus served by a real HTTP server on loopback: fetch -> extract -> DuckDB ->
dbt build -> GX audit -> publish. Then a rerun, a forced re-fetch, and a failing gate."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pytest
from support import migrated_airflow_home, parsed_dbt_project, table_counts

from newsfacts.settings import DEMO_DIR, REPO_DIR, Settings

pytestmark = pytest.mark.e2e

MARTS = ("dim_article", "dim_actor", "fct_statement", "fct_visit", "fct_force_deployment")


def _feed_items() -> int:
    return len(re.findall(r"<item>", (DEMO_DIR / "site" / "feed.xml").read_text()))


class Env:
    def __init__(self, root: Path, sources: Path):
        self.root = root
        self.home = root / "home"
        self.published = self.home / "published" / "newsfacts.duckdb"
        self.warehouse = self.home / "warehouse" / "newsfacts.duckdb"
        self.vars = {
            **os.environ,
            "NEWSFACTS_HOME": str(self.home),
            "NEWSFACTS_SOURCES": str(sources),
            "AIRFLOW_HOME": str(root / "airflow"),
            "AIRFLOW__CORE__DAGS_FOLDER": str(REPO_DIR / "dags"),
            "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
            "GX_ANALYTICS_ENABLED": "False",
        }

    def run_dag(self) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "newsfacts.airflow_run", "newsfacts"],
                              env=self.vars, capture_output=True, text=True, timeout=900)

    def published_counts(self) -> dict[str, int]:
        return table_counts(self.published, MARTS)

    def sha(self) -> str:
        return hashlib.sha256(self.published.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def env(tmp_path_factory, demo_server) -> Env:
    root = tmp_path_factory.mktemp("e2e")
    sources = root / "sources.yml"
    sources.write_text(
        "sources:\n"
        f"  - {{name: harbour-gazette, kind: rss, url: \"{demo_server}/feed.xml\", "
        "allow_private: true, rate_limit: 0}\n")
    env = Env(root, sources)
    migrated_airflow_home(tmp_path_factory, env.vars)
    parsed_dbt_project(tmp_path_factory, Settings.from_env({"NEWSFACTS_HOME": str(env.home)}))
    return env


@pytest.fixture(scope="module")
def first_run(env: Env) -> subprocess.CompletedProcess:
    proc = env.run_dag()
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-4000:]
    return proc


def test_first_run_publishes_every_demo_article(env, first_run):
    counts = env.published_counts()
    assert counts["dim_article"] == _feed_items()
    assert counts["fct_statement"] >= 40
    assert counts["fct_visit"] >= 10
    assert counts["fct_force_deployment"] >= 10
    assert "Published warehouse" in first_run.stdout and "fct_statement" in first_run.stdout
    assert "discover:" in first_run.stdout  # progress lines from the pipeline's steps


def test_published_facts_are_traceable_and_typed(env, first_run):
    con = duckdb.connect(str(env.published), read_only=True)
    try:
        urls = con.execute("select url from dim_article").fetchall()
        assert all(u[0].startswith("http://127.0.0.1:") for u in urls)
        no_sentence = con.execute(
            "select count(*) from fct_statement where sentence is null or url is null"
        ).fetchone()[0]
        assert no_sentence == 0
        speakers = con.execute(
            "select avg((speaker is not null)::int) from fct_statement").fetchone()[0]
        assert speakers >= 0.9
        statuses = {r[0] for r in con.execute("select distinct visit_status from fct_visit").fetchall()}
        assert {"planned", "completed"} <= statuses
        sized = con.execute("select count(*) from fct_force_deployment "
                            "where force_size > 0 and actor_country is not null").fetchone()[0]
        assert sized >= 5
        versions = con.execute("select extractor_versions from _publication").fetchone()[0]
        assert versions and all(versions)
    finally:
        con.close()
    wh = duckdb.connect(str(env.warehouse), read_only=True)
    try:  # offsets point at the quoted words in the stored body text
        rows = wh.execute(
            "select s.quote_text, substr(a.body_text, s.start_char + 1, "
            "s.end_char - s.start_char) from raw.statements s join raw.articles a "
            "using (article_id) where s.kind = 'direct'").fetchall()
        fetched = wh.execute("select count(*) from raw.fetch_log "
                             "where outcome = 'fetched'").fetchone()[0]
        gx = wh.execute("select count(*), count(*) filter (where success) "
                        "from audit.gx_results").fetchone()
    finally:
        wh.close()
    hits = sum(1 for quote, span in rows if quote.strip()[:20] in span)
    assert hits / len(rows) >= 0.9
    assert fetched == _feed_items()
    assert gx[0] > 10 and gx[0] == gx[1]


def test_rerun_adds_no_rows(env, first_run):
    before = env.published_counts()
    proc = env.run_dag()
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert env.published_counts() == before
    # nothing new: the warehouse work was skipped, and the DAG shows the tasks skipped
    con = duckdb.connect(str(env.warehouse), read_only=True)
    try:
        run_id, status = con.execute("select run_id, status from audit.pipeline_runs "
                                     "order by started_at desc limit 1").fetchone()
        tasks = dict(con.execute("select task, status from audit.pipeline_task_runs "
                                 "where run_id = ?", [run_id]).fetchall())
    finally:
        con.close()
    assert status == "skipped"
    assert {t: tasks[t] for t in ("load", "dbt_build", "audit", "publish")} == {
        "load": "success", "dbt_build": "skipped", "audit": "skipped", "publish": "skipped"}
    log = Path(re.search(r"full log: (\S+)\)", proc.stdout).group(1)).read_text()
    for step in ("dbt build", "audit", "publish"):  # Airflow's own record of each skip
        assert re.search(rf"Skipping task\..*reason='{step}: nothing new", log), step
    # the metadata database is as the first run's migrate left it: not migrated again
    assert "airflow db migrate skipped" in log and "Performing upgrade" not in log


def test_dags_test_on_a_held_home_fails_at_once_naming_the_holder(env, first_run):
    """`airflow dags test` itself (not the wrapper) while `newsfacts run` holds the home: the
    DAG run's lock task fails without retries, naming the holder; no other task runs."""
    holds = env.root / "holds"
    run = subprocess.Popen([sys.executable, "-m", "newsfacts.cli", "run"],
                           env={**env.vars, "NEWSFACTS_TEST_HOLD": "discover",
                                "NEWSFACTS_TEST_HOLD_DIR": str(holds)},
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 300
        while not (holds / "discover.reached").exists():
            assert run.poll() is None and time.monotonic() < deadline, run.stdout.read()
            time.sleep(0.1)
        proc = subprocess.run([sys.executable, "-m", "airflow", "dags", "test", "newsfacts"],
                              env=env.vars, capture_output=True, text=True, timeout=600)
    finally:
        (holds / "discover.release").touch()
        run.wait(timeout=600)
    out = proc.stdout + proc.stderr
    assert "is in use by run local__" in out and f"pid {run.pid}" in out
    finished = re.search(r"DagRun Finished: .*?run_id=([^,]+),.*?state=(\w+)", out)
    assert finished and finished.group(2) == "failed", out[-3000:]
    assert "up_for_retry" not in out  # failed at once, no retry with backoff
    from newsfacts.runfolder import RunFolder
    from newsfacts.storage import location

    folder = RunFolder(location(env.home / "landing"), finished.group(1))
    assert folder.metric("lock")["status"] == "failed"
    assert folder.metric("discover") is None  # no step of the refused run ran
    assert run.returncode == 0  # the holder finished its run undisturbed


def test_forced_refetch_and_reextraction_adds_no_rows(env, first_run):
    """Forget what was fetched (state and archive): every page is fetched, extracted and
    loaded again, and the warehouse still holds each fact once."""
    before = env.published_counts()
    shutil.rmtree(env.home / "state", ignore_errors=True)
    shutil.rmtree(env.home / "archive", ignore_errors=True)
    proc = env.run_dag()
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert "fetched=" in proc.stdout
    con = duckdb.connect(str(env.published), read_only=True)
    try:
        dupes = con.execute(
            "select count(*) - count(distinct (article_key, sentence_idx, quote_text)) "
            "from fct_statement").fetchone()[0]
    finally:
        con.close()
    assert dupes == 0
    assert env.published_counts() == before  # the extractor is deterministic


def test_corrupted_batch_fails_the_gate_and_keeps_published_data(env, first_run):
    before_sha, before = env.sha(), env.published_counts()
    con = duckdb.connect(str(env.warehouse))
    try:  # an article reloaded with impossible values that slipped past the loader
        aid = con.execute("select min(article_id) from raw.articles").fetchone()[0]
        now = datetime.now(UTC)  # one load time for the article and its facts, as load.py does
        con.execute("insert into raw.deployments by name select ? as article_id, "
                    "999 as fact_idx, 'Nowhere' as actor, -40 as size, 'approx' as qualifier, "
                    "'troop' as unit, 'deployed' as status, 'corrupt' as batch_id, "
                    "? as loaded_at", [aid, now])
        con.execute("update raw.articles set loaded_at = ? where article_id = ?", [now, aid])
    finally:
        con.close()
    proc = env.run_dag()
    assert proc.returncode != 0
    assert "FAILED" in proc.stderr and "force_size" in proc.stderr
    assert env.sha() == before_sha
    assert env.published_counts() == before
