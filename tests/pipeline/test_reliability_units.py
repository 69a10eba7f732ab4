"""The pieces that keep a run from losing data or getting stuck, each on its own (the whole
pipeline under SIGKILL, concurrent runs and readers is tests/reliability): the home's lock,
a busy warehouse, pages offered until loaded, the per-page budget, killed runs in the
metrics, housekeeping, and the exit codes and one-line messages of the command line."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from newsfacts.errors import (
    EXIT_FAILED,
    EXIT_LOCKED,
    EXIT_USAGE,
    ConfigError,
    HomeLocked,
    NothingToDo,
    WarehouseBusy,
)
from newsfacts.settings import REPO_DIR, Settings


def _settings(tmp_path: Path, **env) -> Settings:
    s = Settings.from_env({"NEWSFACTS_HOME": str(tmp_path / "home"),
                           **{k: str(v) for k, v in env.items()}})
    s.ensure_dirs()
    return s


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


# --- the home's lock ----------------------------------------------------------------------

def test_a_held_home_refuses_a_second_run_naming_the_holder(tmp_path):
    from newsfacts.lock import HomeLock

    s = _settings(tmp_path)
    with HomeLock(s).hold("local__first", "newsfacts run") as (hold, replaced):
        assert replaced is None and hold.pid == os.getpid()
        # another process (a real one: the lock is per process) is refused at once
        code = ("import sys\nfrom newsfacts.lock import HomeLock\n"
                "from newsfacts.settings import Settings\n"
                "from newsfacts.errors import HomeLocked\n"
                "try:\n"
                "    with HomeLock(Settings.from_env()).hold('local__second', 'newsfacts run'):\n"
                "        print('held')\n"
                "except HomeLocked as e:\n"
                "    print(e)\n")
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             env={**os.environ, "NEWSFACTS_HOME": str(s.home)}).stdout
        assert "is in use by run local__first (newsfacts run, pid" in out
        assert f"pid {os.getpid()}" in out and "NEWSFACTS_LOCK_WAIT" in out
        assert "\n" not in out.strip()
    assert HomeLock(s).holder() is None  # released


def test_a_dead_holder_is_taken_over_and_named(tmp_path):
    from newsfacts.lock import HomeLock, _now

    s = _settings(tmp_path)
    (s.locks).mkdir(parents=True, exist_ok=True)
    (s.locks / "hold.json").write_text(json.dumps({
        "run_id": "local__killed", "kind": "process", "pid": _dead_pid(),
        "host": HomeLock(s).host, "command": "newsfacts run", "started_at": _now(),
        "beat_at": _now()}))
    with HomeLock(s).hold("local__next", "newsfacts run") as (_hold, replaced):
        assert replaced is not None and replaced.run_id == "local__killed"


def test_lock_wait_waits_for_the_holder(tmp_path):
    from newsfacts.lock import HomeLock

    s = _settings(tmp_path, NEWSFACTS_LOCK_WAIT=30)
    code = ("import time\nfrom newsfacts.lock import HomeLock\n"
            "from newsfacts.settings import Settings\n"
            "with HomeLock(Settings.from_env()).hold('local__a', 'newsfacts run'):\n"
            "    print('held', flush=True)\n    time.sleep(1.5)\n")
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "NEWSFACTS_HOME": str(s.home)})
    assert proc.stdout.readline().strip() == "held"
    t0 = time.monotonic()
    with HomeLock(s).hold("local__b", "newsfacts run") as (_hold, replaced):
        assert replaced is None  # it ended normally: nothing taken over
    assert time.monotonic() - t0 > 0.5
    proc.wait()


def test_an_airflow_run_holds_the_home_across_its_tasks_until_released(tmp_path):
    from newsfacts.lock import HomeLock

    s = _settings(tmp_path, NEWSFACTS_LOCK_STALE=60)
    lock = HomeLock(s)
    assert lock.take_for_run("manual__1") is None
    with lock.task("manual__1"):  # its tasks go on under the hold
        pass
    assert lock.take_for_run("manual__1") is None  # a retried setup: still ours
    with pytest.raises(HomeLocked, match="Airflow DAG run"):
        lock.take_for_run("manual__2")  # another run: refused (the hold is fresh)
    with pytest.raises(HomeLocked), lock.task("manual__2"):
        pass
    assert not lock.release_run("manual__2") and lock.release_run("manual__1")
    assert lock.take_for_run("manual__2") is None


def test_a_dead_airflow_runs_hold_lapses(tmp_path):
    from newsfacts.lock import HomeLock

    s = _settings(tmp_path, NEWSFACTS_LOCK_STALE=1)
    lock = HomeLock(s)
    lock.take_for_run("manual__killed")
    time.sleep(1.2)  # no task of it ran since: counted dead
    replaced = lock.take_for_run("manual__next")
    assert replaced is not None and replaced.run_id == "manual__killed"


def test_tasks_of_a_dags_test_work_under_the_wrappers_hold(tmp_path):
    """newsfacts.airflow_run holds the home and hands its token to the DAG run's tasks."""
    from newsfacts.lock import HomeLock

    s = _settings(tmp_path)
    with HomeLock(s).hold(None, "airflow dags test") as (hold, _):
        tasks = s.with_overrides(lock_token=hold.token)
        assert HomeLock(tasks).take_for_run("manual__x") is None
        with HomeLock(tasks).task("manual__x"):
            assert HomeLock(s).holder().run_id == "manual__x"
        assert not HomeLock(tasks).release_run("manual__x")  # the wrapper's to release
        assert HomeLock(s).holder() is not None


def test_airflow_db_migrate_runs_one_at_a_time(tmp_path):
    from newsfacts.lock import file_lock

    inside, overlap = [], []

    def work(i):
        with file_lock(tmp_path / "migrate.lock"):
            if inside:
                overlap.append(i)
            inside.append(i)
            time.sleep(0.05)
            inside.remove(i)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert overlap == []
    text = (REPO_DIR / "include" / "newsfacts" / "airflow_run.py").read_text()
    assert 'file_lock(home / ".newsfacts-migrate.lock")' in text


def test_run_ids_do_not_collide():
    from newsfacts.pipeline import new_run_id

    ids = {new_run_id("local") for _ in range(200)}
    assert len(ids) == 200 and all(i.startswith("local__") for i in ids)


# --- a busy working warehouse ---------------------------------------------------------------

def _reader(path: Path, seconds: float) -> subprocess.Popen:
    code = ("import duckdb, sys, time\n"
            "c = duckdb.connect(sys.argv[1], read_only=True)\n"
            "print('open', flush=True)\ntime.sleep(float(sys.argv[2]))\n")
    proc = subprocess.Popen([sys.executable, "-c", code, str(path), str(seconds)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "open"
    return proc


def test_a_writer_waits_for_a_reader_and_says_so(tmp_path, caplog):
    from newsfacts.warehouse import Warehouse

    path = tmp_path / "w.duckdb"
    with Warehouse(path).writing():
        pass
    reader = _reader(path, 1.5)
    with caplog.at_level("WARNING", logger="newsfacts.warehouse"), \
            Warehouse(path, wait=60).writing() as con:
        con.execute("select 1")
    reader.wait()
    assert any(f"held by PID {reader.pid}" in r.message and "retrying" in r.message
               for r in caplog.records)


def test_a_reader_that_stays_fails_the_writer_naming_it(tmp_path):
    from newsfacts.warehouse import Warehouse

    path = tmp_path / "w.duckdb"
    with Warehouse(path).writing():
        pass
    reader = _reader(path, 30)
    try:
        with pytest.raises(WarehouseBusy) as err, Warehouse(path, wait=0.5).writing():
            pass
        msg = str(err.value)
        assert f"PID {reader.pid}" in msg and "published file" in msg and "\n" not in msg
    finally:
        reader.kill()
        reader.wait()


# --- pages offered until loaded ---------------------------------------------------------------

def test_a_page_stays_offered_until_load_commits_it(tmp_path):
    from newsfacts.fetch import FetchState

    state = FetchState(tmp_path / "state")
    page = {"url": "https://a.example/1", "content_sha256": "a" * 64, "source": "s"}
    state.add_unloaded(page)
    state.record("https://a.example/1", url="https://a.example/1", final=True,
                 outcome="fetched", sha256="a" * 64, source="s")
    assert state.is_done("https://a.example/1")  # never fetched again...
    assert state.unloaded() == [page]  # ...but offered to every run
    assert state.mark_loaded(["a" * 64, "b" * 64]) == 1
    assert state.unloaded() == []


def test_stored_pages_lists_each_archived_page_once(tmp_path):
    from newsfacts.fetch import FetchState

    state = FetchState(tmp_path / "state")
    state.record("https://a.example/1", url="https://a.example/1", final=True,
                 outcome="fetched", sha256="a" * 64, source="s", title="One",
                 fetched_at="2026-11-02T10:00:00Z", page_canonical_url="https://a.example/c1")
    state.record("https://a.example/alias", url="https://a.example/1", final=True,
                 outcome="fetched", sha256="a" * 64)  # another name of the same page
    state.record("https://a.example/de", url="https://a.example/de", final=True,
                 outcome="skipped", error="language: de", sha256="b" * 64, source="s")
    state.record("https://a.example/404", url="https://a.example/404", final=True,
                 outcome="error", error="HTTP 404")
    pages = state.stored_pages()
    assert [p["content_sha256"] for p in pages] == ["a" * 64, "b" * 64]
    assert pages[0]["source"] == "s" and pages[0]["canonical_url"] == "https://a.example/c1"
    assert pages[0]["fetched_at"] == "2026-11-02T10:00:00Z"


# --- the per-page budget --------------------------------------------------------------------

def test_cpu_budget_stops_a_busy_page_and_restores_the_timer():
    from newsfacts.budget import OverBudget, cpu_budget

    before = signal.getsignal(signal.SIGPROF)
    with pytest.raises(OverBudget, match=r"more than 0\.2 CPU seconds"), cpu_budget(0.2):
        while True:  # an extractor that catches everything cannot swallow it
            try:
                sum(range(1000))
            except Exception:
                pass
    assert signal.getsignal(signal.SIGPROF) == before
    assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)
    with cpu_budget(5):
        assert sum(range(10)) == 45  # a quick page: untouched


def test_a_page_over_budget_is_a_recorded_extract_error(tmp_path):
    from newsfacts.archive import Archive
    from newsfacts.pipeline import extract_page

    archive = Archive(tmp_path / "archive")
    para = "".join(f"<p>Officials in district {i} met the envoy on day {i % 28}.</p>"
                   for i in range(40000))
    key = archive.put(f"<html><body><article>{para}</article></body></html>".encode())
    page = {"content_sha256": key, "url": "https://a.example/long", "content_type": "text/html"}
    result = extract_page(archive, page, budget=0.05)
    assert result["error"].startswith("OverBudget: over the extraction budget")
    assert "NEWSFACTS_EXTRACT_PAGE_SECONDS" in result["error"]


def test_one_page_over_budget_in_a_parse_stream_leaves_the_others_whole(tmp_path):
    # pages share one parse stream (a chunk); the chunk goes over one page's budget because
    # of one page, so each is extracted again alone: only that page is over budget, the
    # others come out as without any budget, in order
    from newsfacts.archive import Archive
    from newsfacts.pipeline import extract_pages

    archive = Archive(tmp_path / "archive")
    unit = "\u201cWe will review the harbour plan number {i},\u201d said Foreign Minister Anna Berg."
    heavy = "<html><body><article>" + "".join(
        f"<p>{unit.format(i=i)}</p>" for i in range(2500)) + "</article></body></html>"
    small = [f"<html><body><article><p>\u201cThe port {n} reopens on Monday,\u201d said Mayor "
             f"Lena Ortiz of Harbourtown, after talks with the ministry.</p><p>Deputy Minister "
             f"Tom Hale will visit Harbourtown next week.</p></article></body></html>"
             for n in ("north", "south", "east")]
    pages = [{"content_sha256": archive.put(html.encode()), "url": f"https://a.example/{i}",
              "content_type": "text/html"} for i, html in enumerate([small[0], heavy, *small[1:]])]
    free = list(extract_pages(archive, pages))
    bounded = list(extract_pages(archive, pages, budget=1.0))
    assert [r["doc"] for r in bounded] == [r["doc"] for r in free]
    assert bounded[1]["error"].startswith("OverBudget") and "error" not in free[1]
    for i in (0, 2, 3):
        assert "error" not in bounded[i]
        assert bounded[i]["statements"] == free[i]["statements"] != []
        assert bounded[i]["visits"] == free[i]["visits"]


# --- killed runs, skipped steps ---------------------------------------------------------------

def _rec(task, status, key=""):
    return {"task": task, "map_key": key, "status": status, "started_at": "2026-12-06T10:00:00",
            "ended_at": "2026-12-06T10:00:01"}


def test_a_run_that_died_inside_a_step_shows_failed_there():
    from newsfacts.metrics import summarize

    records = [_rec("lock", "success"), _rec("discover", "success"),
               _rec("fetch", "running", "000")]
    assert summarize("r", {}, records)["status"] == "running"  # unknown: as before
    assert summarize("r", {}, records, live=True)["status"] == "running"
    row = summarize("r", {}, records, live=False)
    assert (row["status"], row["failed_task"]) == ("failed", "fetch") and row["errors"] == 1


def test_a_run_with_nothing_new_is_skipped_not_failed():
    from newsfacts.metrics import summarize

    records = [_rec("load", "success"), _rec("dbt_build", "skipped"), _rec("audit", "skipped"),
               _rec("publish", "skipped")]
    assert summarize("r", {}, records, live=False)["status"] == "skipped"
    resumed = [_rec("load", "success"), _rec("dbt_build", "skipped"),
               _rec("audit", "success"), _rec("publish", "skipped")]
    assert summarize("r", {}, resumed)["status"] == "success"


def test_the_metrics_step_records_nothing_to_do_as_skipped(tmp_path):
    from newsfacts import metrics
    from newsfacts.runfolder import RunFolder

    folder = RunFolder.of(_settings(tmp_path), "r1")
    with pytest.raises(NothingToDo), metrics.step(folder, "dbt_build"):
        assert folder.metric("dbt_build")["status"] == "running"  # written at the start
        raise NothingToDo("dbt build: nothing new")
    rec = folder.metric("dbt_build")
    assert rec["status"] == "skipped" and rec["detail"]["skipped"] == "dbt build: nothing new"


# --- housekeeping --------------------------------------------------------------------------------

def test_leftovers_of_a_killed_publish_are_swept(tmp_path):
    from newsfacts.housekeeping import sweep_interrupted_writes, sweep_published

    s = _settings(tmp_path)
    pub = s.published.parent
    (pub / "newsfacts.duckdb.tmp-123").write_bytes(b"x")
    (pub / "newsfacts.duckdb.tmp-123.wal").write_bytes(b"x")
    for tag in ("20261201T000000000000", "20261202T000000000000", "20261203T000000000000"):
        (s.exports / tag).mkdir()
    (s.exports / "current").symlink_to("20261202T000000000000")
    (s.archive / "ab").mkdir(parents=True)
    (s.archive / "ab" / f".{'ab' * 32}.gz.4242.deadbeef.tmp").write_bytes(b"x")
    (s.archive / "ab" / f"{'ab' * 32}.gz").write_bytes(b"kept")
    swept = {p.name for p in sweep_published(s)}
    assert swept == {"newsfacts.duckdb.tmp-123", "newsfacts.duckdb.tmp-123.wal",
                     "20261203T000000000000"}  # the half-written export, newer than current
    assert sorted(p.name for p in s.exports.iterdir()) == [
        "20261201T000000000000", "20261202T000000000000", "current"]
    assert [p.name for p in sweep_interrupted_writes(s)] == [f".{'ab' * 32}.gz.4242.deadbeef.tmp"]
    assert (s.archive / "ab" / f"{'ab' * 32}.gz").exists()


def test_retention_removes_old_run_folders_and_logs_only(tmp_path):
    from newsfacts.housekeeping import apply_retention

    s = _settings(tmp_path, NEWSFACTS_RETENTION_DAYS=7)
    old_day = (datetime.now(UTC) - timedelta(days=30)).strftime("%Y-%m-%dT%H:%M:%S")
    new_day = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    landing = Path(s.landing.url)
    for name in (f"scheduled__{old_day.replace(':', '_')}", f"local__{new_day}", "running_old"):
        (landing / name / "metrics").mkdir(parents=True)
    stamp = time.time() - 30 * 86400
    os.utime(landing / "running_old", (stamp, stamp))
    s.logs.mkdir(parents=True)
    (s.logs / "old.log").write_text("x")
    os.utime(s.logs / "old.log", (stamp, stamp))
    (s.logs / "new.log").write_text("x")
    removed = apply_retention(s, keep={"running_old"})
    assert removed["run_folders"] == 1 and removed["logs"] == 1
    assert sorted(p.name for p in landing.iterdir()) == [f"local__{new_day}", "running_old"]
    assert [p.name for p in s.logs.iterdir()] == ["new.log"]
    assert apply_retention(_settings(tmp_path / "b", NEWSFACTS_RETENTION_DAYS=0), set()) == \
        {"run_folders": 0, "logs": 0, "gx_results": 0}


# --- exit codes and one-line messages -----------------------------------------------------------

def _cli(*args, env=None, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsfacts.cli", *args], capture_output=True,
                          text=True, env={**os.environ, **(env or {})}, cwd=cwd, timeout=300)


def _one_line(proc: subprocess.CompletedProcess) -> str:
    lines = [x for x in proc.stderr.splitlines() if x.startswith("newsfacts ")]
    assert "Traceback" not in proc.stderr and len(lines) == 1, proc.stderr
    return lines[0]


def test_fetch_exits_non_zero_when_every_url_failed(tmp_path):
    src = tmp_path / "dead.yml"
    src.write_text("sources:\n  - {name: gone, kind: urls, allow_private: true, rate_limit: 0, "
                   "urls: ['http://127.0.0.1:9/a.html', 'http://127.0.0.1:9/b.html']}\n")
    proc = _cli("fetch", "--sources", str(src), env={"NEWSFACTS_HOME": str(tmp_path / "h"),
                                                    "NEWSFACTS_FETCH_RETRIES": "0"})
    assert proc.returncode == EXIT_FAILED
    assert "every URL failed or was refused" in _one_line(proc) and str(src) in proc.stderr


def test_expected_errors_are_one_line_with_the_thing_at_fault(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("Anna Berg said the talks would go on.")
    out = _cli("extract", str(doc), "--out", str(tmp_path / "missing" / "x.jsonl"))
    assert out.returncode == EXIT_USAGE
    assert "missing" in _one_line(out) and "create the folder" in out.stderr
    missing = _cli("run", "--sources", str(tmp_path / "nope.yml"),
                   env={"NEWSFACTS_HOME": str(tmp_path / "h")})
    assert missing.returncode == EXIT_USAGE
    line = _one_line(missing)
    assert "nope.yml: sources file not found" in line and "see " in line  # the run's log


def test_a_held_home_exits_75(tmp_path):
    from newsfacts.lock import HomeLock

    s = _settings(tmp_path)
    with HomeLock(s).hold("local__busy", "newsfacts run"):
        proc = _cli("run", env={"NEWSFACTS_HOME": str(s.home)})
    assert proc.returncode == EXIT_LOCKED and "local__busy" in _one_line(proc)


def test_a_truncated_manifest_names_the_file(tmp_path):
    from newsfacts.errors import UserError
    from newsfacts.pipeline import load_step
    from newsfacts.runfolder import RunFolder

    s = _settings(tmp_path)
    batch = RunFolder.of(s, "r1").write_batch("b1", {"articles": []}, "test-0")
    manifest = Path(batch.dir.url) / "manifest.json"
    manifest.write_text(manifest.read_text()[:10])
    with pytest.raises(UserError) as err:
        load_step(s, "r1", [str(batch.dir)])
    assert str(manifest) in str(err.value) and "not valid JSON" in str(err.value)


def test_a_failed_gate_from_the_cli_is_its_message_not_a_traceback(tmp_path):
    """The message names each failed check; no traceback (the run's log keeps details)."""
    import io
    from contextlib import redirect_stderr

    from newsfacts import cli
    from newsfacts.errors import GateFailed

    def failing(args):
        raise GateFailed("quality gate failed; nothing will be published:\n  fct_visit.visit_key")

    parser = cli.build_parser
    err = io.StringIO()
    try:
        cli.build_parser = lambda: _parser_with(parser(), failing)
        with redirect_stderr(err):
            code = cli.main(["status"])
    finally:
        cli.build_parser = parser
    assert code == EXIT_FAILED
    assert err.getvalue().startswith("newsfacts status: quality gate failed")
    assert "fct_visit.visit_key" in err.getvalue() and "Traceback" not in err.getvalue()


def _parser_with(parser, func):
    parser.set_defaults(func=func)
    for action in parser._subparsers._group_actions:
        for sub in action.choices.values():
            sub.set_defaults(func=func)
    return parser


def test_configuration_errors_fail_airflow_tasks_without_retries():
    import importlib.util

    from airflow.sdk.exceptions import AirflowFailException, AirflowSkipException

    spec = importlib.util.spec_from_file_location("nf_dag", REPO_DIR / "dags" /
                                                  "newsfacts_pipeline.py")
    dag_module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(dag_module)
    from newsfacts.sources import load_sources

    with pytest.raises(AirflowFailException, match="sources file not found"), \
            dag_module._outcomes():
        load_sources("/nonexistent/sources.yml")
    with pytest.raises(AirflowFailException), dag_module._outcomes():
        raise HomeLocked("home /x is in use by run y")
    with pytest.raises(AirflowSkipException), dag_module._outcomes():
        raise NothingToDo("dbt build: nothing new")
    with pytest.raises(ConfigError):
        Settings.from_env({"NEWSFACTS_LOCK_STALE": "0"})


def test_an_over_budget_raise_that_is_swallowed_comes_again():
    # code in the block may swallow the first raise (an error callback, a __del__): the
    # budget raises again on a later tick instead of letting the block run on unbounded
    from newsfacts.budget import OverBudget, cpu_budget

    swallowed = []
    with pytest.raises(OverBudget), cpu_budget(0.05):
        t0 = time.process_time()
        while time.process_time() - t0 < 2.0:
            try:
                sum(range(10000))
            except OverBudget:
                if swallowed:  # the block swallows the first raise only
                    raise
                swallowed.append(time.process_time() - t0)
    assert len(swallowed) == 1
