"""Nothing lost, nothing stuck: the pipeline under routine faults, with real `newsfacts run`
processes over a small corpus on loopback (five demo articles, a 50,000-quote-mark page and a
20 MB page), real DuckDB, dbt and Great Expectations.

Two homes share the corpus:

- the *baseline* home: three runs started together. One holds the home and runs
  uninterrupted (the baseline); one refuses at once, naming it (exit 75); one waits for the
  home (NEWSFACTS_LOCK_WAIT) and then finds nothing new (dbt build, audit and publish
  skipped). Later, its working warehouse is deleted and `newsfacts rebuild` brings it back.
- the *chain* home: one run killed with SIGKILL inside each step in turn (discover, fetch,
  plan, extract, load, dbt build, audit, publish), each next run picking up what the dead
  one left; then a last run that finds an analyst holding the working warehouse open, waits,
  and publishes once the reader leaves. Its published counts must equal the baseline's, and
  nothing may be in the warehouse twice.
"""

from __future__ import annotations

import json
import time

import pytest
from relkit import BIG_PAGE, DEMO_PAGES, QUOTES_PAGE, Home, Reader, wait_for
from support import parsed_dbt_project

from newsfacts.errors import EXIT_LOCKED
from newsfacts.faults import CHECKPOINTS
from newsfacts.settings import Settings

pytestmark = pytest.mark.e2e


# --- the baseline home: concurrent runs, nothing new, a rebuild ----------------------------

@pytest.fixture(scope="module")
def baseline(tmp_path_factory, corpus_sources) -> dict:
    home = Home(tmp_path_factory.mktemp("baseline"), corpus_sources)
    parsed_dbt_project(tmp_path_factory, Settings.from_env({"NEWSFACTS_HOME": str(home.home)}))
    first, second = home.start(), home.start()
    hold = home.home / "locks" / "hold.json"
    assert wait_for(lambda: hold.exists() or first.proc.poll() is not None
                    or second.proc.poll() is not None)
    waiter = home.start(NEWSFACTS_LOCK_WAIT="900")  # starts while the home is held
    for r in (first, second, waiter):
        r.proc.wait(timeout=900)
    runs = sorted((first, second), key=lambda r: r.returncode)
    winner, refused = runs
    assert winner.returncode == 0, winner.tail()
    counts = home.published_counts()
    return {"home": home, "winner": winner, "refused": refused, "waiter": waiter,
            "counts": counts}


def test_two_runs_started_together_one_refuses_naming_the_holder(baseline):
    refused, winner = baseline["refused"], baseline["winner"]
    assert refused.returncode == EXIT_LOCKED, refused.tail()
    err = refused.stderr().strip().splitlines()
    message = err[-1]
    assert message.startswith("newsfacts run: home ") and "is in use by run local__" in message
    assert f"pid {winner.proc.pid}" in message and "started 20" in message
    assert "NEWSFACTS_LOCK_WAIT" in message and "Traceback" not in refused.stderr()
    # it never started: no run folder of its own, the winner's and the waiter's only
    landing = baseline["home"].home / "landing"
    assert len([p for p in landing.iterdir() if p.name.startswith("local__")]) == 2


def test_a_run_that_waits_for_the_home_then_skips_the_warehouse_work(baseline):
    waiter, home = baseline["waiter"], baseline["home"]
    assert waiter.returncode == 0, waiter.tail()
    assert "waiting up to 900s" in waiter.stderr()
    assert "nothing new since the last publish; dbt build, audit and publish skipped" \
        in waiter.stdout()
    assert home.published_counts() == baseline["counts"]
    runs = {r["run_id"]: r for r in home.status()}
    assert sorted(r["status"] for r in runs.values()) == ["skipped", "success"]
    skipped = home.warehouse_rows(
        "select task, status from audit.pipeline_task_runs where run_id = ("
        "select run_id from audit.pipeline_runs where status = 'skipped') "
        "and task in ('dbt_build', 'audit', 'publish') order by task")
    assert skipped == [("audit", "skipped"), ("dbt_build", "skipped"), ("publish", "skipped")]
    # dbt never ran: its lines would be in the run's log file (the winner's has them)
    assert "Done. PASS=" in baseline["winner"].log_path().read_text()
    assert "Done. PASS=" not in waiter.log_path().read_text()


def test_hostile_pages_finish_or_are_quarantined_and_the_rest_publishes(baseline):
    home = baseline["home"]
    counts = baseline["counts"]
    errors = dict(home.warehouse_rows(
        "select regexp_extract(url, '[^/]+$'), json_extract_string(record, '$.extract_error') "
        "from raw.quarantine"))
    loaded = {r[0] for r in home.warehouse_rows(
        "select regexp_extract(url, '[^/]+$') from raw.articles")}
    for page in (QUOTES_PAGE, BIG_PAGE):  # each finished, or stopped within its budget
        assert page in loaded or (page in errors and "OverBudget" in errors[page]), page
    assert BIG_PAGE in errors  # 20 MB needs far more than 1 CPU second: over budget
    assert set(DEMO_PAGES) <= loaded  # the rest of the batch loaded...
    assert counts["dim_article"] == len(loaded) and counts["fct_statement"] > 20  # ...and published


# --- the chain home: a kill inside every step ----------------------------------------------

@pytest.fixture(scope="module")
def chain(tmp_path_factory, corpus_sources) -> dict:
    home = Home(tmp_path_factory.mktemp("chain"), corpus_sources)
    parsed_dbt_project(tmp_path_factory, Settings.from_env({"NEWSFACTS_HOME": str(home.home)}))
    killed = {}
    leftovers = {}
    for step in CHECKPOINTS:
        killed[step] = home.run_killed_at(step)
        if step == "publish":  # what a publish killed halfway leaves behind
            pub = home.home / "published"
            leftovers = {"tmp": sorted(p.name for p in pub.glob("newsfacts.duckdb.tmp-*")),
                         "exports": sorted(p.name for p in (pub / "parquet").iterdir())}
    status_after_kills = home.status()
    # the last run: an analyst holds the working warehouse open read-only meanwhile
    reader = Reader(home.warehouse)
    final = home.start()
    waited = wait_for(lambda: "is busy, held by PID" in final.stderr()
                      or final.proc.poll() is not None)
    time.sleep(1.0)
    still_waiting = final.proc.poll() is None
    reader.close()
    final.proc.wait(timeout=900)
    return {"home": home, "killed": killed, "final": final, "waited": waited,
            "still_waiting": still_waiting, "leftovers": leftovers,
            "status_after_kills": status_after_kills}


@pytest.mark.parametrize("step", CHECKPOINTS)
def test_run_killed_inside_step(chain, step):
    run = chain["killed"][step]
    assert run.reached, f"the run never reached {step}:\n{run.tail()}"
    assert run.killed and run.returncode == -9


def test_killed_runs_show_failed_at_their_step(chain):
    by_run = {}
    for r in chain["status_after_kills"]:
        by_run[r["run_id"]] = (r["status"], r["failed_task"])
    assert sorted(by_run.values(), key=lambda v: CHECKPOINTS.index(v[1])) == \
        [("failed", step) for step in CHECKPOINTS]
    # and the warehouse's own record agrees (each successor flushed the run it replaced)
    home = chain["home"]
    rows = dict(home.warehouse_rows("select failed_task, status from audit.pipeline_runs "
                                    "where failed_task is not null"))
    assert rows == {step: "failed" for step in CHECKPOINTS}


def test_reader_on_the_working_warehouse_makes_the_run_wait_not_lose(chain):
    final = chain["final"]
    assert chain["waited"] and chain["still_waiting"], final.tail()
    assert final.returncode == 0, final.tail()
    assert "retrying for up to" in final.stderr()


def test_after_a_kill_in_every_step_published_counts_equal_the_uninterrupted_run(
        chain, baseline):
    home = chain["home"]
    assert home.published_counts() == baseline["counts"]
    assert set(home.duplicates().values()) == {0}, home.duplicates()
    # every page is done: nothing is left waiting to be loaded
    assert not list((home.home / "state" / "unloaded").glob("*/*.json"))


def test_leftovers_of_a_killed_publish_are_swept(chain):
    left = chain["leftovers"]
    assert left["tmp"], "the killed publish left no temporary file (the test proves nothing)"
    pub = chain["home"].home / "published"
    assert not list(pub.glob("newsfacts.duckdb.tmp-*"))
    current = (pub / "parquet" / "current").resolve().name
    exports = sorted(p.name for p in (pub / "parquet").iterdir() if not p.is_symlink())
    assert all(e <= current for e in exports)  # no half-written export newer than current
    swept = json.dumps(chain["home"].warehouse_rows(
        "select detail from audit.pipeline_task_runs where task = 'lock'"))
    assert "tmp-" in swept


# --- the baseline home again: its working warehouse lost, then rebuilt ---------------------

def test_deleted_working_warehouse_is_rebuilt_from_the_archive(baseline):
    home = baseline["home"]
    before = home.published_counts()
    for p in home.warehouse.parent.iterdir():
        p.unlink()
    rebuilt = home.run("rebuild")
    assert rebuilt.returncode == 0, rebuilt.tail()
    assert "come from the fetch state" in rebuilt.stderr()
    assert home.published_counts() == before == baseline["counts"]
    assert set(home.duplicates().values()) == {0}
