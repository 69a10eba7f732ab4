"""The one adapter between Airflow and the library.

Airflow hands a task (and its failure callback) a context: a mapping with ``ti``,
``dag_run``, ``params``, the data interval and more, whose shapes change between Airflow
versions. :func:`task_run` turns it into a :class:`TaskRun`, a plain description of the
run and the task; the DAG file passes that (or values from it) to the library, which never
reads ``ti`` or ``dag_run`` itself. No Airflow import here either: the context is read as
the mapping it is, so this module imports (and is tested) without Airflow.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class TaskRun:
    """One task of one DAG run, as the library needs to know it."""

    dag_id: str | None = None
    run_id: str | None = None
    task_id: str | None = None
    map_index: int | None = None
    try_number: int | None = None
    log_url: str | None = None
    run_type: str | None = None  # "scheduled", "manual", "backfill", "asset_triggered"
    params: dict = field(default_factory=dict)
    data_interval_start: Any = None  # a datetime (Airflow gives pendulum's)
    data_interval_end: Any = None
    exception: BaseException | None = None  # what failed the task (failure callbacks)


def _get(obj, name, default=None):
    if obj is None:
        return default
    if isinstance(obj, dict):
        return obj.get(name, default)
    try:
        return getattr(obj, name, default)
    except Exception:  # properties on a task instance may need a live API
        return default


def task_run(context) -> TaskRun:
    """The plain description of an Airflow task context (any part may be missing)."""
    ti = _get(context, "ti") or _get(context, "task_instance")
    dag_run = _get(context, "dag_run")
    run_type = _get(dag_run, "run_type")
    run_type = str(getattr(run_type, "value", run_type)) if run_type is not None else None
    return TaskRun(
        dag_id=_get(ti, "dag_id") or _get(dag_run, "dag_id"),
        run_id=_get(context, "run_id") or _get(ti, "run_id") or _get(dag_run, "run_id"),
        task_id=_get(ti, "task_id"),
        map_index=_get(ti, "map_index"),
        try_number=_get(ti, "try_number"),
        log_url=_get(ti, "log_url"),
        run_type=run_type,
        params=dict(_get(context, "params") or {}),
        data_interval_start=_get(context, "data_interval_start"),
        data_interval_end=_get(context, "data_interval_end"),
        exception=_get(context, "exception"),
    )


def on_failure_callback(context, settings=None) -> dict | None:
    """Airflow on_failure_callback: the failed task's alert (newsfacts.quality.alerts).
    Never raises: a callback must not mask the task's own failure."""
    from newsfacts.quality.alerts import report_failure

    try:
        run = task_run(context)
    except Exception:  # a context of an unexpected shape: alert with what is known
        run = TaskRun()
    return report_failure(run, settings=settings)
