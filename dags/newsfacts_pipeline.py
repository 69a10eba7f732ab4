"""
### newsfacts pipeline

News feeds -> facts, Write-Audit-Publish:
`lock -> discover -> fetch (mapped per host group) -> plan -> extract (mapped per batch) ->
load (the one DuckDB writer) -> dbt build -> audit (Great Expectations) -> publish -> release`.

`lock` (a setup task) takes the home for this run: one run per `NEWSFACTS_HOME` at a time,
whatever started it (the scheduler, `airflow dags test`, `newsfacts run`); a home held by a
live run fails the task at once, naming the holder. `release` (a teardown) gives the home
back whatever happened. Only `load`, `dbt_build`, `audit` and `publish` open the warehouse,
one after another. `dbt_build`, `audit` and `publish` are skipped when there is nothing new
since they last completed. Readers only ever see the file that `publish` swaps in after the
audit passed. Configuration comes from `NEWSFACTS_*` environment variables (see
`newsfacts.settings`; a bad value fails its task without retries); the `sources` param
overrides the sources file for one run. This file only wires functions from
`include/newsfacts`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import timedelta

import pendulum
from airflow.sdk import Param, dag, get_current_context, task
from airflow.sdk.exceptions import AirflowFailException, AirflowSkipException

from newsfacts import pipeline
from newsfacts.airflow_context import TaskRun, on_failure_callback, task_run
from newsfacts.errors import ConfigError, HomeLocked, NothingToDo
from newsfacts.settings import Settings


def _alert(context) -> None:
    """on_failure_callback: a structured alert (alerts.jsonl, NEWSFACTS_ALERT_WEBHOOK)."""
    on_failure_callback(context)


DEFAULT_ARGS = {"owner": "newsfacts", "retries": 2, "retry_delay": timedelta(seconds=30),
                "retry_exponential_backoff": True, "on_failure_callback": _alert}
# a failed check is deterministic: retrying cannot make it pass (load runs the raw-batch gate)
GATE = {"retries": 0}


@contextlib.contextmanager
def _outcomes() -> Iterator[None]:
    """Expected outcomes as Airflow reads them: nothing to do is a skipped task; a bad
    setting or a home held by another run fails the task at once (retrying cannot help)."""
    try:
        yield
    except NothingToDo as why:
        raise AirflowSkipException(str(why)) from None
    except (ConfigError, HomeLocked) as exc:
        raise AirflowFailException(str(exc)) from None


@contextlib.contextmanager
def _task() -> Iterator[tuple[Settings, TaskRun]]:
    """The settings and this task's run (newsfacts.airflow_context is the one place that
    reads Airflow's context), inside the run's hold on its home."""
    with _outcomes():
        settings, run = Settings.from_env(), task_run(get_current_context())
        with pipeline.task_scope(settings, run.run_id):
            yield settings, run


def _scope(run: TaskRun):
    """normal, backfill (the run's data interval) or replay (see newsfacts.replay)."""
    from newsfacts.replay import scope_for_run

    return scope_for_run(run.params, run.run_type, run.data_interval_start,
                         run.data_interval_end)


@dag(
    dag_id="newsfacts",
    schedule=Settings.from_env().schedule,  # NEWSFACTS_SCHEDULE, default @hourly
    start_date=pendulum.datetime(2026, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    dagrun_timeout=timedelta(hours=2),
    params={"sources": Param(None, type=["null", "string"],
                             description="sources YAML for this run (default: NEWSFACTS_SOURCES)"),
            "replay_since": Param(None, type=["null", "string"],
                                  description="replay: re-extract archived pages published or "
                                  "fetched since this date (YYYY-MM-DD); nothing is fetched"),
            "replay_until": Param(None, type=["null", "string"],
                                  description="replay: ...and before this date"),
            "window": Param("auto", enum=["auto", "interval", "all"],
                            description="limit the run to its data interval: auto = only "
                            "backfill runs, interval = always, all = never")},
    tags=["newsfacts"],
    doc_md=__doc__,
)
def newsfacts():
    @task(retries=0)  # the setup of release (as_teardown below)
    def lock() -> dict:
        with _outcomes():
            settings, run = Settings.from_env(), task_run(get_current_context())
            return pipeline.lock_step(settings, run.run_id, scope=_scope(run))

    @task
    def discover() -> list[str]:
        with _task() as (settings, run):
            return pipeline.discover_step(settings, run.run_id, run.params.get("sources"),
                                          scope=_scope(run))

    @task
    def archived() -> list[str]:
        with _task() as (settings, run):
            return pipeline.archived_step(settings, run.run_id, _scope(run))

    @task(execution_timeout=timedelta(minutes=30))
    def fetch(group: str) -> str:
        with _task() as (settings, run):
            return pipeline.fetch_step(settings, run.run_id, group, run.params.get("sources"))

    @task(trigger_rule="none_failed")
    def plan(page_files: list[str], archived_files: list[str]) -> list[str]:
        with _task() as (settings, run):
            return pipeline.plan_batches(settings, run.run_id,
                                         list(page_files or []) + list(archived_files or []))

    @task(execution_timeout=timedelta(minutes=30))
    def extract(batch: str) -> str:
        with _task() as (settings, run):
            return pipeline.extract_step(settings, run.run_id, batch)

    @task(trigger_rule="none_failed", **GATE)
    def load(batch_dirs: list[str]) -> dict:
        with _task() as (settings, run):
            return pipeline.load_step(settings, run.run_id, list(batch_dirs or []))

    @task(**GATE)
    def dbt_build() -> dict:
        with _task() as (settings, run):
            return pipeline.transform_step(settings, run.run_id)

    # each decides for itself whether there is anything to do, so an upstream skip (dbt
    # build already done on this data) does not skip it
    @task(trigger_rule="none_failed", **GATE)
    def audit() -> dict:
        with _task() as (settings, run):
            return pipeline.audit_step(settings, run.run_id)

    @task(trigger_rule="none_failed")
    def publish() -> dict:
        with _task() as (settings, run):
            return pipeline.publish_step(settings, run.run_id)

    @task
    def release() -> bool:
        settings, run = Settings.from_env(), task_run(get_current_context())
        return pipeline.release_step(settings, run.run_id)

    held = lock()
    groups, found = discover(), archived()
    held >> [groups, found]
    pages = fetch.expand(group=groups)
    loaded = load(extract.expand(batch=plan(pages, found)))
    published = loaded >> dbt_build() >> audit() >> publish()
    published >> release().as_teardown(setups=held)


newsfacts()
